package dev.storybrief;

import dev.storybrief.brief.summary.SentenceTrimmer;
import dev.storybrief.brief.summary.StorySummarizer;
import dev.storybrief.brief.summary.Summarizer;
import dev.storybrief.brief.summary.SummaryPart;
import dev.storybrief.analyze.Annotator;
import dev.storybrief.analyze.AnnotatorChain;
import dev.storybrief.brief.Briefer;
import dev.storybrief.brief.BriefingPart;
import dev.storybrief.clean.ArticleCleaner;
import dev.storybrief.clean.FoundMetadata;
import dev.storybrief.clean.FoundDocument;
import dev.storybrief.clean.LongArticles;
import dev.storybrief.group.FolderSplit;
import dev.storybrief.group.StoryCohesion;
import dev.storybrief.group.StoryGrouper;
import dev.storybrief.group.dates.PublicationDateInference;
import dev.storybrief.group.stories.ListedStories;
import dev.storybrief.group.stories.NameComponents;
import dev.storybrief.group.stories.StoryGroup;
import dev.storybrief.ingest.Ingested;
import dev.storybrief.ingest.InputProblem;
import dev.storybrief.ingest.InputReader;
import dev.storybrief.ingest.MetaKey;
import dev.storybrief.ingest.RawDocument;
import dev.storybrief.ingest.SourceFormat;
import dev.storybrief.model.AnalyzedArticle;
import dev.storybrief.model.Article;
import dev.storybrief.model.Briefing;
import dev.storybrief.model.Layer;
import dev.storybrief.model.Story;
import dev.storybrief.util.FailureNote;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import java.util.function.Consumer;

/**
 * The whole pipeline in one call: {@code ingest -> clean -> analyze -> group -> brief}. Each stage is a
 * replaceable component; the analyze stage is a chain of named annotators and the brief stage a list of named
 * parts, each of which can be dropped, replaced or added to. Build one with {@link #builder()}.
 *
 * <pre>{@code
 * Briefing b = Storybrief.builder().words(120).withoutPart("timeline").build()
 *         .brief(List.of(Path.of("examples/millbrook-bridge")));
 * }</pre>
 */
public final class Storybrief {
    /**
     * Characters of one document's text cleaned at most ({@link #headToClean}): four times what a briefing reads of an
     * article, room for the boilerplate cleaning removes, and nine times the longest long-read.
     */
    private static final int MAX_CLEANED_CHARS = 4 * LongArticles.MAX_CHARS;

    private final InputReader reader;
    private final ArticleCleaner cleaner;
    private final AnnotatorChain annotators;
    private final int threads;
    private final StoryGrouper grouper;
    private final Briefer briefer;
    private final int words;
    private final LocalDate dateForAll;
    private final Map<String, LocalDate> datesById;
    private final String oneStoryAdvice;

    /**
     * How a reader of the command line briefs one of the stories a folder mixes: the listing briefs each, or the
     * reader gives the files of one.
     */
    public static final String COMMAND_LINE_ONE_STORY_ADVICE =
            "brief each with storybrief stories --brief, or give only the files of one story";

    private Storybrief(Builder b) {
        this.reader = b.reader;
        this.cleaner = b.cleaner;
        this.annotators = b.annotators;
        this.threads = b.threads;
        this.grouper = b.grouper;
        this.briefer = b.verbatim ? untrimmed(b.briefer) : b.briefer;
        this.words = b.words;
        this.dateForAll = b.dateForAll;
        this.datesById = Map.copyOf(b.datesById);
        this.oneStoryAdvice = b.oneStoryAdvice;
    }

    /** A builder with the default components and a 120-word budget. */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Reads the inputs and briefs them as one story.
     *
     * @throws NothingToBriefException when no input holds a readable article, or the inputs hold several clusters
     */
    public Briefing brief(List<Path> inputs) {
        return brief(inputs, null);
    }

    /**
     * Reads the inputs and briefs one story: the JSON Lines cluster {@code clusterId}, or everything when it is
     * {@code null} and the inputs hold at most one cluster (loose files beside one cluster count as one story).
     */
    public Briefing brief(List<Path> inputs, String clusterId) {
        return brief(reader.read(inputs), clusterId, storyName(inputs), NothingToBriefException.named(inputs));
    }

    /**
     * Briefs documents read elsewhere (files and fetched pages together): the JSON Lines cluster {@code clusterId},
     * or everything when it is {@code null} and they hold at most one cluster; the problems met while reading become
     * the briefing's warnings. {@code storyName} names the story when no cluster does.
     */
    public Briefing brief(Ingested ingested, String clusterId, String storyName) {
        return brief(ingested, clusterId, storyName, storyName);
    }

