package dev.storybrief.brief.disagreement;

import dev.storybrief.model.QuantitySpan;
import java.text.Normalizer;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Tells, by how news states a figure, when two figures of one key measure one thing, so that two values of it are
 * two versions of one fact however little else their sentences share ({@link NumberDisagreements} asks it before
 * its tests of alike sentences, which such pairs often fail: "Turnout was 58%, the secretary of state's office said"
 * shares nothing but the measure with "Turnout in Tuesday's election reached 61%, the highest in 40 years"):
 * <ul>
 *   <li>a price per unit ("$38 a share", "$36 per share"): a deal has one price for each of its shares;</li>
 *   <li>a measure named as the figure's subject ("Turnout was 58%", "La participación fue del 63,4%", "uma adesão de
 *       85%", "a premium of 24%"): the figure is the value of what its sentence names, not a share some holder has
 *       of it ("50.1% of the vote" is a candidate's, and needs the sentences' tests). A measure qualified by another
 *       place, time or group in each ("Unemployment in the north", "in the south") is not one measure;</li>
 *   <li>one act of money in clauses that share a word beyond the act ("Pruitt accepted $180,000" / "Pruitt
 *       received $210,000"): read by {@link NumberDisagreements}, which holds the story language's terms.</li>
 * </ul>
 * Whatever marks the two as different still holds them apart (other days, a whole and a part, a count in progress,
 * a rise: {@link SeparateFigures} and the date, rise and remainder tests of {@link NumberDisagreements}).
 */
final class SameMeasure {
    /** How many words of what a measure is of are read: the place, time or group, not the rest of the clause. */
    private static final int QUALIFIER_WORDS = 3;
    /** How far before a percentage the measure it is the value of is looked for, within its clause. */
    private static final int BEFORE_CHARS = 60;
    private static final Pattern CLAUSE_MARK = Pattern.compile("[;:()\\[\\]\"“”«»—–]|(?<!\\d),|,(?!\\d)|\\.\\s");
    /**
     * The words that open a place, time or group a measure is of ("Turnout in Tuesday's election", "la participación
     * en Madrid", "Arbeitslosigkeit im Osten").
     */
    private static final Set<String> QUALIFYING = Set.of("in", "at", "across", "among", "for", "of", "en", "em", "no", "na",
            "nos", "nas", "entre", "im", "bei", "unter", "dans", "chez", "parmi", "nel", "nella", "tra", "fra");
    /**
     * Words that link a measure to its figure (verbs, articles, prepositions of the figure), which say nothing of what
     * the measure is of.
     */
    private static final Set<String> LINKS = Set.of("was", "is", "were", "stood", "at", "of", "to", "fell", "rose",
            "dropped", "climbed", "reached", "hit", "the", "a", "an", "fue", "es", "del", "de", "el", "la", "foi", "é",
            "do", "da", "o", "war", "ist", "lag", "bei", "von", "der", "die", "das", "était", "est", "du", "des", "le",
            "les", "è", "era", "di", "il", "lo");

    /** "to 3 percent", "- 3%": the figure is the low end of a range. */
    private static final Pattern RANGE_END = Pattern.compile("^\\s*(?:to|-|–|a|bis|à)\\s+\\d");
    /** A word in capitals, a name's or a name's possessive ("Rivera's"). */
    private static final Pattern NAME = Pattern.compile("(?<![\\p{L}])\\p{Lu}[\\p{L}]+(?:['’]s)?(?![\\p{L}])");

    private SameMeasure() {
    }

    /** True for a key of a price per unit ("money per share"). */
    static boolean perUnit(String key) {
        return key.contains(" per ");
    }

    /**
     * True when both percentages are stated as the value of the measure their key names, written before them in
     * their clauses, and no place, time or group the one's measure is of differs from the other's.
     */
    static boolean measureFirst(QuantitySpan a, String sentenceA, int startA, QuantitySpan b, String sentenceB,
                                int startB) {
        Set<String> ofA = measureQualifier(a, sentenceA, startA);
        Set<String> ofB = measureQualifier(b, sentenceB, startB);
        if (ofA == null || ofB == null) {
            return false;
        }
        // "Turnout in Tuesday's election" and plain "Turnout" are one measure; "in the north" and "in the south" two
        return ofA.isEmpty() || ofB.isEmpty() || ofA.stream().anyMatch(ofB::contains);
    }

    /**
     * True when both percentages are stated as the value of their measure and each names another place, time or group
     * it is of ("Turnout in Northfield was 61%", "Turnout in Southfield was 52%"): two measures, whatever else their
     * sentences share.
     */
    static boolean otherScopes(QuantitySpan a, String sentenceA, int startA, QuantitySpan b, String sentenceB,
                               int startB) {
        Set<String> ofA = measureQualifier(a, sentenceA, startA);
        Set<String> ofB = measureQualifier(b, sentenceB, startB);
        return ofA != null && ofB != null && !ofA.isEmpty() && !ofB.isEmpty() && ofA.stream().noneMatch(ofB::contains);
    }

    /**
     * The words of the place, time or group a percentage's measure is qualified by (empty when none), when the figure
     * is stated as the value of the measure its key names: written before it as its subject ("Turnout in Tuesday's
     * election reached 61%": {tuesday, election}) or right after it as its noun ("a 13% lower risk of dementia":
     * {dementia}); null when the measure is not written so.
     */
    private static Set<String> measureQualifier(QuantitySpan q, String sentence, int sentenceStart) {
        if (!q.key().startsWith("percent ")) {
            return null;
        }
        int at = Math.max(0, Math.min(sentence.length(), q.start() - sentenceStart));
        int end = Math.max(at, Math.min(sentence.length(), q.end() - sentenceStart));
        String after = clauseAfter(sentence.substring(end));
        if (RANGE_END.matcher(after).find()) {
            // "a surplus of 2.5 percent to 3 percent": the low end of a range, no one value of the measure
            return null;
        }
        if (q.kind() == QuantitySpan.Kind.AMOUNT) {
            // "a 9% pay rise in 2025": the noun phrase after the figure is the measure, the words after it what it is of
            String[] words = after.strip().split("\\s+");
            int unitWords = q.unit().isBlank() ? 0 : q.unit().strip().split("\\s+").length;
            return unitWords == 0 ? null : qualifier(words, unitWords);
        }
        if (q.kind() != QuantitySpan.Kind.COUNT) {
            return null;
        }
        String measure = plain(q.key().substring("percent ".length()));
        String before = sentence.substring(Math.max(0, at - BEFORE_CHARS), at);
        Matcher mark = CLAUSE_MARK.matcher(before);
        int from = 0;
        while (mark.find()) {
            from = mark.end();
        }
        String[] words = before.substring(from).strip().split("\\s+");
        for (int i = words.length - 1; i >= 0 && !measure.isEmpty(); i--) {
            if (plain(words[i]).startsWith(measure)) {
                Set<String> of = qualifier(words, i + 1);
                of.addAll(qualifier(after.strip().split("\\s+"), 0));
                return of;
            }
        }
        return null;
    }

    /** The words after a figure up to the end of its clause. */
    private static String clauseAfter(String after) {
        Matcher mark = CLAUSE_MARK.matcher(after);
        return mark.find() ? after.substring(0, mark.start()) : after;
    }

    /**
     * The content words from {@code from} on that name what a measure is of, when a qualifying word opens them
     * ("in Tuesday's election", "of dementia"), at most {@link #QUALIFIER_WORDS}; none otherwise.
     */
    private static Set<String> qualifier(String[] words, int from) {
        Set<String> of = new HashSet<>();
        if (from >= words.length || !QUALIFYING.contains(words[from].toLowerCase(Locale.ROOT))) {
            return of;
        }
        for (int i = from + 1; i < words.length && of.size() < QUALIFIER_WORDS; i++) {
            String w = plain(words[i]).replaceAll("['’]s$", "");
            if (!LINKS.contains(w) && !QUALIFYING.contains(w) && !w.isEmpty()) {
                of.add(w);
            }
        }
        return of;
    }

    /**
     * True when the two figures are had by different holders by the names in their own clauses before them ("Rivera's
     * share of the vote was 50.1%", "Dunn's share of the vote was 48.6%"): each clause names someone (a word in
     * capitals that does not open the sentence) and neither sentence names any of the other's. "Halvorsen Foods will
     * pay $36 a share for Pinecrest" and "agreed to buy Pinecrest Dairy for $38 a share" name one deal.
     */
    static boolean otherHolders(QuantitySpan a, String sentenceA, int startA, QuantitySpan b, String sentenceB,
                                int startB) {
        Set<String> namesA = namesBefore(a, sentenceA, startA);
        Set<String> namesB = namesBefore(b, sentenceB, startB);
        return !namesA.isEmpty() && !namesB.isEmpty() && namesA.stream().noneMatch(n -> names(sentenceB).contains(n))
                && namesB.stream().noneMatch(n -> names(sentenceA).contains(n));
    }

    /** The names in a figure's clause before it. */
    private static Set<String> namesBefore(QuantitySpan q, String sentence, int sentenceStart) {
        int at = Math.max(0, Math.min(sentence.length(), q.start() - sentenceStart));
        String before = sentence.substring(Math.max(0, at - BEFORE_CHARS), at);
        Matcher mark = CLAUSE_MARK.matcher(before);
        int from = 0;
        while (mark.find()) {
            from = mark.end();
        }
        Set<String> found = new HashSet<>();
        Matcher name = NAME.matcher(before.substring(from));
        int opening = at - before.length() + from;
        while (name.find()) {
            // the sentence's first word is in capitals whatever it is
            if (opening + name.start() > firstWordEnd(sentence)) {
                found.add(name.group().replaceAll("['’]s$", ""));
            }
        }
        return found;
    }

    /** The words in capitals of a sentence, the first one's too. */
    private static Set<String> names(String sentence) {
        Set<String> found = new HashSet<>();
        Matcher name = NAME.matcher(sentence);
        while (name.find()) {
            found.add(name.group().replaceAll("['’]s$", ""));
        }
        return found;
    }

    private static int firstWordEnd(String sentence) {
        Matcher word = Pattern.compile("^\\P{L}*\\p{L}+").matcher(sentence);
        return word.find() ? word.end() - 1 : 0;
    }

    /** A word in lower case without accents or marks ("Participación": "participacion"). */
    private static String plain(String word) {
        String bare = Normalizer.normalize(word.toLowerCase(Locale.ROOT), Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return bare.replaceAll("[^\\p{L}\\d'’]", "");
    }
}
