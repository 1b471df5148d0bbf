package dev.storybrief.group;

import dev.storybrief.group.dates.SentenceTense;
import dev.storybrief.model.QuantitySpan;
import dev.storybrief.model.vector.TermVector;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether one sentence backs another's claim: says nearly the same, as a news desk means it when it counts outlets
 * for a statement. Two sentences can share most of their words and still say different things, and an outlet is
 * credited for a statement only when its sentence
 * <ul>
 *   <li>gives every figure of the claim: "80 firefighters" does not back "90 firefighters", and a sentence with no
 *   figure does not back one whose news is the figure (the reporters may differ on it); nor does one giving another
 *   figure of a kind the claim gives, of every kind the quantity layer reads ({@link QuantitySpan#givesAnotherFigure}:
 *   "six years in prison" against "seven years in prison", "$3 million" against "$2 million");</li>
 *   <li>does not negate or deny it where the claim does not, or the other way round ("denied reports that the school
 *   would stay closed" against "said the school would stay closed");</li>
 *   <li>carries the same words in quotation marks when the claim quotes someone: a quote is backed by the quote, not
 *   by another sentence naming the same speaker;</li>
 *   <li>does not tell the opposite outcome of a state the news follows ({@link #outcome}): residents who "remain
 *   out of their homes" against residents "allowed back", a school that "will stay closed" against one that "will
 *   reopen";</li>
 *   <li>carries most of the claim ({@link #MIN_COVERAGE} of its term weight): a sentence that shares only a part
 *   ("the crew were safe" of "no oil had leaked and the 22 crew were safe") backs only that part;</li>
 *   <li>tells it as still to come when the claim does, and as done when the claim does ("salvage crews plan to
 *   refloat the ferry" against "salvage crews refloated the ferry": a plan and its outcome are two pieces of news;
 *   English cues only, {@link SentenceTense#future}); a sentence in the present tense backs either.</li>
 * </ul>
 * The tests are cheap and made for pairs already found alike by their words; they never make two sentences alike.
 */
public final class SameClaim {
    /**
     * The share of a claim's term weight (TF-IDF) the backing sentence must carry: more than half of what the claim
     * says, so that a sentence sharing only its subject and setting ("the mayor asked for help" against "the mayor
     * thanked 300 firefighters") does not back it, while a paraphrase adding a detail ("the 15-nation Security Council
     * unanimously voted to end the mandate" for "the United Nations voted to end its authorization") still does.
     * Two thirds, or half of the backing sentence to be the claim in turn, lost such paraphrases of real reports.
     */
    public static final double MIN_COVERAGE = 0.5;
    /** The share of a quotation's words another quotation must give to be the same quote (a word cut or added). */
    static final double MIN_QUOTE_OVERLAP = 0.6;
    /** A quoted stretch shorter than this is a scare quote or a title, not a statement someone made. */
    static final int MIN_QUOTE_WORDS = 3;

    /**
     * Negation and denial cues, as whole words, in the languages storybrief reads, merged: a cue of one language is
     * rarely a content word of another ("no" is one in English, Spanish, Italian and Portuguese alike); the few that
     * are (Italian "mai" is French May, French "personne" a person) are left out. Languages that negate inside the
     * verb (Turkish "-me", Czech "ne-") are only partly covered: their negated verbs are other words, which the
     * coverage test sees.
     */
    private static final Pattern NEGATION = Pattern.compile("(?iu)(?<![\\p{L}\\p{N}])(?:"
            // English
            + "not|no(?!\\.\\s*\\d)|never|none|nobody|nothing|neither|nor|cannot|\\p{L}+n[’']t|den(?:y|ies|ied|ying)"
            + "|reject(?:s|ed|ing)?|refut(?:e|es|ed|ing)|"
            // French
            + "ne|pas|jamais|aucun|aucune|rien|d[ée]menti|d[ée]ment|ni[ée]|rejet[ée]|"
            // German
            + "nicht|kein|keine|keinen|keinem|keiner|keines|nie|niemals|niemand|nichts|dementiert|bestritten|bestreitet|"
            + "wies\\s+zurück|"
            // Spanish, Italian, Portuguese
            + "nunca|jamás|tampoco|ningún|ninguna|ninguno|nadie|nada|neg[óo]|niega|negaron|desminti[óo]|desmiente|"
            + "rechaz[óo]|non|nessun|nessuna|nessuno|niente|nulla|smentito|smentisce|negato|"
            + "não|nenhum|nenhuma|ninguém|negou|desmentiu|"
            // Dutch
            + "niet|geen|nooit|niemand|niets|ontkend|ontkende|ontkent|"
            // Polish, Czech
            + "nie|nigdy|nikt|nic|żaden|żadna|zaprzeczył\\p{L}*|nikdy|nikdo|nic|žádn\\p{L}*|popřel\\p{L}*|"
            // Russian
            + "не|нет|ни|никогда|никто|ничего|опроверг\\p{L}*|отрицал\\p{L}*|"
            // Turkish (the free-standing ones)
            + "değil|yok|hiç|asla|yalanladı"
            + ")(?![\\p{L}\\p{N}])");
    /**
     * Words that tell a state the news follows goes on (evacuees still out, a road still closed, people still
     * missing): "still", "remain", "stay", and their like in the languages storybrief reads.
     */
    private static final Pattern GOES_ON = Pattern.compile("(?iu)(?<![\\p{L}])(?:still|remains?|remained|stays?|stayed"
            + "|siguen?|sigue|permanecen?|continúan?|todavía|aún|restent|reste|toujours|bleiben|bleibt|noch|ancora|restano"
            + "|rimangono|blijven|blijft|nog\\s+steeds|остаются|остается|по-прежнему|nadal|wciąż|stále|zůstávají)(?![\\p{L}])");
    /**
     * Words that tell it ended: back home, reopened, lifted, found, restored ("returned", "allowed back", "pudieron
     * volver", "zurückkehren", "terug", "вернулись").
     */
    private static final Pattern ENDED = Pattern.compile("(?iu)(?<![\\p{L}])(?:back|return(?:s|ed|ing)?|reopen(?:s|ed|ing)?"
            + "|lifted|restored|volver|volvieron|regresar|regresaron|reabr\\p{L}*|retour|rentr\\p{L}*|rouvert\\p{L}*"
            + "|zurück\\p{L}*|tornar\\p{L}*|tornati|rientrat\\p{L}*|riapert\\p{L}*|terug\\p{L}*"
            + "|heropend|вернул\\p{L}*|возвращ\\p{L}*|wrócil\\p{L}*|powrót|vrátil\\p{L}*)(?![\\p{L}])");

    /** A stretch in quotation marks: straight, curly, low-high and guillemets, either way round. */
    private static final Pattern QUOTED = Pattern.compile("[\"“„«»”](.+?)[\"”“»«]");
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

    private SameClaim() {
    }

    /**
     * True when {@code other} backs {@code claim} (see the class description).
     *
     * @param claim             the claim's text
     * @param claimVector       its TF-IDF vector
     * @param claimQuantities   the figures it states, of every kind ({@code AnalyzedArticle.figures})
     * @param other             the other sentence's text
     * @param otherVector       its TF-IDF vector (of the same index)
     * @param otherQuantities   the figures it states, of every kind
     */
    public static boolean backs(String claim, TermVector claimVector, List<QuantitySpan> claimQuantities,
                                String other, TermVector otherVector, List<QuantitySpan> otherQuantities) {
        return givesFigures(counts(claimQuantities), counts(otherQuantities))
                && !QuantitySpan.givesAnotherFigure(claimQuantities, otherQuantities)
                && negated(claim) == negated(other)
                && givesQuotes(claim, other)
                && outcome(claim) * outcome(other) >= 0
                && !planAndOutcome(claim, other)
                && coverage(claimVector, otherVector) >= MIN_COVERAGE;
    }

    /**
     * True when one sentence tells as still to come what the other tells as done ("plan to refloat" against
     * "refloated"). A sentence in the present tense is neither: news tells a plan in it as often as a fact ("Health
     * spending rises to €12,100 million" in a budget that "will raise" it to €12.1 billion), so it backs both.
     */
    private static boolean planAndOutcome(String a, String b) {
        return SentenceTense.future(a) && SentenceTense.past(b) || SentenceTense.past(a) && SentenceTense.future(b);
    }

    /**
     * Whether {@code other}, which backs the claim, may also be shown beside it as telling it: it carries
     * {@link #MIN_COVERAGE} of the weight of the claim's terms that are not the story's names ({@link StoryNames}),
     * what the claim tells happened, not only whom and where. A story's names (the ship, the island, the operator)
     * recur in most of its sentences, so "Nordsund Lines suspended the captain of the ferry Solvind, two days after it
     * ran aground off Kessel Island" carries most of the words of "Nordsund Lines cancelled all sailings to Kessel
     * Island after its ferry Solvind ran aground", and none of its news. Only the label reads this: the summary's
     * trimming keeps counting such a sentence as backing (counting it out there cost Multi-News 46.39 / 15.60
     * -> 46.37 / 15.58, docs/BENCHMARKS.md).
     *
     * @param names the terms that are names in the story; empty when capitals tell none (then every backing tells it)
     */
    public static boolean tellsEvent(TermVector claimVector, TermVector otherVector, Set<String> names) {
        return eventCoverage(claimVector, otherVector, names) >= MIN_COVERAGE;
    }

    /**
     * The share of the weight of the claim's terms other than {@code names} that the other sentence carries too; 1 for
     * a claim of names alone, whose words the plain {@link #coverage} already weighs.
     */
    static double eventCoverage(TermVector claim, TermVector other, Set<String> names) {
        double all = 0;
        double carried = 0;
        for (Map.Entry<String, Double> e : claim.weights().entrySet()) {
            if (!names.contains(e.getKey())) {
                all += e.getValue();
                carried += other.weights().containsKey(e.getKey()) ? e.getValue() : 0;
            }
        }
        return all == 0 ? 1 : carried / all;
    }

    /**
     * True when every figure of the claim is given by the other: a figure of the same kind it confirms
     * ({@link QuantitySpan#confirms}: "about 80" and "80" alike), or the same number under another wording of its
     * noun ("15 people died" for "Fifteen people were killed").
     */
    public static boolean givesFigures(List<QuantitySpan> claim, List<QuantitySpan> other) {
        // (only counts need giving: a sentence that tells the sentencing without its length still tells it)
        for (QuantitySpan q : claim) {
            boolean given = false;
            for (QuantitySpan t : other) {
                given |= t.key().equals(q.key()) ? t.confirms(q) : t.value() == q.value();
            }
            if (!given) {
                return false;
            }
        }
        return true;
    }

    /** The counts and amounts among {@code figures} ({@link QuantitySpan.Kind#COUNT}). */
    private static List<QuantitySpan> counts(List<QuantitySpan> figures) {
        return figures.stream().filter(q -> q.kind() == QuantitySpan.Kind.COUNT).toList();
    }

    /**
     * True when two sentences alike in their words state something the other contradicts: another figure of a kind
     * both give ("12 people" against "15 people"), one negates or denies what the other does not, or they tell
     * opposite outcomes.
     */
    public static boolean contradicts(String a, List<QuantitySpan> aQuantities, String b, List<QuantitySpan> bQuantities) {
        return negated(a) != negated(b) || outcome(a) * outcome(b) < 0 || otherFigure(aQuantities, bQuantities);
    }

    /** True when the two give a figure of one kind that neither confirms of the other ("12 people", "15 people"). */
    public static boolean otherFigure(List<QuantitySpan> a, List<QuantitySpan> b) {
        for (QuantitySpan q : a) {
            for (QuantitySpan t : b) {
                if (t.key().equals(q.key()) && !t.confirms(q) && !q.confirms(t)) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * How the sentence tells a followed state: 1 when it goes on ({@link #GOES_ON}), -1 when it ended
     * ({@link #ENDED}), 0 when it tells neither or both ("still waiting to go back" is neither outcome).
     */
    static int outcome(String sentence) {
        boolean on = GOES_ON.matcher(sentence).find();
        boolean ended = ENDED.matcher(sentence).find();
        return on == ended ? 0 : on ? 1 : -1;
    }

    /** True when the sentence negates or denies (see {@link #NEGATION}). */
    public static boolean negated(String sentence) {
        return NEGATION.matcher(sentence).find();
    }

    /**
     * True when the claim quotes no one, or the other sentence quotes the same words: most of each of the claim's
     * quotations ({@link #MIN_QUOTE_OVERLAP} of its words) stand within one quotation of the other.
     */
    static boolean givesQuotes(String claim, String other) {
        List<Set<String>> mine = quotations(claim);
        if (mine.isEmpty()) {
            return true;
        }
        List<Set<String>> theirs = quotations(other);
        for (Set<String> quote : mine) {
            boolean found = false;
            for (Set<String> t : theirs) {
                long shared = quote.stream().filter(t::contains).count();
                found |= shared >= MIN_QUOTE_OVERLAP * quote.size();
            }
            if (!found) {
                return false;
            }
        }
        return true;
    }

    /** The words of each quotation of at least {@link #MIN_QUOTE_WORDS} words, lower-cased. */
    private static List<Set<String>> quotations(String sentence) {
        List<Set<String>> found = new java.util.ArrayList<>();
        Matcher m = QUOTED.matcher(sentence);
        while (m.find()) {
            Set<String> words = new HashSet<>();
            Matcher w = WORD.matcher(m.group(1));
            int count = 0;
            while (w.find()) {
                words.add(w.group().toLowerCase(Locale.ROOT));
                count++;
            }
            if (count >= MIN_QUOTE_WORDS) {
                found.add(words);
            }
        }
        return found;
    }

    /** The share of the claim's term weight that the other sentence carries too (0 for an empty claim). */
    public static double coverage(TermVector claim, TermVector other) {
        return coverage(claim, List.of(other));
    }

    /** The share of the claim's term weight that the other sentences carry between them (0 for an empty claim). */
    public static double coverage(TermVector claim, java.util.Collection<TermVector> others) {
        double all = 0;
        double carried = 0;
        for (Map.Entry<String, Double> e : claim.weights().entrySet()) {
            all += e.getValue();
            if (others.stream().anyMatch(o -> o.weights().containsKey(e.getKey()))) {
                carried += e.getValue();
            }
        }
        return all == 0 ? 0 : carried / all;
    }
}
