package dev.storybrief.brief.summary;

import dev.storybrief.brief.OpinionPieces;
import dev.storybrief.group.stories.StoryHeadline;
import dev.storybrief.analyze.quantity.QuantityRules;
import dev.storybrief.model.AnalyzedArticle;
import dev.storybrief.model.Disagreement;
import dev.storybrief.model.Sentence;
import dev.storybrief.model.Story;
import dev.storybrief.model.StoryView;
import dev.storybrief.model.vector.SentenceIndex;
import dev.storybrief.model.vector.TermVector;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * The one rule that heads a story, for {@code brief}, for {@code stories} (which lists each story under its briefing's
 * headline) and for the desk's cards (which take the briefing's): the title of a main-period report that is closest
 * to what the whole story is about, of the titles that state nothing the briefing contradicts.
 *
 * <p>Left out are the articles {@code apart} from the story (unless nothing else is left), opinion pieces and paid
 * content beside reports, and flashes of one or two sentences beside full reports ({@link StoryHeadline#isFlash}):
 * a briefing that names an article as another story cannot take its headline from it, nor let its words pull the
 * story's centre. Of the titles left, in this order while another title is left, passed over are:
 * <ol>
 *   <li>a title stating a figure a later report corrects ({@link CorrectedFigures}: "53 dead" once a report says the
 *       toll is 35); when every title states it, the headline says it was corrected;</li>
 *   <li>a title of an earlier state of a story told over days than its latest ({@link LatestState}: an election's
 *       early count once a later report leads with the result);</li>
 *   <li>a title stating a figure that a later article gives anew ({@link OutdatedTitles}: "forces evacuation
 *       of 800 residents" when a later report says 1,100 left, or "Storm kills four", its article's "killed four
 *       people", once a later report says the toll rose to five): the summary tells the newest figure;</li>
 *   <li>a title whose figure the other reports of its days give otherwise ({@link OutvotedTitles});</li>
 *   <li>a title giving a figure the briefing lists as disputed ("at $36 a share" when another outlet says $38): a
 *       headline states the story's undisputed core, and the disagreement is told below it; the title taken instead
 *       is of the same day or later while there is one, so that the headline does not go back to an older step of
 *       the story ({@link #undisputed});</li>
 *   <li>a title giving as per cent a change another report gives in percentage points ({@link PointsAsPercent}).</li>
 * </ol>
 * A title that is a picture's caption or credit ({@link CaptionTitles}) is no headline. A title in the story's
 * language is taken over one in another, while there is one, and a report's over a live blog's
 * (titled when it opened, before the outcome it was to follow), while there is one. A story told in both of
 * Serbian's scripts is headed in the script its summary is given in ({@link SummaryScript}).
 */
public final class StoryHeadlines {
    private StoryHeadlines() {
    }

    /**
     * The headline of a briefed story.
     *
     * @param story         the story
     * @param apart         ids of the articles that come close to none of the others
     * @param disagreements the briefing's disagreements (empty when it has no such part)
     * @return the headline, or null when no article has a title
     */
    public static String of(Story story, Set<String> apart, List<Disagreement> disagreements) {
        return of(story, apart, () -> disagreements);
    }

    /**
     * The headline of a story whose disagreements are found only when the rule reads them: they matter only when a
     * title left gives a figure ({@link #undisputed}), and finding them costs more than the rest of the rule, which a
     * headline without the rest of the briefing ({@link Briefer#headline}) need not pay.
     *
     * @param disagreements the briefing's disagreements, asked for at most once
     */
    public static String of(Story story, Set<String> apart, Supplier<List<Disagreement>> disagreements) {
        SentenceIndex index = story.index(StoryView.MAIN);
        List<AnalyzedArticle> main = index.articles().stream().filter(a -> !apart.contains(a.id())).toList();
        if (main.isEmpty()) {
            main = index.articles();
        }
        // a developing story's summary reads every period, and a later period's report telling its latest state (a
        // trial's sentence months after the verdict: LatestState) may head it; a later follow-up of another kind
        // does not (a bridge reopened is a later step, not the story)
        if (DevelopingStory.is(story)) {
            List<AnalyzedArticle> latest = LatestState.reports(story.articles(StoryView.ALL).stream()
                    .filter(a -> !apart.contains(a.id())).toList());
            List<AnalyzedArticle> widened = new java.util.ArrayList<>(main);
            latest.stream().filter(a -> !widened.contains(a)).forEach(widened::add);
            main = widened;
        }
        // a column's or an advertorial's headline is its writer's or its sponsor's line, not the story's
        main = whileAny(main, a -> !OpinionPieces.isNotReport(a.article()));
        // a flash's cry ("BREAKING: ...") heads no story that has a full report
        main = whileAny(main, a -> !StoryHeadline.isFlash(a.text()));
        String all = String.join(" ", main.stream().flatMap(a -> a.article().paragraphs().stream()).toList());
        TermVector centre = index.vectorOf(all);
        Map<Sentence, AnalyzedArticle> sentences = new LinkedHashMap<>();
        main.forEach(a -> a.sentences().forEach(s -> sentences.put(s, a)));
        Comparator<AnalyzedArticle> central = Comparator.comparingDouble(a -> index.vectorOf(a.article().title())
                .cosine(centre));
        // a picture's caption or credit taken for a title heads nothing: without another title the briefing has none
        List<AnalyzedArticle> withTitles = main.stream()
                .filter(a -> a.article().title() != null && !a.article().title().isBlank())
                .filter(a -> !CaptionTitles.isCaption(a.article().title())).toList();
        // a story told mostly in English with one Spanish report is headed in English: the summary below is drawn
        // from the story's language, and a headline in another would be the one line most readers cannot read
        List<AnalyzedArticle> titled = whileAny(withTitles, story.inStoryLanguage());
        // a live blog is titled when it opens, before what it follows has happened ("Cup final live: City v Rovers");
        // a report beside it is titled after the fact, with the outcome (ReportsFirst: the summary reads it first too)
        java.util.Set<String> blogs = ReportsFirst.deferred(main);
        titled = whileAny(titled, a -> !blogs.contains(a.id()));
        if (titled.isEmpty()) {
            return null;
        }
        List<AnalyzedArticle> told = main;
        List<AnalyzedArticle> left = titled;
        // a figure a later report corrects heads no briefing while a title without it is left (CorrectedFigures)
        var corrections = CorrectedFigures.of(story);
        left = whileAny(left, a -> CorrectedFigures.withdrawnInTitle(corrections, a, a.article().title()).isEmpty());
        // a story told over days is headed by its latest state (an election's result, not its early count)
        List<AnalyzedArticle> latest = LatestState.reports(told);
        left = whileAny(left, a -> LatestState.tells(latest, a));
        left = whileAny(left, a -> !OutdatedTitles.outdated(a, sentences, index));
        left = whileAny(left, a -> !OutvotedTitles.outvoted(a, a.article().title(), told));
        // a title without a figure gives no disputed one: the disagreements are read only when a title has a figure
        if (left.stream().anyMatch(StoryHeadlines::givesFigure)) {
            left = undisputed(left, DisputedFigures.of(disagreements.get(), story));
        }
        // any report giving the points shows the unit, a flash too
        left = whileAny(left, a -> !PointsAsPercent.misreads(a.article().title(), index.articles()));
        // when every title gives the withdrawn figure, the headline says it was corrected
        // in the script the summary is given in, for a language written in two (SummaryScript)
        return left.stream().max(central).map(a -> SummaryScript.inStoryScript(
                        CorrectedFigures.markedTitle(corrections, a, a.article().title()), a.language(), story))
                .orElse(null);
    }

    /**
     * The titles without a disputed figure, of the day of the newest title with one or later while there are such:
     * a headline does not go back to an older step of the story ("Storm kills two") to avoid a disputed toll of
     * today's; the titles as they are when every one gives a disputed figure or none does.
     */
    private static List<AnalyzedArticle> undisputed(List<AnalyzedArticle> titled, DisputedFigures disputed) {
        List<AnalyzedArticle> giving = titled.stream().filter(a -> disputed.inText(a, a.article().title())).toList();
        List<AnalyzedArticle> others = titled.stream().filter(a -> !giving.contains(a)).toList();
        if (giving.isEmpty() || others.isEmpty()) {
            return titled;
        }
        java.time.LocalDate newest = giving.stream().map(StoryHeadlines::dateOf).filter(java.util.Objects::nonNull)
                .max(Comparator.naturalOrder()).orElse(null);
        List<AnalyzedArticle> sinceThen = newest == null ? others : others.stream()
                .filter(a -> dateOf(a) != null && !dateOf(a).isBefore(newest)).toList();
        return sinceThen.isEmpty() ? others : sinceThen;
    }

    /** An article's date when the page, text or user gives it; null when unknown or inferred. */
    private static java.time.LocalDate dateOf(AnalyzedArticle article) {
        return article.article().dateInferred() ? null : article.article().published();
    }

    /** The items that pass, or all of them when none does. */
    private static <T> List<T> whileAny(List<T> items, Predicate<? super T> keep) {
        List<T> kept = items.stream().filter(keep).toList();
        return kept.isEmpty() ? items : kept;
    }

    /** True when the article's title gives a figure its language's quantity rules read. */
    private static boolean givesFigure(AnalyzedArticle article) {
        return QuantityRules.supports(article.language())
                && !QuantityRules.forLanguage(article.language()).extract(article.article().title(), 0, 0).isEmpty();
    }
}
