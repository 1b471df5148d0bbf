package dev.storybrief.group.stories;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CueReaderTest {
    private static final long DAY = LocalDate.of(2024, 3, 6).toEpochDay();
    private final CueReader reader = new CueReader(8);

    @Test
    void aYearWorkedOutFromThePublicationDateIsNoCue() {
        // Every article of the week says "Monday" or "last March": the publication year again, shared by unrelated
        // reports; counted, it joined two synthetic topics into one story.
        Map<Facet, Map<String, Integer>> keys = reader.read(
                "Officials met on Monday. The vote was delayed until next year. It began last March.", DAY);
        assertThat(keys.get(Facet.YEARS)).isEmpty();
    }

    @Test
    void aYearTheTextWritesIsACue() {
        Map<Facet, Map<String, Integer>> keys = reader.read(
                "The bridge opened in 1998. It was closed on March 3, 2008 for repairs.", DAY);
        assertThat(keys.get(Facet.YEARS)).containsOnlyKeys("1998", "2008");
    }

    @Test
    void undatedArticlesStillGiveTheYearsTheyWrite() {
        Map<Facet, Map<String, Integer>> keys = reader.read("The storm of 2005 flooded the coast on Monday.",
                ArticleDates.UNDATED);
        assertThat(keys.get(Facet.YEARS)).containsOnlyKeys("2005");
    }
}
