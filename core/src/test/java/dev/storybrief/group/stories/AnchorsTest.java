package dev.storybrief.group.stories;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AnchorsTest {

    @Test
    void writesThousandsAndDecimalsOfEveryConventionTheSameWay() {
        assertThat(Anchors.normalise("26 000")).containsExactly("26000");
        assertThat(Anchors.normalise("26\u202F000")).containsExactly("26000");
        assertThat(Anchors.normalise("26.000")).containsExactly("26000");
        assertThat(Anchors.normalise("26,000")).containsExactly("26000");
        assertThat(Anchors.normalise("2,5")).containsExactly("2.5");
        assertThat(Anchors.normalise("2.50")).containsExactly("2.5");
        assertThat(Anchors.normalise("12.03.2007")).containsExactly("12", "3", "2007");
    }

    @Test
    void findsNumbersInTextIncludingOtherScriptsDigitsButNotSingleDigits() {
        assertThat(Anchors.of("Il y a 26 000 victimes et 2 blessés en 2005."))
                .containsKeys("#26000", "#2005").doesNotContainKey("#2");
        assertThat(Anchors.of("\u0661\u0662 \u0634\u062E\u0635\u0627 \u0641\u064A \u0662\u0660\u0660\u0665"))
                .containsKeys("#12", "#2005");
    }

    @Test
    void namesAreCapitalisedWordsNeverWrittenInLowerCaseFoldedToAscii() {
        var anchors = Anchors.of("Les élus de Nîmes ont reçu Ségolène Royal. Selon les élus, Путин écrit. Un débat.");
        // keyed without endings (NameKeys): "nimes" is "nime", "putin" "puti"
        assertThat(anchors).containsKeys("nime", "segol", "roial", "puti", "selo")
                .doesNotContainKeys("les", "un", "elus");
    }

    @Test
    void aFullDateIsOneAnchorAndTheArticlesOwnDateNone() {
        String text = "Talks resumed in Velmor on 16 November 2031, after the vote of 2031-10-02 and 2031年9月3日.";
        assertThat(Anchors.of(text)).containsKeys("@2031-11-16", "@2031-10-02", "@2031-09-03", "velmor")
                .doesNotContainKeys("#2031", "#16", "november", "#10", "#02");
        long published = java.time.LocalDate.of(2031, 11, 16).toEpochDay();
        assertThat(Anchors.of(text, published)).doesNotContainKey("@2031-11-16").containsKey("@2031-10-02");
        assertThat(Anchors.isDate("@2031-10-02")).isTrue();
        assertThat(Anchors.isDate("#2031")).isFalse();
    }

    @Test
    void aNameInOtherCasesAndLanguagesIsOneAnchor() {
        var lithuanian = Anchors.of("Uoste Klaipėdos mieste sudegė laivas Marella. Klaipėdoje dirba ugniagesiai.");
        var latvian = Anchors.of("Ostā Klaipēdas pilsētā nodega kuģis Marella.");
        var bulgarian = Anchors.of("В пристанището Клайпеда изгоря корабът Марела.");
        assertThat(lithuanian).containsEntry("klaiped", 2).containsKey("marel");
        assertThat(latvian).containsKeys("klaiped", "marel");
        assertThat(bulgarian).containsKeys("klaiped", "marel");
    }
}
