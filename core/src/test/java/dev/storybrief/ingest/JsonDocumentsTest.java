package dev.storybrief.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A {@code .json} export is read as its articles (QA tour 26 #1: it was briefed as one plain-text article of raw JSON,
 * quotes and timeline rows full of escapes), and a bad JSON line or document is named in a reader's words (#14).
 */
class JsonDocumentsTest {
    @TempDir
    Path dir;

    private Path write(String name, String text) throws IOException {
        Path p = dir.resolve(name);
        Files.writeString(p, text, StandardCharsets.UTF_8);
        return p;
    }

    @Test
    void anArrayOfArticlesIsReadAsItsArticles() throws IOException {
        Path p = write("export.json", """
                [
                  {"id": "h1", "title": "Ferry halted", "date": "2026-11-02", "outlet": "Harbour Post",
                   "text": "The ferry stopped on Monday.\\n\\nRepairs will take a week."},
                  {"title": "Ferry resumes", "outlet": "Coast Radio", "text": ["The ferry ran again.", "Crews cheered."]}
                ]
                """);
        Ingested in = new InputReader().read(List.of(p));
        assertThat(in.problems()).isEmpty();
        assertThat(in.documents()).extracting(RawDocument::id).containsExactly("h1", "export-2");
        assertThat(in.documents()).extracting(d -> d.meta(MetaKey.OUTLET)).containsExactly("Harbour Post", "Coast Radio");
        assertThat(in.documents().get(0).text()).isEqualTo("The ferry stopped on Monday.\n\nRepairs will take a week.");
        assertThat(in.documents().get(1).text()).isEqualTo("The ferry ran again.\n\nCrews cheered.");
        assertThat(in.documents()).allSatisfy(d -> assertThat(d.meta(MetaKey.CLUSTER)).isNull());
    }

    /** NewsAPI's answer saved as it came: its articles under "articles", the outlet in "source": {"name"}. */
    @Test
    void aNewsApiAnswerIsReadAsItsArticles() throws IOException {
        Path p = write("newsapi.json", """
                {"status": "ok", "totalResults": 2, "articles": [
                  {"source": {"id": null, "name": "Kelby Gazette"}, "author": "Ann Lee", "title": "Tunnel approved",
                   "url": "https://kelby-gazette.example/tunnel", "publishedAt": "2026-12-04T09:00:00Z",
                   "content": "Kelby council approved a harbour tunnel on Thursday."},
                  {"source": {"id": null, "name": "Harbour Times"}, "title": "Kelby votes for tunnel",
                   "publishedAt": "2026-12-04T10:30:00Z", "content": "Councillors approved the tunnel by 31 votes to 12."}
                ]}
                """);
        Ingested in = new InputReader().read(List.of(p));
        assertThat(in.problems()).isEmpty();
        assertThat(in.documents()).extracting(d -> d.meta(MetaKey.OUTLET)).containsExactly("Kelby Gazette", "Harbour Times");
        assertThat(in.documents()).extracting(d -> d.meta(MetaKey.PUBLISHED))
                .containsExactly("2026-12-04T09:00:00Z", "2026-12-04T10:30:00Z");
        assertThat(in.documents().get(0).meta(MetaKey.URL)).isEqualTo("https://kelby-gazette.example/tunnel");
        assertThat(in.documents().get(1).text()).isEqualTo("Councillors approved the tunnel by 31 votes to 12.");
    }

    /** news-please writes one pretty-printed article a file, found in a folder beside text copies. */
    @Test
    void aPrettyPrintedArticleInAFolderIsOneArticleNamedAfterItsFile() throws IOException {
        write("a-copy.txt", "The ferry stopped on Monday after a crane hit its ramp, the operator said.");
        write("b-scraped.json", """
                {
                  "title": "Ferry halted after crane strike",
                  "maintext": "The Orkly ferry was halted on Monday after a crane struck its loading ramp.",
                  "date_publish": "2026-11-02 08:15:00",
                  "source_domain": "harbourpost.example"
                }
                """);
        Ingested in = new InputReader().read(List.of(dir));
        assertThat(in.problems()).isEmpty();
        assertThat(in.documents()).extracting(RawDocument::id).containsExactly("a-copy", "b-scraped");
        RawDocument scraped = in.documents().get(1);
        assertThat(scraped.text()).startsWith("The Orkly ferry was halted");
        assertThat(scraped.meta(MetaKey.TITLE)).isEqualTo("Ferry halted after crane strike");
        assertThat(scraped.meta(MetaKey.PUBLISHED)).isEqualTo("2026-11-02 08:15:00");
    }

