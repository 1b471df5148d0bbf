package dev.storybrief.clean;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storybrief.DefaultLocale;
import dev.storybrief.model.Article;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Warnings are English sentences, so their figures are grouped the English way whatever the JVM's default locale:
 * under de-DE or tr-TR a bare {@code %,d} writes "300.000", which an English reader takes for three hundred.
 */
class EnglishNumbersInAnyLocaleTest {

    @Test
    void aLongArticlesWarningGroupsThousandsWithCommasUnderGerman() throws Exception {
        DefaultLocale.under("de-DE", () -> {
            String paragraph = "The first sentence is here. The second sentence is longer than the first."
                    + " The third one.";
            Article whole = new Article("long", null, "Long", "Weekly", null, null, null,
                    List.of("A short opening paragraph.", paragraph), List.of());
            Article cut = LongArticles.cut(whole, 101).orElseThrow();
            assertThat(LongArticles.note("long", whole, cut)).endsWith("(the limit is 300,000)");
        });
    }
}