    /**
     * Briefs documents read elsewhere as {@link #brief(Ingested, String, String)} does; {@code inputs} names what was
     * given (the files and addresses, {@link NothingToBriefException#named}) in the error when nothing was readable.
     */
    public Briefing brief(Ingested ingested, String clusterId, String storyName, String inputs) {
        List<String> warnings = new ArrayList<>(ingested.problems().stream().map(InputProblem::line).toList());
        Map<String, List<RawDocument>> clusters = ingested.byCluster();
        if (ingested.documents().isEmpty()) {
            throw NothingToBriefException.noReadableArticle(inputs, warnings);
        }
        if (clusterId == null && clusters.size() == 2 && clusters.containsKey("")) {
            // a folder of one story: loose files beside one cluster line. The reader gave them together, so they are
            // briefed together; the cohesion notes say so should the loose files turn out to be another story.
            String named = clusters.keySet().stream().filter(id -> !id.isEmpty()).findFirst().orElseThrow();
            List<RawDocument> all = new ArrayList<>(clusters.get(""));
            all.addAll(clusters.get(named));
            warnings.add("note the loose files and the cluster \"" + named + "\" are briefed together as one story"
                    + " (--cluster " + named + " briefs the cluster alone)");
            return briefDocuments(named, all, warnings);
        }
        String chosen = chooseCluster(clusters, clusterId, warnings);
        return briefDocuments(chosen.isEmpty() ? storyName : chosen, clusters.get(chosen), warnings);
    }

    private static String chooseCluster(Map<String, List<RawDocument>> clusters, String clusterId, List<String> warnings) {
        if (clusterId != null) {
            if (!clusters.containsKey(clusterId)) {
                throw new NothingToBriefException("no cluster \"" + clusterId + "\" in the inputs (they hold "
                        + preview(clusters.keySet()) + ")", warnings);
            }
            return clusterId;
        }
        if (clusters.size() > 1) {
            throw new NothingToBriefException("the inputs hold " + clusters.size() + " stories ("
                    + preview(clusters.keySet()) + "); choose one with --cluster ID", warnings);
        }
        return clusters.keySet().iterator().next();
    }

    private static String preview(java.util.Collection<String> ids) {
        List<String> shown = ids.stream().map(id -> id.isEmpty() ? "loose files" : id).limit(5).toList();
        return String.join(", ", shown) + (ids.size() > 5 ? ", ..." : "");
    }

    /**
     * The documents as {@link FoundMetadata} finds them with this instance's cleaner, each cleaned once: with the outlet
     * and publication date their briefing would show written into their metadata (for listing stories and briefing
     * them), and as the story grouper should read them (the cleaned text under the found headline).
     */
    public List<FoundDocument> findMetadata(List<RawDocument> documents) {
        FoundMetadata found = new FoundMetadata(cleaner);
        return documents.stream().map(found::find).toList();
    }

    /** Briefs documents that are already read, as one story. */
    public Briefing briefDocuments(String storyId, List<RawDocument> documents, List<String> warnings) {
        return briefDocuments(storyId, documents, unclean(documents), warnings);
    }

    /**
     * Briefs documents as {@link #findMetadata} found them, as one story: the briefing of their {@code filled}
     * documents ({@link #briefDocuments}), made from the cleaning each was found with where that is the cleaning
     * of the filled document ({@link FoundDocument#cleaned}), so no article is cleaned twice.
     */
    public Briefing briefFound(String storyId, List<FoundDocument> found, List<String> warnings) {
        return briefDocuments(storyId, filled(found), cleanings(found), warnings);
    }

    private Briefing briefDocuments(String storyId, List<RawDocument> documents, List<Article> cleaned,
                                    List<String> warnings) {
        List<String> notes = new ArrayList<>(warnings);
        Story story = story(storyId, documents, cleaned, notes);
        if (story.articles().size() == 1) {
            notes.add(story.reprints().isEmpty() ? "note only one article: the briefing cannot compare outlets"
                    : "note only one report (the other articles are copies of it): the briefing cannot compare outlets");
        }
        double[][] cosines = StoryCohesion.cosines(story);
        List<String> apart = apartReports(story, StoryCohesion.apart(story, cosines));
        // when most articles come close to no other, the folder is several stories and no one article is apart
        boolean several = severalStories(story, apart);
        cohesionNote(story, apart, several).ifPresent(notes::add);
        if (!several) {
            twoStoriesNote(story, cosines).map(suspected -> asListed(suspected, documents)).ifPresent(notes::add);
        }
        lateDates(story).forEach(notes::add);
        unknownDateIds(documents).forEach(id -> notes.add(unknownDateId(id)));
        return briefer.brief(story, words, notes, headlineApart(story, apart));
    }

