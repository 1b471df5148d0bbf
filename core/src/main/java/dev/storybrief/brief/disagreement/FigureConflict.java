package dev.storybrief.brief.disagreement;

import dev.storybrief.analyze.quantity.Measures;
import dev.storybrief.analyze.quantity.QuantityExtractor;
import dev.storybrief.model.AnalyzedArticle;
import dev.storybrief.model.QuantitySpan;
import dev.storybrief.model.Sentence;
import dev.storybrief.model.Story;
import dev.storybrief.model.vector.SentenceIndex;
import dev.storybrief.model.vector.TermVector;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Whether two stated figures of one key conflict: they come from different outlets, cannot both be true, were
 * published within a few days of each other (a toll that rises over a week is news, not a contradiction), nothing in
 * their own words sets them apart, and their sentences speak of the same thing (content words shared beyond the
 * counted noun, or their own words give them as values of one measure).
 */
public final class FigureConflict {
    public static final long MAX_DAYS_APART = 1;
    static final int MIN_SHARED_CONTEXT = 2;
    static final double MIN_CONTEXT_COSINE = 0.2;
    /**
     * Casualty counts ("people killed", "people injured") carry their event in the key itself and are what outlets
     * most often report differently: less of the rest of the sentence needs to match.
     */
    static final double MIN_CASUALTY_CONTEXT_COSINE = 0.15;
    /**
     * A kind of event count the story mentions only a few times ("sorties", under any of its wordings) is itself
     * strong evidence that two figures are about the same thing; anything else needs closer sentences.
     */
    static final int RARE_KEY = 3;
    /** The sentences of a report's lead: the count the report is about is given there. */
    static final int LEAD_SENTENCES = 3;
    /**
     * The words of a report's lead: three sentences of a wire report's length (some 25 words each). A report written
     * in shorter sentences ("Quelque 900 pompiers luttent toujours contre les flammes.") fits a fourth or a fifth into
     * the same room, and its count there is as much the report's own.
     */
    static final int LEAD_WORDS = 75;
    static final double MIN_RARE_CONTEXT_COSINE = 0.05;
    /**
     * Reports of one figure stay within the same order of magnitude ("nearly 10,000" vs "26,000"); "two" against
     * "205" almost always counts two different things.
     */
    static final double MAX_RATIO = 4;
    /**
     * Two sides' figures of one measure ({@link #sameMeasure}) stay within an order of magnitude: a union's turnout of
     * 85% against a ministry's 32%, a sum misprinted by a digit.
     */
    static final double MAX_MEASURED_RATIO = 10;
    /** How far a distance converted to another unit and rounded may be from the original: a tenth. */
    static final double CONVERSION_ROUNDING = 0.1;
    /**
     * Amounts of money come in many kinds within one story, and so do distances (from the coast, along the road,
     * the height of a wave): only near-identical sentences compare.
     */
    static final double MIN_MONEY_COSINE = 0.3;
    /** A word, as the lead's length is counted. */
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

    private final SentenceIndex index;
    private final Map<String, LocalDate> dates;
    /** The times of day the compared reports' stamps print ({@link ReportTimes}), by article id. */
    private final Map<String, java.time.LocalTime> times;
    private final StatementReadings readings;
    /** The compared articles by id, for the terms of a report's other sentences ({@link #reportsMeet}). */
    private final Map<String, AnalyzedArticle> articles;

    /**
     * A test over one set of articles: {@code index} holds their sentences' vectors, {@code dates} the days the page,
     * text or user gives them (an inferred date is too loose to rule out a pair), {@code readings} each statement's
     * words, {@code articles} the compared articles.
     */
    FigureConflict(SentenceIndex index, Map<String, LocalDate> dates, StatementReadings readings,
                   List<AnalyzedArticle> articles) {
        this.index = index;
        this.dates = dates;
        this.times = ReportTimes.of(articles);
        this.readings = readings;
        this.articles = new HashMap<>();
        articles.forEach(a -> this.articles.put(a.id(), a));
    }

