package dev.storybrief.clean;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storybrief.ingest.RawDocument;
import dev.storybrief.ingest.SourceFormat;
import dev.storybrief.model.Article;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A right-to-left text copied with its direction marks (RLM at each line's ends, LRM around an English quote, an
 * isolate around a Latin name) is cleaned as the same text without them. The text is made up.
 */
class BidiControlsTest {
    private static final String TEXT = "عبّارة تصطدم بسفينة شحن في ميناء كيلبورت\n\n"
            + "كيلبورت (رويترز) - اصطدمت عبّارة ركاب بسفينة شحن راسية في ميناء كيلبورت صباح الأربعاء، وفق ما أعلنت"
            + " سلطة الميناء.\n\n"
            + "وقال مدير الميناء أولاف برين للصحفيين إن \"The ferry lost steering as it turned into the inner basin\"،"
            + " مضيفاً أن شركة Kellport Lines أوقفت رحلات الصباح.\n\n"
            + "ونُقل جميع الركاب البالغ عددهم 212 راكباً إلى الشاطئ خلال ساعة، وتلقى أربعة منهم العلاج من إصابات طفيفة.";

    private static String marked(String text) {
        return text.replaceAll("(?m)^", "\u200F").replaceAll("(?m)$", "\u200F")
                .replace("\"The", "\"\u200EThe").replace("basin\"", "basin\u200E\"")
                .replace("Kellport Lines", "\u2066Kellport Lines\u2069");
    }

    private static Article clean(String text) {
        return new ArticleCleaner().clean(new RawDocument("r", Path.of("r.txt"), SourceFormat.TEXT, text, Map.of()));
    }

    @Test
    void directionMarksChangeNothingCleaningReads() {
        Article plain = clean(TEXT);
        Article marked = clean(marked(TEXT));
        assertThat(marked(TEXT)).contains("\u200F", "\u200E", "\u2066");
        assertThat(marked.title()).isEqualTo(plain.title()).isNotBlank();
        assertThat(marked.filedFrom()).isEqualTo(plain.filedFrom());
        assertThat(marked.outlet()).isEqualTo(plain.outlet());
        assertThat(marked.paragraphs()).isEqualTo(plain.paragraphs());
        assertThat(String.join(" ", marked.paragraphs())).doesNotContain("\u200F", "\u200E", "\u2066", "\u2069");
    }

    @Test
    void stripTakesOnlyTheControls() {
        assertThat(BidiControls.strip("\u202Bقال \u2068\"yes\"\u2069\u202C")).isEqualTo("قال \"yes\"");
        assertThat(BidiControls.strip("no marks")).isEqualTo("no marks");
    }
}
