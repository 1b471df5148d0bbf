package dev.storybrief.group.dates;

import dev.storybrief.BriefingInterruptedException;
import dev.storybrief.analyze.time.ClauseTenses;
import dev.storybrief.analyze.time.EuropeanDateTagger;
import dev.storybrief.analyze.time.TemporalMention;
import dev.storybrief.analyze.time.TemporalTagger;
import dev.storybrief.model.AnalyzedArticle;
import dev.storybrief.model.Article;
import dev.storybrief.model.DateProvenance;
import dev.storybrief.model.DateSource;
import dev.storybrief.model.Granularity;
import dev.storybrief.model.Sentence;
import dev.storybrief.model.vector.TermVector;
import dev.storybrief.model.vector.TfIdf;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;

/**
 * Dates the undated articles of a story from what they share with its dated ones. For every candidate day the
 * article's relative dates ("Friday's decision", "on Monday", "today") are resolved as if it were published that
 * day; a day scores when those dates land where dated articles put similar sentences ("Alliance warplanes will
 * cease operations on Monday" meets "to end its campaign on October 31"). Candidates lie between the article's
 * lower bounds (its own past full dates; the day a dated article told as still to come what this one retells
 * closely as done: a plan told in the morning can be done by evening) and its upper bound (an "updated" stamp);
 * an article with neither is looked for around the days the story's dated articles appeared. Among equal scores
 * the day closest after the article's latest past event wins: news is told when it happens, and so, next, does the day
 * nearest its oldest told day. A dated article's bare weekday told as done lies in the week before it. With no agreement, or
 * agreement that contradictions outweigh, the article stays undated.
 */
public final class PublicationDateInference {
    /** How far from a single bound candidates are looked for, in days. */
    static final int WINDOW_DAYS = 45;
    /** How far beyond the story's dated articles an article without bounds of its own is looked for, in days. */
    static final int STORY_MARGIN_DAYS = 7;
    /** Two sentences this similar (TF-IDF cosine) tell the same event. */
    static final double SAME_EVENT = 0.1;
    /** Without bounds of its own, only a retelling this close to a dated article's sentence dates an article. */
    static final double CLOSE_RETELLING = 0.2;
    /**
     * A sentence told as done bounds the date from below by the day a dated article still expected it only when it
     * retells that expectation this closely: running stories expect and report many like events ("will meet", "met"),
     * and at {@value #CLOSE_RETELLING} the bound put DUC 2004 articles days after their true date.
     */
    static final double RETOLD_PLAN = 0.4;
    /** Up to this many undated articles are dated one at a time, the best supported first. */
    static final int BEST_FIRST_LIMIT = 20;
    /** Rounds of dating, each on the dates the rounds before found. */
    static final int MAX_ROUNDS = 25;
    /** An inferred day this close to an article it agrees with is a retelling of that article's day. */
    static final int NEAR_DAYS = 1;
    /** How much less sure a day further from every article it agrees with is. */
    static final double FAR_FACTOR = 0.7;
    /** No inferred date is surer than this. */
    static final double MAX_CONFIDENCE = 0.95;
    /** How sure a date taken from an update stamp is. */
    static final double STAMP_CONFIDENCE = 0.3;
    /** A weekday as written without "next", "this" or "last": "Friday", "Friday night". */
    private static final Pattern BARE_WEEKDAY = Pattern.compile(
            "(?i)(?:mon|tues|wednes|thurs|fri|satur|sun)day(?:\\s+(?:morning|afternoon|evening|night))?");
    /** A weekday's name anywhere in a mention ("Tuesday night", "on Saturday"). */
    private static final Pattern WEEKDAY = Pattern.compile("(?i)(?:mon|tues|wednes|thurs|fri|satur|sun)day");
    /** A plan told with a past verb ("talks were scheduled to resume on Friday"): its weekday may still be ahead. */
    private static final Pattern TOLD_PLAN = Pattern.compile(
            "(?i)\\b(?:scheduled|due|set|slated|planned|agreed|supposed|expected|poised|ready)\\s+(?:for|to)\\b");
    private final TemporalTagger tagger = new TemporalTagger();
    /** The sentences of the inference running now tagged once per day ({@link TagMemo}); one inference at a time. */
    private TagMemo tags = new TagMemo(tagger);

