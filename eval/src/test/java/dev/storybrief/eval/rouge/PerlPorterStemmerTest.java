package dev.storybrief.eval.rouge;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The scorer's stemmer quirks. Expected stems were produced by the Perl stemmer of ROUGE-1.5.5.pl
 * (Perl 5.36); the WordNet cases use the shared exception dump through the scorer's token filter.
 */
class PerlPorterStemmerTest {
    private static TokenFilter scorerStemming;

    @BeforeAll
    static void loadExceptions() {
        scorerStemming = new TokenFilter(RougeOptions.builder().stem(true).build(), RougeTestData.resources());
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        "agreement, agreem", // Lin's step 4: -ement fails, -ment fails, then -ent strips
        "commissioner, commiss",
        "accidentally, accid",
        "leave, leav",
        "generalization, gener",
        "relational, relat",
        "conditional, condit",
        "dependent, depend",
        "adoption, adopt",
        "adjustable, adjust",
        "electricity, electr",
        "controllable, control",
        "hopping, hop",
        "filing, file",
        "caresses, caress",
        "ponies, poni",
        "agreed, agre",
        "feed, feed",
        "happy, happi",
        "yelling, yell", // initial y is upper-cased during stemming and restored
        "yield, yield",
        "yes, ye",
        "sky, sky",
    })
    void stemsLikeThePerlStemmer(String word, String stem) {
        assertThat(PerlPorterStemmer.stem(word)).isEqualTo(stem);
    }

    @Test
    void wordsShorterThanThreeCharactersComeBackUnchanged() {
        assertThat(PerlPorterStemmer.stem("is")).isEqualTo("is");
        assertThat(PerlPorterStemmer.stem("as")).isEqualTo("as");
        assertThat(PerlPorterStemmer.stem("y")).isEqualTo("y");
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        "left, leave",     // WordNet exception, not Porter-stemmed further
        "better, well",    // adv.exc wins for duplicate keys
        "data, datum",
        "found, find",
        "leaves, leaf",
        "mice, mouse",
        "were, be",
        "leave, leav",     // no exception: Porter
        "agreement, agreem",
    })
    void scorerLooksUpWordNetExceptionsBeforePorter(String token, String counted) {
        assertThat(scorerStemming.apply(token)).isEqualTo(counted);
    }

    @ParameterizedTest(name = "{0} stays")
    @CsvSource({"was", "men", "did", "led", "yes", "its", "run"})
    void scorerLeavesTokensOfThreeOrFewerCharactersAlone(String token) {
        // was->be, men->man, did->do and led->lead are WordNet exceptions, yet the scorer never applies them.
        assertThat(scorerStemming.apply(token)).isEqualTo(token);
    }
}
