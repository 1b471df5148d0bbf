package dev.storybrief.brief.disagreement;

import dev.storybrief.analyze.quantity.QuantityRules;
import dev.storybrief.analyze.terms.TermChain;
import dev.storybrief.analyze.terms.TermChains;
import dev.storybrief.model.QuantitySpan;
import dev.storybrief.model.Story;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What the disagreement search reads of each stated figure (whether it states a rise or a remainder, the terms of its
 * counted noun, of the words around it and of its clause), worked out once per statement: a story of many figures
 * compares each with every other of its kind, and reading them again per pair made a folder of fifty figure-heavy
 * reports take longer than twenty minutes. The story's language gives the terms: its term chain compares the words
 * around two figures, its quantity rules name the counted noun ("bombing runs": "runs"; "raids aériens": "raids").
 */
final class StatementReadings {
    /** The letters a word is cut to where words are compared by their roots ({@link #clausesMeetByPrefix}). */
    static final int PREFIX_LETTERS = 5;
    private final TermChain chain;
    private final QuantityRules rules;
    private final String language;
    /** What figures count in a language without quantity rules of its own; null where it has them. */
    private final CountedNouns counted;
    private final Map<StatedFigure, Boolean> rise = new IdentityHashMap<>();
    private final Map<StatedFigure, Boolean> remains = new IdentityHashMap<>();
    private final Map<StatedFigure, List<String>> heads = new IdentityHashMap<>();
    private final Map<StatedFigure, List<String>> nearby = new IdentityHashMap<>();
    private final Map<StatedFigure, Optional<String>> harms = new IdentityHashMap<>();
    private final Map<StatedFigure, List<String>> clauses = new IdentityHashMap<>();

    StatementReadings(Story story) {
        this.chain = TermChains.standard().forLanguage(story.language());
        this.rules = QuantityRules.forLanguage(story.language());
        this.language = story.language();
        this.counted = QuantityRules.supports(story.language()) ? null : new CountedNouns(chain, story.language());
    }

    /**
     * The key a figure is compared under: its own where the story's language has quantity rules; else the noun it
     * counts by the language's term chain ({@link CountedNouns}), or empty for a figure that counts no noun.
     */
    Optional<String> key(QuantitySpan q, String sentence, int sentenceStart) {
        return counted == null ? Optional.of(q.key()) : counted.key(q, sentence, sentenceStart);
    }

    /**
     * The words right before the figure give it as a count's new value ("rose to", "bringing the toll to"); never for
     * the share a thing changed by ("fell 6.2%"), whose verb is the change it measures.
     */
    boolean rise(StatedFigure s) {
        return rise.computeIfAbsent(s, x -> !FigureKeys.isChange(x.quantity().key())
                && LatestFigures.statedAsUpdate(x.sentence().text(), x.startInSentence(), x.endInSentence()));
    }

    /** The words right after the figure give it as what is left of a count ({@link RemainingCounts}). */
    boolean remains(StatedFigure s) {
        return remains.computeIfAbsent(s, RemainingCounts::statesWhatRemains);
    }

    /** The terms of the counted noun and of the number itself, which two claims share by construction. */
    List<String> headTerms(StatedFigure s) {
        return heads.computeIfAbsent(s, x -> chain.terms(head(x.quantity())));
    }

    /**
     * The figure's counted noun is a unit of measure by CLDR's names in the story's language ({@link MeasureWords}):
     * "15,000 tonnes of food" measures an amount, it counts no things.
     */
    boolean measuresAmount(StatedFigure s) {
        Set<String> units = MeasureWords.of(language, chain);
        return chain.terms(rules.head(s.quantity().unit() == null ? "" : s.quantity().unit())).stream()
                .anyMatch(units::contains);
    }

    /** The terms of both figures' counted nouns and numbers: what two claims of one key share by construction. */
    Set<String> unitTerms(StatedFigure a, StatedFigure b) {
        Set<String> unitTerms = new HashSet<>(headTerms(a));
        unitTerms.addAll(headTerms(b));
        return unitTerms;
    }

    /**
     * The words that name two sums themselves: their units and the acts or purposes their keys already say ("paid",
     * "fine"); what two clauses of one sum share beyond these names who paid or who imposed it.
     */
    Set<String> sumTerms(StatedFigure a, StatedFigure b) {
        Set<String> own = unitTerms(a, b);
        own.addAll(actTerms(a));
        own.addAll(actTerms(b));
        return own;
    }

    /**
     * The words right around the two figures share a content word beyond the counted noun ("killing 65 people" /
     * "killing 60 people", "bombing runs" / "bombing almost 6,000 targets"): two figures in similar sentences but
     * with nothing alike around them ("four victories away" / "a 9-6 victory") count different things.
     */
    boolean nearbyWordsMeet(StatedFigure a, StatedFigure b, Set<String> unitTerms) {
        Set<String> around = new HashSet<>(nearbyTerms(a));
        around.removeAll(unitTerms);
        return nearbyTerms(b).stream().anyMatch(t -> around.contains(t) && !t.matches("\\d+"));
    }

    /**
     * "injuring 8 workers" / "Twelve workers were hurt": the same harm right beside both figures, however worded,
     * says they count the same victims.
     */
    boolean sameHarmNearby(StatedFigure a, StatedFigure b) {
        Optional<String> harm = harm(a);
        return harm.isPresent() && harm.equals(harm(b));
    }

    /**
     * "About 80,000 passengers a day" / "120,000 daily passengers": both figures given per the same period, however
     * worded, count the same flow; a rate is what a story gives once for its thing (the passengers of a city's buses).
     */
    boolean sameRate(StatedFigure a, StatedFigure b) {
        int period = FigureClause.ratePeriod(a);
        return period >= 0 && period == FigureClause.ratePeriod(b);
    }

