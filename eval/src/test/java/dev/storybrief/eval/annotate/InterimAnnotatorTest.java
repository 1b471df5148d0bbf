package dev.storybrief.eval.annotate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The interim annotator's offsets and values, and the annotate JSON Lines round trip. */
class InterimAnnotatorTest {
    @TempDir
    Path tmp;

    @Test
    void timexOffsetsPointIntoTheDocumentAndWeeksGetIsoWeekValues() {
        String text = "Headline line.\nThe vote was held on Friday. Talks resume next week.";
        AnnotatedDocument doc = new InterimAnnotator().timexes("d", text, LocalDate.of(2011, 10, 31));
        assertThat(doc.timexes()).extracting(t -> text.substring(t.span().start(), t.span().end()))
                .containsExactly("Friday", "next week");
        assertThat(doc.timexes()).extracting(TimexAnnotation::value).containsExactly("2011-10-28", "2011-W45");
        assertThat(doc.timexes()).extracting(TimexAnnotation::type).containsOnly("DATE");
    }

    @Test
    void quoteAndSpeakerAreFoundBackInTheDocument() {
        String text = "Title\n\nThe mayor spoke.\n\u201cWe will rebuild the bridge,\u201d said Mayor Ruth Calloway on"
                + " Monday. \u201cIt will take a year.\u201d";
        AnnotatedDocument doc = new InterimAnnotator().quotes("q", text);
        assertThat(doc.quotes()).isNotEmpty();
        QuoteAnnotation first = doc.quotes().get(0);
        assertThat(text.substring(first.span().start(), first.span().end())).startsWith("We will rebuild the bridge");
        assertThat(first.speakerName()).contains("Calloway");
        assertThat(first.speaker()).isNotNull();
        assertThat(text.substring(first.speaker().start(), first.speaker().end())).contains("Calloway");
    }

    @Test
    void locateMatchesWordsAcrossAnyWhitespace() {
        assertThat(InterimAnnotator.locate("a  b\nc d", "b c", 0)).isEqualTo(new Span(3, 6, "b\nc"));
        assertThat(InterimAnnotator.locate("a b c", "b c", 3)).isNull();
    }

    @Test
    void jsonLinesRoundTrip() throws IOException {
        AnnotatedDocument doc = new AnnotatedDocument("x", "en", "2011-10-31",
                List.of(new TimexAnnotation(new Span(1, 4, "Fri"), "DATE", "2011-10-28")),
                List.of(new QuoteAnnotation(new Span(5, 9, "word"), null, null),
                        new QuoteAnnotation(new Span(10, 12, "hi"), new Span(13, 15, "Jo"), "Jo Smith")));
        Path file = tmp.resolve("a.jsonl");
        AnnotationsJsonl.write(List.of(doc), file);
        assertThat(AnnotationsJsonl.read(file)).isEqualTo(Map.of("x", doc));
    }

    @Test
    void annotateLinesWithOtherFieldsAreRead() {
        AnnotatedDocument doc = AnnotationsJsonl.parse("{\"id\":\"a\",\"language\":\"en\",\"sentences\":[{\"start\":0,"
                + "\"end\":5}],\"entities\":[],\"timexes\":[{\"start\":0,\"end\":3,\"text\":\"May\",\"type\":\"DATE\","
                + "\"value\":\"2011-05\"}],\"quotes\":[],\"quantities\":[]}", "line 1");
        assertThat(doc.timexes()).singleElement().satisfies(t -> assertThat(t.value()).isEqualTo("2011-05"));
        assertThat(doc.date()).isNull();
    }
}