    /** One article's own two figures, or two that agree: never a conflict, and the cheapest pair to rule out. */
    static boolean oneArticleOrAgreeing(StatedFigure a, StatedFigure b) {
        return a.articleId().equals(b.articleId()) || a.agreesWith(b);
    }

    /**
     * Two statements conflict when they come from different outlets, cannot both be true, were published within
     * a few days of each other (a toll that rises over a week is news, not a contradiction), and their sentences
     * speak of the same event: they share content words beyond the counted noun. {@code groupSize} is how many
     * figures the key has; {@code listed} the sentences that give several of them; {@code oncePerReport} whether no
     * article gives two of them.
     */
    boolean conflict(StatedFigure a, StatedFigure b, int groupSize, Set<Sentence> listed, boolean oncePerReport) {
        if (oneArticleOrAgreeing(a, b)
                || SeparateFigures.apart(a.quantity(), a.sentence().text(), a.sentenceStart(), dates.get(a.articleId()),
                b.quantity(), b.sentence().text(), b.sentenceStart(), dates.get(b.articleId()))) {
            return false;
        }
        if (SameMeasure.otherScopes(a.quantity(), a.sentence().text(), a.sentenceStart(), b.quantity(),
                b.sentence().text(), b.sentenceStart())) {
            return false;
        }
        boolean distance = a.quantity().key().equals(Measures.DISTANCE);
        if (distance && !a.quantity().unit().equalsIgnoreCase(b.quantity().unit())
                && withinConversion(a.quantity(), b.quantity())) {
            return false;
        }
        if (a.quantity().key().startsWith("money") && !Measures.sameCurrency(a.quantity(), b.quantity())) {
            return false;
        }
        if (a.quantity().roundedAlike(b.quantity()) || forecastBesideReport(a, b)) {
            return false;
        }
        // two figures that their own words give as values of one measure (a price per share, "Turnout was", one act
        // of money) are one fact told twice, however little else the sentences share; and two sides' figures of one
        // fact may lie further apart than reports of one figure do
        boolean measured = !listed.contains(a.sentence()) && !listed.contains(b.sentence()) && sameMeasure(a, b);
        // so may two figures credited to two sources ("the union says 600 schools", "the ministry 140"): a dispute
        boolean credited = FigureSources.apart(a, b);
        // a round figure with a zero dropped or added ("2,000 litres" / "20,000 litres") is one figure miscopied, when
        // its sentences meet more closely than figures within the usual ratio must (sameThing)
        boolean tenfold = ratio(a.quantity(), b.quantity()) > MAX_RATIO && ShiftedDigits.tenfold(a.quantity(), b.quantity());
        if (ratio(a.quantity(), b.quantity()) > (measured || credited ? MAX_MEASURED_RATIO : MAX_RATIO)
                && !ShiftedDigits.of(a.quantity(), b.quantity()) && !tenfold) {
            return false;
        }
        LocalDate da = dates.get(a.articleId());
        LocalDate db = dates.get(b.articleId());
        if (da != null && db != null && Math.abs(ChronoUnit.DAYS.between(da, db)) > MAX_DAYS_APART) {
            return false;
        }
        // "rose to 19" / "has risen to 27": a figure stated as a change is a count over time; from another day, or a
        // day not known, it is the count's next step, not a contradiction
        if ((readings.rise(a) || readings.rise(b)) && (da == null || !da.equals(db))) {
            return false;
        }
        // within one day, only a later report's higher figure given as the count's new value is its next step (12 at
        // 08:15, "has risen to 19" at 13:40): the hours are close, and a lower or unchanged one still disputes it
        if (da != null && da.equals(db) && laterRise(a, b)) {
            return false;
        }
        // "four people still missing" / "two remain in hospital": what is left of a count falls as the days go by,
        // so two known days apart tell two steps (undated, the two counts may still be one day's contradiction)
        if ((readings.remains(a) || readings.remains(b)) && da != null && db != null && !da.equals(db)) {
            return false;
        }
        // an age is a person's: "The novelist Ruth Calder has died aged 84" and "Calder, who was born in 1937" tell
        // one age when the person named nearest before each figure is the same, whatever else the sentences say
        if (a.quantity().key().equals(FigureKeys.AGE) && a.person() != null && a.person().equalsIgnoreCase(b.person())) {
            return true;
        }
        if (measured) {
            return true;
        }
        // a thing a story counts only once in each of a few reports ("Ongeveer 4.000 inwoners kregen het advies ramen
        // en deuren gesloten te houden" / "moesten 6.500 inwoners binnen blijven", "About 450 drivers are taking part in
        // the strike" / "380 drivers are on strike") is the story's one count of it, which each outlet words its own
        // way, in its lead (the count a report is about comes first; a count deeper in a long report is one of its
        // many details): the sentences need share nothing beyond the counted thing. Amounts, units of measure ("tonnes of food"),
        // distances and lengths of time come in many kinds within one story and keep the sentences' tests, and so do
        // lines that state no clause (a caption, a desk's note).
        if (oncePerReport && groupSize <= RARE_KEY && inLead(a) && inLead(b)
                && a.quantity().kind() == QuantitySpan.Kind.COUNT && !distance
                && !tenfold && !a.quantity().key().startsWith("money") && !a.quantity().key().startsWith(FigureKeys.PERCENT)
                && !readings.remains(a) && !readings.remains(b) && !listed.contains(a.sentence())
                && !listed.contains(b.sentence()) && FigureClause.endsAsStatement(a.sentence().text())
                && FigureClause.endsAsStatement(b.sentence().text()) && !readings.measuresAmount(a)
                && !readings.measuresAmount(b) && reportsMeet(a, b)) {
            return true;
        }
        return sameThing(a, b, groupSize, distance, tenfold);
    }

