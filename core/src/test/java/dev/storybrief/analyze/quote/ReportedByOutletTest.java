package dev.storybrief.analyze.quote;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * "X said ..., according to CNN", "según la agencia EFE": the outlet is where the words were reported; the person the
 * sentence shows saying them said them. "According to" a body that is no outlet still credits it. Made-up text.
 */
class ReportedByOutletTest {


    private List<String> speakers(String language, String... sentences) {
        return QuotesOf.speakers(language, sentences);
    }

    @Test
    void anOutletAfterAccordingToOnlyReportsWhatThePersonSaid() {
        assertThat(speakers("en", "Mayor Ruth Calloway said the bridge was \u201ca disgrace,\u201d according to CNN."))
                .containsExactly("Ruth Calloway");
        assertThat(speakers("en", "Ruth Calloway called the audit \u201ca fishing trip,\u201d according to an "
                + "Associated Press account.")).containsExactly("Ruth Calloway");
        assertThat(speakers("es", "La alcaldesa Pilar Oduya dijo que el puente era «una vergüenza», según la agencia "
                + "EFE.")).containsExactly("Pilar Oduya");
    }

    @Test
    void aSourceThatIsNoOutletStillSpeaks() {
        assertThat(speakers("en", "The driver was \u201cnot at fault,\u201d according to the harbour police."))
                .containsExactly("the harbour police");
    }
}