    /** One candidate's score: summed similarity of agreeing dates, the articles agreeing, the freshness gap. */
    private record Scored(LocalDate day, double agreement, List<String> basis, int agreeing, long gap,
                          boolean doneWeekdayAhead, long oldest) {
        double total() {
            return agreement - 0.01 * Math.min(gap, 14);
        }
    }

    /** The days an undated article can have appeared on, and how alike two sentences must be to tell one event. */
    private record Range(LocalDate from, LocalDate to, double sameEvent) {
    }

    /** An undated article's best day and how sure it is. */
    private record Dating(AnalyzedArticle article, Scored best, double confidence) {
    }

    /**
     * The articles in the same order, the undated ones dated where the story supports a date. {@code retime}
     * annotates the dates of a re-dated article again (its relative dates now resolve).
     */
    public List<AnalyzedArticle> infer(List<AnalyzedArticle> articles, UnaryOperator<AnalyzedArticle> retime) {
        if (articles.stream().noneMatch(a -> a.article().published() == null)) {
            return articles;
        }
        tags = new TagMemo(tagger);
        try {
            articles = withLeadDates(articles, retime);
            if (articles.stream().noneMatch(a -> a.article().published() == null)) {
                return articles;
            }
            if (articles.stream().allMatch(a -> a.article().published() == null)) {
                return articles.stream().map(a -> ownDatelineYear(a, retime).orElseGet(() -> stampDate(a, retime)))
                        .toList();
            }
            articles = withDatelineYears(articles, retime);
            return inferUndated(articles, retime);
        } finally {
            tags = new TagMemo(tagger);
        }
    }

    /**
     * An undated article whose lead gives the day of its news with the year ({@link LeadDate}: "was sentenced on
     * Thursday, Nov. 12, 2026", "oggi, 20 novembre 2026") is dated that day from its own words, before any inference
     * and whether or not the story has dated articles, unless an update stamp says it cannot be so late.
     */
    private List<AnalyzedArticle> withLeadDates(List<AnalyzedArticle> articles, UnaryOperator<AnalyzedArticle> retime) {
        LeadDate leads = new LeadDate(tags);
        List<AnalyzedArticle> out = new ArrayList<>();
        for (AnalyzedArticle a : articles) {
            DateProvenance known = a.article().dating();
            java.util.Optional<LeadDate.Found> lead = a.article().published() != null ? java.util.Optional.empty()
                    : leads.of(a).filter(f -> known.notAfter() == null || !f.day().isAfter(known.notAfter()))
                    .filter(f -> known.dayFiled() == null || known.dayFiled().equals(java.time.MonthDay.from(f.day())));
            if (lead.isEmpty()) {
                out.add(a);
                continue;
            }
            String origin = "text: the lead's day of the news \"" + lead.get().words() + "\"";
            Article dated = a.article().withDating(lead.get().day(), origin, new DateProvenance(DateSource.TEXT,
                    LeadDate.CONFIDENCE, List.of(), known.notAfter(), known.notAfterSource(), known.dayFiled()));
            out.add(retime.apply(a.withArticle(dated)));
        }
        return out;
    }