    /**
     * The headline {@link #briefDocuments} gives documents that are already read, as one story, without making the
     * rest of the briefing ({@link Briefer#headline}): {@code stories} heads every story as its briefing would.
     *
     * @return the headline, or null when no article has a title
     * @throws NothingToBriefException when no article has text left
     */
    public String headline(String storyId, List<RawDocument> documents) {
        return headline(story(storyId, documents, unclean(documents), new ArrayList<>()));
    }

    /**
     * The headline {@link #briefFound} gives documents as {@link #findMetadata} found them (that of their
     * {@code filled} documents, {@link #headline}), without cleaning again an article whose cleaning was kept.
     *
     * @return the headline, or null when no article has a title
     * @throws NothingToBriefException when no article has text left
     */
    public String headlineFound(String storyId, List<FoundDocument> found) {
        return headline(story(storyId, filled(found), cleanings(found), new ArrayList<>()));
    }

    private String headline(Story story) {
        List<String> apart = apartReports(story, StoryCohesion.apart(story, StoryCohesion.cosines(story)));
        return briefer.headline(story, words, headlineApart(story, apart));
    }

    private static List<RawDocument> filled(List<FoundDocument> found) {
        return found.stream().map(FoundDocument::filled).toList();
    }

    /**
     * The articles apart from the others, but for the pages that are no article: such a page is close to no report by
     * what it is, has its own warning, and tells nothing of several stories.
     */
    private static List<String> apartReports(Story story, List<String> apart) {
        java.util.Set<String> notices = notices(story);
        return notices.isEmpty() ? apart : apart.stream().filter(id -> !notices.contains(id)).toList();
    }

    /** The ids of the story's pages that are no article: each has its own warning and counts as no report. */
    private static java.util.Set<String> notices(Story story) {
        return story.articles().stream()
                .filter(a -> a.article().kind() == dev.storybrief.model.ArticleKind.NOT_AN_ARTICLE)
                .map(AnalyzedArticle::id).collect(java.util.stream.Collectors.toSet());
    }

    /** Each found document's kept cleaning, or null where it is to be cleaned again. */
    private static List<Article> cleanings(List<FoundDocument> found) {
        return found.stream().map(FoundDocument::cleaned).toList(); // Stream.toList keeps the nulls
    }

    /** No cleaning kept: every document is cleaned. */
    private static List<Article> unclean(List<RawDocument> documents) {
        return java.util.Collections.nCopies(documents.size(), null);
    }

    /**
     * The articles the headline may not come from: those close to none of the others, unless most are (then the
     * folder is several stories and no one article is apart).
     */
    private static java.util.Set<String> headlineApart(Story story, List<String> apart) {
        return severalStories(story, apart) ? java.util.Set.of() : java.util.Set.copyOf(apart);
    }

    private static boolean severalStories(Story story, List<String> apart) {
        return apart.size() * 2 > story.articles().size();
    }

    /** Days after the latest of the others past which a date is doubtful for an article telling the same event. */
    private static final int LATE_DAYS = 7;
    /** The most days the other articles span for their dates to mark the event's day. */
    private static final int TIGHT_DAYS = 3;

    /**
     * A warning for each article dated more than {@link #LATE_DAYS} after all the others (which span at most
     * {@link #TIGHT_DAYS}) whose lead tells what they tell (its first sentence backed by another article) in the
     * story's period: a report of the same event a week and more after it, more likely a wrong date (a page's
     * update stamp, a crawl's day) than a late report, and its "on Tuesday" is then read as the wrong Tuesday (QA24
     * #15). A follow-up weeks later is set in another period and has its own note.
     */
    private static List<String> lateDates(Story story) {
        List<AnalyzedArticle> dated = story.articles().stream()
                .filter(a -> a.article().published() != null && !story.laterArticles().contains(a.id())).toList();
        List<String> warnings = new ArrayList<>();
        for (AnalyzedArticle late : dated) {
            List<java.time.LocalDate> others = dated.stream().filter(a -> a != late)
                    .map(a -> a.article().published()).sorted().toList();
            if (others.size() < 2) {
                continue;
            }
            java.time.LocalDate first = others.get(0);
            java.time.LocalDate last = others.get(others.size() - 1);
            long after = java.time.temporal.ChronoUnit.DAYS.between(last, late.article().published());
            boolean sameEvent = !late.sentences().isEmpty() && !story.supportOf(late.sentences().get(0)).isEmpty();
            if (after > LATE_DAYS && java.time.temporal.ChronoUnit.DAYS.between(first, last) <= TIGHT_DAYS && sameEvent) {
                warnings.add("warning " + late.id() + ": dated " + late.article().published() + ", " + after
                        + " days after the other articles (" + (first.equals(last) ? first.toString() : first + " to "
                        + last) + "), yet its lead tells what they tell: check its date (give --date " + late.id()
                        + "=YYYY-MM-DD)");
            }
        }
        return warnings;
    }

