package dev.storybrief.group.stories;

import dev.storybrief.ingest.MetaKey;
import dev.storybrief.ingest.RawDocument;
import dev.storybrief.util.IntList;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Groups an unsorted stream of single articles into stories, one article at a time.
 *
 * <p>Each article is first checked for being a copy of an earlier one ({@link MinHash} signatures, LSH bands); a
 * copy joins its original's story and adds nothing else. Otherwise it is profiled per {@link Facet}: its content
 * words, and from its first sentences the names, figures and years it gives, each weighted by TF-IDF under the
 * stream's IDF so far (after a short warm-up, see {@link #add(RawDocument)}). It is compared with the stories that
 * share one of its heaviest words in the inverted index, within the time buckets its window reaches; the
 * {@link JoinModel} scores each from the facets' cosines with the story's centroids, and the article joins the best
 * story that scores at least 0 and whose time span, widened by the window, covers its day. Otherwise it starts a
 * story. There is no comparison of all pairs: the work per article is bounded by the index. When the stories are
 * read, small stories get a second chance to join a larger one, every article is placed again against its candidate
 * stories (which repairs what the order of the stream did), a story that holds two events of one kind is split (in a
 * large stream by its words, or by who and where beside them, {@link MixedStories}; in a small one by its names, {@link NameComponents}), and stories in different languages that share enough names and numbers are
 * joined ({@link LanguageBridge}).
 *
 * <p>The result depends only on the order of the calls to {@link #add(RawDocument)}: no hash order, no clock, and not
 * on when or how often the stories were read (they are read on copies, see {@link #storyIds()}).
 */
public final class StoryClusterer {
    /**
     * Stories an article is compared with when it is placed again: those sharing the most index terms with it. When
     * the stories are read every story exists, so the index offers more than on arrival; on the tuning parts 3, 5, 10
     * and 30 gave the same figures, and 5 costs a third of 30.
     */
    private static final int REFINE_CANDIDATES = 5;
    /**
     * Words of a long read's lead it is also filed under: half the index terms. The tuning parts' figures are the same
     * with and without, seed for seed (DUC 2004 + Multi-News 0.892, ECB+ 0.899): few of their articles are long reads.
     */
    private static final int LEAD_INDEX_TERMS = 5;

    private final StoryOptions options;
    private final String idPrefix;
    private final NearDuplicates duplicates;
    private final CueReader cueReader;
    private final Map<Facet, IncrementalIdf> idf = new EnumMap<>(Facet.class);
    private TimeBucketIndex<String> index;
    private final List<RawDocument> documents = new ArrayList<>();
    private final List<Long> days = new ArrayList<>();
    /** Each sighted article's headline (or null), in the numbering of {@link #duplicates}. */
    private final List<String> headlines = new ArrayList<>();
    /** Per article, the day an undated one was told since ({@link CueReader#toldSince}); undated for a dated one. */
    private final List<Long> toldSince = new ArrayList<>();
    private final List<String> languages = new ArrayList<>();
    private final IntList representativeOf = new IntList();
    private IntList storyOf = new IntList();
    private final List<List<String>> indexTermsOf = new ArrayList<>();
    private List<StoryCluster> clusters = new ArrayList<>();
    private final List<ArticleProfile> profiles = new ArrayList<>();
    private final CandidateCounter counter = new CandidateCounter();
    private final List<Arrival> pending = new ArrayList<>();
    private final Map<String, Integer> storyOfLabel = new HashMap<>();
    private final BitSet apart = new BitSet();
    /** The surnames each article's lead names, read when a small stream's stories are cut ({@link #peopleOf}). */
    private final Map<Integer, List<String>> peopleRead = new HashMap<>();
    /**
     * The stories as the articles' arrivals left them, put aside while {@link #finish()}'s reading of them is shown
     * (null when none is): the next article is grouped against these, as if the stories had never been read.
     */
    private Arrivals arrivals;
    /** The arrivals' diagnostic ({@link ArrivalTrace}), null unless its property is set. */
    private final ArrivalTrace trace = ArrivalTrace.on() ? new ArrivalTrace() : null;
    private boolean warmedUp;
    private int finishedAt;
    private long vectorComparisons;

    /** A clusterer with the default options, naming stories {@code story-1}, {@code story-2}, ... */
    public StoryClusterer() {
        this(StoryOptions.defaults());
    }

    /** A clusterer with these options, naming stories {@code story-1}, {@code story-2}, ... */
    public StoryClusterer(StoryOptions options) {
        this(options, "story-");
    }

    /** A clusterer naming stories {@code idPrefix + number}. */
    public StoryClusterer(StoryOptions options, String idPrefix) {
        this.options = options;
        this.idPrefix = idPrefix;
        this.duplicates = new NearDuplicates(options);
        this.cueReader = new CueReader(options.cueSentences());
        this.index = new TimeBucketIndex<>(options.windowDays());
        for (Facet facet : Facet.values()) {
            idf.put(facet, new IncrementalIdf());
        }
    }

    /**
     * Receives, during a guided run, each candidate story's features for an article and whether the candidate is
     * the article's true story: the examples a {@link JoinModel} is learnt from.
     */
    @FunctionalInterface
    public interface JoinExamples {
        /** One candidate story of one article. */
        void example(JoinFeatures features, boolean sameStory);
    }

    /**
     * An article waiting for the warm-up, or being grouped; keys are null until counted in the IDF (a copy's never
     * are), and the copy test's finding is null until the article has been compared with the earlier ones.
     */
    private record Arrival(RawDocument doc, String language, Counted keys, String label,
                           JoinExamples examples, Sighting sighting) {
    }

    /**
     * An article's keys per facet, counted in the IDF, and for an undated one the day it was told since
     * ({@link CueReader#toldSince}).
     */
    private record Counted(Map<Facet, Map<String, Integer>> keys, long toldSince) {
    }

    /**
     * What the copy test found when an article arrived: its day (an undated copy's is its original's), the earlier
     * article it copies (-1 for none) and whether it is a page template.
     */
    private record Sighting(long day, int original, boolean template) {
    }

    /** The stories, the index and each article's story as the arrivals left them, before the stories were read. */
    private record Arrivals(List<StoryCluster> clusters, TimeBucketIndex<String> index, IntList storyOf) {
    }

    /** Adds every document, in order. */
    public StoryClusterer addAll(Iterable<RawDocument> docs) {
        docs.forEach(this::add);
        return this;
    }

    /**
     * Adds the next article of the stream. The first {@link StoryOptions#warmupArticles()} articles only count their
     * terms until that many have arrived, and are then grouped in arrival order: an IDF learnt from two or three
     * articles would let common words decide the first stories.
     */
    public void add(RawDocument doc) {
        arrive(new Arrival(doc, null, null, null, null, null));
    }

    /**
     * Adds the next article of a guided run, for learning a {@link JoinModel}: the article is compared with its
     * candidate stories as {@link #add(RawDocument)} would, each comparison goes to {@code examples}, and then it
     * joins the story of its true {@code label} (when that story is within the window), whatever the scores said.
     */
    public void addLabelled(RawDocument doc, String label, JoinExamples examples) {
        arrive(new Arrival(doc, null, null, java.util.Objects.requireNonNull(label, "label"), examples, null));
    }

    private void arrive(Arrival arrival) {
        Sighting sighting = sight(arrival.doc());
        if (warmedUp) {
            group(new Arrival(arrival.doc(), null, null, arrival.label(), arrival.examples(), sighting));
            return;
        }
        // a copy adds no article to the IDF, during the warm-up as after it: counted, a wire story reprinted by ten
        // outlets would make its own words look common, and its original would drift from the story it belongs to
        boolean copy = sighting.original() >= 0;
        String language = copy ? null : SparseVector.languageOf(textOf(arrival.doc()));
        pending.add(new Arrival(arrival.doc(), language, copy ? null : countedKeys(arrival.doc(), language),
                arrival.label(), arrival.examples(), sighting));
        if (pending.size() >= options.warmupArticles()) {
            flush();
        }
    }

    /** Groups the articles held back for the warm-up. */
    private void flush() {
        warmedUp = true;
        pending.forEach(this::group);
        pending.clear();
    }

    /** The keys of every facet of an article, counted in the facets' IDF. */
    private Counted countedKeys(RawDocument doc, String language) {
        ArticleReadings.Reading reading = ArticleReadings.of(doc, ArticleDates.epochDay(doc), language,
                options.cueSentences(), () -> read(doc, language));
        Map<Facet, Map<String, Integer>> keys = new EnumMap<>(reading.keys());
        for (Facet facet : Facet.values()) {
            keys.putIfAbsent(facet, Map.of());
            if (facet != Facet.LEAD) {
                idf.get(facet).count(keys.get(facet).keySet());
            }
        }
        return new Counted(keys, reading.toldSince());
    }

    /** What an article's own words give each facet, before any IDF: the same in every stream it arrives in. */
    private ArticleReadings.Reading read(RawDocument doc, String language) {
        EnumMap<Facet, Map<String, Integer>> keys = new EnumMap<>(Facet.class);
        long since = ArticleDates.UNDATED;
        keys.put(Facet.TERMS, SparseVector.termFrequencies(textOf(doc), language));
        keys.put(Facet.ANCHORS, Anchors.of(textOf(doc), ArticleDates.epochDay(doc)));
        if (options.cueSentences() > 0) {
            keys.putAll(cueReader.read(textOf(doc), ArticleDates.epochDay(doc), language));
            if (LongReads.isLong(doc.text())) {
                keys.put(Facet.LEAD, SparseVector.termFrequencies(cueReader.lead(textOf(doc)), language));
            }
            // a dated article's own day bounds it better than anything it tells
            if (!ArticleDates.isDated(ArticleDates.epochDay(doc))) {
                since = CueReader.toldSince(textOf(doc));
            }
        }
        return new ArticleReadings.Reading(keys, since);
    }

    /**
     * Compares an arriving article with the earlier ones ({@link NearDuplicates}) and files its signature, in arrival
     * order, so that copy tests never depend on the warm-up. An undated copy takes its original's place in time: a
     * copy is the same report, and its lead's weekday ("on Wednesday") names the day the original's does, so a short
     * wire brief resent without a date is still told from a page template by its "when".
     */
    private Sighting sight(RawDocument doc) {
        long day = ArticleDates.epochDay(doc);
        int[] signature = MinHash.signature(doc.text(), options.shingleWords());
        int original = duplicates.findCopy(signature, day);
        long placed = original < 0 || ArticleDates.isDated(day) ? day : duplicates.day(original);
        String headline = doc.meta(MetaKey.TITLE);
        // the lead's where and when are read by rules of some languages only: a short Spanish report's "el sábado en
        // Sierra Alta" says neither to them, so the same headline over the same text tells a copy in every language
        boolean template = PageTemplates.isNoArticle(doc) || original >= 0
                && !PageTemplates.sameHeadline(headline, headlines.get(original))
                && duplicates.repeatsShortText(signature, day)
                && options.cueSentences() > 0 && PageTemplates.saysNeitherWhereNorWhen(cueReader.read(textOf(doc), placed));
        duplicates.add(signature, template ? day : placed);
        headlines.add(headline);
        return template ? new Sighting(day, -1, true) : new Sighting(placed, original, false);
    }

    private void group(Arrival arrival) {
        backToArrivals();
        RawDocument doc = arrival.doc();
        int item = documents.size();
        long day = arrival.sighting().day();
        boolean template = arrival.sighting().template();
        int original = arrival.sighting().original();
        documents.add(doc);
        days.add(day);
        if (original >= 0) {
            toldSince.add(ArticleDates.UNDATED);
            int representative = representativeOf.get(original);
            representativeOf.add(representative);
            StoryCluster story = live(storyOf.get(representative));
            storyOf.add(story.number());
            languages.add(languages.get(representative));
            indexTermsOf.add(List.of());
            profiles.add(null);
            story.addCopy(item, day);
            // the copy's day may widen the story's span: make the story findable from there too
            register(story, indexTermsOf.get(representative), day);
            return;
        }
        representativeOf.add(item);
        String language = arrival.language() != null ? arrival.language() : SparseVector.languageOf(textOf(doc));
        languages.add(language);
        Counted counted = arrival.keys() != null ? arrival.keys() : countedKeys(doc, language);
        ArticleProfile profile = profile(counted.keys());
        profiles.add(profile);
        // a copy's day is its original's; an article whose day is known needs no other bound
        long since = ArticleDates.isDated(day) ? ArticleDates.UNDATED : counted.toldSince();
        toldSince.add(since);
        if (template) {
            keepApart(item, profile, day);
            return;
        }
        List<String> terms = withLead(topTerms(profile.tfIdf(Facet.TERMS)), profile);
        StoryCluster story = arrival.label() == null ? bestStory(profile, terms, day, since, language)
                : labelledStory(profile, terms, day, since, arrival.label(), arrival.examples());
        if (story == null) {
            story = new StoryCluster(clusters.size(), options);
            clusters.add(story);
            if (arrival.label() != null) {
                storyOfLabel.put(arrival.label(), story.number());
            }
        }
        storyOf.add(story.number());
        indexTermsOf.add(terms);
        story.add(item, profile, day, languages.get(item));
        story.tell(since);
        register(story, terms, day);
    }

    /**
     * Gives a page template ({@link PageTemplates}) a story of its own that nothing joins: its words
     * are the same on pages of every story, so they tell neither which story it came from nor which it should take
     * in. It is not filed in the index and gets no second chance.
     */
    private void keepApart(int item, ArticleProfile profile, long day) {
        StoryCluster story = new StoryCluster(clusters.size(), options);
        clusters.add(story);
        apart.set(story.number());
        storyOf.add(story.number());
        indexTermsOf.add(List.of());
        story.add(item, profile, day, languages.get(item));
    }

    private ArticleProfile profile(Map<Facet, Map<String, Integer>> keys) {
        Map<Facet, SparseVector.Weighted> vectors = new EnumMap<>(Facet.class);
        // a long read's lead words are ranked as its content words are, for they are looked up in the same index
        keys.forEach((facet, counts) -> vectors.put(facet, SparseVector.weigh(counts,
                idf.get(facet == Facet.LEAD ? Facet.TERMS : facet), options.vectorTerms())));
        return new ArticleProfile(vectors);
    }

    /**
     * The candidate stories of an article that its day (and, undated, the day its lead was told since) may join, most
     * shared index terms first.
     */
    private List<StoryCluster> candidates(List<String> terms, long day, long since) {
        return candidates(terms, day, since, options.maxCandidates());
    }

    private List<StoryCluster> candidates(List<String> terms, long day, long since, int limit) {
        for (String term : terms) {
            index.forEachNear(term, day, options.maxPostings(), counter::count);
        }
        List<StoryCluster> candidates = new ArrayList<>();
        for (int number : counter.takeTop(limit)) {
            StoryCluster story = live(number);
            if (story.accepts(day, since) && !candidates.contains(story)) {
                candidates.add(story);
            }
        }
        return candidates;
    }

    /** The story a story number stands for now: itself, or the story it was merged into. */
    private StoryCluster live(int number) {
        StoryCluster story = clusters.get(number);
        while (story.absorbedInto() >= 0) {
            story = clusters.get(story.absorbedInto());
        }
        return story;
    }


    /**
     * Flushes the warm-up, then gives each small story a second chance to join a larger one, now that the stories and
     * the IDF have grown: an article that came before the rest of its story, or whose first neighbours were unlike
     * it, started a story of its own; then joins stories to their later phases beyond the window
     * ({@link #joinLaterPhases()}); then places every article again ({@link #refine()}); then splits the stories
     * that hold two events ({@link #splitMixed()}); then joins stories across languages. Runs again only after new
     * articles.
     */
    private void finish() {
        flush();
        if (finishedAt == documents.size()) {
            return;
        }
        finishedAt = documents.size();
        readOnCopies();
        StoryDump.write(".arrival", liveStories(), documents, days, profiles, idf::get);
        for (StoryCluster story : smallStoriesSmallestFirst()) {
            if (story.absorbedInto() < 0) {
                StoryCluster home = largerStoryFor(story);
                if (home != null) {
                    home.absorb(story);
                }
            }
        }
        StoryDump.write(".second", liveStories(), documents, days, profiles, idf::get);
        joinLaterPhases();
        refine();
        splitMixed();
        gatherProceedings();
        new LanguageBridge(options, idf.get(Facet.ANCHORS)).join(liveStories());
    }

    /**
     * In a large stream, joins each story to its later phase beyond the time window ({@link LaterPhases}): the window
     * keeps an article from joining a story it has outlived, so a running story's next phase weeks later starts a story
     * of its own. A small stream's phases are a reader's folder's, which {@link #gatherProceedings()} already threads.
     */
    private void joinLaterPhases() {
        if (!largeStream() || options.cueSentences() == 0) {
            return; // no lead read, no core
        }
        List<StoryCluster> stories = liveStories().stream().filter(story -> !apart.get(story.number())).toList();
        LaterPhases.join(stories, story -> java.util.Arrays.stream(story.members()).mapToObj(profiles::get).toList(),
                this::live, (story, other) -> {
                    vectorComparisons++;
                    return options.join().logit(other.features(story.asArticle(idf), idf));
                }, 2L * options.windowDays());
    }

    /**
     * Puts the stories as the arrivals left them aside and lets {@link #finish()} work on copies of them: its second
     * chance, placing again and splits change the stories, and a stream grouped further after its stories were read
     * (a live desk reads them every cycle) must group each later article as one run that reads them only at its end
     * would, or the stories would depend on when they were read (and a desk restarted after a kill would differ from
     * one that ran on).
     */
    private void readOnCopies() {
        arrivals = new Arrivals(clusters, index, storyOf);
        clusters = new ArrayList<>(arrivals.clusters().size());
        for (StoryCluster story : arrivals.clusters()) {
            clusters.add(story.copy());
        }
        index = arrivals.index().copy();
        storyOf = arrivals.storyOf().copy();
    }

    /** Puts back the stories as the arrivals left them, when they were read since the last article. */
    private void backToArrivals() {
        if (arrivals != null) {
            clusters = arrivals.clusters();
            index = arrivals.index();
            storyOf = arrivals.storyOf();
            arrivals = null;
        }
    }

    /**
     * Places every article again, now that the stories are read: a stream places an article once, against the stories
     * of that moment, so an early article that joined a story of another event (a first contact on shared names and
     * the year) stays there, and a story's later articles can split its first ones in halves. Each distinct article,
     * in arrival order, is taken out of its story and scored against that story without itself and against the
     * candidate stories the index gives it (as on arrival: no comparison of all pairs); it moves, with its copies, to
     * the best that scores at least 0 and better than its own story by {@link StoryOptions#refineMargin()}. A round
     * with no move ends the refinement early. Page templates stay where they are.
     */
    private void refine() {
        int[] home = new int[documents.size()];
        for (StoryCluster story : liveStories()) {
            for (int item : story.itemsWithCopies()) {
                home[item] = story.number();
            }
        }
        for (int round = 0; round < options.refineRounds(); round++) {
            boolean moved = false;
            for (int item = 0; item < documents.size(); item++) {
                if (representativeOf.get(item) == item && !apart.get(home[item])) {
                    moved |= placeAgain(item, home);
                }
            }
            if (!moved) {
                return;
            }
        }
    }

    /** Places one distinct article again (see {@link #refine()}); true when it moved to another story. */
    private boolean placeAgain(int item, int[] home) {
        StoryCluster own = clusters.get(home[item]);
        ArticleProfile profile = profiles.get(item);
        long day = days.get(item);
        int[] copies = copiesApart(item, own);
        long[] copyDays = daysOf(copies);
        own.remove(item, profile, copies, languages.get(item));
        // alone, the article would start a story: the join model's bar, 0
        double bestScore = (own.size() == 0 ? 0 : options.join().logit(own.features(profile, idf)))
                + options.refineMargin();
        StoryCluster best = own;
        for (StoryCluster story : candidates(indexTermsOf.get(item), day, toldSince.get(item), REFINE_CANDIDATES)) {
            if (story == own || apart.get(story.number()) || !story.languages().contains(languages.get(item))) {
                continue;
            }
            vectorComparisons++;
            double score = options.join().logit(story.features(profile, idf));
            if (score >= 0 && score > bestScore) {
                best = story;
                bestScore = score;
            }
        }
        best.insert(item, profile, day, copies, copyDays, languages.get(item));
        best.tell(toldSince.get(item));
        if (best == own) {
            return false;
        }
        register(best, indexTermsOf.get(item), day);
        home[item] = best.number();
        storyOf.set(item, best.number());
        for (int copy : copies) {
            home[copy] = best.number();
            storyOf.set(copy, best.number());
        }
        if (own.size() == 0) {
            own.emptiedInto(best);
        }
        return true;
    }

    /**
     * Splits off the other events of every story that holds two or more ({@link MixedStories}), in a stream large
     * enough to tell; each new story is filed in the index, so later articles of its event find it.
     */
    private void splitMixed() {
        StoryDump.write("", liveStories(), documents, days, profiles, idf::get);
        for (StoryCluster story : liveStories()) {
            int[] members = story.members();
            if (apart.get(story.number())) {
                continue;
            }
            List<ArticleProfile> memberProfiles = java.util.Arrays.stream(members).mapToObj(profiles::get).toList();
            for (List<Integer> part : largeStream() ? wordsApart(memberProfiles) : namesApart(members, memberProfiles)) {
                StoryCluster split = new StoryCluster(clusters.size(), options);
                clusters.add(split);
                for (int position : part) {
                    move(members[position], story, split);
                }
            }
        }
    }

    /**
     * In a small stream, moves the stages of one person's proceedings that the time window parted into one story
     * ({@link ProceedingsThreads}): the story holding most of a thread's articles, when they are most of it, takes
     * each article of the thread that lies beyond its window. An article within its window stayed apart by the join
     * model's choice, which stands.
     */
    private void gatherProceedings() {
        if (largeStream() || options.cueSentences() == 0) {
            return;
        }
        List<ProceedingsThreads.Stage> stages = new ArrayList<>();
        for (StoryCluster story : liveStories()) {
            if (apart.get(story.number())) {
                continue;
            }
            for (int item : story.members()) {
                String text = textOf(documents.get(item));
                int kinds = 0;
                for (int kind = 0; kind < Proceedings.kinds(); kind++) {
                    kinds |= Proceedings.speaksOf(kind, text) ? 1 << kind : 0;
                }
                if (kinds != 0) {
                    stages.add(new ProceedingsThreads.Stage(item, ProceedingsThreads.mostNamed(peopleOf(item)), kinds,
                            Proceedings.looksBack(text)));
                }
            }
        }
        for (List<Integer> thread : ProceedingsThreads.threads(stages)) {
            Map<StoryCluster, Integer> held = new java.util.LinkedHashMap<>();
            thread.forEach(item -> held.merge(live(storyOf.get(item)), 1, Integer::sum));
            StoryCluster home = held.entrySet().stream().filter(e -> 2 * e.getValue() > e.getKey().size())
                    .max(Comparator.<Map.Entry<StoryCluster, Integer>>comparingInt(Map.Entry::getValue)
                            .thenComparingInt(e -> -e.getKey().number()))
                    .map(Map.Entry::getKey).orElse(null);
            if (home == null || held.size() < 2) {
                continue;
            }
            for (int item : thread) {
                StoryCluster from = live(storyOf.get(item));
                if (from != home && !home.accepts(days.get(item))) {
                    move(item, from, home);
                    if (from.size() == 0) {
                        from.emptiedInto(home);
                    }
                }
            }
        }
    }

    /** The parts of a large stream's story that tell other events than its first article's ({@link MixedStories}). */
    private List<List<Integer>> wordsApart(List<ArticleProfile> members) {
        if (!MixedStories.checks(members.size())) {
            return List.of();
        }
        // one per pair of articles, as a join counts one per story it reads, whatever the facets compared
        vectorComparisons += members.size() * (members.size() - 1L) / 2;
        return MixedStories.partsToSplitOff(members, idf::get);
    }

    /**
     * The events of a small stream's story that name nobody and nothing another event names ({@link NameComponents}),
     * each with the articles that name no one and come closest to it in words, all but the event of the story's first
     * article: a small stream's IDF cannot tell two events of one kind apart, their names can. Who and where only, as
     * a briefing's judge of its folder reads them ({@link NameComponents#peopleAndPlaces}): two crashes of one week
     * are both investigated by the one air accidents branch, and two strikes of one town called by one union, so an
     * organisation named in both is no sign of one event.
     */
    private List<List<Integer>> namesApart(int[] items, List<ArticleProfile> members) {
        if (options.cueSentences() == 0) {
            return List.of(); // no lead read, no names
        }
        List<Set<String>> names = new ArrayList<>();
        for (int position = 0; position < items.length; position++) {
            names.add(peopleAndPlaces(items[position], members.get(position)));
        }
        // the words' cut whose sides quote nobody in common (NameComponents.partedByWords), tried here too, cost the
        // tuning part's small streams recall at no precision (2 whole stories F1 0.821 -> 0.815): brief's note only
        List<List<Integer>> events = NameComponents.events(names);
        if (events.isEmpty()) {
            return events;
        }
        vectorComparisons += members.size() * (members.size() - 1L) / 2;
        return NameComponents.withTheRest(events, MixedStories.cosines(members, idf.get(Facet.TERMS))).stream()
                .filter(event -> !event.contains(0)).toList();
    }

    /**
     * The surnames of the people an article's lead names and the words of its places: the {@link Facet#NAMES} facet
     * also holds organisations' words, so the people are read from the lead again (a small stream's articles only).
     */
    private Set<String> peopleAndPlaces(int item, ArticleProfile profile) {
        Set<String> words = new HashSet<>(peopleOf(item));
        words.addAll(List.of(profile.tf(Facet.PLACES).terms()));
        return words;
    }

    /** The surnames the lead of an article names ({@link CueReader#people}), read once per article. */
    private List<String> peopleOf(int item) {
        return peopleRead.computeIfAbsent(item, i -> cueReader.people(textOf(documents.get(i)), days.get(i),
                languages.get(i)));
    }

    /** Moves a distinct article, with its copies, from one story to another. */
    private void move(int item, StoryCluster from, StoryCluster to) {
        int[] copies = copiesApart(item, from);
        from.remove(item, profiles.get(item), copies, languages.get(item));
        to.insert(item, profiles.get(item), days.get(item), copies, daysOf(copies), languages.get(item));
        to.tell(toldSince.get(item));
        register(to, indexTermsOf.get(item), days.get(item));
        storyOf.set(item, to.number());
        for (int copy : copies) {
            storyOf.set(copy, to.number());
        }
    }

    /** The copies of a distinct article in its story, itself left out. */
    private int[] copiesApart(int item, StoryCluster story) {
        return copiesOf(item, story).stream().mapToInt(Integer::intValue).filter(copy -> copy != item).toArray();
    }

    private long[] daysOf(int[] items) {
        long[] result = new long[items.length];
        for (int i = 0; i < items.length; i++) {
            result[i] = days.get(items[i]);
        }
        return result;
    }

    private List<StoryCluster> liveStories() {
        return clusters.stream().filter(story -> story.absorbedInto() < 0).toList();
    }

    private List<StoryCluster> smallStoriesSmallestFirst() {
        List<StoryCluster> small = new ArrayList<>();
        for (StoryCluster story : clusters) {
            if (story.absorbedInto() < 0 && story.size() <= options.smallStory() && !apart.get(story.number())) {
                small.add(story);
            }
        }
        small.sort(Comparator.comparingInt(StoryCluster::size).thenComparingInt(StoryCluster::number));
        return small;
    }

    /**
     * The best-scoring story at least as large whose span meets this one's, scoring at least the second-chance bar and
     * ahead of every other candidate by {@link StoryOptions#smallStoryLead()} (in a stream too small to know its words,
     * {@link StoryOptions#SPARSE_STREAM_JOIN} and no lead); else null. A small story that fits two
     * stories about alike tells what kind of story it is (another speech by the same politician, another vote in the
     * same parliament), not which one: the join model's score is then no evidence for either, and the more stories a
     * stream holds, the more such near-ties a low bar would settle by chance. Only stories sharing a language
     * are candidates.
     */
    private StoryCluster largerStoryFor(StoryCluster story) {
        ArticleProfile profile = story.asArticle(idf);
        // content words say nothing across languages, so a join there would rest on names alone, below the bar an
        // article must pass: stories in other languages are the language bridge's, which asks for more anchors
        Set<String> languages = story.languages();
        for (String term : topTerms(profile.tfIdf(Facet.TERMS))) {
            if (undatedInSmallStream(story)) {
                index.forEachAnyTime(term, counter::count);
                continue;
            }
            index.forEachNear(term, story.firstDay(), options.maxPostings(), counter::count);
            if (index.bucketOf(story.lastDay()) != index.bucketOf(story.firstDay())) {
                index.forEachNear(term, story.lastDay(), options.maxPostings(), counter::count);
            }
        }
        StoryCluster best = null;
        double bestScore = largeStream() ? options.smallStoryJoin()
                : Math.max(options.smallStoryJoin(), StoryOptions.SPARSE_STREAM_JOIN);
        double lead = largeStream() ? options.smallStoryLead() : 0;
        double runnerUp = Double.NEGATIVE_INFINITY;
        for (int number : counter.takeTop(options.maxCandidates())) {
            StoryCluster other = live(number);
            if (other == story || other.size() < story.size() || !other.overlaps(story)
                    || Collections.disjoint(languages, other.languages())) {
                continue;
            }
            vectorComparisons++;
            double score = options.join().logit(other.features(profile, idf));
            if (score >= bestScore && (best == null || score > bestScore)) {
                if (best != null) {
                    runnerUp = bestScore;
                }
                best = other;
                bestScore = score;
            } else {
                runnerUp = Math.max(runnerUp, score);
            }
        }
        return best != null && bestScore - runnerUp >= lead ? best : null;
    }

    /**
     * True for a story of undated articles only in a stream below {@link StoryOptions#largeStream()}: its second chance
     * looks for a larger story at any time, not only among the undated. A reader's folder mixes pages that state their
     * day with texts that do not (a short wire report pasted as text, a next-day follow-up saved without its stamp), and
     * the index files an undated article apart from every dated one, so the wire report of a landslide never met the
     * dated reports of it and stayed a story of its own. The window cannot speak for an undated story, so the
     * join model's bar decides alone; in a large stream the undated keep to themselves, as before.
     */
    private boolean undatedInSmallStream(StoryCluster story) {
        return !largeStream() && !ArticleDates.isDated(story.firstDay());
    }

    /** True when the stream has seen {@link StoryOptions#largeStream()} articles or more. */
    private boolean largeStream() {
        return documents.size() >= options.largeStream();
    }

    /**
     * The best-scoring story of the article's language that scores at least 0, or null. Stories in other languages are
     * the language bridge's ({@link LanguageBridge}), which asks for more shared names and numbers: content words say
     * nothing across languages, and a name two articles share is no proof of one event.
     */
    private StoryCluster bestStory(ArticleProfile profile, List<String> terms, long day, long since,
                                   String language) {
        StoryCluster best = null;
        double bestScore = 0;
        if (trace != null) {
            trace.arrive(documents.get(documents.size() - 1).id());
        }
        for (StoryCluster story : candidates(terms, day, since)) {
            if (!story.languages().contains(language)) {
                continue;
            }
            vectorComparisons++;
            JoinFeatures features = story.features(profile, idf);
            double score = options.join().logit(features);
            if (trace != null) {
                trace.candidate(documents.get(story.members()[0]).id(), score, features);
            }
            if (score >= bestScore && (best == null || score > bestScore)) {
                best = story;
                bestScore = score;
            }
        }
        if (trace != null) {
            trace.write();
        }
        return best;
    }

    private StoryCluster labelledStory(ArticleProfile profile, List<String> terms, long day, long since,
                                       String label, JoinExamples examples) {
        Integer own = storyOfLabel.get(label);
        for (StoryCluster story : candidates(terms, day, since)) {
            vectorComparisons++;
            examples.example(story.features(profile, idf), own != null && own == story.number());
        }
        return own != null && clusters.get(own).accepts(day) ? clusters.get(own) : null;
    }

    private void register(StoryCluster story, List<String> terms, long day) {
        for (String term : terms) {
            if (story.markIndexed(term, index.bucketOf(day))) {
                index.add(term, day, story.number());
            }
        }
    }

    /**
     * The terms an article is looked up and filed under: its heaviest terms, and its heaviest terms that some other
     * article has too. The heaviest alone are often words no other article uses yet, which find nothing in a small
     * input; the shared ones alone are the commoner words, which find too much in a large one.
     */
    private List<String> topTerms(SparseVector vector) {
        java.util.LinkedHashSet<String> terms = new java.util.LinkedHashSet<>();
        int n = Math.min(options.indexTerms(), vector.size());
        terms.addAll(List.of(vector.terms()).subList(0, n));
        int shared = 0;
        for (String term : vector.terms()) {
            if (shared == options.indexTerms()) {
                break;
            }
            if (idf.get(Facet.TERMS).documentFrequency(term) > 1) {
                terms.add(term);
                shared++;
            }
        }
        return List.copyOf(terms);
    }

    /**
     * The index terms with the {@link #LEAD_INDEX_TERMS} heaviest words of a long read's lead that another article has
     * too: a long read's heaviest words are the people it follows, and only its lead names the event that finds its
     * story. A report's lead words are among its heaviest already; it has no {@link Facet#LEAD}.
     */
    private List<String> withLead(List<String> terms, ArticleProfile profile) {
        java.util.LinkedHashSet<String> all = new java.util.LinkedHashSet<>(terms);
        int added = 0;
        for (String term : profile.tfIdf(Facet.LEAD).terms()) {
            if (added == LEAD_INDEX_TERMS) {
                break;
            }
            if (idf.get(Facet.TERMS).documentFrequency(term) > 1 && all.add(term)) {
                added++;
            }
        }
        return List.copyOf(all);
    }

    private static String textOf(RawDocument doc) {
        String title = doc.meta(MetaKey.TITLE);
        return title == null ? doc.text() : title + "\n\n" + doc.text();
    }

    /** Number of articles added, copies included. */
    public int size() {
        return documents.size() + pending.size();
    }

    /**
     * The id of the story the {@code index}-th added article (counting from 0, copies included) belongs to, or empty
     * while it is held back for the warm-up: in the stories as last read ({@link #stories()}, {@link #storyIds()})
     * when no article was added since, else where the articles' arrivals put it (the story that has taken in the one
     * it joined, when a small story has since joined a larger one). Costs next to nothing.
     */
    public java.util.Optional<String> storyIdOf(int index) {
        if (index < 0 || index >= storyOf.size()) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(idPrefix + (live(storyOf.get(index)).number() + 1));
    }

    /**
     * The index of the article the {@code index}-th added article is a near-copy of ({@code index} itself when it is
     * no copy), or -1 while it is held back for the warm-up.
     */
    public int originalOf(int index) {
        return index < 0 || index >= representativeOf.size() ? -1 : representativeOf.get(index);
    }

    /**
     * The id of every added article's story (counting from 0, copies included) in the stories as they are read
     * ({@link #stories()}: the warm-up ends, small stories get their second chance, every article is placed again and
     * stories of two events are split), without their headlines. Reading them changes nothing for the articles added
     * later: a live desk that reads them every cycle, or after a restart, gets what one run reading them only at its
     * end gets.
     */
    public List<String> storyIds() {
        finish();
        List<String> ids = new ArrayList<>(storyOf.size());
        for (int item = 0; item < storyOf.size(); item++) {
            ids.add(idPrefix + (live(storyOf.get(item)).number() + 1));
        }
        return ids;
    }

    /** Similarity computations made so far (article-story cosines plus signature comparisons). */
    public long comparisons() {
        return vectorComparisons + duplicates.comparisons();
    }

    /** The stories so far, in the order they started (articles held back for the warm-up are grouped first). */
    public List<StoryGroup> stories() {
        finish();
        List<StoryGroup> stories = new ArrayList<>();
        for (StoryCluster story : clusters) {
            if (story.absorbedInto() >= 0) {
                continue;
            }
            List<RawDocument> articles = new ArrayList<>();
            List<List<String>> ids = new ArrayList<>();
            List<List<String>> outlets = new ArrayList<>();
            for (int rep : story.members()) {
                articles.add(documents.get(rep));
                List<String> copyIds = new ArrayList<>();
                Set<String> copyOutlets = new LinkedHashSet<>();
                for (int copy : copiesOf(rep, story)) {
                    copyIds.add(documents.get(copy).id());
                    String outlet = documents.get(copy).meta(MetaKey.OUTLET);
                    if (outlet != null) {
                        copyOutlets.add(outlet);
                    }
                }
                ids.add(copyIds);
                outlets.add(new ArrayList<>(copyOutlets));
            }
            stories.add(new StoryGroup(idPrefix + (story.number() + 1), StoryHeadline.of(articles), articles, ids,
                    outlets));
        }
        return stories;
    }

    /** Sketches of the stories so far, same order as {@link #stories()}, for linking with other partitions. */
    public List<StorySketch> sketches() {
        finish();
        List<StorySketch> sketches = new ArrayList<>();
        for (StoryCluster story : clusters) {
            if (story.absorbedInto() >= 0) {
                continue;
            }
            List<StorySketch.ArticleSketch> articles = new ArrayList<>();
            for (int rep : story.members()) {
                articles.add(new StorySketch.ArticleSketch(documents.get(rep).id(), duplicates.signature(rep),
                        days.get(rep)));
            }
            sketches.add(new StorySketch(idPrefix + (story.number() + 1),
                    story.direction(options.vectorTerms(), idf.get(Facet.TERMS)).asMap(), story.firstDay(), story.lastDay(), articles));
        }
        return sketches;
    }

    /** The items whose representative is {@code rep}, in arrival order (scans only items of the story's span). */
    private List<Integer> copiesOf(int rep, StoryCluster story) {
        List<Integer> copies = new ArrayList<>();
        for (int copy : story.itemsWithCopies()) {
            if (representativeOf.get(copy) == rep) {
                copies.add(copy);
            }
        }
        return copies;
    }
}