    private List<AnalyzedArticle> inferUndated(List<AnalyzedArticle> articles, UnaryOperator<AnalyzedArticle> retime) {
        Map<String, List<TermVector>> vectors = vectors(articles);
        StoryEvents events = new StoryEvents();
        Map<String, AnalyzedArticle> byId = new LinkedHashMap<>();
        List<AnalyzedArticle> pending = new ArrayList<>();
        for (AnalyzedArticle a : articles) {
            byId.put(a.id(), a);
            if (a.article().published() != null) {
                addEvents(events, a, a.article().published(), vectors.get(a.id()));
            } else {
                pending.add(a);
            }
        }
        int rounds = 0;
        while (!pending.isEmpty() && rounds++ < MAX_ROUNDS) {
            // Best first, so each article can rest on those dated before it; with many undated articles every
            // supported one is dated in the same round, which keeps the work linear in their number.
            boolean oneAtATime = pending.size() <= BEST_FIRST_LIMIT;
            List<Dating> found = new ArrayList<>();
            for (AnalyzedArticle a : pending) {
                List<Scored> ranked = candidates(a, vectors.get(a.id()), events);
                // Agreement that contradictions outweigh is no support: the article stays undated.
                if (supported(ranked)) {
                    found.add(new Dating(a, ranked.get(0), confidence(ranked, byId)));
                }
            }
            if (found.isEmpty()) {
                break;
            }
            found.sort((x, y) -> Double.compare(y.best().agreement(), x.best().agreement()));
            for (Dating d : oneAtATime ? found.subList(0, 1) : found) {
                pending.remove(d.article());
                Article header = d.article().article();
                String origin = "inferred from " + String.join(", ", d.best().basis());
                DateProvenance known = header.dating();
                Article dated = header.withDating(d.best().day(), origin, new DateProvenance(DateSource.INFERRED,
                        d.confidence(), d.best().basis(), known.notAfter(), known.notAfterSource()));
                AnalyzedArticle redone = retime.apply(d.article().withArticle(dated));
                byId.put(redone.id(), redone);
                addEvents(events, redone, d.best().day(), vectors.get(redone.id()));
            }
        }
        pending.forEach(a -> byId.put(a.id(), stampDate(a, retime)));
        return List.copyOf(byId.values());
    }

    /**
     * An undated text whose dateline gives its month and day ("SOUTHPORT, Oct. 6 -") is dated that day in the year the
     * story's dated reports give it: its own words date it, better than any inference.
     */
    private static List<AnalyzedArticle> withDatelineYears(List<AnalyzedArticle> articles,
                                                           UnaryOperator<AnalyzedArticle> retime) {
        List<LocalDate> dates = articles.stream().map(a -> a.article().published()).filter(d -> d != null).toList();
        List<AnalyzedArticle> out = new ArrayList<>();
        for (AnalyzedArticle a : articles) {
            DateProvenance known = a.article().dating();
            LocalDate day = a.article().published() != null || known.dayFiled() == null ? null
                    : DatelineYear.of(known.dayFiled(), dates, known.notAfter()).orElse(null);
            if (day == null) {
                out.add(a);
                continue;
            }
            String written = known.dayFiled().format(DateTimeFormatter.ofPattern("MMM d", Locale.ENGLISH));
            String origin = "text: dateline \"" + written + "\", the year from the story's dated reports";
            Article dated = a.article().withDating(day, origin, DateProvenance.given(origin, known.notAfter(),
                    known.notAfterSource()));
            out.add(retime.apply(a.withArticle(dated)));
        }
        return out;
    }

    /**
     * A dateline without a year ("Praha 4. prosince (ČTK) -") in a story with no dated report: a wire files its copy
     * within days of the news it tells, so the dateline's day falls on or up to {@value #STORY_MARGIN_DAYS} days after
     * a day the article itself gives with its year ("zaplavila obec 3. prosince 2026"); the year that puts it there is
     * the dateline's, said as inferred. A date further off (a flood of 2002 told as background) or none leaves it
     * undated: no clock is read, so the same text gets the same date whenever it is briefed.
     */
    private java.util.Optional<AnalyzedArticle> ownDatelineYear(AnalyzedArticle a, UnaryOperator<AnalyzedArticle> retime) {
        DateProvenance known = a.article().dating();
        java.time.MonthDay filed = known.dayFiled();
        if (filed == null) {
            return java.util.Optional.empty();
        }
        LocalDate best = null;
        LocalDate from = null;
        for (Sentence s : a.sentences()) {
            for (TemporalMention m : tags.tag(a.language(), s.text(), null)) {
                if (m.relative() || m.granularity() != Granularity.DAY || m.value() == null) {
                    continue;
                }
                LocalDate told = LocalDate.parse(m.calendarValue());
                for (int year = told.getYear(); year <= told.getYear() + 1; year++) {
                    if (!filed.isValidYear(year)) {
                        continue;
                    }
                    LocalDate day = filed.atYear(year);
                    long after = ChronoUnit.DAYS.between(told, day);
                    boolean fits = after >= 0 && after <= STORY_MARGIN_DAYS
                            && (known.notAfter() == null || !day.isAfter(known.notAfter()));
                    if (fits && (best == null || day.isAfter(best))) {
                        best = day;
                        from = told;
                    }
                }
            }
        }
        if (best == null) {
            return java.util.Optional.empty();
        }
        String written = filed.format(DateTimeFormatter.ofPattern("MMM d", Locale.ENGLISH));
        String origin = "inferred: dateline \"" + written + "\", the year from the article's own date " + from;
        Article dated = a.article().withDating(best, origin, new DateProvenance(DateSource.INFERRED,
                LeadDate.CONFIDENCE, List.of(), known.notAfter(), known.notAfterSource(), filed));
        return java.util.Optional.of(retime.apply(a.withArticle(dated)));
    }

