package dev.storybrief.brief;

import dev.storybrief.analyze.quantity.Measures;
import dev.storybrief.analyze.quantity.QuantityExtractor;
import dev.storybrief.analyze.quantity.QuantityRules;
import dev.storybrief.analyze.terms.TermChain;
import dev.storybrief.analyze.terms.TermChains;
import dev.storybrief.model.AnalyzedArticle;
import dev.storybrief.model.Claim;
import dev.storybrief.model.Disagreement;
import dev.storybrief.model.DisagreementKind;
import dev.storybrief.model.EntitySpan;
import dev.storybrief.model.EntityType;
import dev.storybrief.model.QuantitySpan;
import dev.storybrief.model.Story;
import dev.storybrief.model.StoryView;
import dev.storybrief.model.vector.SentenceIndex;
import dev.storybrief.model.vector.TermVector;
import dev.storybrief.model.Sentence;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds counts and amounts about the same thing that differ between outlets ("nearly 10,000 bombing runs" vs
 * "more than 26,000 sorties"). Qualifiers are honoured: "at least 12" and "14" agree, "nearly 10,000" and "more
 * than 26,000" do not; a range holds every figure within it ("between 40 and 60" and "about 50" agree). Distances
 * compare in metres, whatever unit each outlet wrote ("about 8 km" and "about 11 miles" differ; the claims keep
 * the words as written). Amounts in different currencies never compare: no exchange rate is known offline. Every
 * kind of figure the quantity layer reads is compared under its key ({@link QuantitySpan.Kind}: "six years in prison"
 * against "seven years in prison", "the 89th minute" against "the 87th minute", "a 9% pay rise" against "a 12% pay
 * rise", "died aged 84" against "born in 1937" on the article's date), by the same tests of sameness; a figure rounded
 * at its written precision is the other ({@link QuantitySpan#roundedAlike}). Both sides are kept with their outlets;
 * nothing is averaged or merged.
 */
public final class NumberDisagreements {
    /**
     * Units of measure and time: different trips and periods share them, so they say nothing alike on their own key.
     * Lengths are compared all the same, converted to {@link Measures#DISTANCE}: the sentence tests below decide
     * whether two distances measure the same stretch.
     */
    private static final Set<String> MEASURES = Set.of("dai", "day", "week", "month", "year", "hour", "minut", "second",
            "mile", "kilomet", "kilometr", "meter", "metr", "feet", "foot", "inch", "mph", "kph", "km", "gmt", "edt",
            "est", "degre", "percent", "cent", "time", "season", "decad", "centuri", "other", "tenth", "career", "point");
    static final long MAX_DAYS_APART = 1;
    /**
     * Counted words that name no thing of their own: "180,000 units" of a recall counts the product its sentence
     * names. English stems, as the extractor keys them.
     */
    private static final Set<String> GENERIC_COUNTS = Set.of("unit", "item");

    /** True for a key of a unit of measure or time ("year", "percent", "km"), which says nothing alike on its own. */
    static boolean isMeasure(String key) {
        return MEASURES.contains(key);
    }

    /**
     * An event has one crowd, and outlets word it each their own way ("in front of 7,316 fans", "A crowd of more
     * than 9,000 saw"): no word beside the figures need match, only the sentences.
     */
    private static final String CROWD = "crowd";
    /** The start of the key of a percentage, which names what it is a share of ("percent vote"). */
    private static final String PERCENT = "percent ";
    /** The key of a person's age; a birth year is read as one ({@link QuantitySpan#asAgeOn}). */
    private static final String AGE = "age";
    /** The start of the key of a speed, which names what moved and the unit ("speed gust mph"). */
    private static final String SPEED = "speed ";
    /** About six words on each side of a figure. */
    static final int NEARBY_CHARS = 40;
    static final int MIN_SHARED_CONTEXT = 2;
    /**
     * The figure's own clause: a few words either side, not past a comma or other clause mark. "About 4,000 residents
     * were evacuated" and "Some 6,000 residents were evacuated" share one word beyond the counted noun, but it is the
     * verb acting on the counted thing in both, which says more than two words anywhere in two long sentences. (The
     * sentence cosine, dates and ratio still apply.)
     */
    static final int CLAUSE_CHARS = 25;
    /**
     * Words after a count that give it as what is still left ("four people still missing", "two are yet to be found",
     * "noch vermisst", "toujours portés disparus", "siguen desaparecidos"), before the next clause.
     */
    private static final java.util.regex.Pattern REMAINDER = java.util.regex.Pattern.compile("(?iu)^[^,;.]*?\\b(?:"
            + "still|remain(?:s|ed|ing)?|yet to be|noch|toujours|encore|todav[íi]a|a[úu]n|siguen|ancora|ainda"
            + "|wci[ąa][żz]|nadal)\\b");
    /** How far after a count its remainder words are looked for. */
    private static final int REMAINDER_CHARS = 40;
    /** Chinese and Japanese say what is left of a count before the figure, glued to it: "仍有8人下落不明", "依然として". */
    private static final java.util.regex.Pattern REMAINDER_GLUED_BEFORE = java.util.regex.Pattern.compile(
            "(?:仍有|仍然有|尚有|还有|還有|依然有|依然として|いまだ|未だ|まだ)$");

    private static final java.util.regex.Pattern STATEMENT_END = java.util.regex.Pattern.compile("[.!?…。][\"'”’»)]*\\s*$");
    private static final java.util.regex.Pattern CLAUSE_MARK = java.util.regex.Pattern.compile("[,;:()\\[\\]\"“”«»—–]");
    static final double MIN_CONTEXT_COSINE = 0.2;
    /** The word right before a figure, read as the act of an amount ("accepted" of "accepted $180,000"). */
    private static final java.util.regex.Pattern WORD_BEFORE = java.util.regex.Pattern.compile("(\\p{L}+)\\s+$");
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
    /**
     * The story's language: its term chain compares the words around two figures, its quantity rules name the
     * counted noun ("bombing runs": "runs"; "raids aériens": "raids").
     */
    private record Language(TermChain chain, QuantityRules rules) {
        static Language of(Story story) {
            return new Language(TermChains.standard().forLanguage(story.language()), QuantityRules.forLanguage(story.language()));
        }
    }

    /**
     * A figure as one sentence states it; {@code sentenceStart} locates the sentence in its article's text; {@code
     * person} is the last word of the person named nearest before an age in its sentence, else null.
     */
    private record Stated(QuantitySpan quantity, Sentence sentence, int sentenceStart, String person) {
        Stated(QuantitySpan quantity, Sentence sentence, int sentenceStart) {
            this(quantity, sentence, sentenceStart, null);
        }

        boolean agreesWith(Stated other) {
            return quantity.agreesWith(other.quantity);
        }
    }

    /**
     * What {@link #conflict} reads of each statement (whether it states a rise or a remainder, the terms of its
     * counted noun, of the words around it and of its clause), worked out once per statement: a story of many
     * figures compares each with every other of its kind, and reading them again per pair made a folder of fifty
     * figure-heavy reports take longer than twenty minutes.
     */
    private static final class Readings {
        private final Language language;
        private final Map<Stated, Boolean> rise = new java.util.IdentityHashMap<>();
        private final Map<Stated, Boolean> remains = new java.util.IdentityHashMap<>();
        private final Map<Stated, List<String>> heads = new java.util.IdentityHashMap<>();
        private final Map<Stated, List<String>> nearby = new java.util.IdentityHashMap<>();
        private final Map<Stated, java.util.Optional<String>> harms = new java.util.IdentityHashMap<>();
        private final Map<Stated, List<String>> clauses = new java.util.IdentityHashMap<>();

        Readings(Language language) {
            this.language = language;
        }

        boolean rise(Stated s) {
            return rise.computeIfAbsent(s, NumberDisagreements::statesARise);
        }

        boolean remains(Stated s) {
            return remains.computeIfAbsent(s, NumberDisagreements::statesWhatRemains);
        }

        List<String> headTerms(Stated s) {
            return heads.computeIfAbsent(s, x -> language.chain.terms(head(x.quantity, language)));
        }

        /**
         * The words right around the two figures share a content word beyond the counted noun ("killing 65 people" /
         * "killing 60 people", "bombing runs" / "bombing almost 6,000 targets"): two figures in similar sentences but
         * with nothing alike around them ("four victories away" / "a 9-6 victory") count different things.
         */
        boolean nearbyWordsMeet(Stated a, Stated b, Set<String> unitTerms) {
            Set<String> around = new java.util.HashSet<>(nearbyTerms(a));
            around.removeAll(unitTerms);
            return nearbyTerms(b).stream().anyMatch(t -> around.contains(t) && !t.matches("\\d+"));
        }

        /**
         * "injuring 8 workers" / "Twelve workers were hurt": the same harm right beside both figures, however worded,
         * says they count the same victims.
         */
        boolean sameHarmNearby(Stated a, Stated b) {
            java.util.Optional<String> harm = harm(a);
            return harm.isPresent() && harm.equals(harm(b));
        }

        /**
         * The two figures' own clauses share a content word beyond the counted noun and the number, in sentences that
         * end as statements do: a wire desk's note ("The building, graf 5 pvs"), a caption or a headline states no
         * clause to compare.
         */
        boolean clausesMeet(Stated a, Stated b, Set<String> unitTerms) {
            return sharedClauseWords(a, b, unitTerms) >= 1;
        }

        /**
         * How many content words the two figures' own clauses share beyond the counted noun and the number; none in
         * sentences that do not end as statements. A harm word ("injured") is what a casualty key already says: no
         * further sign of the same event.
         */
        long sharedClauseWords(Stated a, Stated b, Set<String> unitTerms) {
            List<String> ownTerms = clauseTerms(a);
            List<String> otherTerms = clauseTerms(b);
            if (ownTerms == null || otherTerms == null) {
                return 0;
            }
            Set<String> own = new java.util.HashSet<>(ownTerms);
            own.removeAll(unitTerms);
            return otherTerms.stream().distinct()
                    .filter(t -> own.contains(t) && !t.matches("\\d+") && language.rules.harm(t) == null).count();
        }

        /** The terms of the figure's whole sentence. */
        List<String> sentenceTerms(Stated s) {
            return language.chain.terms(s.sentence.text());
        }

        /** The terms of the word right before the figure: the act of an amount keyed by its act ("took £240,000"). */
        List<String> actTerms(Stated s) {
            String text = s.sentence.text();
            int at = Math.max(0, Math.min(text.length(), s.quantity.start() - s.sentenceStart));
            java.util.regex.Matcher word = WORD_BEFORE.matcher(text.substring(Math.max(0, at - CLAUSE_CHARS), at));
            return word.find() ? language.chain.terms(word.group(1)) : List.of();
        }

        private List<String> nearbyTerms(Stated s) {
            return nearby.computeIfAbsent(s, x -> language.chain.terms(window(x)));
        }

        private java.util.Optional<String> harm(Stated s) {
            return harms.computeIfAbsent(s, x -> java.util.Optional.ofNullable(language.rules.harm(window(x))));
        }

        /** The terms of the figure's clause; null for a sentence that does not end as a statement. */
        private List<String> clauseTerms(Stated s) {
            if (!clauses.containsKey(s)) {
                clauses.put(s, endsAsStatement(s.sentence.text()) ? language.chain.terms(clause(s)) : null);
            }
            return clauses.get(s);
        }
    }

    /** The name under which a briefing's parts share {@link #find}'s result ({@link BriefingDraft#shared}). */
    static final String SHARED_NAME = "number disagreements";

    /** The draft's number disagreements, found once for all the parts that read them. */
    static List<Disagreement> of(BriefingDraft draft) {
        return draft.shared(SHARED_NAME, () -> new NumberDisagreements().find(draft.story()));
    }

    /**
     * Disagreements among the articles of each of the story's periods, largest first: the main period's, then those of
     * the articles of other periods (a sentencing told weeks after the trial the story is about), which are compared
     * among themselves, never with the main period's (the days between make a figure's change news, not a dispute).
     */
    public List<Disagreement> find(Story story) {
        List<Disagreement> found = new ArrayList<>(find(story, story.mainArticles(), story.index(StoryView.MAIN)));
        List<AnalyzedArticle> others = story.articles().stream()
                .filter(a -> story.laterArticles().contains(a.id()) || story.mainArticles().isEmpty()).toList();
        if (!others.isEmpty()) {
            found.addAll(find(story, others, story.index(StoryView.ALL)));
        }
        found.sort((a, b) -> Integer.compare(b.claims().size(), a.claims().size()));
        return found;
    }

    private List<Disagreement> find(Story story, List<AnalyzedArticle> articles, SentenceIndex index) {
        Map<String, LocalDate> dates = new HashMap<>();
        // An inferred date rests on the events an article shares with others, a few days either way: too loose to
        // tell a toll that rose from two that disagree, so only a date the page, text or user gives can rule out a pair.
        articles.stream().filter(a -> !a.article().dateInferred()).forEach(a -> dates.put(a.id(), a.article().published()));
        Map<String, List<Stated>> byKey = new LinkedHashMap<>();
        for (AnalyzedArticle article : articles) {
            LocalDate published = article.article().published();
            for (Sentence sentence : article.sentences()) {
                // every figure the quantity layer read, by its kind: counts, lengths of time, positions, bare amounts,
                // and birth years as the age they give on the article's date ("born in 1941" against "died aged 84")
                for (QuantitySpan figure : article.figures(sentence)) {
                    if (figure.kind() == QuantitySpan.Kind.BIRTH_YEAR && published == null) {
                        continue;
                    }
                    QuantitySpan stated = published == null ? figure : figure.asAgeOn(published.getYear());
                    java.util.OptionalDouble metres = Measures.metres(stated);
                    QuantitySpan q = metres.isPresent() ? stated.scaled(metres.getAsDouble(), Measures.DISTANCE) : stated;
                    if (!MEASURES.contains(q.key()) && q.kind() != QuantitySpan.Kind.BIRTH_YEAR) {
                        byKey.computeIfAbsent(q.key(), k -> new ArrayList<>())
                                .add(new Stated(q, sentence, article.start(sentence), q.key().equals(AGE)
                                        ? personBefore(article, sentence, q) : null));
                    }
                }
            }
        }
        Readings readings = new Readings(Language.of(story));
        withUnitsOfNamedThings(byKey, readings);
        List<Disagreement> found = new ArrayList<>();
        byKey.forEach((key, stated) -> disagreement(key, stated, story, index, dates, readings)
                .ifPresent(found::add));
        found.sort((a, b) -> Integer.compare(b.claims().size(), a.claims().size()));
        return found;
    }

    /**
     * Adds each count of a word that names no thing of its own ("180,000 units", "items") to the figures of the
     * counted thing its sentence names ("the recall of Kettlewise KX-200 kettles covers about 180,000 units": the
     * units are kettles, and meet "120,000 kettles"), so the two are compared under that thing's key.
     */
    private static void withUnitsOfNamedThings(Map<String, List<Stated>> byKey, Readings readings) {
        Map<String, List<Stated>> added = new LinkedHashMap<>();
        for (String generic : GENERIC_COUNTS) {
            for (Stated s : byKey.getOrDefault(generic, List.of())) {
                List<String> terms = readings.sentenceTerms(s);
                byKey.keySet().stream().filter(k -> !GENERIC_COUNTS.contains(k) && !k.contains(" ") && terms.contains(k))
                        .forEach(k -> added.computeIfAbsent(k, x -> new ArrayList<>()).add(s));
            }
        }
        added.forEach((k, list) -> byKey.get(k).addAll(list));
    }

    /**
     * Two statements conflict when they come from different outlets, cannot both be true, were published within
     * a few days of each other (a toll that rises over a week is news, not a contradiction), and their sentences
     * speak of the same event: they share content words beyond the counted noun.
     */
    private static boolean conflict(Stated a, Stated b, int groupSize, SentenceIndex index,
                                    Map<String, LocalDate> dates, Readings readings, Set<Sentence> listed) {
        if (a.sentence.articleId().equals(b.sentence.articleId()) || a.agreesWith(b)
                || SeparateFigures.apart(a.quantity, a.sentence.text(), a.sentenceStart, dates.get(a.sentence.articleId()),
                b.quantity, b.sentence.text(), b.sentenceStart, dates.get(b.sentence.articleId()))) {
            return false;
        }
        if (SameMeasure.otherScopes(a.quantity, a.sentence.text(), a.sentenceStart, b.quantity, b.sentence.text(),
                b.sentenceStart)) {
            return false;
        }
        boolean distance = a.quantity.key().equals(Measures.DISTANCE);
        if (distance && !a.quantity.unit().equalsIgnoreCase(b.quantity.unit()) && withinConversion(a.quantity, b.quantity)) {
            return false;
        }
        if (a.quantity.key().startsWith("money") && !Measures.sameCurrency(a.quantity, b.quantity)) {
            return false;
        }
        if (a.quantity.roundedAlike(b.quantity) || forecastBesideReport(a, b)) {
            return false;
        }
        // two figures that their own words give as values of one measure (a price per share, "Turnout was", one act
        // of money) are one fact told twice, however little else the sentences share; and two sides' figures of one
        // fact may lie further apart than reports of one figure do
        boolean measured = !listed.contains(a.sentence) && !listed.contains(b.sentence) && sameMeasure(a, b, readings);
        double ratio = Math.max(a.quantity.value(), b.quantity.value())
                / Math.max(1e-9, Math.min(a.quantity.value(), b.quantity.value()));
        if (ratio > (measured ? MAX_MEASURED_RATIO : MAX_RATIO)) {
            return false;
        }
        LocalDate da = dates.get(a.sentence.articleId());
        LocalDate db = dates.get(b.sentence.articleId());
        if (da != null && db != null && Math.abs(ChronoUnit.DAYS.between(da, db)) > MAX_DAYS_APART) {
            return false;
        }
        // "rose to 19" / "has risen to 27": a figure stated as a change is a count over time; from another day, or a
        // day not known, it is the count's next step, not a contradiction
        if ((readings.rise(a) || readings.rise(b)) && (da == null || !da.equals(db))) {
            return false;
        }
        // "four people still missing" / "two remain in hospital": what is left of a count falls as the days go by,
        // so two known days apart tell two steps (undated, the two counts may still be one day's contradiction)
        if ((readings.remains(a) || readings.remains(b)) && da != null && db != null && !da.equals(db)) {
            return false;
        }
        // an age is a person's: "The novelist Ruth Calder has died aged 84" and "Calder, who was born in 1937" tell
        // one age when the person named nearest before each figure is the same, whatever else the sentences say
        if (a.quantity.key().equals(AGE) && a.person != null && a.person.equalsIgnoreCase(b.person)) {
            return true;
        }
        if (measured) {
            return true;
        }
        TermVector va = index.vector(a.sentence);
        TermVector vb = index.vector(b.sentence);
        Set<String> unitTerms = new java.util.HashSet<>(readings.headTerms(a));
        unitTerms.addAll(readings.headTerms(b));
        long context = va.weights().keySet().stream()
                .filter(t -> vb.weights().containsKey(t) && !unitTerms.contains(t)).count();
        double minCosine = a.quantity.key().startsWith("money") || distance ? MIN_MONEY_COSINE
                : groupSize <= RARE_KEY && QuantityExtractor.isEventCount(a.quantity.key()) ? MIN_RARE_CONTEXT_COSINE
                : a.quantity.key().startsWith("people ") ? MIN_CASUALTY_CONTEXT_COSINE
                : MIN_CONTEXT_COSINE;
        boolean sameThing = context >= MIN_SHARED_CONTEXT || context >= 1 && readings.clausesMeet(a, b, unitTerms);
        // a length of time is of an act: "had already spent 12 years in prison" and "was sentenced to 13 years in
        // prison" are two facts of one man, "sentenced to six years" and "sentenced to seven years" one; the figure's own
        // clause must share a word beyond the length and what it is of (the unit "years in prison")
        if (a.quantity.kind() == QuantitySpan.Kind.DURATION && !readings.clausesMeet(a, b, unitTerms)) {
            return false;
        }
        // a story gives many distances (off the coast, from the centre, between two towns): the same one is told by
        // the same words around it ("covered ... farmland"), not just by similar sentences
        if (distance && readings.sharedClauseWords(a, b, unitTerms) < MIN_SHARED_CONTEXT) {
            return false;
        }
        return sameThing && va.cosine(vb) >= minCosine
                && (readings.nearbyWordsMeet(a, b, unitTerms) || readings.sameHarmNearby(a, b)
                || a.quantity.key().equals(CROWD));
    }

    /**
     * True when the two figures' own words give them as values of one measure ({@link SameMeasure}): a price per unit,
     * a percentage stated as the value of the measure its key names, or an act of money the key names in clauses that
     * share a word beyond the act ("Pruitt accepted $180,000" / "Pruitt received $210,000"), and not had by different
     * holders by the names in their clauses ({@link SameMeasure#otherHolders}). Counted things, casualties, crowds,
     * lengths, positions and distances keep the sentences' tests: a counted noun alone in clauses sharing a word
     * ("athletes", "seats", "votes") set many different figures of DUC 2004 against each other.
     */
    private static boolean sameMeasure(Stated a, Stated b, Readings readings) {
        QuantitySpan x = a.quantity;
        QuantitySpan y = b.quantity;
        String key = x.key();
        if (SameMeasure.otherHolders(x, a.sentence.text(), a.sentenceStart, y, b.sentence.text(), b.sentenceStart)) {
            return false;
        }
        if (SameMeasure.perUnit(key) && key.equals(y.key())) {
            return true;
        }
        if (key.startsWith(PERCENT)) {
            return key.equals(y.key()) && SameMeasure.measureFirst(x, a.sentence.text(), a.sentenceStart, y,
                    b.sentence.text(), b.sentenceStart);
        }
        boolean act = key.startsWith(QuantityExtractor.MONEY_ACT) && key.equals(y.key());
        if (!act) {
            return false;
        }
        Set<String> own = new java.util.HashSet<>(readings.headTerms(a));
        own.addAll(readings.headTerms(b));
        // an act of money is named by its verb, which the key already says: "paid $5m to X" and "paid $3m to Y"
        // share only that
        if (act) {
            own.addAll(readings.actTerms(a));
            own.addAll(readings.actTerms(b));
        }
        return readings.clausesMeet(a, b, own);
    }

    /**
     * True when two figures of one kind, in sentences of the story's articles, count the same thing by their own
     * clauses: they share a content word beyond the counted noun ("forced the evacuation of about 800 residents" /
     * "1,100 people were evacuated"), and stay within {@link #MAX_RATIO} of each other. Days apart, the two are no
     * disagreement, but the one outlet still tells the count differently from the other.
     */
    static boolean sameCount(Story story, AnalyzedArticle x, Sentence sx, QuantitySpan qx, AnalyzedArticle y,
                             Sentence sy, QuantitySpan qy) {
        double ratio = Math.max(qx.value(), qy.value()) / Math.max(1e-9, Math.min(qx.value(), qy.value()));
        if (!qx.key().equals(qy.key()) || ratio > MAX_RATIO) {
            return false;
        }
        Readings readings = new Readings(Language.of(story));
        Stated a = new Stated(qx, sx, x.start(sx));
        Stated b = new Stated(qy, sy, y.start(sy));
        Set<String> unitTerms = new java.util.HashSet<>(readings.headTerms(a));
        unitTerms.addAll(readings.headTerms(b));
        return readings.clausesMeet(a, b, unitTerms);
    }

    /** The last word of the person named nearest before the figure in its sentence ("Ruth Calder": "Calder"), or null. */
    private static String personBefore(AnalyzedArticle article, Sentence sentence, QuantitySpan q) {
        String person = null;
        for (EntitySpan e : article.entities(sentence)) {
            if (e.type() == EntityType.PERSON && e.end() <= q.start()) {
                person = e.text().substring(e.text().lastIndexOf(' ') + 1);
            }
        }
        return person;
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
    private static boolean forecastBesideReport(Stated a, Stated b) {
        return FigureReadings.forecast(a.sentence.text(), a.quantity.start() - a.sentenceStart)
                != FigureReadings.forecast(b.sentence.text(), b.quantity.start() - b.sentenceStart);
    }

    /** The words right before the figure give it as a count's new value ("rose to", "bringing the toll to"). */
    private static boolean statesARise(Stated s) {
        return LatestFigures.statedAsUpdate(s.sentence.text(), s.quantity.start() - s.sentenceStart,
                s.quantity.end() - s.sentenceStart);
    }

    /** The words right after the figure give it as what is left of a count ("still missing", "remain in hospital"). */
    private static boolean statesWhatRemains(Stated s) {
        String text = s.sentence.text();
        int end = Math.min(text.length(), Math.max(0, s.quantity.end() - s.sentenceStart));
        int start = Math.min(end, Math.max(0, s.quantity.start() - s.sentenceStart));
        return givesWhatRemains(text.substring(end)) || REMAINDER_GLUED_BEFORE.matcher(text.substring(0, start)).find();
    }

    /**
     * Whether the words after a count give it as what is left ("still missing", "noch vermisst"; "immer noch
     * vermisst" by its "noch").
     */
    static boolean givesWhatRemains(String after) {
        return REMAINDER.matcher(after.substring(0, Math.min(after.length(), REMAINDER_CHARS))).find();
    }

    private static boolean endsAsStatement(String sentence) {
        return STATEMENT_END.matcher(sentence).find();
    }

    /** The words of a figure's clause right before and after it ("were evacuated" of "4,000 residents were evacuated"). */
    private static String clause(Stated s) {
        String text = s.sentence.text();
        int start = s.quantity.start() - s.sentenceStart;
        int end = s.quantity.end() - s.sentenceStart;
        // whole words only: half a word cut at the window's edge is no word of the clause
        String before = text.substring(Math.max(0, start - CLAUSE_CHARS), start);
        before = start > CLAUSE_CHARS ? before.substring(before.indexOf(' ') + 1) : before;
        String after = text.substring(end, Math.min(text.length(), end + CLAUSE_CHARS));
        after = end + CLAUSE_CHARS < text.length() ? after.substring(0, Math.max(0, after.lastIndexOf(' '))) : after;
        java.util.regex.Matcher mark = CLAUSE_MARK.matcher(before);
        int from = 0;
        while (mark.find()) {
            from = mark.end();
        }
        // a conversion in parentheses right after the figure ("15 km (9 miles) of the valley") is the figure again,
        // not the end of its clause
        after = after.replaceFirst("^\\s*\\([^()]*\\)", "");
        java.util.regex.Matcher next = CLAUSE_MARK.matcher(after);
        int to = next.find() ? next.start() : after.length();
        // the figure's own words ("UN employees") are what the key compares; "of" and its noun right after the
        // figure name the material measured ("15,000 tonnes of food"), not what happened to it
        return before.substring(from) + " " + after.substring(0, to).replaceFirst("^\\s*of\\s+\\S+", "");
    }

    private static String window(Stated s) {
        String text = s.sentence.text();
        int from = Math.max(0, s.quantity.start() - s.sentenceStart - NEARBY_CHARS);
        int to = Math.min(text.length(), s.quantity.end() - s.sentenceStart + NEARBY_CHARS);
        return text.substring(from, to);
    }

    /**
     * Keeps a conflicting statement as a claim: one per article, and one per report for the versions of one report
     * ({@link Story#reportOf}: a wire story run by a dozen sites under the wire's name is one report, not a dozen
     * claims), unless a version gives a figure the report's claim does not allow ("120" in one copy of "about 80"),
     * which stays a claim of its own under that version.
     */
    private static void onePerReport(Map<String, Stated> claims, Stated s, Story story) {
        String article = s.sentence.articleId();
        if (claims.containsKey(article)) {
            return;
        }
        String report = story.reportOf(article);
        boolean told = claims.values().stream()
                .anyMatch(c -> story.reportOf(c.sentence.articleId()).equals(report) && c.agreesWith(s));
        if (!told) {
            claims.put(article, s);
        }
    }

    /**
     * The claims in sides, in the order their first claims came: a claim joins the first side whose every claim its
     * figure agrees with, qualifiers read ("about 80" allows 68 to 92, "nearly 10,000" 8,000 to 10,000), so a rounded
     * figure stands with the exact one inside its range, not against it. Two claims that conflict never share a side.
     */
    private static List<List<Stated>> sides(java.util.Collection<Stated> claims) {
        List<List<Stated>> sides = new ArrayList<>();
        for (Stated s : claims) {
            sides.stream().filter(side -> side.stream().allMatch(s::agreesWith)).findFirst()
                    .ifPresentOrElse(side -> side.add(s), () -> sides.add(new ArrayList<>(List.of(s))));
        }
        return sides;
    }

    /**
     * Each of the two sentences gives the other's figure too: both set the two side by side as figures of two things
     * ("Exxon, which has a market value of $176.7 billion, and Mobil, which has a market value of $61.1 billion"), and
     * neither outlet holds one against the other. (One sentence that tells a dispute, "at least nine have died, while
     * the agency puts the toll at seven", still stands against an outlet that gives only one side.)
     */
    private static boolean sideBySide(List<Stated> stated, Stated a, Stated b) {
        return givesToo(stated, b, a) && givesToo(stated, a, b);
    }

    /** Another figure of {@code s}'s sentence gives {@code other}'s value again. */
    private static boolean givesToo(List<Stated> stated, Stated s, Stated other) {
        return stated.stream().anyMatch(t -> t != s && t.sentence.equals(s.sentence)
                && QuantitySpan.givesOneOf(List.of(other.quantity), List.of(t.quantity)));
    }

    /** The counted noun and the number itself, which two claims share by construction. */
    private static String head(QuantitySpan q, Language language) {
        return language.rules.head(q.unit()) + " " + q.text().replaceAll("[^0-9]", " ");
    }

    private static java.util.Optional<Disagreement> disagreement(String key, List<Stated> stated, Story story,
                                                                 SentenceIndex index, Map<String, LocalDate> dates,
                                                                 Readings readings) {
        Map<String, Stated> onePerOutlet = new LinkedHashMap<>();
        java.util.Optional<RisingFigure> rising = RisingFigure.of(stated.stream()
                .filter(s -> dates.get(s.sentence.articleId()) != null)
                .map(s -> new RisingFigure.Dated(dates.get(s.sentence.articleId()), s.quantity,
                        story.reportOf(s.sentence.articleId()), readings.rise(s)))
                .toList());
        // a sentence giving several figures of the key lists them for several periods or holders ("a surplus of 2.6
        // percent in 1999, 2.8 percent in 2000"): none of them is the one value of a measure
        Map<Sentence, Integer> perSentence = new HashMap<>();
        stated.forEach(s -> perSentence.merge(s.sentence, 1, Integer::sum));
        Set<Sentence> listed = new java.util.HashSet<>();
        perSentence.forEach((sentence, n) -> {
            if (n > 1) {
                listed.add(sentence);
            }
        });
        for (Stated a : stated) {
            for (Stated b : stated) {
                // one claim per article: once both articles hold theirs, their pair can add nothing
                boolean bothClaimed = onePerOutlet.containsKey(a.sentence.articleId())
                        && onePerOutlet.containsKey(b.sentence.articleId());
                // a figure growing day by day (2,000 hectares, then 5,500, then 12,000) is told in steps, not disputed
                boolean steps = !bothClaimed && rising.isPresent() && rising.get().differentSteps(a.quantity, b.quantity);
                if (!bothClaimed && !steps && !sideBySide(stated, a, b)
                        && conflict(a, b, stated.size(), index, dates, readings, listed)) {
                    onePerReport(onePerOutlet, a, story);
                    onePerReport(onePerOutlet, b, story);
                }
            }
        }
        if (onePerOutlet.size() < 2) {
            return java.util.Optional.empty();
        }
        Set<String> units = new LinkedHashSet<>();
        List<Claim> claims = new ArrayList<>();
        List<List<Stated>> sides = sides(onePerOutlet.values());
        for (int side = 0; side < sides.size(); side++) {
            for (Stated s : sides.get(side)) {
                String unit = s.quantity.unit();
                if (!unit.isEmpty() && units.stream().noneMatch(u -> u.equalsIgnoreCase(unit))) {
                    units.add(unit);
                }
                claims.add(new Claim(s.sentence.text(), s.sentence.articleId(), s.quantity.text(), null, side));
            }
        }
        // an amount keyed by its act ("took £240,000") is shown as what it is, the act's stem being no word to show
        String topic = key.startsWith(QuantityExtractor.DURATION) ? key.substring(QuantityExtractor.DURATION.length())
                : key.startsWith(QuantityExtractor.MONEY_ACT) || key.equals(QuantityExtractor.BARE_MONEY) ? "amount" : key.startsWith("money ") ? key.substring(6) + " (amount)" : key.startsWith("people ") ? key
                : key.startsWith(PERCENT) ? (units.isEmpty() ? key.substring(PERCENT.length()) : String.join(" / ", units))
                + " (per cent)"
                : key.startsWith(SPEED) ? key.substring(SPEED.length(), key.lastIndexOf(' ')) + " (" + String.join(" / ", units) + ")"
                : units.isEmpty() || key.equals(CROWD) ? key : String.join(" / ", units);
        return java.util.Optional.of(new Disagreement(topic, DisagreementKind.NUMBER, claims));
    }
}
