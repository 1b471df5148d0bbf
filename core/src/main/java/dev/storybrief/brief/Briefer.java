package dev.storybrief.brief;

import dev.storybrief.BriefingInterruptedException;
import dev.storybrief.group.SentenceIndex;
import dev.storybrief.model.AnalyzedArticle;
import dev.storybrief.model.Article;
import dev.storybrief.model.Briefing;
import dev.storybrief.model.Disagreement;
import dev.storybrief.model.Insights;
import dev.storybrief.model.Story;
import dev.storybrief.model.SummarySentence;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** The brief stage: summary and headline for a grouped story. */
public final class Briefer {
    private final Summarizer summarizer;
    private final NumberDisagreements numbers = new NumberDisagreements();
    private final StanceDisagreements stances = new StanceDisagreements(2);
    private final UniqueFacts unique = new UniqueFacts(2);
    private final TimelineBuilder timeline = new TimelineBuilder(15);
    private final QuoteCollector quotes = new QuoteCollector();
    private final EntityCollector entities = new EntityCollector(25);

    /** A briefer using the given summarizer. */
    public Briefer(Summarizer summarizer) {
        this.summarizer = summarizer;
    }

    /** Briefs one story within a word budget; {@code warnings} are carried into the briefing. */
    public Briefing brief(Story story, int words, List<String> warnings) {
        List<String> notes = new ArrayList<>(warnings);
        for (String later : story.laterArticles()) {
            notes.add("note " + later + " is from another period than the rest of the story (a follow-up): "
                    + "kept out of the summary");
        }
        List<Article> articles = story.articles().stream().map(AnalyzedArticle::article).toList();
        List<SummarySentence> summary = summarizer.summarize(story, words);
        BriefingInterruptedException.check();
        List<Disagreement> disagreements = new ArrayList<>(numbers.find(story.mainArticles()));
        disagreements.addAll(stances.find(story.mainArticles()));
        BriefingInterruptedException.check();
        var timelineEvents = timeline.build(story);
        var quoteItems = quotes.collect(story);
        BriefingInterruptedException.check();
        Insights insights = new Insights(timelineEvents, quoteItems, entities.collect(story), disagreements,
                unique.find(story));
        return new Briefing(headline(story), articles, summary, words, story.laterArticles(), notes, insights);
    }

    /** The title of a main-period article that is closest to what the whole story is about. */
    static String headline(Story story) {
        List<AnalyzedArticle> main = story.mainArticles().isEmpty() ? story.articles() : story.mainArticles();
        SentenceIndex index = new SentenceIndex(main);
        String all = String.join(" ", main.stream().flatMap(a -> a.article().paragraphs().stream()).toList());
        var centre = index.vectorOf(all);
        return main.stream().map(a -> a.article().title()).filter(t -> t != null && !t.isBlank())
                .max(Comparator.comparingDouble(t -> index.vectorOf(t).cosine(centre)))
                .orElse(null);
    }
}
