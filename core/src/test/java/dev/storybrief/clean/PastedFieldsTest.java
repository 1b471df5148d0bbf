package dev.storybrief.clean;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storybrief.ingest.RawDocument;
import dev.storybrief.ingest.SourceFormat;
import dev.storybrief.model.Article;
import dev.storybrief.model.DateSource;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A plain text that opens with the article's fields pasted above it ("Title: ...", "Source: ...", "Date: ...", "URL:
 * ..."), as people save an article with where it came from: the fields are its metadata, as Markdown front matter's
 * are, and leave the text. Every text is made up.
 */
class PastedFieldsTest {
    private static final String LEAD = "A fire broke out in the engine room of the ferry Corra Belle off Inchmarra on"
            + " Saturday, the coastguard said.";
    private static final String SECOND = "All 140 passengers were taken ashore by lifeboat crews before noon.";

    private static Article clean(String text) {
        return new ArticleCleaner().clean(new RawDocument("p", Path.of("p.txt"), SourceFormat.TEXT, text, Map.of()));
    }

    /** Title, outlet, date (the text's), address and author are read, and none of their lines stays in the text. */
    @Test
    void aPastedBlockGivesTheArticlesFields() {
        Article a = clean("Title: Corra Belle fire: what we know\nSource: Inchmarra Herald\nDate: 5 December 2026\n"
                + "URL: https://inchmarraherald.example/news/corra-belle-fire\nAuthor: Tam Rennie\n\n" + LEAD + "\n\n"
                + SECOND);
        assertThat(a.title()).isEqualTo("Corra Belle fire: what we know");
        assertThat(a.outlet()).isEqualTo("Inchmarra Herald");
        assertThat(a.published()).isEqualTo(LocalDate.of(2026, 12, 5));
        assertThat(a.dating().source()).isEqualTo(DateSource.TEXT);
        assertThat(a.dateOrigin()).contains("Date: 5 December 2026");
        assertThat(a.url()).isEqualTo("https://inchmarraherald.example/news/corra-belle-fire");
        assertThat(a.author()).isEqualTo("Tam Rennie");
        assertThat(a.paragraphs()).containsExactly(LEAD, SECOND);
    }

    /**
     * Other languages' field names are read; an address with no outlet names it by its domain; a field of another
     * name inside the block goes with it, and a headline with a colon right under the block stays the headline.
     */
    @Test
    void otherLanguagesNamesAndAnAddressForTheOutlet() {
        Article a = clean("Datum: 4. Dezember 2026\nRubrik: Panorama\nLien: https://www.kuestenbote.example/a/123\n"
                + "Fähre brennt: Passagiere gerettet\nAlle 140 Passagiere wurden am Samstag von Rettungsbooten an Land"
                + " gebracht, sagte die Küstenwache.");
        assertThat(a.published()).isEqualTo(LocalDate.of(2026, 12, 4));
        assertThat(a.outlet()).isEqualTo("kuestenbote.example");
        assertThat(a.title()).isEqualTo("Fähre brennt: Passagiere gerettet");
        assertThat(String.join("\n", a.paragraphs())).doesNotContain("Rubrik", "Lien", "Datum");

        Article es = clean("Título: Incendio en el ferri\nFecha: 5 de diciembre de 2026\nFuente: Diario del Puerto\n\n"
                + "Los 140 pasajeros fueron llevados a tierra por los botes salvavidas antes del mediodía.");
        assertThat(es.title()).isEqualTo("Incendio en el ferri");
        assertThat(es.published()).isEqualTo(LocalDate.of(2026, 12, 5));
        assertThat(es.outlet()).isEqualTo("Diario del Puerto");
    }

    /**
     * A text whose first line is prose with a colon, or that opens with a single field line, has no pasted block; a
     * date field that names no date is not a date.
     */
    @Test
    void proseWithColonsIsNoBlock() {
        assertThat(FrontMatter.pasted(java.util.List.of("Warning: the ferry service is suspended",
                "Date: 5 December 2026", LEAD))).isEmpty();
        assertThat(FrontMatter.pasted(java.util.List.of("Source: Inchmarra Herald", LEAD))).isEmpty();
        assertThat(FrontMatter.pasted(java.util.List.of("Title: Fire", "Date: soon", "Source: Herald")).orElseThrow()
                .fields()).doesNotContainKey(dev.storybrief.ingest.MetaKey.PUBLISHED);
        Article a = clean("Update: ferry service resumes\n" + LEAD + "\n" + SECOND);
        assertThat(a.paragraphs()).contains(LEAD, SECOND);
    }
}
