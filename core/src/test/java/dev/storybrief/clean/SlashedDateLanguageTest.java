package dev.storybrief.clean;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A pasted text's slashed date line that nothing else in the text orders ("05/11/2026 - 09:12") is read day first
 * when the text is surely in a language that writes the day first (every language but English), and left undated in
 * English, where both orders are written. QA tour 26 #5: an Italian paper's date line was left out as ambiguous.
 * Made-up reports.
 */
class SlashedDateLanguageTest {
    private static List<String> lines(String dateLine, String... paragraphs) {
        List<String> lines = new java.util.ArrayList<>(List.of("Ferrovia Alpina: utile a 84 milioni", "Corriere di Borsa",
                dateLine, ""));
        for (String p : paragraphs) {
            lines.add(p);
            lines.add("");
        }
        return lines;
    }

    @Test
    void anItalianTextsSlashedDateIsDayFirst() {
        List<String> italian = lines("05/11/2026 - 09:12",
                "Ferrovia Alpina ha registrato nel terzo trimestre un utile netto di 84 milioni di euro, in calo del 14%"
                        + " su base annua, mentre i ricavi sono cresciuti del 3,5% a 1,2 miliardi.",
                "L'amministratore delegato ha detto che il traffico merci continua a crescere nonostante i costi"
                        + " dell'energia, e che la società confermerà gli obiettivi per l'intero anno.");
        assertThat(TextMetadata.sniff(italian).published()).isEqualTo(LocalDate.of(2026, 11, 5));
        assertThat(TextMetadata.ambiguousDate(italian)).isEmpty();
    }

    @Test
    void anEnglishTextsSlashedDateStaysUnread() {
        List<String> english = lines("05/11/2026 - 09:12",
                "Alpine Railway reported third-quarter net profit of 84 million euros, down 14% from a year earlier,"
                        + " while revenue grew 3.5% to 1.2 billion.",
                "The chief executive said freight traffic kept growing despite energy costs, and that the company"
                        + " would confirm its targets for the full year.");
        assertThat(TextMetadata.sniff(english).published()).isNull();
        assertThat(TextMetadata.ambiguousDate(english)).contains("05/11/2026 - 09:12");
    }
}
