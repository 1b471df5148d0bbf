package dev.storybrief.group.stories;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storybrief.TestSeed;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(TestSeed.class)
class NearDuplicatesTest {
    private static final long SEED = TestSeed.value();
    private static final long DAY = 19_800;
    /** A notice a site prints on every page it serves, whatever the page reports (written for this test). */
    static final String NOTICE = "Saved pages\n\nThis page was saved by our crawler so that links to it keep working "
            + "after the original is moved or taken down. Saved copies may be out of date, and images or embedded "
            + "media may be missing. To ask for a page to be removed from the collection, write to us through the "
            + "contact form.";

    private static int[] signature(String text) {
        return MinHash.signature(text, StoryOptions.defaults().shingleWords());
    }

    @Test
    void tellsAShortTextRepeatedWordForWord() {
        NearDuplicates duplicates = new NearDuplicates(StoryOptions.defaults());
        assertThat(duplicates.repeatsShortText(signature(NOTICE), DAY)).isFalse();
        duplicates.add(signature(NOTICE), DAY);
        assertThat(duplicates.repeatsShortText(signature(NOTICE), DAY)).isTrue();
        // still a copy for the copy test: whether it is a template is the story grouping's call (PageTemplates)
        assertThat(duplicates.findCopy(signature(NOTICE), DAY)).isZero();
    }

    @Test
    void aReportRepeatedWordForWordIsNoShortText() {
        String report = SyntheticNews.text(1, 250, new Random(SEED));
        NearDuplicates duplicates = new NearDuplicates(StoryOptions.defaults());
        duplicates.add(signature(report), DAY);
        assertThat(duplicates.repeatsShortText(signature(report), DAY)).isFalse();
        assertThat(duplicates.findCopy(signature(report), DAY)).isZero();
    }

    @Test
    void aShortTextReEditedIsNoWordForWordRepeat() {
        NearDuplicates duplicates = new NearDuplicates(StoryOptions.defaults());
        duplicates.add(signature(NOTICE), DAY);
        String edited = NOTICE.replace("write to us", "please write");
        assertThat(duplicates.repeatsShortText(signature(edited), DAY)).isFalse();
        assertThat(duplicates.findCopy(signature(edited), DAY)).isZero();
    }
}
