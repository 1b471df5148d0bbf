package dev.storybrief.eval.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storybrief.SharedData;
import dev.storybrief.ingest.html.HtmlArticleExtractor;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The extractor on trafilatura's own evaluation collection ({@code shared/eval-data/trafilatura-eval}), scored as
 * go-trafilatura's comparison script scores it. Floors sit just under what was measured, so a change that loses
 * ground on pages built in other ways than the Zyte benchmark's fails the build.
 */
class TrafilaturaEvalTest {

    private static List<SnippetPage> pages;
    private static SnippetBenchmark.Result result;

    @BeforeAll
    static void run() {
        pages = SnippetData.load(SharedData.evalData("trafilatura-eval"));
        result = SnippetBenchmark.run(pages, new HtmlArticleExtractor(), 0);
    }

    @Test
    void everyPageIsExtractedWithoutFailure() {
        assertThat(pages).hasSize(429);
        assertThat(result.pages()).hasSize(429).allSatisfy((key, page) ->
                assertThat(page.reason() == null || !page.reason().startsWith("extraction failed")).as(key).isTrue());
    }

    @Test
    void fScoreStaysAboveTheMeasuredFloor() {
        // Measured 2026-12-05: all 0.965, tuning 0.974, held back 0.935 (P 0.947, R 0.924) after the ninth session
        // (the standfirst the page declares as its description, boxes of one kind read as one article; floors raised,
        // the held-back part crossed 0.93);
        // all 0.962, tuning 0.971, held back 0.930 (0.9296, unchanged) after the eighth session
        // (closing-section wordings, captions over credits, subscription appeals, author items, interface labels and
        // bylines in German, French and Polish, closing sentences, printed text, pointers to other pages; floors kept,
        // since the held-back part did not rise);
        // all 0.958, tuning 0.966, held back 0.930 after the seventh session's second round
        // (gallery figures, bracketed links, excerpt lists; floors kept, since the held-back part did not rise); all 0.956, tuning
        // 0.964, held back 0.930 (0.9296; published: trafilatura 0.908) before it; 0.952 /
        // 0.959 / 0.928 before the seventh session (paragraph runs, list sections, agreement boxes, recipe steps,
        // preformatted text, inline captions); 0.946 / 0.952
        // / 0.926 before the sixth session (section headers, pop-ups with a close control, short dated posts, terms
        // and tag boxes), 0.941 / 0.946 / 0.924 before the fifth session (appeals, ingredient boxes, closing lists, headers), 0.931 / 0.935 / 0.919
        // before the third round (second view, closing sections), 0.903 / 0.899 / 0.917 before the second round of
        // structural rules (docs/BENCHMARKS.md, issue 16).
        assertThat(result.all().fScore()).isGreaterThanOrEqualTo(0.960);
        assertThat(result.byPart().get(DevSplit.TUNING).fScore()).isGreaterThanOrEqualTo(0.968);
        assertThat(result.byPart().get(DevSplit.HELD_BACK).fScore()).isGreaterThanOrEqualTo(0.930);
        assertThat(result.all().precision()).isGreaterThanOrEqualTo(0.965);
    }

    @Test
    void metadataAgreesWithTheAnnotationsAboveTheMeasuredFloor() {
        // Measured 2026-12-04 (normalised match over annotated pages): title 0.772, date 0.825, authors 0.549.
        var m = result.metadata();
        assertThat(m.get("title").annotated()).isEqualTo(416);
        assertThat((double) m.get("title").normalised() / m.get("title").annotated()).isGreaterThanOrEqualTo(0.75);
        assertThat((double) m.get("date").exact() / m.get("date").annotated()).isGreaterThanOrEqualTo(0.80);
        assertThat((double) m.get("authors").normalised() / m.get("authors").annotated()).isGreaterThanOrEqualTo(0.52);
    }
}