    /** The warning for a {@code --date ID=...} that names no document's id (shared by the commands taking it). */
    public static String unknownDateId(String id) {
        return "warning --date " + id + "=...: no article has the id \"" + id
                + "\" (the ids are the file names without extension, or the JSON \"id\" fields)";
    }

    /** The ids a --date names that no document has: a typo would otherwise leave the date silently unused. */
    private List<String> unknownDateIds(List<RawDocument> documents) {
        java.util.Set<String> ids = documents.stream().map(RawDocument::id).collect(java.util.stream.Collectors.toSet());
        return datesById.keySet().stream().filter(id -> !ids.contains(id)).sorted().toList();
    }

    /**
     * A suspected mix said with the stories {@code storybrief stories} lists for the same documents, as many as it
     * finds, so that the note and the listing agree; the suspicion as it is (without sending the reader to a listing
     * that would show one story) when the listing keeps them together.
     */
    private String asListed(String suspected, List<RawDocument> documents) {
        List<StoryGroup> listed = ListedStories.of(findMetadata(documents), ListedStories.DEFAULT_WINDOW_DAYS);
        if (listed.size() < 2) {
            return suspected;
        }
        List<String> groups = listed.stream().limit(5).map(group -> "(" + preview(group.allIds()) + ")").toList();
        String named = groups.size() == 1 ? groups.get(0) : String.join(", ", groups.subList(0, groups.size() - 1))
                + (listed.size() > groups.size() ? ", " + groups.get(groups.size() - 1) + " and "
                + (listed.size() - groups.size()) + " more" : " and " + groups.get(groups.size() - 1));
        return "note the articles look like " + listed.size() + " stories, " + named + ": the briefing mixes them ("
                + oneStoryAdvice + ")";
    }

    /**
     * A folder of two stories, each told by several articles, passes the cohesion check (each article has a close
     * partner): said when its two-way cut ({@link FolderSplit}) parts two groups far apart, and no article of one
     * group tells the other's story in another language (shared names and numbers).
     */
    private static Optional<String> twoStoriesNote(Story story, double[][] cosines) {
        Optional<String> byWords = twoStoriesByWords(story, cosines);
        return byWords.isPresent() ? byWords : eventsByNames(story, cosines);
    }

    /**
     * Reports of two events of one kind (two earthquakes, two crashes) share most of their words, so no cut of the
     * words parts them; they name different people and places ({@link NameComponents}), or, in one place, a cut of
     * their words parts them and each side quotes its own people ({@link NameComponents#partedByWords}). One language
     * only: names are spelt differently across languages.
     */
    private static Optional<String> eventsByNames(Story story, double[][] cosines) {
        List<AnalyzedArticle> articles = story.articles();
        if (articles.stream().map(AnalyzedArticle::language).distinct().count() > 1) {
            return Optional.empty();
        }
        List<List<Integer>> events = NameComponents.withTheRest(NameComponents.events(articles.stream()
                .map(article -> NameComponents.peopleAndPlaces(article.entities())).toList()), cosines);
        String differ = "people and places";
        if (events.isEmpty()) {
            // two events of one kind in one place: the place links them all, their words and people part them
            differ = "people";
            events = NameComponents.partedByWords(cosines, articles.stream()
                    .map(article -> NameComponents.people(article.entities())).toList(), NameComponents.PARTED_BY_WORDS)
                    .map(cut -> List.of(cut.first(), cut.second())).orElse(List.of());
        }
        if (events.isEmpty()) {
            return Optional.empty();
        }
        String groups = events.stream().map(event -> "(" + preview(event.stream().map(i -> articles.get(i).id()).toList())
                + ")").collect(java.util.stream.Collectors.joining(" and "));
        return Optional.of("note the articles look like " + events.size() + " stories of one kind that name different "
                + differ + ", " + groups + ": the briefing mixes them");
    }

    private static Optional<String> twoStoriesByWords(Story story, double[][] cosines) {
        // words say nothing across languages: a cut that an article's names and numbers bridge is the story's languages
        return FolderSplit.of(story, cosines).filter(FolderSplit::twoStories)
                .filter(split -> !StoryCohesion.bridgedAcrossLanguages(story, split.first())).map(split -> {
            List<String> small = split.first().size() <= split.second().size() ? split.first() : split.second();
            int rest = story.articles().size() - small.size();
            // two pages among hundreds of reports are another story in the collection, not half of the folder
            return small.size() * 4 <= story.articles().size()
                    ? "note " + preview(small) + " look like another story than the other " + rest + " articles"
                    : "note the articles look like two stories, (" + preview(split.first()) + ") and ("
                    + preview(split.second()) + "): the briefing mixes them";
        });
    }

