package dev.storybrief.clean;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storybrief.model.Article;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * Warnings are English sentences, so their figures are grouped the English way whatever the JVM's default locale:
 * under de-DE or tr-TR a bare {@code %,d} writes "300.000", which an English reader takes for three hundred.
 */
class EnglishNumbersInAnyLocaleTest {

    @Test
    void aLongArticlesWarningGroupsThousandsWithCommasUnderGerman() {
        Locale before = Locale.getDefault();
        Locale format = Locale.getDefault(Locale.Category.FORMAT);
        Locale display = Locale.getDefault(Locale.Category.DISPLAY);
        try {
            Locale.setDefault(Locale.GERMANY);
            String paragraph = "The first sentence is here. The second sentence is longer than the first."
                    + " The third one.";
            Article whole = new Article("long", null, "Long", "Weekly", null, null, null,
                    List.of("A short opening paragraph.", paragraph), List.of());
            Article cut = LongArticles.cut(whole, 101).orElseThrow();
            assertThat(LongArticles.note("long", whole, cut)).endsWith("(the limit is 300,000)");
        } finally {
            Locale.setDefault(before);
            Locale.setDefault(Locale.Category.FORMAT, format);
            Locale.setDefault(Locale.Category.DISPLAY, display);
        }
    }
}
