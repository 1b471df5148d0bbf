package dev.storybrief.clean;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storybrief.ingest.MetaKey;
import dev.storybrief.ingest.RawDocument;
import dev.storybrief.ingest.SourceFormat;
import java.util.EnumMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The cleaning {@link FoundMetadata} keeps is the one a briefing of the filled document would make: {@code stories}
 * briefs from it instead of cleaning every article a second time.
 */
class FoundMetadataTest {
    private static final ArticleCleaner CLEANER = new ArticleCleaner();

    private static RawDocument text(String id, String text) {
        return new RawDocument(id, null, SourceFormat.TEXT, text, Map.of());
    }

    private static RawDocument page(String id, String text, Map<MetaKey, String> meta) {
        return new RawDocument(id, null, SourceFormat.HTML, text, new EnumMap<>(meta));
    }

    /** The kept cleaning, checked against cleaning the filled document again. */
    private static FoundDocument foundAlike(RawDocument doc) {
        FoundDocument found = new FoundMetadata(CLEANER).find(doc);
        if (found.cleaned() != null) {
            assertThat(found.cleaned()).isEqualTo(CLEANER.clean(found.filled()));
        }
        return found;
    }

    @Test
    void aReprintedWireTextKeepsItsCleaningWithPublisherWireAndDateFilledIn() {
        FoundDocument found = foundAlike(text("reprint", """
                Ferry service resumes after storm

                BRENMOOR, March 3, 2026 (Northern Wire) - The ferry between Brenmoor and Kellport sailed again on \
                Tuesday after three days of storm, the operator said.

                About 400 passengers were on the first crossing.

                © 2026 Brenmoor Star
                """));
        assertThat(found.filled().meta(MetaKey.OUTLET)).isEqualTo("Brenmoor Star");
        assertThat(found.filled().meta(MetaKey.PUBLISHED)).isEqualTo("2026-03-03");
        assertThat(found.cleaned()).isNotNull();
        assertThat(found.cleaned().wire()).isEqualTo("Northern Wire");
    }

    @Test
    void theWiresOwnCopyKeepsItsCleaningWithTheWireAsOutlet() {
        FoundDocument found = foundAlike(text("wire", """
                Ferry service resumes after storm

                BRENMOOR, March 3, 2026 (Northern Wire) - The ferry between Brenmoor and Kellport sailed again on \
                Tuesday after three days of storm, the operator said.
                """));
        assertThat(found.filled().meta(MetaKey.OUTLET)).isEqualTo("Northern Wire");
        assertThat(found.cleaned()).isNotNull();
        assertThat(found.cleaned().wire()).isNull();
    }

    @Test
    void aPageWhoseOutletIsAHostNameKeepsItsCleaning() {
        FoundDocument found = foundAlike(page("host", "The ferry sailed again on Tuesday after three days of storm.",
                Map.of(MetaKey.TITLE, "Ferry sails again", MetaKey.OUTLET, "www.bbc.co.uk",
                        MetaKey.PUBLISHED, "2026-03-03", MetaKey.PUBLISHED_ORIGIN, "HTML metadata")));
        assertThat(found.cleaned()).isNotNull();
    }

    /**
     * The page's date field cannot be read but has a time of day, which a live blog dates its first entry from; the
     * filled document's ISO date has none, so the cleaning is not kept (the time is all that could differ).
     */
    @Test
    void aDateFieldWithATimeOfDayTheFilledDateLosesIsCleanedAgain() {
        RawDocument doc = page("odd-date", """
                Published March 3, 2026

                The ferry sailed again on Tuesday after three days of storm.
                """, Map.of(MetaKey.TITLE, "Ferry sails again", MetaKey.PUBLISHED, "2026-02-30T10:30",
                MetaKey.PUBLISHED_ORIGIN, "HTML metadata"));
        FoundDocument found = foundAlike(doc);
        assertThat(found.filled().meta(MetaKey.PUBLISHED)).isEqualTo("2026-03-03");
        assertThat(found.cleaned()).isNull();
    }

    @Test
    void aDocumentWithNothingToFillKeepsItsCleaning() {
        RawDocument doc = page("plain", "The ferry sailed again on Tuesday after three days of storm.",
                Map.of(MetaKey.TITLE, "Ferry sails again"));
        FoundDocument found = foundAlike(doc);
        assertThat(found.filled()).isSameAs(doc);
        assertThat(found.cleaned()).isEqualTo(CLEANER.clean(doc));
    }
}