    /**
     * An article nothing else dates, with an update stamp: the stamp's day, as a low-confidence date (the article
     * may be older), since a date near it places a follow-up of months later where it belongs. Without a stamp it
     * stays undated.
     */
    private static AnalyzedArticle stampDate(AnalyzedArticle a, UnaryOperator<AnalyzedArticle> retime) {
        DateProvenance known = a.article().dating();
        LocalDate stamp = known.notAfter();
        if (stamp == null || known.notAfterSource() == DateSource.PRINTED) {
            return a; // the day a reader printed the page is never the article's date
        }
        // said as the page or the text gave it: a reader weighs a page's dateModified and a printed stamp alike
        String where = known.notAfterSource() == DateSource.PAGE ? "page: modification date" : "text: update stamp";
        Article dated = a.article().withDating(stamp, where + " (the article may be older)",
                new DateProvenance(known.notAfterSource(), STAMP_CONFIDENCE, List.of(), stamp, known.notAfterSource()));
        return retime.apply(a.withArticle(dated));
    }

    /**
     * How sure: more agreeing dates and a clear lead over the best other day make it surer; a day more than
     * {@value #NEAR_DAYS} day from every article it agrees with makes it less sure. Reports of one event appear within
     * a day of each other, so agreement with them there is a retelling; further away it rests only on earlier days
     * being told alike, and most such datings of DUC 2004 articles were wrong.
     */
    private static double confidence(List<Scored> ranked, Map<String, AnalyzedArticle> byId) {
        Scored top = ranked.get(0);
        double runnerUp = ranked.stream().filter(s -> s.agreement() < top.agreement()).mapToDouble(Scored::agreement)
                .max().orElse(0);
        double lead = top.agreement() <= 0 ? 0 : (top.agreement() - runnerUp) / top.agreement();
        double base = Math.min(0.8, 0.35 + 0.15 * top.agreeing());
        double nearness = daysToNearestBasis(top, byId) <= NEAR_DAYS ? 1 : FAR_FACTOR;
        // a runner-up that contradictions push below zero makes the lead more than whole; the days it beats are
        // ruled out, which makes it surer, but a confidence stays below certainty (it was 2.69 on a dense story)
        return Math.min(MAX_CONFIDENCE, Math.round(base * (0.6 + 0.4 * lead) * nearness * 100) / 100.0);
    }

    /** Days between the candidate day and the closest publication day of the articles it agrees with. */
    private static long daysToNearestBasis(Scored top, Map<String, AnalyzedArticle> byId) {
        return top.basis().stream().map(byId::get).filter(a -> a != null && a.article().published() != null)
                .mapToLong(a -> Math.abs(ChronoUnit.DAYS.between(a.article().published(), top.day())))
                .min().orElse(Long.MAX_VALUE);
    }

    /** Every candidate day of an undated article, best first (earliest first among equals, see weekdaysAllow). */
    private List<Scored> candidates(AnalyzedArticle a, List<TermVector> vectors, StoryEvents events) {
        Range range = range(a, vectors, events);
        if (range == null) {
            return List.of();
        }
        List<Sentence> relative = new ArrayList<>();
        for (Sentence s : a.sentences()) {
            if (tags.tag(a.language(), s.text(), null).stream().anyMatch(m -> m.relative() && m.granularity() == Granularity.DAY
                    || m.relative() && m.value() == null)) {
                relative.add(s);
            }
        }
        List<Scored> scored = ranked(a, relative, vectors, events, range, range.sameEvent());
        if (range.sameEvent() > SAME_EVENT && !supported(scored)) {
            // Weaker retellings count when two dated articles or more back the same day and add up to a close one.
            List<Scored> corroborated = ranked(a, relative, vectors, events, range, SAME_EVENT);
            Scored top = corroborated.get(0);
            if (top.basis().size() >= 2 && top.agreement() >= range.sameEvent()) {
                return corroborated;
            }
        }
        return scored;
    }