    /**
     * True when one of the two reports of a day gives a higher figure as the count's new value ("has risen to 19") and
     * comes later: its stamp prints a later time ({@link ReportTimes}), or, when neither report prints one, its own
     * words say so, as "rose to five" tells that the count stood lower before it and the other report states the
     * lower count plainly. Two reports that both give their figures as risen, or a rise to the lower figure, still
     * disagree.
     */
    private boolean laterRise(StatedFigure a, StatedFigure b) {
        java.time.LocalTime ta = times.get(a.articleId());
        java.time.LocalTime tb = times.get(b.articleId());
        if (ta == null && tb == null) {
            StatedFigure higher = a.quantity().low() > b.quantity().high() ? a : b;
            StatedFigure lower = higher == a ? b : a;
            return readings.rise(higher) && !readings.rise(lower)
                    && higher.quantity().low() > lower.quantity().high();
        }
        if (ta == null || tb == null || ta.equals(tb)) {
            return false;
        }
        StatedFigure later = ta.isAfter(tb) ? a : b;
        StatedFigure earlier = later == a ? b : a;
        return readings.rise(later) && later.quantity().low() > earlier.quantity().high();
    }

    /**
     * The figure stands in its report's lead, where news puts its main count: its sentence is one of the first
     * {@link #LEAD_SENTENCES}, or starts within the report's first {@link #LEAD_WORDS} words.
     */
    boolean inLead(StatedFigure s) {
        if (s.sentence().index() < LEAD_SENTENCES) {
            return true;
        }
        AnalyzedArticle article = articles.get(s.articleId());
        if (article == null) {
            return false;
        }
        String before = article.text().substring(0, Math.min(article.text().length(), Math.max(0, s.sentenceStart())));
        return WORD.matcher(before).results().limit(LEAD_WORDS).count() < LEAD_WORDS;
    }

    /**
     * The two reports tell one event in their other sentences: beyond the figures' own sentences, they share at least
     * {@link #MIN_SHARED_CONTEXT} content words (the place, the fire, the firm) besides the counted noun. A thing each
     * of two reports counts once is the story's one count of it only when the reports are of one story's event.
     */
    private boolean reportsMeet(StatedFigure a, StatedFigure b) {
        Set<String> own = otherTerms(a);
        own.removeAll(readings.unitTerms(a, b));
        if (readings.keyedByNouns()) {
            // where the term chain may keep a word's forms apart ("громаді" / "громади"), words meet by their roots
            Set<String> roots = new HashSet<>();
            own.stream().filter(StatementReadings::isRootWord).map(StatementReadings::prefix).forEach(roots::add);
            readings.unitTerms(a, b).forEach(t -> roots.remove(StatementReadings.prefix(t)));
            return otherTerms(b).stream().filter(StatementReadings::isRootWord).map(StatementReadings::prefix).distinct()
                    .filter(roots::contains).limit(MIN_SHARED_CONTEXT).count() >= MIN_SHARED_CONTEXT;
        }
        return otherTerms(b).stream().filter(own::contains).limit(MIN_SHARED_CONTEXT).count() >= MIN_SHARED_CONTEXT;
    }

