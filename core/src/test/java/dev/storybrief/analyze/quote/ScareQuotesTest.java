package dev.storybrief.analyze.quote;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * One to three words in marks inside a sentence that shows nobody saying or calling anything are the reporter's
 * distance from a word, not a quotation; words a sentence credits stay quotes. Made-up text.
 */
class ScareQuotesTest {


    private List<String> quotes(String language, String... sentences) {
        return QuotesOf.texts(language, sentences);
    }

    @Test
    void aFewWordsInMarksThatNobodySaysAreNoQuote() {
        assertThat(quotes("en", "The so-called \u201creset\u201d of relations lasted barely a year.")).isEmpty();
        assertThat(quotes("en", "Ministers reached a \u201cdeal in principle\u201d that nobody has seen.")).isEmpty();
    }

    /** Other languages' verb lists hold less than every verb that reports a word: their marks stay quotes. */
    @Test
    void otherLanguagesAreNotRead() {
        assertThat(quotes("fr", "Le ministre a prévenu, en disant que « tout ira bien ».")).hasSize(1);
    }

    @Test
    void wordsASentenceCreditsStayQuotes() {
        assertThat(quotes("en", "Mayor Ruth Calloway called the plan \u201ca disaster\u201d on Monday."))
                .containsExactly("a disaster");
        assertThat(quotes("en", "Ruth Calloway said the plan was \u201cdead.\u201d")).hasSize(1);
        assertThat(quotes("en", "The harbour board had one message: \u201cstay home.\u201d")).hasSize(1);
        assertThat(quotes("en", "\u201cNever,\u201d Ruth Calloway said.")).containsExactly("Never");
        assertThat(quotes("en", "The plan, according to Ruth Calloway, is \u201cdead.\u201d")).hasSize(1);
        assertThat(quotes("en", "Officials reportedly will seek a \u201clonger-term view\u201d of the talks.")).hasSize(1);
        assertThat(quotes("en", "She has coined a new phrase, \u201cbudget pirates,\u201d for them.")).hasSize(1);
    }

    /**
     * A sentence that names a person or body, or has a subject pronoun, may give them the word through a verb no list
     * holds ("blasted ... for", "talks about", "is crying"): the marks stay a quote.
     */
    @Test
    void aSentenceNamingSomeoneKeepsItsWordsInMarks() {
        assertThat(quotes("en", "In March, Ruth Calloway blasted the council for its \u201coutrageous practices\u201d "
                + "at the harbour.")).hasSize(1);
        assertThat(quotes("en", "He talks about \u201cspoiling the party,\u201d and voters cheer.")).hasSize(1);
        assertThat(quotes("en", "Supporters of the mayor are crying \u201cfraud\u201d over the count.")).isEmpty();
    }

    /** Four words or more in marks are someone's words even without a verb. */
    @Test
    void longerStretchesStayQuotes() {
        assertThat(quotes("en", "The sign on the door read \u201cno entry after dark, please\u201d all week."))
                .hasSize(1);
        assertThat(quotes("en", "The banner \u201cwe will not move away\u201d hung over the square.")).hasSize(1);
    }
}