    /** Whether the best day has any agreement that its contradictions do not outweigh. */
    private static boolean supported(List<Scored> ranked) {
        return !ranked.isEmpty() && ranked.get(0).agreeing() > 0 && ranked.get(0).agreement() > 0;
    }

    private List<Scored> ranked(AnalyzedArticle a, List<Sentence> relative, List<TermVector> vectors,
                                StoryEvents events, Range range, double sameEvent) {
        List<Scored> scored = new ArrayList<>();
        for (LocalDate day = range.from(); !day.isAfter(range.to()); day = day.plusDays(1)) {
            scored.add(score(a, relative, vectors, events, day, sameEvent));
        }
        // among equals, a day that leaves a weekday told as done still to come is a day before the event
        // and a report written soon after all it tells ("on Sunday" and "by Monday morning" in a Monday report, not
        // a Sunday one whose Monday is six days back) before one that reaches further back
        scored.sort(Comparator.comparingDouble(Scored::total).reversed()
                .thenComparing(Scored::doneWeekdayAhead).thenComparingLong(Scored::oldest));
        // the best day would have the writer name the article's own day or the day before by its weekday: the
        // article is later than that day (a weekday told as done only recedes), so the best day after it that
        // names no near day by its weekday, if one is supported; otherwise the ranking stands
        if (scored.isEmpty() || !namesNearDaysAsWritten(a, relative)
                || !weekdayNamesNearDay(a.language(), relative, scored.get(0).day())) {
            return scored;
        }
        LocalDate ruledOut = scored.get(0).day();
        List<Scored> later = scored.stream().filter(s -> s.day().isAfter(ruledOut))
                .filter(s -> !weekdayNamesNearDay(a.language(), relative, s.day())).toList();
        return supported(later) ? later : scored;
    }