    /** The terms of the figure's article but its own sentence. */
    private Set<String> otherTerms(StatedFigure s) {
        Set<String> terms = new HashSet<>();
        AnalyzedArticle article = articles.get(s.articleId());
        if (article != null) {
            article.sentences().stream().filter(x -> !x.equals(s.sentence()))
                    .forEach(x -> terms.addAll(index.vector(x).weights().keySet()));
        }
        return terms;
    }

    /**
     * The sentences' tests: the two sentences share content words beyond the counted noun (or one, with a shared word
     * in the figures' own clauses), are alike enough for the key's kind, and the words right around the figures meet.
     */
    private boolean sameThing(StatedFigure a, StatedFigure b, int groupSize, boolean distance, boolean tenfold) {
        TermVector va = index.vector(a.sentence());
        TermVector vb = index.vector(b.sentence());
        Set<String> unitTerms = readings.unitTerms(a, b);
        long context = va.weights().keySet().stream()
                .filter(t -> vb.weights().containsKey(t) && !unitTerms.contains(t)).count();
        String key = a.quantity().key();
        double minCosine = key.startsWith("money") || distance ? MIN_MONEY_COSINE
                : groupSize <= RARE_KEY && QuantityExtractor.isEventCount(key) ? MIN_RARE_CONTEXT_COSINE
                : key.startsWith("people ") ? MIN_CASUALTY_CONTEXT_COSINE
                : MIN_CONTEXT_COSINE;
        boolean sameThing = context >= MIN_SHARED_CONTEXT || context >= 1 && readings.clausesMeet(a, b, unitTerms);
        // ten times another figure, a figure is as likely another count of the same noun ("40 families" in one
        // village, "400 families" in the valley) as a zero miscopied: the sentences must share the event's words and
        // the figures' own clauses a word beyond the counted noun ("litres of a cleaning chemical leaked" / "litres of
        // a cleaning chemical escaped")
        if (tenfold && !(context >= MIN_SHARED_CONTEXT && readings.clausesMeet(a, b, unitTerms))) {
            return false;
        }
        // a length of time is of an act: "had already spent 12 years in prison" and "was sentenced to 13 years in
        // prison" are two facts of one man, "sentenced to six years" and "sentenced to seven years" one; the figure's own
        // clause must share a word beyond the length and what it is of (the unit "years in prison")
        if (a.quantity().kind() == QuantitySpan.Kind.DURATION && !readings.clausesMeet(a, b, unitTerms)) {
            return false;
        }
        // a story gives many distances (off the coast, from the centre, between two towns): the same one is told by
        // the same words around it ("covered ... farmland"), not just by similar sentences
        if (distance && readings.sharedClauseWords(a, b, unitTerms) < MIN_SHARED_CONTEXT) {
            return false;
        }
        // a figure another outlet gives with the same three or more digits shifted ("82,140" / "8,214") is that figure
        // miswritten: the two sentences need only speak of one thing, whatever words stand around the figures
        if (context >= MIN_SHARED_CONTEXT && ShiftedDigits.surely(a.quantity(), b.quantity())) {
            return true;
        }
        // an event has one crowd, worded by each outlet its own way ("A crowd of 61,412 watched", "More than 68,000
        // fans packed into the stadium"): one shared word beyond the figures and loosely alike sentences suffice
        if (key.equals(FigureKeys.CROWD) && context >= 1 && va.cosine(vb) >= MIN_RARE_CONTEXT_COSINE
                && readings.nearbyWordsMeet(a, b, unitTerms)) {
            return true;
        }
        return sameThing && va.cosine(vb) >= minCosine
                && (readings.nearbyWordsMeet(a, b, unitTerms) || readings.sameHarmNearby(a, b) || readings.sameRate(a, b)
                || key.equals(FigureKeys.CROWD));
    }

