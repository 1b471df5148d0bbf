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
        assertEquals(1, english.names().stream().filter(czech.names()::contains).count());
        assertFalse(english.reportsTheSameAs(czech));
    }

    @Test
    void numbersAreReadInEitherConvention() {
        assertEquals("26000", SentenceAnchors.normalise("26 000"));
        assertEquals("26000", SentenceAnchors.normalise("26,000"));
        assertEquals("2.5", SentenceAnchors.normalise("2,5"));
        assertEquals("2.5", SentenceAnchors.normalise("2.5"));
    }

    @Test
    void namesMeetAcrossAccentsAndScripts() {
        var czech = SentenceAnchors.of("Podle agentury řekl Kaddáfí v Tripolisu.", List.of());
        assertTrue(czech.names().contains("kaddafi"), czech.names().toString());
        var greek = SentenceAnchors.of("Ο πρόεδρος Ομπάμα μίλησε.", List.of());
        assertTrue(greek.names().stream().anyMatch(n -> n.startsWith("omp")), greek.names().toString());
    }
}
