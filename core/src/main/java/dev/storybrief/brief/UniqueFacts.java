package dev.storybrief.brief;

import dev.storybrief.brief.summary.CandidateFilter;
import dev.storybrief.brief.summary.StaleEntries;
import dev.storybrief.model.AnalyzedArticle;
import dev.storybrief.model.Claim;
import dev.storybrief.model.DisagreementKind;
import dev.storybrief.model.Layer;
import dev.storybrief.model.Section;
import dev.storybrief.model.StoryView;
import dev.storybrief.model.vector.SentenceIndex;
import dev.storybrief.model.vector.TermVector;
import dev.storybrief.model.Sentence;
import dev.storybrief.model.Story;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * Finds what only one outlet reports: statements central enough to the story to matter that no other article
 * says nearly the same. A few per article, most central first.
 *
 * <p>"Says nearly the same" is read twice: no sentence of another outlet is a paraphrase of it, and most of its
 * weighted terms occur nowhere in the other articles. The second test is needed because outlets tell the
 * story's main event in differently cut sentences ("NATO voted today to end its Libya mission Oct. 31" against
 * "Alliance warplanes will cease operations on Monday ... NATO has formally announced the end of its mission"): no
 * one sentence matches, yet every outlet reports it. What only one outlet reports brings words the others lack.
 */
public final class UniqueFacts implements BriefingPart {
    private static final double MIN_CENTRALITY = 0.12;
    /**
     * A fact shown on its own must stand alone: "It can provide troops ..., he said", "They believe ..." and
     * "However, any request ..." lean on the sentence before, which this list does not show.
     */
    private static final Pattern LEANS_ON_CONTEXT = Pattern.compile(
            "^(?:(?:He|She|It|They|This|These|Those|That|However|But|Yet|Still|Also|Meanwhile)\\b"
                    + "|.*, (?:he|she|they) (?:said|says|added)\\b)");
    /** Share of a sentence's term weight that the other articles must lack. */
    private static final double MIN_NOVELTY = 0.5;
    private final CandidateFilter filter = new CandidateFilter();
    private final int perArticle;

    /** At most {@code perArticle} facts per article. */
    public UniqueFacts(int perArticle) {
        this.perArticle = perArticle;
    }

    @Override
    public String name() {
        return "unique";
    }

    @Override
    public Set<Layer> needs() {
        return Set.of(Layer.SENTENCES, Layer.TERMS);
    }

    @Override
    public void addTo(BriefingDraft draft) {
        // an article the briefing names as another story's reports that story, not what one outlet adds to this one
        // what the summary already tells is no addition of one outlet's beside it, whoever else reports it
        Set<String> told = new HashSet<>();
        draft.get(Section.SUMMARY).orElse(List.of()).forEach(s -> {
            told.add(place(s.sentence()));
            told.add(textKey(s.sentence().text()));
            told.add(textKey(s.text()));
        });
        // a figure "Where sources disagree" sets against another outlet's is told there, with its sentence, as one side:
        // listed again here it would read as a fact no one else reports, though another outlet gives another value
        // (and a figure shown as corrected is told there too, with the report that corrects it)
        draft.get(Section.DISAGREEMENTS).orElse(List.of()).stream()
                .filter(d -> d.kind() == DisagreementKind.NUMBER || d.kind() == DisagreementKind.CORRECTION)
                .flatMap(d -> d.claims().stream()).forEach(c -> told.add(textKey(c.text())));
        draft.put(Section.UNIQUE, find(draft.story(), told).stream().filter(c -> !draft.apart().contains(c.source()))
                .toList());
    }

    /** Facts reported by one outlet, in article order. Needs at least two main-period articles. */
    public List<Claim> find(Story story) {
        return find(story, Set.of());
    }

