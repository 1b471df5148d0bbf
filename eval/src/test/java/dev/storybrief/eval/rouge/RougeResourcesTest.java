package dev.storybrief.eval.rouge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Loading the scorer's data files at run time. */
class RougeResourcesTest {

    @Test
    void loadsTheSharedStopwordsAndExceptions() {
        RougeResources resources = RougeTestData.resources();
        assertThat(resources.stopwordCount()).isEqualTo(596); // 598 lines, "may" twice
        assertThat(resources.exceptionCount()).isEqualTo(5930);
        assertThat(resources.isStopword("reuters")).isTrue();
        assertThat(resources.isStopword("'s")).isTrue();
        assertThat(resources.isStopword("senate")).isFalse();
        assertThat(resources.exceptionBase("better")).isEqualTo("well");
        assertThat(resources.exceptionBase("leave")).isNull();
    }

    @Test
    void defaultDirectoryIsInTheSharedFolder() {
        RougeTestData.vectorsDir();
        assertThat(RougeResources.defaultDirectory()).endsWith(Path.of("eval-data", "rouge-vectors", "rouge-data"));
        assertThat(RougeResources.fromSharedDefault().exceptionCount()).isEqualTo(5930);
    }

    @Test
    void missingDirectoryOrFileGivesAOneLineMessage(@TempDir Path dir) throws Exception {
        Path absent = dir.resolve("nowhere");
        assertThatThrownBy(() -> RougeResources.load(absent))
                .isInstanceOf(RougeDataMissingException.class)
                .hasMessageContaining(absent.toString())
                .hasMessageNotContaining("\n");
        Files.writeString(dir.resolve(RougeResources.STOPWORDS_FILE), "the\n");
        assertThatThrownBy(() -> RougeResources.load(dir))
                .isInstanceOf(RougeDataMissingException.class)
                .hasMessageContaining(RougeResources.EXCEPTIONS_FILE);
    }

    @Test
    void linesAreSplitOnNewlineOnlyLikeChomp(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve(RougeResources.STOPWORDS_FILE), "the\r\nof\n");
        Files.writeString(dir.resolve(RougeResources.EXCEPTIONS_FILE), "mice\tmouse\n");
        RougeResources resources = RougeResources.load(dir);
        assertThat(resources.isStopword("of")).isTrue();
        assertThat(resources.isStopword("the")).isFalse();
        assertThat(resources.isStopword("the\r")).isTrue();
        assertThat(resources.exceptionBase("mice")).isEqualTo("mouse");
    }
}
