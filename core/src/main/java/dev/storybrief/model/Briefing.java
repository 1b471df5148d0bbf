package dev.storybrief.model;

import java.util.List;

/**
 * The result of briefing one story: the articles read, the summary, and the notes a reader should see.
 *
 * @param headline    a headline for the story
 * @param articles    the articles briefed, in input order
 * @param summary     the summary sentences, in reading order
 * @param wordBudget  the word budget the summary respects
 * @param laterArticles ids of articles published much later than the rest (follow-ups kept out of the summary)
 * @param warnings    one-line messages about inputs that were skipped or doubtful
 * @param insights    disagreements between outlets and what only one reports
 */
public record Briefing(String headline, List<Article> articles, List<SummarySentence> summary, int wordBudget,
                       List<String> laterArticles, List<String> warnings, Insights insights) {

    public Briefing {
        articles = List.copyOf(articles);
        summary = List.copyOf(summary);
        laterArticles = List.copyOf(laterArticles);
        warnings = List.copyOf(warnings);
        insights = insights == null ? Insights.NONE : insights;
    }

    /** A briefing without insights. */
    public Briefing(String headline, List<Article> articles, List<SummarySentence> summary, int wordBudget,
                    List<String> laterArticles, List<String> warnings) {
        this(headline, articles, summary, wordBudget, laterArticles, warnings, Insights.NONE);
    }

    /** Total words in the summary. */
    public int summaryWords() {
        return summary.stream().mapToInt(s -> Words.count(s.text())).sum();
    }

    /** The article with this id, if any. */
    public java.util.Optional<Article> article(String id) {
        return articles.stream().filter(a -> a.id().equals(id)).findFirst();
    }
}
