package dev.storybrief.brief;

import dev.storybrief.brief.disagreement.DisagreementFinder;
import dev.storybrief.brief.summary.DevelopingStory;
import dev.storybrief.brief.summary.StoryHeadlines;
import dev.storybrief.brief.summary.Summarizer;
import dev.storybrief.brief.summary.SummaryPart;
import dev.storybrief.brief.timeline.TimelineBuilder;
import dev.storybrief.BriefingInterruptedException;
import dev.storybrief.ComponentList;
import dev.storybrief.model.AnalyzedArticle;
import dev.storybrief.model.Article;
import dev.storybrief.model.Briefing;
import dev.storybrief.model.Layer;
import dev.storybrief.model.Section;
import dev.storybrief.model.Story;
import dev.storybrief.model.StoryView;
import dev.storybrief.model.ArticleLanguage;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The brief stage: a headline for the grouped story, then each {@link BriefingPart} in order. The standard parts
 * are the summary, timeline, who said what, entities, disagreements and what only one outlet reports; a user may
 * drop, replace or add parts by name.
 *
 * <pre>{@code
 * Briefer briefer = Briefer.standard(new StorySummarizer()).without("timeline");
 * }</pre>
 */
public final class Briefer {
    private static final int MAX_NAMED_LATER = 5;
    private final ComponentList<BriefingPart> parts;

    private Briefer(ComponentList<BriefingPart> parts) {
        this.parts = parts;
    }

    /** The standard parts, with the given summarizer. */
    public static Briefer standard(Summarizer summarizer) {
        return of(List.of(new SummaryPart(summarizer), new TimelineBuilder(15), new QuoteCollector(),
                new EntityCollector(25), new DisagreementFinder(2), new UniqueFacts(2)));
    }

    /** A briefer with the given parts, in order. */
    public static Briefer of(List<BriefingPart> parts) {
        return new Briefer(ComponentList.of(parts, BriefingPart::name));
    }

    /** The parts in order. */
    public List<BriefingPart> parts() {
        return parts.list();
    }

    /** Their names in order. */
    public List<String> names() {
        return parts.names();
    }

    /** This briefer with a part added at the end. */
    public Briefer with(BriefingPart part) {
        return new Briefer(parts.with(part));
    }

    /** This briefer without the part named {@code name}. */
    public Briefer without(String name) {
        return new Briefer(parts.without(name));
    }

    /** This briefer with the part named {@code name} replaced, in the same place. */
    public Briefer replacing(String name, BriefingPart part) {
        return new Briefer(parts.replacing(name, part));
    }

    /** The layers the parts read. */
    public Set<Layer> needs() {
        Set<Layer> needs = EnumSet.noneOf(Layer.class);
        parts.list().forEach(p -> needs.addAll(p.needs()));
        return needs;
    }

    /** Briefs one story within a word budget; {@code warnings} are carried into the briefing. */
    public Briefing brief(Story story, int words, List<String> warnings) {
        return brief(story, words, warnings, Set.of());
    }

