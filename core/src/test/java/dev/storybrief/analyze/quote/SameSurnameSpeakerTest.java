package dev.storybrief.analyze.quote;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storybrief.analyze.AnnotatorChain;
import dev.storybrief.model.AnalyzedArticle;
import dev.storybrief.model.Article;
import dev.storybrief.model.QuoteSpan;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Two people of one surname in an article: a quote is credited to the one the words name, and a bare surname to the
 * one of them named in full last before it. The texts are made up.
 */
class SameSurnameSpeakerTest {
    private final AnnotatorChain chain = AnnotatorChain.standard();

    private List<QuoteSpan> quotes(String... paragraphs) {
        return chain.annotate(new Article("a", null, null, null, null, LocalDate.of(2026, 5, 4), "text",
                List.of(paragraphs), List.of())).quotes();
    }

    private static String speakerOf(List<QuoteSpan> quotes, String words) {
        QuoteSpan q0 = quotes.stream().filter(q -> q.text().contains(words)).findFirst().orElseThrow();
        return q0.speakerName();
    }

    @Test
    void aBareSurnameGoesToTheOneOfThatNameNamedLastBeforeIt() {
        List<QuoteSpan> quotes = quotes(
                "Mayor Dana Holt said the bridge repairs had cost 800,000 euros.",
                "Opposition councillor Rui Holt, the mayor's cousin, said the works had cost \"at least a million\".",
                "\"Nobody has seen the invoices,\" Holt said.",
                "Dana Holt said the accounts would be published.",
                "\"We have nothing to hide,\" Holt said.");
        assertThat(speakerOf(quotes, "at least a million")).isEqualTo("Rui Holt");
        assertThat(speakerOf(quotes, "Nobody has seen")).isEqualTo("Rui Holt");
        assertThat(speakerOf(quotes, "nothing to hide")).isEqualTo("Dana Holt");
    }

    @Test
    void theNearestFullMentionDecidesNotTheLastSpeaker() {
        List<QuoteSpan> quotes = quotes(
                "Mayor Dana Holt said the bridge repairs had cost 800,000 euros.",
                "The council then heard from Rui Holt, the mayor's cousin and an opposition councillor.",
                "\"Nobody has seen the invoices,\" Holt said.");
        assertThat(speakerOf(quotes, "Nobody has seen")).isEqualTo("Rui Holt");
    }

    @Test
    void anItalianQuoteGoesToTheCousinNamedNotTheMayor() {
        List<QuoteSpan> quotes = quotes(
                "Secondo il sindaco Paolo Neri, il ponte era stato rifatto nel 2018 con una spesa di 600.000 euro.",
                "Il consigliere di opposizione Carlo Neri, cugino del sindaco, ha detto che i lavori erano costati"
                        + " \"almeno un milione\".");
        assertThat(speakerOf(quotes, "almeno un milione")).isEqualTo("Carlo Neri");
    }
}
