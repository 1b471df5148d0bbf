package dev.storybrief.analyze.quote;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storybrief.analyze.entity.EntityMention;
import dev.storybrief.analyze.entity.EntityRecognizer;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A long made-up page of hundreds of quotes and names (a live blog, a transcript): every quote still goes to the one
 * who said it, and a name inside a quote is never taken for the speaker. The quoted stretches of the page are marked
 * once ({@link QuotedStretches}); before that every name was tested against every quote of the page, once per quote,
 * and the extraction grew faster than the page (the figures are in docs/BENCHMARKS.md, twenty-sixth session, ent26).
 */
class LongPageQuotesTest {

    private static final String[] GIVEN = {"Anna", "Peter", "Maria", "Jonas", "Clara", "Henrik", "Sofia", "Tomas"};
    private static final String[] FAMILY = {"Berg", "Lindqvist", "Okafor", "Marsh", "Delaney", "Holt", "Varga",
        "Ndiaye", "Castell", "Moreau"};

    private static String person(int k) {
        return GIVEN[k % GIVEN.length] + " " + FAMILY[(k / GIVEN.length) % FAMILY.length];
    }

    @Test
    void everyQuoteOfALongPageGoesToItsSpeaker() {
        int rounds = 800;
        List<String> sentences = new ArrayList<>();
        List<String> expected = new ArrayList<>();
        for (int k = 0; k < rounds; k++) {
            String speaker = person(k);
            String other = person(k + 3);
            // the other person is named inside the quote only: the speaker is the one outside it
            sentences.add("“We talked to " + other + " about the harbour wall number " + k + ",” said " + speaker + ".");
            expected.add(speaker);
            // a fragment in the reporter's sentence goes to the sentence's subject, named outside the quote
            sentences.add(speaker + " called the plan “a gift to " + other + " and his friends” on Monday.");
            expected.add(speaker);
        }
        List<List<EntityMention>> entities = new EntityRecognizer().recognizeDocument(sentences);
        long started = System.nanoTime();
        List<Quote> quotes = new QuoteExtractor().extract(sentences, entities);
        long millis = (System.nanoTime() - started) / 1_000_000;
        System.out.println("LongPageQuotesTest: " + quotes.size() + " quotes of " + sentences.size()
                + " sentences extracted in " + millis + " ms");
        assertThat(quotes).hasSize(2 * rounds);
        assertThat(quotes).extracting(Quote::speaker).containsExactlyElementsOf(expected);
    }
}
