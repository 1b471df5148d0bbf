package dev.storybrief.analyze.terms;

import java.io.IOException;
import java.util.List;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * A light Swahili stemmer, which Lucene does not ship. Swahili glues a verb's subject and tense to its front ("a-li-sema"
 * he said, "wa-me-sema" they have said, "wa-ta-sema" they will say, "wa-li-o-kamatwa" those who were arrested), so one
 * verb has dozens of written forms; its infinitive is "ku-sema". The filter cuts, from a lower-case word, a subject
 * marker and a tense marker of the past, perfect, future or present (li, me, ta, na), with a relative marker after them
 * ("ye", "o", "cho" ...), when what stays is a verb: three letters or more ending in -a, as every Bantu verb root does
 * (Arabic loans ending in -i or -u, "fariki", "jibu", keep their prefixes); or the infinitive's "ku" before a root of
 * four letters or more ("kubwa", big, stays). From such a verb the passive "-wa" is cut too ("kamatwa" meets "kamata"). A word that
 * was no verb loses the locative "-ni" ("nyumbani" at home, "nchini" in the country, "mahakamani" at the court) when
 * three letters stay.
 *
 * <p>What it leaves alone, on purpose: noun-class prefixes. The plural "wa-" of "watoto" (children, "mtoto" child) is
 * also the subject marker, the genitive "of" and the start of roots ("waziri" minister, "wakati" time), and "m-"
 * starts roots too ("mama", "maji"): cutting them without a dictionary would join unrelated words, so a singular
 * and its plural stay two terms. Words written with a capital (names: "Italia", "Amerika", "Anastasia", which read
 * like i-ta-lia, a-me-rika) are not cut; so a verb opening a sentence keeps its prefixes, a small loss.
 */
public final class SwahiliLightStemFilter extends TokenFilter {
    /** Subject markers of the noun classes and persons, longest first ("wa" before "a"). */
    private static final List<String> SUBJECTS = List.of("wa", "tu", "ni", "li", "ya", "ki", "vi", "zi", "ku", "pa",
            "mu", "a", "u", "i", "m");
    /** Past, perfect, future and present: the tense markers no root starts with as often as "ka" and "ki" would. */
    private static final List<String> TENSES = List.of("li", "me", "ta", "na");
    /** Relative markers between tense and root ("aliyesema" who said, "kilichotokea" what happened). */
    private static final List<String> RELATIVES = List.of("cho", "vyo", "ye", "yo", "zo", "lo", "ko", "po", "mo", "o");
    /** The tens end in -ini like a locative: "ishirini" (twenty) is no place. */
    private static final java.util.Set<String> TENS = java.util.Set.of("ishirini", "thelathini", "arobaini", "hamsini",
            "sitini", "sabini", "themanini", "tisini");
    private static final int MIN_ROOT = 3;
    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

    /** Stems the lower-case tokens of {@code input}; capitalised ones pass as they are. */
    public SwahiliLightStemFilter(TokenStream input) {
        super(input);
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (!input.incrementToken()) {
            return false;
        }
        if (term.length() > 0 && Character.isLowerCase(term.charAt(0))) {
            String stem = stem(term.toString());
            term.setEmpty().append(stem);
        }
        return true;
    }

    /** The stem of one lower-case Swahili word. */
    static String stem(String word) {
        String verb = verbRoot(word);
        if (verb != null) {
            return passiveCut(verb);
        }
        if (word.endsWith("ni") && word.length() - 2 >= MIN_ROOT && word.length() >= 5 && !TENS.contains(word)) {
            return word.substring(0, word.length() - 2);
        }
        return word;
    }

    /** The root of an inflected verb or infinitive, or null when the word is not read as one. */
    private static String verbRoot(String word) {
        for (String subject : SUBJECTS) {
            if (!word.startsWith(subject)) {
                continue;
            }
            for (String tense : TENSES) {
                int at = subject.length();
                if (!word.startsWith(tense, at)) {
                    continue;
                }
                at += tense.length();
                for (String relative : RELATIVES) {
                    if (word.startsWith(relative, at) && isRoot(word, at + relative.length())) {
                        return word.substring(at + relative.length());
                    }
                }
                if (isRoot(word, at)) {
                    return word.substring(at);
                }
            }
        }
        // after the tenses: "kulikuwa" (there was) is ku-li-kuwa, not the infinitive of "likuwa"
        // and a root of four letters at least: "kubwa" (big) is no infinitive of "bwa"
        return word.startsWith("ku") && word.length() - 2 > MIN_ROOT && isRoot(word, 2) ? word.substring(2) : null;
    }

    /** Whether what follows {@code from} can be a verb root: three letters or more, the last an -a. */
    private static boolean isRoot(String word, int from) {
        return word.length() - from >= MIN_ROOT && word.endsWith("a");
    }

    /** The passive "-wa" of a verb cut ("kamatwa" to "kamata", "shambuliwa" to "shambulia"). */
    private static String passiveCut(String root) {
        int n = root.length();
        if (n >= 5 && root.endsWith("wa") && !isVowel(root.charAt(n - 3))) {
            return root.substring(0, n - 2) + "a";
        }
        if (n >= 6 && (root.endsWith("iwa") || root.endsWith("ewa"))) {
            return root.substring(0, n - 2) + "a";
        }
        return root;
    }

    private static boolean isVowel(char c) {
        return "aeiou".indexOf(c) >= 0;
    }
}