    /**
     * A reader briefs a folder as one story: an article that comes close to none of the others is named (another
     * story, a site's notice saved as a page); when most are like that, the folder is several stories.
     */
    private static Optional<String> cohesionNote(Story story, List<String> apart, boolean several) {
        if (apart.isEmpty()) {
            return Optional.empty();
        }
        if (several) {
            return Optional.of(String.format(Locale.ROOT, "note %d of the %d articles come close to none of the others: they look"
                    + " like several stories (storybrief stories groups them)", apart.size(), story.articles().size() - notices(story).size()));
        }
        String named = String.join(", ", apart.subList(0, Math.min(5, apart.size())))
                + (apart.size() > 5 ? ", ..." : "");
        return Optional.of("note " + named + (apart.size() == 1 ? " comes" : " come")
                + " close to none of the other articles: another story, or a site's notice saved as a page?");
    }

    /**
     * The stages before the briefing, {@code clean -> analyze -> group}, over documents already read: what every
     * summarizer (storybrief's and the baselines) starts from. Articles left empty by cleaning, or without a single
     * sentence of prose (a list, a data file), are dropped with a note added to {@code notes}.
     *
     * @throws NothingToBriefException when no article has text left
     */
    public Story story(String storyId, List<RawDocument> documents, List<String> notes) {
        return story(storyId, documents, unclean(documents), notes);
    }

    /** As {@link #story(String, List, List)}, with the cleaning of some documents already made (null: clean it). */
    private Story story(String storyId, List<RawDocument> documents, List<Article> cleaned, List<String> notes) {
        List<AnalyzedArticle> analyzed = new ArrayList<>();
        for (Prepared prepared : prepareAll(documents, cleaned)) {
            notes.addAll(prepared.notes());
            if (prepared.article() != null) {
                analyzed.add(prepared.article());
            }
        }
        if (analyzed.isEmpty()) {
            throw new NothingToBriefException("no article text left to brief in \"" + storyId + "\"", notes);
        }
        return grouper.group(storyId, withInferredDates(analyzed));
    }

    /**
     * The articles in the same order, the undated ones dated from what they share with the dated ones (their lead's
     * date, a dateline's day, the story's days) as a briefing dates them; their dates are then read again with the
     * chain's date annotator. The {@code timeline} command dates its articles so.
     */
    public List<AnalyzedArticle> withInferredDates(List<AnalyzedArticle> analyzed) {
        return new PublicationDateInference().infer(analyzed, this::retime);
    }

    /** A document cleaned and annotated (or null, skipped), with the one-line notes about it (why it was skipped). */
    private record Prepared(AnalyzedArticle article, List<String> notes) {
        Prepared(AnalyzedArticle article, String... notes) {
            this(article, java.util.Arrays.stream(notes).filter(java.util.Objects::nonNull).toList());
        }
    }