    /**
     * The two figures' own clauses share a content word beyond the counted noun and the number, in sentences that
     * end as statements do: a wire desk's note ("The building, graf 5 pvs"), a caption or a headline states no
     * clause to compare.
     */
    boolean clausesMeet(StatedFigure a, StatedFigure b, Set<String> unitTerms) {
        return sharedClauseWords(a, b, unitTerms) >= 1;
    }

    /**
     * How many content words the two figures' own clauses share beyond the counted noun and the number; none in
     * sentences that do not end as statements. A harm word ("injured") is what a casualty key already says: no
     * further sign of the same event.
     */
    long sharedClauseWords(StatedFigure a, StatedFigure b, Set<String> unitTerms) {
        List<String> ownTerms = clauseTerms(a);
        List<String> otherTerms = clauseTerms(b);
        if (ownTerms == null || otherTerms == null) {
            return 0;
        }
        Set<String> own = new HashSet<>(ownTerms);
        own.removeAll(unitTerms);
        return otherTerms.stream().distinct()
                .filter(t -> own.contains(t) && !t.matches("\\d+") && rules.harm(t) == null).count();
    }

    /**
     * The two figures' own clauses share a word by its first {@link #PREFIX_LETTERS} letters, beyond the counted nouns
     * and the numbers: the truncation that stands in for a stemmer in languages whose term chain has none or splits
     * one verb's forms ("евакуйовано" / "евакуювали", "evacuați" / "evacuat"). Cutting words to their first five
     * letters finds the words of one root about as well as a language's stemmer does (McNamee, Nicholas and Mayfield,
     * "Addressing morphological variation in alphabetic languages", SIGIR 2009), in any alphabetic language.
     */
    boolean clausesMeetByPrefix(StatedFigure a, StatedFigure b, Set<String> unitTerms) {
        List<String> ownTerms = clauseTerms(a);
        List<String> otherTerms = clauseTerms(b);
        if (ownTerms == null || otherTerms == null) {
            return false;
        }
        Set<String> units = new HashSet<>();
        unitTerms.forEach(t -> units.add(prefix(t)));
        Set<String> own = new HashSet<>();
        ownTerms.stream().filter(t -> isRootWord(t) && rules.harm(t) == null).map(StatementReadings::prefix)
                .forEach(own::add);
        own.removeAll(units);
        return otherTerms.stream().filter(StatementReadings::isRootWord).map(StatementReadings::prefix).anyMatch(own::contains);
    }

    /**
     * True when the story's figures are keyed by the nouns they count ({@link CountedNouns}): a language without
     * quantity rules, whose words {@link #clausesMeetByPrefix} and {@link #prefix} compare by their roots.
     */
    boolean keyedByNouns() {
        return counted != null;
    }

    /**
     * A word of a few letters compared by its root: no number, and at least three letters, as a particle or a
     * preposition a term chain without stop words keeps ("до", "na") is shorter.
     */
    static boolean isRootWord(String term) {
        return term.codePointCount(0, term.length()) >= 3 && term.codePoints().anyMatch(Character::isLetter);
    }

    /** The word's first {@link #PREFIX_LETTERS} letters, or the whole of a shorter word. */
    static String prefix(String term) {
        return term.codePointCount(0, term.length()) <= PREFIX_LETTERS ? term
                : term.substring(0, term.offsetByCodePoints(0, PREFIX_LETTERS));
    }

    /** The terms of the figure's whole sentence. */
    List<String> sentenceTerms(StatedFigure s) {
        return chain.terms(s.sentence().text());
    }

    /** The terms of the word right before the figure: the act of an amount keyed by its act ("took £240,000"). */
    List<String> actTerms(StatedFigure s) {
        String word = FigureClause.wordBefore(s);
        return word != null ? chain.terms(word) : List.of();
    }

    private List<String> nearbyTerms(StatedFigure s) {
        return nearby.computeIfAbsent(s, x -> chain.terms(FigureClause.window(x)));
    }

    private Optional<String> harm(StatedFigure s) {
        return harms.computeIfAbsent(s, x -> Optional.ofNullable(rules.harm(FigureClause.window(x))));
    }

    /** The terms of the figure's clause; null for a sentence that does not end as a statement. */
    private List<String> clauseTerms(StatedFigure s) {
        if (!clauses.containsKey(s)) {
            clauses.put(s, FigureClause.endsAsStatement(s.sentence().text())
                    ? chain.terms(FigureClause.clause(s) + " " + wordsAfterHead(s.quantity())) : null);
        }
        return clauses.get(s);
    }

    /**
     * The words a figure's span holds after its counted noun: where the noun comes first, the words that say what
     * befell the counted ("évacuées lundi" of "2 000 personnes évacuées lundi"), which English puts in the clause after
     * the span ("4,000 residents were evacuated"); nothing where the noun comes last.
     */
    private String wordsAfterHead(QuantitySpan q) {
        String unit = q.unit() == null ? "" : q.unit();
        String head = rules.head(unit);
        int at = head == null || head.isEmpty() ? -1 : unit.indexOf(head);
        // as in the clause, "of" and its noun name the material measured ("hectares de pinède"), not what befell it
        return at < 0 ? "" : unit.substring(at + head.length())
                .replaceFirst("(?iu)^\\s*(?:of|de|d['’]|des|du|di|del|della|do|da|dos|das|von|der)\\s*\\S+", "");
    }

    /** The counted noun and the number itself, which two claims share by construction. */
    private String head(QuantitySpan q) {
        return rules.head(q.unit()) + " " + q.text().replaceAll("[^0-9]", " ");
    }
}