    /**
     * Facts reported by one outlet, in article order, leaving out the sentences {@code told} names (by
     * {@link #place} or {@link #textKey}): those a summary beside the list already tells. Each sentence is listed once,
     * even when an article repeats it (a long read's paragraph that returns in a box, a copy's sentence said twice).
     */
    List<Claim> find(Story story, Set<String> told) {
        List<AnalyzedArticle> main = story.mainArticles();
        if (main.size() < 2) {
            return List.of();
        }
        SentenceIndex index = story.index(StoryView.MAIN);
        TermVector centroid = index.centroid();
        List<Claim> facts = new ArrayList<>();
        Set<String> listed = new HashSet<>();
        var inStoryLanguage = story.inStoryLanguage();
        // a column's claim is its writer's view, and an advertorial's its sponsor's: beside reports, neither is a fact
        // one outlet reports, nor does either make a report's fact told by more than one
        Set<String> notReports = OpinionPieces.notReportsBesideReports(main);
        Map<String, Integer> articlesUsing = articlesUsingEachTerm(main.stream()
                .filter(a -> !notReports.contains(a.id())).toList(), index);
        for (AnalyzedArticle article : main) {
            if (!inStoryLanguage.test(article) || notReports.contains(article.id())) {
                continue;
            }
            Set<String> seen = new HashSet<>(); // this article's sentences so far: its first telling of one is listed
            article.sentences().stream()
                    .filter(s -> !told.contains(place(s)) && !told.contains(textKey(s.text())))
                    .filter(s -> filter.accepts(article, s) && story.supportOf(s).isEmpty() && standsAlone(s)
                            && !StaleEntries.isStale(article, s))
                    .filter(s -> novelty(index.vector(s), t -> articlesUsing.getOrDefault(t, 0) > 1) >= MIN_NOVELTY)
                    .filter(s -> index.vector(s).cosine(centroid) >= MIN_CENTRALITY)
                    .filter(s -> seen.add(textKey(s.text())) && !listed.contains(textKey(s.text())))
                    .sorted(Comparator.comparingDouble((Sentence s) -> -index.vector(s).cosine(centroid)))
                    .limit(perArticle)
                    .sorted(Comparator.comparingInt(Sentence::index))
                    .forEach(s -> {
                        listed.add(textKey(s.text()));
                        facts.add(new Claim(s.text(), s.articleId(), s.text()));
                    });
        }
        return facts;
    }

    /** Where a sentence stands: its article and its place in it. */
    private static String place(Sentence sentence) {
        return sentence.articleId() + "#" + sentence.index();
    }

    /** A sentence's words, whatever its case, spacing and punctuation: the same sentence said twice has one key. */
    private static String textKey(String text) {
        return "text:" + text.toLowerCase(java.util.Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }

    /**
     * In how many articles each term occurs, so that a term of one article's sentence is used elsewhere when more
     * than one article has it: linear in the story's size. Like the sentence support, this counts articles, not
     * outlets: a wire's own later story that repeats a fact still makes it more than one report.
     */
    private static Map<String, Integer> articlesUsingEachTerm(List<AnalyzedArticle> main, SentenceIndex index) {
        Map<String, Integer> articles = new HashMap<>();
        for (AnalyzedArticle article : main) {
            Set<String> terms = new HashSet<>();
            article.sentences().forEach(s -> terms.addAll(index.vector(s).weights().keySet()));
            terms.forEach(t -> articles.merge(t, 1, Integer::sum));
        }
        return articles;
    }

    private static boolean standsAlone(Sentence sentence) {
        return !LEANS_ON_CONTEXT.matcher(sentence.text()).find();
    }

    /** The share of the sentence's term weight not {@code usedElsewhere}; 0 for a sentence without terms. */
    static double novelty(TermVector sentence, Predicate<String> usedElsewhere) {
        double total = 0;
        double missing = 0;
        for (Map.Entry<String, Double> term : sentence.weights().entrySet()) {
            total += term.getValue();
            missing += usedElsewhere.test(term.getKey()) ? 0 : term.getValue();
        }
        return total == 0 ? 0 : missing / total;
    }
}