    /**
     * Cleans and annotates the documents, in input order; with {@link Builder#threads(int)} above 1, several at a
     * time (articles are independent until the group stage).
     */
    private List<Prepared> prepareAll(List<RawDocument> documents, List<Article> cleaned) {
        if (threads <= 1 || documents.size() <= 1) {
            List<Prepared> prepared = new ArrayList<>();
            for (int i = 0; i < documents.size(); i++) {
                BriefingInterruptedException.check();
                prepared.add(prepare(documents.get(i), cleaned.get(i)));
            }
            return prepared;
        }
        ForkJoinPool pool = new ForkJoinPool(threads);
        try {
            return pool.submit(() -> java.util.stream.IntStream.range(0, documents.size()).parallel()
                    .mapToObj(i -> prepare(documents.get(i), cleaned.get(i))).toList()).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new BriefingInterruptedException();
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    private Prepared prepare(RawDocument doc, Article cleaned) {
        try {
            return prepareGuarded(doc, cleaned);
        } catch (BriefingInterruptedException e) {
            throw e;
        } catch (RuntimeException | StackOverflowError e) {
            // One article the cleaner or an annotator chokes on is dropped with a note; the story goes on.
            return new Prepared(null, "skipped " + label(doc) + ": could not be analysed (" + FailureNote.describe(e) + ")");
        }
    }

    private Prepared prepareGuarded(RawDocument doc, Article cleaned) {
        RawDocument head = cleaned != null ? doc : headToClean(doc);
        Article article = withDateOverride(cleaned != null ? cleaned : cleaner.clean(head));
        Optional<Article> cut = head == doc ? LongArticles.cut(article)
                : Optional.of(LongArticles.cut(article).orElse(article));
        long whole = head == doc ? LongArticles.length(article) : doc.text().length();
        String cutNote = cut.map(shorter -> LongArticles.note(label(doc), whole, shorter)).orElse(null);
        return prepareCleaned(doc, cut.orElse(article), cutNote);
    }

    /**
     * The part of a document's text that is cleaned: all of it, unless it runs past {@link #MAX_CLEANED_CHARS}, when
     * only the paragraphs (else lines, else words) within that many characters are, and at least as many as are
     * briefed. A briefing reads at most
     * {@link LongArticles#MAX_CHARS} characters of an article, and cleaning the rest of a 50 MB text, to cut it away
     * after, took minutes (some rules look back over every earlier line).
     */
    private static RawDocument headToClean(RawDocument doc) {
        String text = doc.text();
        if (text.length() <= MAX_CLEANED_CHARS) {
            return doc;
        }
        // a break near the start (the title's blank line above a body of one paragraph) would leave nothing to brief:
        // only a break past the limit briefed is a cut, else the last space before the ceiling
        int floor = LongArticles.MAX_CHARS;
        int end = text.lastIndexOf("\n\n", MAX_CLEANED_CHARS);
        end = end > floor ? end : text.lastIndexOf('\n', MAX_CLEANED_CHARS);
        end = end > floor ? end : text.lastIndexOf(' ', MAX_CLEANED_CHARS);
        end = end > floor ? end : MAX_CLEANED_CHARS;
        return new RawDocument(doc.id(), doc.path(), doc.format(), text.substring(0, end), doc.meta());
    }

    private Prepared prepareCleaned(RawDocument doc, Article article, String cutNote) {
        if (article.paragraphs().isEmpty()) {
            return new Prepared(null, "skipped " + label(doc) + ": nothing left after removing boilerplate"
                    + removedByRule(article));
        }
        BriefingInterruptedException.check(); // cleaning a long page takes seconds: stop before annotating it
        AnalyzedArticle annotated = annotators.annotate(article);
        if (!annotated.hasProse()) {
            return new Prepared(null, "skipped " + label(doc) + ": no sentence of article prose"
                    + " (" + AnalyzedArticle.PROSE_WORDS + "+ words ending as a sentence does): not a news article");
        }
        String dateNote = unreadableDate(doc, article);
        return new Prepared(annotated, cutNote, dateNote != null ? dateNote : ambiguousDate(doc, article));
    }

    /**
     * A slashed date the text stamps itself with that could be day or month first, and nothing in the article says
     * which ({@link dev.storybrief.wording.SlashedDates}): left out rather than guessed, and said.
     */
    private static String ambiguousDate(RawDocument doc, Article article) {
        if (article.published() != null || doc.format() == SourceFormat.JSON_LINES) {
            return null;
        }
        List<String> lines = List.of(doc.text().replace("\r\n", "\n").replace('\r', '\n').split("\n"));
        return dev.storybrief.clean.TextMetadata.ambiguousDate(lines).map(line -> "warning " + label(doc) + ": \""
                + line + "\" could be day or month first and nothing in the article says which; left out (give --date "
                + doc.id() + "=YYYY-MM-DD)").orElse(null);
    }

    /**
     * What cleaning removed from an article it emptied, line counts by rule (" (4 lines: section-label 3, byline
     * 1)"): a skipped article is in no briefing, so {@code --explain} cannot list its removals.
     */
    static String removedByRule(Article article) {
        if (article.removed().isEmpty()) {
            return "";
        }
        Map<String, Long> byRule = article.removed().stream().collect(java.util.stream.Collectors.groupingBy(
                dev.storybrief.model.Removal::rule, java.util.TreeMap::new, java.util.stream.Collectors.counting()));
        return " (" + article.removed().size() + " line" + (article.removed().size() == 1 ? "" : "s") + ": "
                + byRule.entrySet().stream().map(e -> e.getKey() + " " + e.getValue())
                .collect(java.util.stream.Collectors.joining(", ")) + ")";
    }

    /** A date the input gave that no reading makes a date: said, since the article is then briefed as undated. */
    private static String unreadableDate(RawDocument doc, Article article) {
        String given = doc.meta(MetaKey.PUBLISHED);
        if (given == null || article.published() != null) {
            return null;
        }
        String shown = given.length() > 40 ? given.substring(0, 40) + "..." : given;
        // a date that reads but cannot be true ("0001-01-01", "2099-01-01") is named for what it is
        String why = dev.storybrief.clean.LooseDate.impossibleTime(given) ? "has a time of day that cannot be; date ignored"
                : dev.storybrief.clean.LooseDate.find(given)
                .flatMap(d -> dev.storybrief.clean.BelievableDates.problem(d, java.time.Instant.now()))
                .map(problem -> "is " + problem + "; date ignored").orElse("is not a date; read as undated");
        // the article is briefed as undated unless the reader, who can see its date, gives it
        return "warning " + label(doc) + ": its date \"" + shown + "\" " + why + " (give --date " + doc.id()
                + "=YYYY-MM-DD)";
    }

    /**
     * Reads the inputs and annotates every document, handing each to {@code out} as soon as it is done, and every
     * problem with an input to {@code warnings} as a one-line message. A document of a JSON Lines file is annotated
     * exactly as given (offsets refer to its {@code text}); a text or HTML file is cleaned first (offsets refer to
     * {@link AnalyzedArticle#text()}, its cleaned paragraphs). One document that fails costs only itself.
     *
     * @return how many documents were annotated
     */
    public int annotate(List<Path> inputs, Consumer<AnalyzedArticle> out, Consumer<String> warnings) {
        return annotate(reader.read(inputs), out, warnings);
    }

    /** Annotates documents already read (files and fetched pages together) as {@link #annotate(List, Consumer, Consumer)} does. */
    public int annotate(Ingested ingested, Consumer<AnalyzedArticle> out, Consumer<String> warnings) {
        ingested.problems().forEach(p -> warnings.accept(p.line()));
        int done = 0;
        for (RawDocument doc : ingested.documents()) {
            try {
                AnalyzedArticle annotated = annotate(doc);
                if (doc.format() != SourceFormat.JSON_LINES && annotated.text().isBlank()) {
                    // an empty "text" alone would not tell the reader that cleaning, not the file, left nothing
                    warnings.accept("warning " + label(doc) + ": nothing left after removing boilerplate; annotated"
                            + " with empty text (brief --explain lists what was removed)");
                }
                out.accept(annotated);
                done++;
            } catch (RuntimeException | StackOverflowError e) {
                warnings.accept("skipped " + label(doc) + ": " + FailureNote.describe(e));
            }
        }
        return done;
    }

    /** Annotates one document: as given when it came from JSON Lines, else after cleaning. */
    public AnalyzedArticle annotate(RawDocument doc) {
        if (doc.format() == SourceFormat.JSON_LINES) {
            return annotators.annotate(AnalyzedArticle.ofText(withDateOverride(cleaner.describe(doc)), doc.text()));
        }
        return annotators.annotate(withDateOverride(cleaner.clean(doc)));
    }

    /** The file, or for one document of a JSON Lines file the file and the document's id. */
    private static String label(RawDocument doc) {
        if (doc.path() == null) {
            return doc.id();
        }
        if (doc.path().toString().endsWith(".jsonl")) {
            return doc.path() + " (document " + doc.id() + ")";
        }
        if (doc.format() == dev.storybrief.ingest.SourceFormat.FEED) {
            // one item of a feed file: the feed's other items are briefed, so the line names the item, not the feed
            String title = doc.meta(MetaKey.TITLE);
            return doc.path() + " (item " + doc.id() + (title == null ? "" : ", \"" + title + "\"") + ")";
        }
        return doc.path().toString();
    }

    private Article withDateOverride(Article article) {
        LocalDate override = datesById.getOrDefault(article.id(), dateForAll);
        return override == null ? article : article.withPublished(override, "--date");
    }

    /** Resolves a re-dated article's dates again with the chain's own date annotator (none: left as it is). */
    private AnalyzedArticle retime(AnalyzedArticle article) {
        for (Annotator annotator : annotators.annotators()) {
            if (annotator.layer() == Layer.TIMEXES) {
                return annotator.annotate(article);
            }
        }
        return article;
    }

    /** The analyze stage's annotators. */
    public AnnotatorChain annotators() {
        return annotators;
    }

    /** The brief stage's parts. */
    public Briefer briefer() {
        return briefer;
    }

    /** The same parts with storybrief's summarizer, when it makes the summary, keeping sentences whole. */
    private static Briefer untrimmed(Briefer briefer) {
        for (BriefingPart part : briefer.parts()) {
            if (part instanceof SummaryPart summary && summary.summarizer() instanceof StorySummarizer story) {
                return briefer.replacing(part.name(), new SummaryPart(story.withTrimmer(SentenceTrimmer.none())));
            }
        }
        return briefer;
    }

    private static String storyName(List<Path> inputs) {
        Path first = inputs.get(0).toAbsolutePath().normalize();
        Path name = first.getFileName();
        return name == null ? "story" : name.toString();
    }

    /** Configures a {@link Storybrief}. */
    public static final class Builder {
        private InputReader reader = new InputReader();
        private ArticleCleaner cleaner = new ArticleCleaner();
        private AnnotatorChain annotators = AnnotatorChain.standard();
        private int threads = 1;
        private StoryGrouper grouper = new StoryGrouper();
        private Briefer briefer = Briefer.standard(new StorySummarizer());
        private boolean verbatim;
        private int words = 120;
        private LocalDate dateForAll;
        private final Map<String, LocalDate> datesById = new HashMap<>();
        private String oneStoryAdvice = COMMAND_LINE_ONE_STORY_ADVICE;

        private Builder() {
        }

        /**
         * How the note on a folder of several stories tells the reader to brief one (default
         * {@link #COMMAND_LINE_ONE_STORY_ADVICE}; a web page says it for its own form).
         */
        public Builder oneStoryAdvice(String advice) {
            this.oneStoryAdvice = java.util.Objects.requireNonNull(advice);
            return this;
        }

        /** The summary word budget (at least 1). */
        public Builder words(int words) {
            if (words < 1) {
                throw new IllegalArgumentException("the word budget must be at least 1, got " + words);
            }
            this.words = words;
            return this;
        }

        /** The ingest component. */
        public Builder reader(InputReader reader) {
            this.reader = reader;
            return this;
        }

        /** The clean component. */
        public Builder cleaner(ArticleCleaner cleaner) {
            this.cleaner = cleaner;
            return this;
        }

        /**
         * How many articles are cleaned and annotated at a time (default 1). A command line briefing one story
         * gains from every core; a server or a Spark task that runs several briefings at once keeps 1.
         */
        public Builder threads(int threads) {
            if (threads < 1) {
                throw new IllegalArgumentException("threads must be at least 1, got " + threads);
            }
            this.threads = threads;
            return this;
        }

        /** The analyze stage: every annotator, in order. */
        public Builder annotators(AnnotatorChain annotators) {
            this.annotators = annotators;
            return this;
        }

        /** Adds an annotator at the end of the analyze stage. */
        public Builder annotator(Annotator annotator) {
            this.annotators = annotators.with(annotator);
            return this;
        }

        /** Drops the annotator named {@code name} ("quantities", ...). */
        public Builder withoutAnnotator(String name) {
            this.annotators = annotators.without(name);
            return this;
        }

        /** Replaces the annotator named {@code name}, in the same place. */
        public Builder replaceAnnotator(String name, Annotator annotator) {
            this.annotators = annotators.replacing(name, annotator);
            return this;
        }

        /**
         * Sets every article's language instead of identifying it ({@code --language xx}): an ISO 639-1 code.
         *
         * @throws IllegalArgumentException when {@code code} is not a language code
         */
        public Builder language(String code) {
            Annotator given = dev.storybrief.analyze.LanguageAnnotator.given(code);
            this.annotators = annotators.names().contains(given.name()) ? annotators.replacing(given.name(), given)
                    : AnnotatorChain.of(java.util.stream.Stream.concat(java.util.stream.Stream.of(given),
                            annotators.annotators().stream()).toList());
            return this;
        }

        /** The group component. */
        public Builder grouper(StoryGrouper grouper) {
            this.grouper = grouper;
            return this;
        }

        /** The summarizer of the briefing's summary part. */
        public Builder summarizer(Summarizer summarizer) {
            this.briefer = briefer.replacing("summary", new SummaryPart(summarizer));
            return this;
        }

        /** The brief stage: every part, in order. */
        public Builder briefer(Briefer briefer) {
            this.briefer = briefer;
            return this;
        }

        /** Adds a briefing part after the others. */
        public Builder part(BriefingPart part) {
            this.briefer = briefer.with(part);
            return this;
        }

        /** Drops the briefing part named {@code name} ("timeline", "quotes", ...). */
        public Builder withoutPart(String name) {
            this.briefer = briefer.without(name);
            return this;
        }

        /** Replaces the briefing part named {@code name}, in the same place. */
        public Builder replacePart(String name, BriefingPart part) {
            this.briefer = briefer.replacing(name, part);
            return this;
        }

        /**
         * Keeps summary sentences whole: storybrief's summarizer (the default, or one given to
         * {@link #summarizer(Summarizer)}) runs without its {@link SentenceTrimmer}; other summarizers do not trim.
         */
        public Builder verbatim(boolean verbatim) {
            this.verbatim = verbatim;
            return this;
        }

        /** Publication date for every article, overriding what the articles say. */
        public Builder date(LocalDate date) {
            this.dateForAll = date;
            return this;
        }

        /** Publication date for one article id, overriding what it says and {@link #date(LocalDate)}. */
        public Builder date(String articleId, LocalDate date) {
            datesById.put(articleId, date);
            return this;
        }

        /**
         * The configured pipeline.
         *
         * @throws IllegalStateException when a briefing part reads a layer that no annotator adds
         */
        public Storybrief build() {
            for (BriefingPart part : briefer.parts()) {
                for (Layer layer : part.needs()) {
                    if (!annotators.layers().contains(layer)) {
                        throw new IllegalStateException("briefing part \"" + part.name() + "\" needs the "
                                + layer.name().toLowerCase(java.util.Locale.ROOT)
                                + " layer, which no annotator adds (annotators: " + annotators.names() + ")");
                    }
                }
            }
            return new Storybrief(this);
        }
    }
}
