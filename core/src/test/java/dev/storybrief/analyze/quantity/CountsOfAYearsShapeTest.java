package dev.storybrief.analyze.quantity;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storybrief.model.QuantitySpan;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A number of a year's shape before a noun, in a language whose dates mark the year ("2000." in Hungarian, "2000년" in
 * Korean): "Mintegy 2000 háztartás" is 2,000 households, where English's rules, read for a language without its own,
 * took 2000 for a year (QA24, fig25 left). Made-up sentences.
 */
class CountsOfAYearsShapeTest {
    private static List<QuantitySpan> read(String language, String sentence) {
        return QuantityRules.forLanguage(language).extract(sentence, 0, 0);
    }

    @Test
    void aHungarianCountOfAYearsShapeIsACount() {
        List<QuantitySpan> read = read("hu", "Mintegy 2000 háztartás maradt áram nélkül a vihar után.");
        assertThat(read).singleElement().satisfies(q -> {
            assertThat(q.value()).isEqualTo(2000);
            assertThat(q.text()).isEqualTo("2000 háztartás");
            assertThat(q.unit()).isEqualTo("háztartás");
        });
    }

    @Test
    void aHungarianYearStaysAYear() {
        // the year marked, a month's name after it (inflected too), or nothing after it: no count
        assertThat(read("hu", "A gyár 2000. május 3-án nyílt meg.")).noneMatch(q -> q.value() == 2000);
        assertThat(read("hu", "A gyár 2000 májusában nyílt meg.")).noneMatch(q -> q.value() == 2000);
        assertThat(read("hu", "A gyárat 2000-ben építették.")).noneMatch(q -> q.value() == 2000);
    }

    @Test
    void aHungarianYearBeforeASeasonOrAPartOfTheYearIsADate() {
        // "in the summer of 2000", "at the end of 2000", "since 2000": no count of summers or ends
        assertThat(read("hu", "A gyár 2000 nyarán nyílt meg.")).noneMatch(q -> q.value() == 2000);
        assertThat(read("hu", "Az áramszünet 2000 telén kezdődött.")).noneMatch(q -> q.value() == 2000);
        assertThat(read("hu", "A gyár 2000 végén zárt be.")).noneMatch(q -> q.value() == 2000);
        assertThat(read("hu", "A gyár 2000 óta működik.")).noneMatch(q -> q.value() == 2000);
        // a word that only opens like a season is counted: 2,000 holiday homes
        assertThat(read("hu", "Mintegy 2000 nyaraló maradt áram nélkül.")).anyMatch(q -> q.value() == 2000);
    }

    @Test
    void aLanguageWhoseDatesEndWithTheYearKeepsEnglishsRule() {
        // Czech writes "3. května 2000": a year needs no mark, and "2000 lidí" is left as English's rules read it
        assertThat(read("cs", "V roce 2000 lidé odešli.")).noneMatch(q -> q.value() == 2000);
    }
}