    @Test
    void aPrettyPrintedClusterKeepsItsId() throws IOException {
        Path p = write("cluster.json", """
                {"id": "d30001",
                 "documents": [{"id": "a", "text": "One."}, {"id": "b", "text": "Two."}]}
                """);
        Ingested in = new InputReader().read(List.of(p));
        assertThat(in.documents()).extracting(d -> d.meta(MetaKey.CLUSTER) + "/" + d.id())
                .containsExactly("d30001/a", "d30001/b");
    }

    @Test
    void aBrokenDocumentIsOneLineSayingWhereAndWhy() throws IOException {
        Path p = write("broken.json", "[\n  {\"id\": \"a\", \"text\": \"One.\"},\n  {\"id\": \"b\", \"text\": \"Two.\"\n]\n");
        Ingested in = new InputReader().read(List.of(p));
        assertThat(in.documents()).isEmpty();
        assertThat(in.problems()).singleElement().satisfies(problem -> assertThat(problem.message())
                .startsWith("invalid JSON at line 4, column 1 (Unexpected close marker ']'")
                .doesNotContain("Source:").doesNotContain("REDACTED"));
    }

    @Test
    void aBadJsonLineNamesItsLineAndColumnWithoutTheParsersInternals() throws IOException {
        Path p = write("set.jsonl", "{\"id\":\"x\",\"text\":\"The pier reopened on Monday.\"\n"
                + "{\"id\":\"y\",\"text\":\"The pier closed again.\"}\n");
        Ingested in = new InputReader().read(List.of(p));
        assertThat(in.documents()).extracting(RawDocument::id).containsExactly("y");
        assertThat(in.problems()).singleElement().satisfies(problem -> assertThat(problem.message())
                .isEqualTo("line 1: invalid JSON at column 48 (Unexpected end-of-input: expected close marker for Object)"));
    }

    /**
     * One paper is one outlet: a line's bare domain ("elpregonero.es", news-please's source_domain) is the name
     * another line gives ("El Pregonero"), so its two articles do not back each other as two outlets (QA tour 26 #11:
     * "[elpregonero.es, El Pregonero]"). A domain no stated name spells, or a name only partly like it, stays.
     */
    @Test
    void aBareDomainIsTheOutletAnotherArticleNamesWhoseLettersItSpells() throws IOException {
        Path p = write("protest.jsonl", """
                {"id":"a","source_domain":"elpregonero.es","maintext":"The march drew 4,200 people, police said."}
                {"id":"b","outlet":"El Pregonero","text":"Residents handed in 22,300 signatures on Monday."}
                {"id":"c","source_domain":"harbourtimes.co.uk","text":"The harbour hospital will close in March."}
                {"id":"d","outlet":"The Harbour Times","text":"Doctors said the hospital closure was a mistake."}
                {"id":"e","source_domain":"diariosur.es","text":"Organisers counted 15,000 marchers."}
                {"id":"f","outlet":"Diario del Sur Digital","text":"The march passed without incident."}
                {"id":"g","url":"https://news.example.com/march","text":"The council will debate the closure."}
                {"id":"h","outlet":"BBC News","text":"The hospital serves 70,000 people."}
                """);
        Ingested in = new InputReader().read(List.of(p));
        assertThat(in.documents()).extracting(d -> d.id() + "=" + d.meta(MetaKey.OUTLET)).containsExactly(
                "a=El Pregonero", "b=El Pregonero", "c=The Harbour Times", "d=The Harbour Times", "e=diariosur.es",
                "f=Diario del Sur Digital", "g=news.example.com", "h=BBC News");
    }
}
