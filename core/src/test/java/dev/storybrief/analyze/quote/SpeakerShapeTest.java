package dev.storybrief.analyze.quote;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A speaker is a name, a pronoun resolved to one or a described person or body: never an article alone, a page's
 * label in capitals or a piece of quoted words ({@link SpeakerShape}); the article text is made up.
 */
class SpeakerShapeTest {

    private final QuoteExtractor extractor = new QuoteExtractor();

    @Test
    void anArticleAlonePageLabelsAndQuotedPiecesCannotSpeak() {
        assertThat(SpeakerShape.canSpeak("The")).isFalse();
        assertThat(SpeakerShape.canSpeak("PHOTOS")).isFalse();
        assertThat(SpeakerShape.canSpeak("MORE")).isFalse();
        assertThat(SpeakerShape.canSpeak("minor incidents.")).isFalse();
        assertThat(SpeakerShape.canSpeak("the party")).isTrue();
        assertThat(SpeakerShape.canSpeak("NATO officials")).isTrue();
        assertThat(SpeakerShape.canSpeak("Mara Olsen Jr.")).isTrue();
        assertThat(SpeakerShape.canSpeak("police")).isTrue();
    }

    @Test
    void aPageLabelOrAnArticleBeforeTheVerbCreditsNobody() {
        assertThat(extractor.extract(List.of("PHOTOS said: \u201cThe storm is here.\u201d",
                "\u201cWe will rebuild,\u201d The said.")))
                .extracting(Quote::speaker).containsOnlyNulls().hasSize(2);
    }

    @Test
    void aDescribedSpeakerStillSpeaks() {
        assertThat(extractor.extract(List.of("\u201cWe will rebuild,\u201d the party said.")))
                .extracting(Quote::speaker).containsExactly("the party");
    }
}
