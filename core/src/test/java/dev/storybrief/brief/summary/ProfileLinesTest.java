package dev.storybrief.brief.summary;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A profile line (a name, an age, a place; no verb) is no summary sentence, in any language. Texts are made up. */
class ProfileLinesTest {
    private List<Boolean> accepted(String... paragraphs) {
        return CandidateFilterTest.accepted(paragraphs);
    }

    @Test
    void aNameAnAgeAndAPlaceAreNoStatementInAnyLanguage() {
        assertThat(ProfileLines.isProfile("Tomas Kral Novak, 19, z Brna, Morava.")).isTrue();
        assertThat(ProfileLines.isProfile("Jane Ann Roe, 34, of Kelby, Northshire.")).isTrue();
        assertThat(ProfileLines.isProfile("Ahmed Karim Saleh, 27, aus Hafenstadt in Nordland.")).isTrue();
        assertThat(ProfileLines.isProfile("Marie Claire Dubois, 41, de Lyon, Rhône.")).isTrue();
        // a script without capitals: a list of short parts after the age
        assertThat(ProfileLines.isProfile("كريم سالم حداد ,27,ولد في المغرب,من مدينة ليدز.")).isTrue();
        assertThat(accepted("Tomas Kral Novak, 19, z Brna, Morava.")).containsExactly(false);
    }

    @Test
    void aSentenceAboutSomeoneOfAnAgeStays() {
        assertThat(ProfileLines.isProfile("Jane Ann Roe, 34, died in hospital in Kelby on the next morning.")).isFalse();
        assertThat(ProfileLines.isProfile("Tomas Novak, 19, zemřel v nemocnici v Brně.")).isFalse();
        assertThat(ProfileLines.isProfile("The ferry, 40 years old, sank near Kelby.")).isFalse();
        assertThat(ProfileLines.isProfile("كريم حداد، 27 عاما، قتل في الهجوم على المحطة.")).isFalse();
        assertThat(accepted("Jane Ann Roe, 34, was taken to hospital in Kelby with burns to her hands."))
                .containsExactly(true);
    }
}