    /**
     * Briefs one story within a word budget; {@code warnings} are carried into the briefing. The articles named in
     * {@code apart} come close to none of the others (another story put in the folder by mistake): the headline never
     * comes from one of them.
     */
    public Briefing brief(Story story, int words, List<String> warnings, Set<String> apart) {
        List<String> notes = new ArrayList<>(warnings);
        java.util.Set<String> undated = story.articles(StoryView.ALL).stream()
                .filter(a -> a.article().published() == null).map(AnalyzedArticle::id)
                .collect(java.util.stream.Collectors.toSet());
        int laterAt = notes.size();
        BriefingDraft draft = new BriefingDraft(story, words, apart);
        String language = story.language();
        for (BriefingPart part : parts.list()) {
            BriefingInterruptedException.check();
            if (part.supports(language)) {
                part.addTo(draft);
            } else {
                // not "English only": the quotes part reads six languages, the entities part one
                notes.add("note " + part.name() + ": not made for this story's language (" + language + ")");
            }
        }
        Object summary = draft.sections().get(Section.SUMMARY.name());
        // told after the summary is drawn, so the note says what it holds, never what it was meant to hold
        java.util.Set<String> summarised = summary instanceof List<?> sentences ? sentences.stream()
                .filter(dev.storybrief.model.SummarySentence.class::isInstance)
                .map(s -> ((dev.storybrief.model.SummarySentence) s).source())
                .collect(java.util.stream.Collectors.toSet()) : null;
        notes.addAll(laterAt, laterNotes(story.laterArticles(), story.earlierArticles(), undated, DevelopingStory.is(story),
                summarised == null ? null : new Summarised(summarised, apart, words)));
        notes.addAll(draft.notes());
        if (story.articles().size() > 1) {
            story.articles().stream().filter(a -> OpinionPieces.isCorrectionNotice(a.article()))
                    .forEach(a -> notes.add("note " + a.id() + " is a correction notice (what an earlier article got"
                            + " wrong): left out of the summary and timeline"));
        }
        notes.addAll(kindNotes(story.articles()));
        if (summary instanceof List<?> sentences && sentences.isEmpty() && !story.articles().isEmpty()) {
            // more words help only a budget shorter than a news sentence; past it, no sentence can stand alone. Said
            // without an option's name: the server's form and the command line both read the note (qa22 #14)
            notes.add("note summary: no sentence fits within " + words + " words"
                    + (words < 60 ? "; give it 60 words or more" : ": none of the articles' sentences stands alone"));
        }
        // every article read is a source: a reprint is listed right after the report it copies
        List<AnalyzedArticle> read = story.sources();
        Map<String, List<String>> reprints = new LinkedHashMap<>();
        for (AnalyzedArticle article : story.articles()) {
            List<AnalyzedArticle> copies = story.reprints().getOrDefault(article.id(), List.of());
            if (!copies.isEmpty()) {
                reprints.put(article.id(), copies.stream().map(AnalyzedArticle::id).toList());
            }
            // an outlet's own earlier version is no reprint: say it was left out, so it is never lost unseen
            copies.stream().filter(copy -> java.util.Objects.equals(copy.article().outlet(), article.article().outlet()))
                    .forEach(copy -> notes.add("note " + copy.id() + " is an earlier version of " + article.id() + " ("
                            + article.article().outlet() + "): briefed from the newer one"));
        }
        List<Article> articles = read.stream().map(AnalyzedArticle::article).toList();
        Map<String, ArticleLanguage> languages = new LinkedHashMap<>();
        read.forEach(a -> languages.put(a.id(), new ArticleLanguage(a.language(), a.languageConfidence())));
        // the ids set apart, as read: the reader's count of the story's articles leaves them out
        List<String> setApart = read.stream().map(AnalyzedArticle::id).filter(apart::contains).toList();
        return new Briefing(headline(story, apart, draft), articles, words, story.laterArticles(), notes,
                draft.sections(), story.language(), languages, reprints, setApart);
    }

    /**
     * The headline {@link #brief} gives the story, without the rest of the briefing: {@code stories} lists every story
     * under it, and the headline rule reads only the number disagreements of the briefing's parts, and those only
     * when a title gives a figure. A briefer whose disagreements part is not the standard one makes the whole
     * briefing for it, so the headline is always the briefing's.
     *
     * @param story the story
     * @param words the briefing's word budget (read only when the whole briefing is made)
     * @param apart ids of the articles that come close to none of the others
     */
    public String headline(Story story, int words, Set<String> apart) {
        // a part of the caller's own may write the disagreements the rule reads: then only the briefing tells them
        if (!parts.list().stream().allMatch(Briefer::isStandard)) {
            return brief(story, words, List.of(), apart).headline();
        }
        DisagreementFinder finder = parts.list().stream().filter(DisagreementFinder.class::isInstance)
                .map(DisagreementFinder.class::cast).findFirst().orElse(null);
        if (finder == null || !finder.supports(story.language())) {
            return StoryHeadlines.of(story, apart, List.of());
        }
        return StoryHeadlines.of(story, apart, () -> finder.numbers(story));
    }

    /** Whether a part is one of {@link #standard}'s, of which only {@link DisagreementFinder} writes what the headline reads. */
    private static boolean isStandard(BriefingPart part) {
        return part instanceof SummaryPart || part instanceof TimelineBuilder || part instanceof QuoteCollector
                || part instanceof EntityCollector || part instanceof DisagreementFinder || part instanceof UniqueFacts;
    }

