package dev.storybrief.group;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class SentenceAnchorsTest {
    @Test
    void aTranslationSharingANumberAndADateReportsTheSameThing() {
        var english = SentenceAnchors.of("NATO flew 26,000 sorties over Libya by October 31.", List.of("2011-10-31"));
        var french = SentenceAnchors.of("L'OTAN a effectué 26 000 sorties au-dessus de la Libye jusqu'au 31 octobre.",
                List.of("2011-10-31"));
        assertTrue(english.reportsTheSameAs(french));
        assertTrue(french.reportsTheSameAs(english));
    }

    @Test
    void aCommonNameAloneIsNotSupport() {
        var english = SentenceAnchors.of("Rebels in Libya met Gaddafi's envoys.", List.of());
        var czech = SentenceAnchors.of("Povstalci v Libyi odmítli Kaddáfího a Gaddafi mlčí.", List.of());
        // Gaddafi, and Libya in the Czech locative "Libyi" (NameKeys): two names, no third, no number
        assertEquals(2, english.names().stream().filter(czech.names()::contains).count());
        assertFalse(english.reportsTheSameAs(czech));
    }

    @Test
    void numbersAreReadInEitherConvention() {
        for (String written : List.of("26 000 people", "26,000 people", "26.000 people", "26\u202F000 people")) {
            assertEquals(java.util.Set.of("26000"), SentenceAnchors.of(written, List.of()).numbers(), written);
        }
        assertEquals(java.util.Set.of("12.5"), SentenceAnchors.of("12,5 millions", List.of()).numbers());
        assertEquals(java.util.Set.of("12.5"), SentenceAnchors.of("12.5 million", List.of()).numbers());
    }

    @Test
    void namesMeetAcrossAccentsAndScripts() {
        var czech = SentenceAnchors.of("Podle agentury řekl Kaddáfí v Tripolisu.", List.of());
        assertTrue(czech.names().contains("kadaf"), czech.names().toString());
        var english = SentenceAnchors.of("Officials in Tripoli said Kaddafi spoke.", List.of());
        assertTrue(english.names().containsAll(czech.names().stream().filter(n -> n.startsWith("kad")).toList()));
        var greek = SentenceAnchors.of("Ο πρόεδρος Ομπάμα μίλησε.", List.of());
        assertTrue(greek.names().stream().anyMatch(n -> n.startsWith("omp")), greek.names().toString());
    }
}