    /**
     * Whether the article's own words (outside quotation marks) name the day before its own with a word for
     * yesterday ("Wendwater said yesterday", "last night"): a writer who does so names neither that day nor the
     * article's own by its weekday. Wire copy in the American style names every day by its weekday ("said Tuesday"
     * on Tuesday) and never writes "yesterday" in its own words, so it is not concerned.
     */
    private boolean namesNearDaysAsWritten(AnalyzedArticle a, List<Sentence> relative) {
        LocalDate probe = LocalDate.of(2001, 1, 10);
        String dayBefore = probe.minusDays(1).toString();
        for (Sentence s : relative) {
            for (TemporalMention m : tags.tag(a.language(), s.text(), probe)) {
                if (m.relative() && m.value() != null && m.value().startsWith(dayBefore)
                        && !bareWeekday(a.language(), m) && !WEEKDAY.matcher(m.text()).find()
                        && !s.inQuote() && !quoted(s.text(), m.start())) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * True when, were the article published on {@code day}, a weekday it tells as past would be that very day, or,
     * in the writer's own words, the day before: a writer who says "yesterday" and "this morning" would have said so
     * ("a fire destroyed the pier on Saturday night" beside "the owners said yesterday" is not a Saturday's or a
     * Sunday's report), and a speaker names the day of speaking as today, not by its weekday.
     */
    private boolean weekdayNamesNearDay(String language, List<Sentence> relative, LocalDate day) {
        for (Sentence s : relative) {
            for (TemporalMention m : tags.tag(language, s.text(), day)) {
                if (m.value() == null || m.granularity() != Granularity.DAY || !bareWeekday(language, m)) {
                    continue;
                }
                LocalDate when = LocalDate.parse(m.calendarValue());
                boolean ownWords = !s.inQuote() && !quoted(s.text(), m.start());
                if (when.equals(day) || ownWords && when.equals(day.minusDays(1))) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether the character at {@code at} of a sentence stands inside quotation marks (an odd number open before it). */
    private static boolean quoted(String sentence, int at) {
        int marks = 0;
        for (int i = 0; i < Math.min(at, sentence.length()); i++) {
            char c = sentence.charAt(i);
            if (c == '"' || c == '\u201C' || c == '\u201D' || c == '\u00AB' || c == '\u00BB' || c == '\u201E') {
                marks++;
            }
        }
        return marks % 2 == 1;
    }

    /**
     * False when the day would put a weekday the article tells as done after the article itself: a report that says
     * what happened "on Friday" ("the council's vote on Friday closes the terminal, the mayor said") means a Friday
     * of the week before it or its own day. The tagger may read such a weekday as the one to come (an infinitive after
     * it, or the day after the article), so a day before the event scores as well as the event's own day, and the
     * earliest of equals would win. Only a tie-break: a sentence with a past cue can still tell a plan ("talks were
     * scheduled to resume on Friday", read apart as a plan; other plans are less plain), so such a day is not ruled
     * out. Only bare weekdays count: "next Friday" and
     * "tomorrow" point ahead even in a sentence told in the past.
     */
    private boolean weekdaysAllow(String language, List<Sentence> relative, LocalDate day) {
        for (Sentence s : relative) {
            if (!toldDone(language, s.text())) {
                continue;
            }
            for (TemporalMention m : tags.tag(language, s.text(), day)) {
                boolean bareWeekday = m.value() != null && m.granularity() == Granularity.DAY
                        && bareWeekday(language, m);
                if (bareWeekday && LocalDate.parse(m.calendarValue()).isAfter(day)) {
                    return false;
                }
            }
        }
        return true;
    }

    private Scored score(AnalyzedArticle a, List<Sentence> relative, List<TermVector> vectors, StoryEvents events,
                         LocalDate day, double sameEvent) {
        double agreement = 0;
        int agreeing = 0;
        TreeSet<String> basis = new TreeSet<>();
        LocalDate latestPast = null;
        LocalDate earliestPast = null;
        for (Sentence s : relative) {
            // an article appears after the events it reports, before those it announces: an announced day
            // ("the crossing resumes on Tuesday") is no past event, and on the candidate day itself it made that
            // day look fresh (QA 28 #9: Saturday's fire dated on Tuesday, the day the service resumes)
            boolean ahead = SentenceTense.announces(s.text());
            boolean past = SentenceTense.past(s.text()) && !ahead;
            List<String> acts = ClauseTenses.pastActs(a.language(), s.text());
            // what the sentence's days meet, by the dated sentence met: one sentence tells one event, so it agrees
            // through the dated sentence that retells it, not again through another event its other weekday
            // lands on ("found on Monday but did not issue the notice until Tuesday" read on a later Monday met
            // the notice's lifting that Monday and outscored the week it happened in)
            Map<TermVector, Double> byRetold = new java.util.IdentityHashMap<>();
            for (TemporalMention m : tags.tag(a.language(), s.text(), day)) {
                if (!m.relative() || m.granularity() != Granularity.DAY || m.value() == null) {
                    continue;
                }
                LocalDate when = LocalDate.parse(m.calendarValue());
                if (!ahead && !when.isAfter(day) && (latestPast == null || when.isAfter(latestPast))) {
                    latestPast = when;
                }
                if (!ahead && !when.isAfter(day) && (earliestPast == null || when.isBefore(earliestPast))) {
                    earliestPast = when;
                }
                double bestSimilarity = 0;
                StoryEvents.DatedMention best = null;
                for (StoryEvents.DatedMention other : events.on(when, a.id())) {
                    if (otherActs(acts, other.acts())) {
                        continue;
                    }
                    double similarity = vectors.get(s.index()).cosine(other.vector());
                    if (similarity > bestSimilarity) {
                        bestSimilarity = similarity;
                        best = other;
                    }
                }
                if (bestSimilarity >= sameEvent) {
                    byRetold.merge(best.vector(), bestSimilarity, Double::sum);
                    agreeing++;
                    basis.add(best.article());
                }
                if (past) {
                    agreement -= contradiction(vectors.get(s.index()), when, events);
                }
            }
            agreement += byRetold.values().stream().mapToDouble(Double::doubleValue).max().orElse(0);
        }
        long gap = latestPast == null ? 0 : ChronoUnit.DAYS.between(latestPast, day);
        long oldest = earliestPast == null ? 0 : ChronoUnit.DAYS.between(earliestPast, day);
        return new Scored(day, agreement, List.copyOf(basis), agreeing, gap, !weekdaysAllow(a.language(), relative, day), oldest);
    }

    /**
     * True when two sentences tell different acts done: both name their past acts (a language that marks every past
     * verb) and share no verb. "Związkowcy zawiesili wczoraj strajk" (suspended) shares the strike, the town and
     * "yesterday" with "Wczoraj motorniczowie rozpoczęli strajk" (began), but not the act, so it cannot be dated by
     * it: the same words around another act are another event.
     */
    private static boolean otherActs(List<String> acts, List<String> otherActs) {
        if (acts.isEmpty() || otherActs.isEmpty()) {
            return false;
        }
        for (String act : acts) {
            for (String other : otherActs) {
                if (ClauseTenses.sameVerb(act, other)) {
                    return false;
                }
            }
        }
        return true;
    }

    /**
     * How strongly a day contradicts the dated articles: an event told as done on {@code when} cannot precede the
     * day a dated article still expected it (the most similar such expectation counts; one a dated article had already
     * told done or expected before in the same words is a copy and counts for nothing, see {@link StoryEvents#copied}).
     */
    private static double contradiction(TermVector sentence, LocalDate when, StoryEvents events) {
        double worst = 0;
        for (StoryEvents.Expectation e : events.expectations()) {
            if (when.isBefore(e.told())) {
                double similarity = sentence.cosine(e.vector());
                if (similarity >= SAME_EVENT && similarity > worst && !events.copied(e)) {
                    worst = similarity;
                }
            }
        }
        return worst;
    }

    /** The days the article can have been published on, or null when nothing bounds it. */
    private Range range(AnalyzedArticle a, List<TermVector> vectors, StoryEvents events) {
        LocalDate lower = null;
        for (Sentence s : a.sentences()) {
            if (!SentenceTense.past(s.text()) || SentenceTense.announces(s.text())) {
                continue; // a day announced is after the article, so no lower bound
            }
            for (TemporalMention m : tags.tag(a.language(), s.text(), null)) {
                if (!m.relative() && m.granularity() == Granularity.DAY && m.value() != null) {
                    lower = later(lower, LocalDate.parse(m.calendarValue()));
                }
            }
            for (StoryEvents.Expectation e : events.expectations()) {
                if (vectors.get(s.index()).cosine(e.vector()) >= RETOLD_PLAN && !events.copied(e)) {
                    lower = later(lower, e.told());
                }
            }
        }
        LocalDate upper = a.article().dating().notAfter();
        // An update comes weeks, not months, after the first version: a stamp keeps the search near it.
        if (lower != null && upper != null && (lower.isAfter(upper) || lower.isBefore(upper.minusDays(WINDOW_DAYS)))) {
            lower = null;
        }
        if (lower == null && upper == null) {
            return storySpan(events);
        }
        if (lower == null) {
            lower = upper.minusDays(WINDOW_DAYS);
        }
        if (upper == null) {
            upper = lower.plusDays(WINDOW_DAYS);
        }
        return new Range(lower, upper, SAME_EVENT);
    }

    /**
     * Bounds for an article that gives none of its own: the days the story's dated articles appeared on, widened by
     * {@value #STORY_MARGIN_DAYS} days each way. An article grouped with them that tells the same events was written
     * while the story ran; with nothing of its own to narrow the search, only a close retelling of a dated event
     * ({@value #CLOSE_RETELLING} cosine, not {@value #SAME_EVENT}) dates it.
     */
    private static Range storySpan(StoryEvents events) {
        LocalDate[] span = events.publishedSpan();
        return span == null ? null
                : new Range(span[0].minusDays(STORY_MARGIN_DAYS), span[1].plusDays(STORY_MARGIN_DAYS), CLOSE_RETELLING);
    }

    private static LocalDate later(LocalDate a, LocalDate b) {
        return a == null || b.isAfter(a) ? b : a;
    }

    /** Records what a dated article says happened when, and what it expects. */
    private void addEvents(StoryEvents events, AnalyzedArticle a, LocalDate published, List<TermVector> vectors) {
        events.addPublished(published);
        for (Sentence s : a.sentences()) {
            BriefingInterruptedException.check(); // tagging a long article's sentences again takes seconds
            TermVector v = vectors.get(s.index());
            boolean toldDone = toldDone(a.language(), s.text());
            List<String> acts = null;
            for (TemporalMention m : tags.read(a.language(), s.text(), published)) {
                if (m.granularity() == Granularity.DAY && m.value() != null) {
                    acts = acts != null ? acts : ClauseTenses.pastActs(a.language(), s.text());
                    events.addMention(doneBy(LocalDate.parse(m.calendarValue()), bareWeekday(a.language(), m) && toldDone,
                            published), v, a.id(),
                            acts);
                }
            }
            if (SentenceTense.announces(s.text())) {
                events.addExpectation(published, v, a.id());
            } else if (toldDone) {
                events.addDone(published, v, a.id());
            }
        }
    }

    /**
     * Where a dated article puts an event: a bare weekday in a sentence told as done is the last such day on or
     * before the article, since a report tells what happened "on Sunday" in the week before it appeared. The tagger
     * may read it as the coming one ("forced 8,000 people to evacuate on Sunday": an infinitive before the day), and
     * an undated report of the same event would then be dated a week after it.
     */
    private static LocalDate doneBy(LocalDate when, boolean weekdayToldDone, LocalDate published) {
        if (weekdayToldDone && when.isAfter(published)) {
            return published.with(java.time.temporal.TemporalAdjusters.previousOrSame(when.getDayOfWeek()));
        }
        return when;
    }

    /**
     * A sentence told in the past that is not a plan told in the past ("talks were scheduled to resume Friday") nor
     * reports one ("the crossing resumes on Tuesday, the operator said"; "suspended until Tuesday").
     */
    private static boolean toldDone(String language, String sentence) {
        if (ClauseTenses.reads(language)) {
            // another language's own cues: English words rarely occur in it, so its past went unread and its
            // weekdays told as done never bounded the day ("L'incendie a contraint samedi ...")
            return ClauseTenses.past(language, sentence) && !ClauseTenses.now(language, sentence);
        }
        return SentenceTense.past(sentence) && !TOLD_PLAN.matcher(sentence).find() && !SentenceTense.announces(sentence);
    }

    /**
     * True when a mention is a weekday as written, without "next", "this" or "last": "Friday", "Friday night", and
     * in the languages the European tagger reads their own names ("samedi", "Samstagabend", "sábado").
     */
    private static boolean bareWeekday(String language, TemporalMention m) {
        if (BARE_WEEKDAY.matcher(m.text()).matches()) {
            return true;
        }
        EuropeanDateTagger tagger = EuropeanDateTagger.forLanguage(language);
        return tagger != null && tagger.isBareWeekday(m.text());
    }

    /** TF-IDF vectors of every sentence, with document frequencies over all the story's sentences. */
    private static Map<String, List<TermVector>> vectors(List<AnalyzedArticle> articles) {
        Map<String, List<List<String>>> terms = new HashMap<>();
        List<List<String>> all = new ArrayList<>();
        for (AnalyzedArticle a : articles) {
            List<List<String>> perSentence = new ArrayList<>();
            for (Sentence s : a.sentences()) {
                List<String> t = a.termsOf(s);
                if (t.isEmpty()) {
                    t = List.of(s.text().toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+"));
                }
                perSentence.add(t);
                all.add(t);
            }
            terms.put(a.id(), perSentence);
        }
        TfIdf tfIdf = new TfIdf(all);
        Map<String, List<TermVector>> vectors = new HashMap<>();
        terms.forEach((id, list) -> vectors.put(id, list.stream().map(tfIdf::vector).toList()));
        return vectors;
    }
}
