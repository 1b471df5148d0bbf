package dev.storybrief.clean;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storybrief.ingest.RawDocument;
import dev.storybrief.ingest.SourceFormat;
import dev.storybrief.model.Article;
import dev.storybrief.model.Removal;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A newsletter's postal address at its foot goes, whatever stands above it (the story's last paragraph, a copyright
 * line, "Our mailing address is:"); an address inside a story, with the story's paragraphs after it, stays.
 */
class MailAddressTest {

    private static final String STORY = "Storm closes Kellport harbour\n\nFerry crossings between Kellport and the"
            + " islands were cancelled for a second day on Monday as gales of up to 70 mph battered the coast, the"
            + " harbour master said.\n\nThe ferry operator said passengers would be offered refunds or free crossings"
            + " later in the year, and that it hoped to run a reduced timetable from Wednesday.";
    private static final String ADDRESS = "Kellport Courier, 1 Quay Street, Kellport";

    private static Article clean(String text) {
        return new ArticleCleaner().clean(new RawDocument("n1", Path.of("n1.txt"), SourceFormat.TEXT, text, Map.of()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "Copyright © 2026 Kellport Courier, All rights reserved.\n\n",
        "Our mailing address is:\n"})
    void theSendersAddressAtTheFootGoes(String above) {
        Article a = clean(STORY + "\n\n" + above + ADDRESS + "\n\nUnsubscribe | Update your preferences");

        assertThat(a.paragraphs()).noneMatch(p -> p.contains("Quay Street"));
        assertThat(a.removed()).extracting(Removal::text).contains(ADDRESS);
        assertThat(a.paragraphs()).anyMatch(p -> p.startsWith("The ferry operator said"));
    }

    @Test
    void anAddressInsideTheStoryStays() {
        Article a = clean("Storm closes Kellport harbour\n\nThe council opened a rest centre for people who had to leave"
                + " their homes.\n\nKellport Town Hall, 1 Quay Street, Kellport\n\nThe ferry operator said passengers"
                + " would be offered refunds or free crossings later in the year, and that it hoped to run a reduced"
                + " timetable from Wednesday if the forecast held and the harbour reopened.");

        assertThat(a.paragraphs()).contains("Kellport Town Hall, 1 Quay Street, Kellport");
    }
}
