package dev.storybrief.ingest.html;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A line among the paragraphs that asks the reader to subscribe, join or pay to read on is not the story's. */
class SubscriptionAppealsTest {

    private static final String P1 = "The council voted on Tuesday to keep the old library open for another five years,"
            + " after more than three thousand residents signed a letter against its closure.";
    private static final String P2 = "The building needs a new roof and heating, which the council will pay for from"
            + " the money set aside for the sports hall, the mayor said after the vote.";
    private static final String P3 = "The library's own newsletter, which volunteers print every month, had asked"
            + " readers to come to the meeting; more than two hundred of them did.";

    private static ExtractedPage extract(String appeal) {
        return new HtmlArticleExtractor().extract("<html><body><article><h1>Library stays open</h1><p>" + P1 + "</p><p>"
                + appeal + "</p><p>" + P2 + "</p><p>" + P3 + "</p></article></body></html>", null);
    }

    @Test
    void anAppealToSubscribeAmongTheParagraphsGoes() {
        for (String appeal : new String[] {"Never miss the latest news by signing up to our newsletter today!",
                "Get the latest news straight to your phone with our app.",
                "Werden Sie Mitglied und erhalten Sie exklusive Angebote!", "Pour acc\u00E9der en illimit\u00E9 aux articles :",
                "B\u0105d\u017A na bie\u017C\u0105co z naszymi artyku\u0142ami."}) {
            assertThat(extract(appeal).paragraphs()).as(appeal).containsExactly(P1, P2, P3);
        }
    }

    @Test
    void aSentenceOfTheStoryAboutANewsletterStays() {
        String line = "Its newsletter reaches about four thousand homes in the valley.";

        assertThat(extract(line).paragraphs()).containsExactly(P1, line, P2, P3);
    }
}