    /**
     * True when the two figures' own words give them as values of one measure ({@link SameMeasure}): a price per unit,
     * a percentage stated as the value of the measure its key names, or an act of money the key names in clauses that
     * share a word beyond the act ("Pruitt accepted $180,000" / "Pruitt received $210,000"), and not had by different
     * holders by the names in their clauses ({@link SameMeasure#otherHolders}). Counted things, casualties, crowds,
     * lengths, positions and distances keep the sentences' tests: a counted noun alone in clauses sharing a word
     * ("athletes", "seats", "votes") set many different figures of DUC 2004 against each other.
     */
    private boolean sameMeasure(StatedFigure a, StatedFigure b) {
        QuantitySpan x = a.quantity();
        QuantitySpan y = b.quantity();
        String key = x.key();
        if (SameMeasure.otherHolders(x, a.sentence().text(), a.sentenceStart(), y, b.sentence().text(),
                b.sentenceStart())) {
            return false;
        }
        if (SameMeasure.perUnit(key) && key.equals(y.key())) {
            return true;
        }
        if (key.startsWith(FigureKeys.PERCENT)) {
            return key.equals(y.key()) && SameMeasure.measureFirst(x, a.sentence().text(), a.sentenceStart(), y,
                    b.sentence().text(), b.sentenceStart());
        }
        if (ImposedSums.oneSum(a, b, readings)) {
            return true;
        }
        boolean act = key.startsWith(QuantityExtractor.MONEY_ACT) && key.equals(y.key());
        if (!act) {
            return false;
        }
        // an act of money is named by its verb, which the key already says: "paid $5m to X" and "paid $3m to Y"
        // share only that
        return readings.clausesMeet(a, b, readings.sumTerms(a, b));
    }

    /**
     * True when two figures of one kind, in sentences of the story's articles, count the same thing by their own
     * clauses: they share a content word beyond the counted noun ("forced the evacuation of about 800 residents" /
     * "1,100 people were evacuated"), and stay within {@link #MAX_RATIO} of each other. Days apart, the two are no
     * disagreement, but the one outlet still tells the count differently from the other.
     */
    static boolean sameCount(Story story, AnalyzedArticle x, Sentence sx, QuantitySpan qx, AnalyzedArticle y,
                             Sentence sy, QuantitySpan qy) {
        if (!qx.key().equals(qy.key()) || ratio(qx, qy) > MAX_RATIO) {
            return false;
        }
        StatementReadings readings = new StatementReadings(story);
        StatedFigure a = new StatedFigure(qx, sx, x.start(sx));
        StatedFigure b = new StatedFigure(qy, sy, y.start(sy));
        return readings.clausesMeet(a, b, readings.unitTerms(a, b));
    }

    /** The larger figure over the smaller. */
    static double ratio(QuantitySpan a, QuantitySpan b) {
        return Math.max(a.value(), b.value()) / Math.max(1e-9, Math.min(a.value(), b.value()));
    }

    /**
     * Two distances in different units that a rounded conversion could make of one another: "400 kilometers" is
     * written "250 miles" (402 km), so each side may be off by {@link #CONVERSION_ROUNDING}.
     */
    private static boolean withinConversion(QuantitySpan a, QuantitySpan b) {
        double slack = 1 + CONVERSION_ROUNDING;
        return a.low() <= b.high() * slack && b.low() <= a.high() * slack;
    }

    /** One of the two is given as a forecast or expectation and the other not ({@link FigureReadings#forecast}). */
    private static boolean forecastBesideReport(StatedFigure a, StatedFigure b) {
        return FigureReadings.forecast(a.sentence().text(), a.startInSentence(), a.endInSentence())
                != FigureReadings.forecast(b.sentence().text(), b.startInSentence(), b.endInSentence());
    }
}
