package dev.storybrief.analyze.terms;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** The chains of languages other than English: inflected forms meet, stop words go, unknown languages fall back. */
class LanguageTermChainsTest {
    private final TermChains chains = TermChains.standard();

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "fr|les élections présidentielles|l'élection présidentielle",
        "de|die Wahlen der Präsidenten|der Wahl des Präsidenten",
        "es|las elecciones presidenciales|la elección presidencial",
        "it|le elezioni presidenziali|l'elezione presidenziale",
        "pt|as eleições presidenciais|a eleição presidencial",
        "cs|prezidentské volby|prezidentských voleb",
        "ru|президентские выборы|президентских выборов",
        "ar|الانتخابات الرئاسية|والانتخابات الرئاسية"})
    void inflectedFormsOfOneWordMeet(String language, String a, String b) {
        TermChain chain = chains.forLanguage(language);
        assertThat(chains.has(language)).isTrue();
        assertThat(chain.language()).isEqualTo(language);
        assertThat(chain.terms(a)).isNotEmpty().isEqualTo(chain.terms(b));
    }

    @Test
    void stopWordsOfTheLanguageAreDropped() {
        assertThat(chains.forLanguage("fr").terms("le pont et la route")).hasSize(2);
        assertThat(chains.forLanguage("de").terms("die Brücke und die Straße")).hasSize(2);
    }

    @Test
    void aLanguageWithoutAnAnalyzerGetsUnicodeTokensWithoutStemmingAndSaysSo() {
        assertThat(chains.has("he")).isFalse();
        TermChain hebrew = chains.forLanguage("he");
        assertThat(hebrew).isSameAs(chains.fallback());
        assertThat(hebrew.description()).contains("no stemmer");
        assertThat(hebrew.terms("הגשר נסגר ביום שני")).containsExactly("הגשר", "נסגר", "ביום", "שני");
    }

    @Test
    void aboutFortyLanguagesHaveAChainOfTheirOwn() {
        assertThat(chains.languages()).hasSizeGreaterThanOrEqualTo(35).contains("en", "ar", "cs", "fr", "el", "hi", "zh");
        List<String> chinese = chains.forLanguage("zh").terms("北京大学");
        assertThat(chinese).contains("北京", "京大", "大学");
    }

    @Test
    void englishIsUnchanged() {
        assertThat(chains.forLanguage("en")).isSameAs(TermChains.english());
        assertThat(TermChains.english().terms("NATO's bombing runs ended.")).containsExactly("nato", "bomb", "run", "end");
    }
}