    /**
     * One note for each opinion piece or paid text read beside reports, saying what marked it and that it backs no
     * fact; one for a story told only in opinion pieces, whose briefing then tells their writers' views. A reader
     * must know which articles were read as views, or a column left out looks like a report lost.
     */
    static List<String> kindNotes(List<AnalyzedArticle> articles) {
        List<String> notes = new ArrayList<>();
        Set<String> notReports = OpinionPieces.notReportsBesideReports(articles);
        for (AnalyzedArticle a : articles) {
            Article article = a.article();
            if (!notReports.contains(a.id()) || OpinionPieces.isCorrectionNotice(article)) {
                continue; // a correction notice has its own note
            }
            if (article.kind() == dev.storybrief.model.ArticleKind.NOT_AN_ARTICLE) {
                notes.add("warning " + a.id() + " is not a news article (" + article.kindMark() + "): listed as an"
                        + " input, left out of the summary, the timeline and the names");
                continue;
            }
            boolean release = article.kind() == dev.storybrief.model.ArticleKind.PRESS_RELEASE;
            String what = OpinionPieces.isOpinion(article) ? "an opinion piece" : release ? "a press release"
                    : "paid content";
            String whose = OpinionPieces.isOpinion(article) ? "its writer's view" : release
                    ? "the issuer's word, no outlet's report of it" : "its sponsor's word";
            notes.add("note " + a.id() + " is read as " + what + (article.kindMark() == null ? "" : " ("
                    + article.kindMark() + ")") + ": " + whose + ", not news, so it is left out of the summary, the"
                    + " timeline, the disagreements and what only one outlet reports, and backs no other article's"
                    + " sentence");
        }
        if (articles.size() > 1 && articles.stream().allMatch(a -> OpinionPieces.isOpinion(a.article()))) {
            notes.add("note every article is read as an opinion piece: this briefing tells their writers' views");
        }
        return notes;
    }

    /**
     * What the summary holds, for the notes on articles of other periods.
     *
     * @param articles the articles it holds a sentence of
     * @param apart    the articles kept out as another story
     * @param words    its word budget
     */
    record Summarised(java.util.Set<String> articles, java.util.Set<String> apart, int words) {
        String leftOut() {
            return "left out of the summary (its " + words + " words went to the other articles)";
        }
    }

    /**
     * Most follow-ups named one by one; a timeline collection of hundreds gets one line, not hundreds. A developing
     * story's summary reads every period, so there the follow-ups are summarised as later developments, when a
     * sentence of theirs is in the summary ({@code summarised}; null when the briefing has no summary); one the
     * budget left no room for is said to be left out, one set apart as another story is kept out. An
     * article of an earlier period ({@code earlier}) is background, not a follow-up. An {@code undated} one was set
     * apart by the months it names alone: with no year, it is not said whether it came before or after.
     */
    static List<String> laterNotes(List<String> later, java.util.Set<String> earlier, java.util.Set<String> undated,
                                   boolean developing, Summarised summarised) {
        java.util.function.Function<String, String> fate = id -> !developing || summarised == null
                || summarised.apart().contains(id) ? "kept out of the summary"
                : summarised.articles().contains(id) ? "summarised as a later development" : summarised.leftOut();
        java.util.function.Function<String, String> earlierFate = id -> !developing || summarised == null
                || summarised.apart().contains(id) ? "kept out of the summary"
                : summarised.articles().contains(id) ? "summarised as background" : summarised.leftOut();
        if (later.size() <= MAX_NAMED_LATER) {
            return later.stream().map(id -> earlier.contains(id)
                    ? "note " + id + " is from an earlier period than the rest of the story (background): "
                            + earlierFate.apply(id)
                    : undated.contains(id)
                    ? "note " + id + " names other months than the rest of the story and no year or date of its own"
                            + " (another period, earlier or later): " + fate.apply(id)
                    : "note " + id + " is from another period than the rest of the story (a follow-up): " + fate.apply(id))
                    .toList();
        }
        String kind = earlier.isEmpty() ? "follow-ups" : earlier.size() == later.size() ? "background"
                : "background and follow-ups";
        String many;
        if (!developing || summarised == null) {
            many = "kept out of the summary";
        } else {
            long in = later.stream().filter(summarised.articles()::contains).count();
            many = (earlier.size() == later.size() ? "summarised as background" : "summarised as later developments")
                    + (in == later.size() ? "" : " (" + in + " of them have a sentence within " + summarised.words()
                    + " words)");
        }
        return List.of("note " + later.size() + " articles are from other periods than the rest of the story "
                + "(" + kind + "), " + many + ": " + String.join(", ", later.subList(0, MAX_NAMED_LATER)) + ", ...");
    }

    /**
     * The briefing's headline ({@link StoryHeadlines}), read after the parts, so that a figure the disagreements part
     * lists as disputed heads no briefing while another title avoids it.
     */
    private static String headline(Story story, Set<String> apart, BriefingDraft draft) {
        return StoryHeadlines.of(story, apart, draft.get(Section.DISAGREEMENTS).orElse(List.of()));
    }
}
