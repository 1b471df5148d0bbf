package dev.storybrief.brief.timeline;

import dev.storybrief.analyze.quantity.InflectedKeys;
import dev.storybrief.brief.BriefingDraft;
import dev.storybrief.brief.BriefingPart;
import dev.storybrief.brief.OpinionPieces;
import dev.storybrief.brief.disagreement.NumberDisagreements;
import dev.storybrief.brief.disagreement.OtherFigures;
import dev.storybrief.brief.summary.CandidateFilter;
import dev.storybrief.brief.summary.CorrectedFigures;
import dev.storybrief.brief.summary.FigureSides;
import dev.storybrief.model.AnalyzedArticle;
import dev.storybrief.model.Disagreement;
import dev.storybrief.model.Granularity;
import dev.storybrief.model.Layer;
import dev.storybrief.model.QuantitySpan;
import dev.storybrief.model.Section;
import dev.storybrief.model.Sentence;
import dev.storybrief.model.Story;
import dev.storybrief.model.StoryView;
import dev.storybrief.model.TimelineEvent;
import dev.storybrief.model.TimelinePart;
import dev.storybrief.model.TimexSpan;
import dev.storybrief.model.vector.SentenceIndex;
import dev.storybrief.model.vector.TermVector;
import dev.storybrief.util.Once;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Builds the timeline of events, not of sentences. Every date of every sentence is resolved against its own
 * article's date ("on Friday" in a Monday article is the Friday before); each clause of a sentence gives at most one
 * event, at its most precise date ("said on Friday ... after the end of the month" is Friday's); clauses that tell
 * the same event on the same date, in any outlet, become one event with all their outlets, and an event known only
 * to the month joins the same event known to the day. Events before the story are background; those only
 * follow-up articles of another period report, and only with dates after the main story, are follow-ups: a
 * follow-up's look back ("nearly six months after the collapse") is no later development. Weeks are left out.
 */
public final class TimelineBuilder implements BriefingPart {
    /** Two clauses this similar (TF-IDF cosine of their sentences) on one date tell the same event. */
    static final double SAME_EVENT = 0.15;
    /** Events this many days or more before the story's first article are background. */
    public static final int BACKGROUND_DAYS = 7;
    /**
     * A figure joined to its noun by a hyphen ("the 15-nation Security Council", "the 120-year-old dam") qualifies
     * the noun as a name would: it is not what the clause counts, and an outlet telling the vote without it tells the
     * row.
     */
    private static final java.util.regex.Pattern MODIFIER = java.util.regex.Pattern.compile("^\\S*\\d[-‑]\\p{L}");
    private final CandidateFilter filter = new CandidateFilter(5, 80);
    private final int maxEvents;

    /** A builder keeping at most {@code maxEvents} of the most salient events. */
    public TimelineBuilder(int maxEvents) {
        this.maxEvents = maxEvents;
    }

    /** One clause of a sentence with the date it carries. */
    private record Dated(String date, Sentence sentence, String clause, boolean wholeSentence,
                         AnalyzedArticle article, double salience, TermVector vector, boolean later) {
    }

    /** The clauses that tell one event. */
    private static final class Event {
        final String date;
        final boolean later;
        final List<Dated> mentions = new ArrayList<>();

        Event(Dated first) {
            this.date = first.date();
            this.later = first.later();
            mentions.add(first);
        }

        /**
         * The clause the row shows: of those that carry the row's own date, one whose figures the most outlets give
         * (outlets telling the event with another figure are a disagreement, and the row tells what most report), then
         * the most salient, then the earliest published, then the first by its words: never the input's order. A
         * clause merged in from a coarser date ("the earthquake of 2005" into 2005-12) adds its outlet, but would
         * show a date the row does not have.
         */
        Dated best() {
            return shownCandidates().max(Comparator.comparingLong(this::outletsGivingItsFigures)
                    .thenComparingDouble(Dated::salience)
                    .thenComparing(d -> d.article().article().published(),
                            Comparator.nullsFirst(Comparator.<LocalDate>reverseOrder()))
                    .thenComparing(Dated::clause, Comparator.reverseOrder())).orElseThrow();
        }

        /**
         * The own-date clauses the row may show: when two of them give figures of one kind that differ (outlets that
         * tell the event with two figures, their disagreement), only those that give a figure. A clause without the
         * figure agrees with every side, so it would always be the one most outlets' figures leave standing, and the
         * row would hide the count the event is told by.
         */
        private java.util.stream.Stream<Dated> shownCandidates() {
            List<Dated> own = ownDate().toList();
            boolean twoFigures = false;
            for (int i = 0; i < own.size() && !twoFigures; i++) {
                List<QuantitySpan> mine = own.get(i).article().figures(own.get(i).sentence());
                for (int j = i + 1; j < own.size() && !twoFigures; j++) {
                    twoFigures = QuantitySpan.givesAnotherFigure(mine, own.get(j).article().figures(own.get(j).sentence()));
                }
            }
            if (!twoFigures) {
                return own.stream();
            }
            return own.stream().filter(d -> !d.article().figures(d.sentence()).isEmpty());
        }

        /** How many outlets' own-date clauses give no other figure than {@code d}'s, of the kinds either gives. */
        private long outletsGivingItsFigures(Dated d) {
            List<QuantitySpan> own = d.article().figures(d.sentence());
            return ownDate().filter(m -> {
                List<QuantitySpan> theirs = m.article().figures(m.sentence());
                return !QuantitySpan.givesAnotherFigure(own, theirs) && !QuantitySpan.givesAnotherFigure(theirs, own);
            }).map(m -> m.article().id()).distinct().count();
        }

        /** The closest any of its own-date clauses' sentences comes to {@code v}: merges do not chain. */
        double similarity(TermVector v) {
            return ownDate().mapToDouble(d -> d.vector().cosine(v)).max().orElse(0);
        }

        /**
         * True when a clause of the event's own date gives a figure of a kind {@code d} gives, of another value, that
         * the story's number disagreements do not set against {@code d}'s: outlets that tell one event with different
         * figures ("a magnitude 5.9 earthquake ... killing 14" / "a magnitude 6.1 earthquake ... killing 21") disagree
         * over a figure, they do not tell two events. Nor does a clause that takes another side of a disagreement than
         * {@code d} by its figure though it is no claim of it ({@link FigureSides}: "forcing the evacuation of about
         * 1,200 people" beside the Courier's "Around 2,000 people", where the Gazette's "About 1,200 residents" is
         * the claim): the disagreement shows both figures, and the event is one row.
         */
        boolean givesAnotherFigureThan(Dated d, Supplier<List<Disagreement>> numbers, Supplier<FigureSides> sides) {
            List<QuantitySpan> theirs = d.article().figures(d.sentence());
            return ownDate().anyMatch(m -> undisputedOtherFigure(m.article().figures(m.sentence()), theirs, numbers)
                    && !FigureSides.against(sides.get().of(m.article(), m.sentence()),
                    sides.get().of(d.article(), d.sentence())));
        }

        /**
         * True when {@code theirs} give a figure of a kind one of {@code mine} is, none of them again, and the
         * disagreements set none of them against it ({@link QuantitySpan#givesAnotherFigure}, less the disputes), nor
         * can both be true: "unos 45 buques" and "más de 40 buques" count the same ships, one outlet more loosely, and
         * tell one event ({@link QuantitySpan#agreesWith}); "six years" and "seven years" cannot.
         */
        private static boolean undisputedOtherFigure(List<QuantitySpan> mine, List<QuantitySpan> theirs,
                                                     Supplier<List<Disagreement>> numbers) {
            for (QuantitySpan q : mine) {
                List<QuantitySpan> sameKind = theirs.stream().filter(t -> t.sameKindAs(q)).toList();
                if (!sameKind.isEmpty() && !QuantitySpan.givesOneOf(List.of(q), sameKind)
                        && sameKind.stream().noneMatch(t -> t.agreesWith(q) || OtherFigures.disputed(numbers.get(), q, t))) {
                    return true;
                }
            }
            return false;
        }

        private java.util.stream.Stream<Dated> ownDate() {
            return mentions.stream().filter(d -> d.date().equals(date));
        }

        double weight() {
            long articles = mentions.stream().map(d -> d.article().id()).distinct().count();
            return best().salience() + 0.1 * articles;
        }
    }

    /** English and the languages of {@code EuropeanDateTagger}: the languages whose dates the analyze stage reads. */
    @Override
    public boolean supports(String language) {
        return "en".equals(language) || dev.storybrief.analyze.time.EuropeanDateTagger.supports(language);
    }

    @Override
    public String name() {
        return "timeline";
    }

    @Override
    public Set<Layer> needs() {
        return Set.of(Layer.SENTENCES, Layer.TERMS, Layer.TIMEXES);
    }

    @Override
    public void addTo(BriefingDraft draft) {
        draft.put(Section.TIMELINE, build(draft.story(), () -> NumberDisagreements.of(draft)));
    }

    /** The timeline of a story: background, the story, follow-ups, each in date order. */
    public List<TimelineEvent> build(Story story) {
        BriefingDraft draft = new BriefingDraft(story, 0);
        return build(story, () -> NumberDisagreements.of(draft));
    }

    /**
     * The timeline, with the story's number disagreements found once by {@code numbers} (the draft's shared search),
     * when a row asks for them.
     */
    private List<TimelineEvent> build(Story story, java.util.function.Supplier<List<Disagreement>> numbers) {
        SentenceIndex index = story.index(StoryView.ALL);
        List<LocalDate> mainDates = story.mainArticles().stream().map(a -> a.article().published())
                .filter(Objects::nonNull).sorted().toList();
        LocalDate mainStart = mainDates.isEmpty() ? null : mainDates.get(0);
        LocalDate mainEnd = mainDates.isEmpty() ? null : mainDates.get(mainDates.size() - 1);
        Supplier<FigureSides> sides = Once.of(() -> new FigureSides(story, numbers.get()));
        List<Event> merged = events(story, index, mainEnd, numbers, sides);
        return withCorrections(rows(merged, mainStart, new OtherFigures(story, index, numbers), sides), story);
    }

    /**
     * The story's events: each clause of its articles (in the story's language, reports only beside reports) placed
     * on its date, joined with the same event of any outlet, then events known only to the month joined with the same
     * event known to the day; a follow-up's clauses only from the day after the story's last.
     */
    private List<Event> events(Story story, SentenceIndex index, LocalDate mainEnd, Supplier<List<Disagreement>> numbers,
                               Supplier<FigureSides> sides) {
        TermVector centroid = index.centroidOf(story.articles(StoryView.MAIN));
        List<Event> events = new ArrayList<>();
        var inStoryLanguage = story.inStoryLanguage();
        Set<String> earlier = story.earlierArticles();
        // an advertorial's sponsor is no source of the story, and a column's day of an event is no report of it: beside
        // reports, neither gives a row or backs one
        Set<String> paid = OpinionPieces.notReportsBesideReports(story.articles());
        // the articles in an order of their own, not the input's: which clauses join which event, and so a row's
        // words, must not change when the same files are given in another order or as URLs
        for (AnalyzedArticle article : inStableOrder(story.articles())) {
            if (!inStoryLanguage.test(article) || paid.contains(article.id())) {
                continue;
            }
            // an article of an earlier period tells what led up to the story: its events are background (by their
            // dates, below), not follow-ups, and not only those after the story's last day
            boolean later = story.laterArticles().contains(article.id()) && !earlier.contains(article.id());
            for (Dated d : datedClauses(story, article, index, centroid, later)) {
                if (later && !startsAfter(d.date(), mainEnd)) {
                    continue;
                }
                place(d, events, numbers, sides);
            }
        }
        return mergeCoarser(events, numbers, sides);
    }

    /**
     * The rows shown, in part then date order: the best events of each part, background and follow-ups with a share
     * of their own, the story's own events the rest of {@code maxEvents}.
     */
    private List<TimelineEvent> rows(List<Event> merged, LocalDate mainStart, OtherFigures otherFigures,
                                     Supplier<FigureSides> sides) {
        // Follow-ups and background get their own share, so a busy story never crowds out what came after or before.
        Map<TimelinePart, List<Event>> byPart = new java.util.EnumMap<>(TimelinePart.class);
        for (Event e : merged) {
            byPart.computeIfAbsent(part(e, mainStart), k -> new ArrayList<>()).add(e);
        }
        int followUps = Math.min(byPart.getOrDefault(TimelinePart.FOLLOW_UP, List.of()).size(), Math.max(2, maxEvents / 5));
        int background = Math.min(byPart.getOrDefault(TimelinePart.BACKGROUND, List.of()).size(), Math.max(2, maxEvents / 5));
        List<TimelineEvent> out = new ArrayList<>();
        out.addAll(top(byPart, TimelinePart.BACKGROUND, background, otherFigures, sides));
        out.addAll(top(byPart, TimelinePart.FOLLOW_UP, followUps, otherFigures, sides));
        out.addAll(top(byPart, TimelinePart.STORY, Math.max(0, maxEvents - out.size()), otherFigures, sides));
        out.sort(Comparator.comparing(TimelineEvent::part).thenComparing(TimelineEvent::date));
        return out;
    }

    /**
     * The rows with a figure a later report corrected marked as such ("Fifty-three people (corrected to 35: The Tarn
     * Herald, 2026-11-04) were killed"): the row tells what its day's reports said, and the reader must not take the
     * withdrawn figure for the story's ({@link CorrectedFigures}).
     */
    private static List<TimelineEvent> withCorrections(List<TimelineEvent> rows, Story story) {
        var corrections = CorrectedFigures.of(story);
        if (corrections.isEmpty()) {
            return rows;
        }
        Map<String, AnalyzedArticle> byId = new java.util.HashMap<>();
        story.articles(StoryView.ALL).forEach(a -> byId.put(a.id(), a));
        List<TimelineEvent> out = new ArrayList<>(rows.size());
        for (TimelineEvent row : rows) {
            AnalyzedArticle article = byId.get(row.source());
            String text = article == null ? row.text() : CorrectedFigures.markedTitle(corrections, article, row.text());
            out.add(text.equals(row.text()) ? row : new TimelineEvent(row.date(), text, row.description(), row.source(),
                    row.sources(), row.part(), row.expectedAsOf(), row.otherFigures()));
        }
        return out;
    }

    private static List<TimelineEvent> top(Map<TimelinePart, List<Event>> byPart, TimelinePart part, int n,
                                           OtherFigures otherFigures, Supplier<FigureSides> sides) {
        return byPart.getOrDefault(part, List.of()).stream()
                .sorted(Comparator.comparingDouble((Event e) -> -e.weight()))
                .limit(n)
                .map(e -> event(e, part, otherFigures, sides))
                .toList();
    }

    /**
     * Adds the clause to the event of its date it tells too, or makes it a new event. A clause giving another figure of
     * a kind an own-date clause of the event gives ("seven years in prison" beside "six years in prison") is kept a row
     * of its own: one row shows one figure, so merged, one outlet's figure would vanish from the timeline and its
     * outlet be left uncredited; apart, each row credits the outlets that give its figure.
     */
    private static void place(Dated d, List<Event> events, Supplier<List<Disagreement>> numbers,
                              Supplier<FigureSides> sides) {
        // the closest event of the date, not the first: a clause joins what it tells most nearly
        Event closest = null;
        double best = SAME_EVENT;
        for (Event e : events) {
            double similarity = e.date.equals(d.date()) && e.later == d.later() ? e.similarity(d.vector()) : 0;
            if (similarity >= best && (closest == null || similarity > best) && !e.givesAnotherFigureThan(d, numbers, sides)) {
                closest = e;
                best = similarity;
            }
        }
        if (closest == null) {
            closest = tellingTheSameCount(d, events, numbers, sides);
        }
        if (closest != null) {
            closest.mentions.add(d);
        } else {
            events.add(new Event(d));
        }
    }

    /**
     * The fewest a count must be for two outlets giving it on one day to tell one event whatever their other words:
     * "12 people" twice in a story's day may be two happenings, "120 residents" hardly.
     */
    static final double JOINING_COUNT = 10;

    /**
     * The event of {@code d}'s date, told by another outlet, whose own-date clause gives one of {@code d}'s counts again
     * (the same value of the same kind, its noun perhaps in another inflection, {@link InflectedKeys#asShown}), and
     * whose words {@code d}'s sentence shares at least one of; null without one. Two outlets tell one evacuation in
     * words of their own ("Officials moved 140 residents out of Arlen on Friday" / "140 people had to leave their homes
     * on Friday") and their sentences come under {@link #SAME_EVENT}, but the same count of the same thing on the same
     * day is one event, and as two rows the timeline would tell it twice, each with one outlet.
     */
    private static Event tellingTheSameCount(Dated d, List<Event> events, Supplier<List<Disagreement>> numbers,
                                             Supplier<FigureSides> sides) {
        List<QuantitySpan> mine = d.article().figures(d.sentence()).stream()
                .filter(q -> q.kind() == QuantitySpan.Kind.COUNT && q.value() >= JOINING_COUNT
                        && !MODIFIER.matcher(q.text()).find()).toList();
        if (mine.isEmpty()) {
            return null;
        }
        for (Event e : events) {
            if (!e.date.equals(d.date()) || e.later != d.later() || e.similarity(d.vector()) <= 0
                    || e.givesAnotherFigureThan(d, numbers, sides)) {
                continue;
            }
            boolean same = e.ownDate().anyMatch(m -> !m.article().id().equals(d.article().id())
                    && QuantitySpan.givesOneOf(mine, InflectedKeys.asShown(mine, m.article().figures(m.sentence()))));
            if (same) {
                return e;
            }
        }
        return null;
    }

    /**
     * The articles by publication date (undated last), then title, then text: an order the input's order and the
     * articles' ids (a file's name, a URL) do not change.
     */
    static List<AnalyzedArticle> inStableOrder(List<AnalyzedArticle> articles) {
        return articles.stream().sorted(Comparator
                .comparing((AnalyzedArticle a) -> a.article().published(), Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(a -> Objects.toString(a.article().title(), ""))
                .thenComparing(a -> String.join("\n", a.article().paragraphs()))).toList();
    }

    /** An event known to the month or year joins the same event known more precisely within it. */
    private static List<Event> mergeCoarser(List<Event> events, Supplier<List<Disagreement>> numbers,
                                            Supplier<FigureSides> sides) {
        List<Event> kept = new ArrayList<>();
        List<Event> byPrecision = new ArrayList<>(events);
        byPrecision.sort(Comparator.comparingInt((Event e) -> -e.date.length()));
        for (Event e : byPrecision) {
            Event finer = null;
            for (Event k : kept) {
                if (k.later == e.later && k.date.length() > e.date.length() && k.date.startsWith(e.date)
                        && k.similarity(e.best().vector()) >= SAME_EVENT && !k.givesAnotherFigureThan(e.best(), numbers, sides)) {
                    finer = k;
                    break;
                }
            }
            if (finer != null) {
                finer.mentions.addAll(e.mentions);
            } else {
                kept.add(e);
            }
        }
        return kept;
    }

    private List<Dated> datedClauses(Story story, AnalyzedArticle article, SentenceIndex index, TermVector centroid,
                                     boolean later) {
        List<Dated> found = new ArrayList<>();
        LocalDate published = article.article().published();
        for (Sentence sentence : article.sentences()) {
            // "Two days later", "A year earlier" come counted from the last date the article named (analyze stage)
            List<TimexSpan> mentions = article.timexes(sentence);
            LocalDate entryDay = article.article().entryDays().get(sentence.paragraph());
            boolean usable = filter.accepts(article, sentence)
                    || (!mentions.isEmpty() || entryDay != null) && !sentence.inQuote();
            if (!usable || article.headings().contains(sentence.paragraph()) || SpeechFrames.isBare(sentence.text())) {
                continue;
            }
            if (mentions.isEmpty() && entryDay != null) {
                // a live blog's entry that names no date happened when it was posted (its stamp, with the page's day)
                double salience = index.vector(sentence).cosine(centroid) + 0.05 * story.supportOf(sentence).size();
                found.add(new Dated(entryDay.toString(), sentence, sentence.text(), true, article, salience,
                        index.vector(sentence), later));
                continue;
            }
            SentenceEvents events = SentenceEvents.of(sentence.text(), mentions, article.start(sentence), published);
            Map<String, TimexSpan> byClause = events.byClause();
            if (byClause.isEmpty()) {
                continue;
            }
            double salience = index.vector(sentence).cosine(centroid) + 0.05 * story.supportOf(sentence).size();
            // the row shows the dated clause alone when the sentence's other words are not told at that date: a
            // dateline above it
            boolean whole = byClause.size() == 1 && !events.clauseOnly();
            for (Map.Entry<String, TimexSpan> clause : byClause.entrySet()) {
                found.add(new Dated(clause.getValue().calendarValue(), sentence, clause.getKey(), whole, article, salience,
                        index.vector(sentence), later));
            }
        }
        return found;
    }

    /** True when the date ("2026", "2026-09", "2026-09-01") begins after {@code end}, or when either is unknown. */
    static boolean startsAfter(String date, LocalDate end) {
        if (end == null) {
            return true;
        }
        LocalDate start = bounds(date, true);
        return start == null || start.isAfter(end);
    }

    /** The first (or last) day a date of any precision covers, or null when it is not a date. */
    public static LocalDate bounds(String date, boolean first) {
        try {
            return switch (date.length()) {
                case 4 -> first ? LocalDate.of(Integer.parseInt(date), 1, 1) : LocalDate.of(Integer.parseInt(date), 12, 31);
                case 7 -> first ? LocalDate.parse(date + "-01") : YearMonth.parse(date).atEndOfMonth();
                case 10 -> LocalDate.parse(date);
                default -> null;
            };
        } catch (java.time.DateTimeException | NumberFormatException e) {
            return null;
        }
    }

    private static TimelinePart part(Event e, LocalDate mainStart) {
        if (e.later) {
            return TimelinePart.FOLLOW_UP;
        }
        LocalDate last = bounds(e.date, false);
        if (mainStart != null && last != null && last.isBefore(mainStart.minusDays(BACKGROUND_DAYS))) {
            return TimelinePart.BACKGROUND;
        }
        return TimelinePart.STORY;
    }

    /**
     * True when the clause {@code d} tells the event the row shows as {@code best}: it is of the shown article, or
     * gives one of the row's figures (its noun perhaps in another inflection, {@link InflectedKeys}, or in a language
     * whose figures are keyed by their bare word another noun, in a sentence as close as one event's), or, when the row
     * states none, its sentence comes within {@link #SAME_EVENT} of the shown sentence itself (not only of another
     * clause of the event).
     */
    private static boolean tellsTheRow(Dated d, Dated best, List<QuantitySpan> shown) {
        if (d.article().id().equals(best.article().id())) {
            return true;
        }
        List<QuantitySpan> counted = shown.stream().filter(q -> !MODIFIER.matcher(q.text()).find()).toList();
        boolean close = d.vector().cosine(best.vector()) >= SAME_EVENT;
        if (counted.isEmpty()) {
            return close;
        }
        List<QuantitySpan> theirs = d.article().figures(d.sentence());
        // where figures are keyed by the bare word after the number, an outlet counting the same people with
        // another noun ("120 lakost", residents; "120 embert", people) gives the row's figure in a clause as close
        return QuantitySpan.givesOneOf(counted, InflectedKeys.asShown(counted, theirs))
                || close && InflectedKeys.keyedByWord(best.article().language())
                && InflectedKeys.keyedByWord(d.article().language())
                && QuantitySpan.givesOneOf(counted, InflectedKeys.sameValueAsShown(counted, theirs));
    }


    private static TimelineEvent event(Event e, TimelinePart part, OtherFigures otherFigures,
                                       Supplier<FigureSides> sides) {
        Dated best = e.best();
        Set<String> sources = new LinkedHashSet<>();
        sources.add(best.article().id());
        List<QuantitySpan> shown = best.article().figures(best.sentence());
        // an outlet that wrote before the event's first day only announced it ("would be sentenced next month"): a
        // row telling it as done credits the outlets that reported it, not the one that foretold it
        LocalDate expected = expectedAsOf(e);
        LocalDate first = bounds(e.date, true);
        // an outlet whose clause of the event gives another figure of a kind the shown one gives ("killing 23 people"
        // beside "At least 41 people were killed", "seven years in prison" beside "six years in prison") tells the
        // event, but not the row: it is not credited; nor is one that tells the event without the figure and gives
        // its own elsewhere ("Nine people were injured" in the next sentence, a higher count "more than first
        // reported": OtherFigures)
        // nor is an outlet whose clause only came close to another clause of the event (merges chain: the leak's
        // finding joins the evacuation it led to, a charge joins the leak it is over); it must tell what the row
        // shows: give the row's figure (a count is what a row of a count states), or, when the row states none, come
        // as close to the shown sentence itself as one event's clauses do
        e.mentions.stream().filter(d -> !QuantitySpan.givesAnotherFigure(shown, d.article().figures(d.sentence()))
                        && tellsTheRow(d, best, shown)
                        && !otherFigures.given(best.article(), best.sentence(), d.article())
                        && (expected != null || !foretold(d.article().article().published(), first)))
                .forEach(d -> sources.add(d.article().id()));
        // A sentence telling several events shows each event's own clause, so no sentence is shown twice.
        String text = best.wholeSentence() ? best.sentence().text() : best.clause();
        return new TimelineEvent(e.date, text, best.clause(), best.article().id(), new ArrayList<>(sources), part,
                expectedAsOf(e), otherSides(e, best, shown, sources, sides));
    }

    /**
     * The figures the event's other outlets tell it with, on another side of a number disagreement than the shown
     * clause ({@link FigureSides}): the row states one side's count, and the reader sees at the row that another
     * outlet gives another. Each is the first such outlet's figure that the shown clause does not give, with every
     * article giving it.
     */
    private static List<TimelineEvent.OtherFigure> otherSides(Event e, Dated best, List<QuantitySpan> shown,
                                                              Set<String> credited, Supplier<FigureSides> sides) {
        Map<String, QuantitySpan> figures = new LinkedHashMap<>();
        Map<String, Set<String>> sources = new LinkedHashMap<>();
        for (Dated d : e.mentions) {
            List<QuantitySpan> theirs = d.article().figures(d.sentence());
            if (credited.contains(d.article().id()) || !QuantitySpan.givesAnotherFigure(shown, theirs)
                    && !QuantitySpan.givesAnotherFigure(theirs, shown)) {
                continue;
            }
            // a figure on another side of a disagreement, or one both can be true with ("más de 40" beside "unos 45"):
            // the outlet told the event in its own count, which the row names beside its own
            if (!FigureSides.against(sides.get().of(best.article(), best.sentence()),
                    sides.get().of(d.article(), d.sentence())) && !loosely(shown, theirs)) {
                continue;
            }
            for (QuantitySpan q : theirs) {
                if (QuantitySpan.givesOneOf(List.of(q), shown)) {
                    continue;
                }
                String key = figures.keySet().stream().filter(k -> figures.get(k).value() == q.value()
                        && figures.get(k).sameKindAs(q)).findFirst().orElse(q.text());
                figures.putIfAbsent(key, q);
                sources.computeIfAbsent(key, k -> new LinkedHashSet<>()).add(d.article().id());
                break;
            }
        }
        List<TimelineEvent.OtherFigure> out = new ArrayList<>();
        figures.forEach((key, q) -> out.add(new TimelineEvent.OtherFigure(q.text(), new ArrayList<>(sources.get(key)))));
        return out;
    }


    /**
     * True when {@code theirs} count what one of the shown figures counts in another figure both can be true with
     * ("más de 40 buques" beside "unos 45 buques"), and no other of that kind.
     */
    private static boolean loosely(List<QuantitySpan> shown, List<QuantitySpan> theirs) {
        return shown.stream().anyMatch(q -> theirs.stream().anyMatch(t -> t.sameKindAs(q) && !t.confirms(q) && t.agreesWith(q))
                && theirs.stream().filter(t -> t.sameKindAs(q)).allMatch(t -> t.agreesWith(q)));
    }

    /** True when an article published on {@code published} appeared before an event beginning on {@code first}. */
    static boolean foretold(LocalDate published, LocalDate first) {
        return published != null && first != null && published.isBefore(first);
    }

    /**
     * The latest date of the articles reporting the event when all of them appeared before the event's first day:
     * an article cannot report as done what had not happened when it was written, so the event was announced,
     * planned or forecast ("envoys are expected to make that formal on Wednesday"). Null when one report is from the
     * event's day or later, or one report's date is unknown.
     */
    static LocalDate expectedAsOf(String date, List<LocalDate> reportDates) {
        LocalDate first = bounds(date, true);
        if (first == null || reportDates.isEmpty() || reportDates.stream().anyMatch(Objects::isNull)) {
            return null;
        }
        LocalDate latest = reportDates.stream().max(Comparator.naturalOrder()).orElseThrow();
        return latest.isBefore(first) ? latest : null;
    }

    private static LocalDate expectedAsOf(Event e) {
        return expectedAsOf(e.date, e.mentions.stream().map(d -> d.article().article().published()).toList());
    }
}
