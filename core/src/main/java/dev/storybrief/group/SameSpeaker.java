package dev.storybrief.group;

import dev.storybrief.analyze.quote.SpeakerNames;
import dev.storybrief.analyze.terms.NameCases;
import dev.storybrief.model.AnalyzedArticle;
import dev.storybrief.model.QuoteSpan;
import dev.storybrief.model.Sentence;
import java.util.List;
import java.util.Locale;

/**
 * Whether two outlets that quote the same words credit them to one speaker. A quotation has one speaker: when one
 * outlet writes "said Professor Mark Hale" and another "said Dr. Ingrid Solberg" under the same words, at least one of
 * them is wrong, and neither backs the other (the reader would take the second outlet for a witness of the first's
 * attribution). Speakers are compared by name (a bare surname goes with a full name of that surname, an initial with
 * the first name it opens); when one of them has no name, by role (a role word of four or more letters shared: "the
 * préfète" and "Anne Morvan, préfète" are one, "the mayor" and "the préfète" two). A speaker neither names nor
 * describes (a pronoun left unresolved) goes with anyone.
 */
public final class SameSpeaker {
    private SameSpeaker() {
    }

    /**
     * True unless both sentences quote someone and no speaker of the one can be a speaker of the other.
     *
     * @param a  the first sentence's article
     * @param sa the first sentence
     * @param b  the second sentence's article
     * @param sb the second sentence
     */
    public static boolean compatible(AnalyzedArticle a, Sentence sa, AnalyzedArticle b, Sentence sb) {
        List<QuoteSpan> mine = spoken(a, sa);
        if (mine.isEmpty()) {
            return true;
        }
        List<QuoteSpan> theirs = spoken(b, sb);
        if (theirs.isEmpty()) {
            return true;
        }
        for (QuoteSpan q : mine) {
            for (QuoteSpan t : theirs) {
                if (samePerson(q.speakerName(), q.speakerRole(), t.speakerName(), t.speakerRole(), a.language())) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * True when two credited speakers can be one person: by name when both are named, else by role when both are
     * described, else true (nothing tells them apart).
     */
    public static boolean samePerson(String name, String role, String otherName, String otherRole) {
        return samePerson(name, role, otherName, otherRole, null);
    }

    /** The same, the names compared by their keys in {@code language} ({@link #sameName(String, String, String)}). */
    public static boolean samePerson(String name, String role, String otherName, String otherRole, String language) {
        if (SpeakerNames.isName(name) && SpeakerNames.isName(otherName)) {
            return sameName(name, otherName, language);
        }
        if (blank(role) || blank(otherRole)) {
            return true;
        }
        return shareRoleWord(role, otherRole);
    }

    /** "Mark Hale", "Hale" and "M. Hale" are one name; "Mark Hale" and "Ingrid Solberg", or "Anne Hale", are not. */
    public static boolean sameName(String name, String other) {
        return sameName(name, other, null);
    }

    /**
     * The same in {@code language} (null: unknown): each name word compared by its key there, so a declined name is
     * its nominative ("по словам Игоря Петрова" and "Игорь Петров" are one name, {@link NameCases}), and without the
     * particles a surname carries or drops ("Charles de Gaulle" and "De Gaulle", "Ludwig van Beek" and "Van Beek").
     */
    public static boolean sameName(String name, String other, String language) {
        String[] x = nameKeys(name, language);
        String[] y = nameKeys(other, language);
        if (x.length == 0 || y.length == 0 || !x[x.length - 1].equals(y[y.length - 1])) {
            return false;
        }
        if (x.length == 1 || y.length == 1) {
            return true;
        }
        String fx = x[0];
        String fy = y[0];
        return fx.equals(fy) || fx.length() == 1 && fy.startsWith(fx) || fy.length() == 1 && fx.startsWith(fy);
    }

    /** The quotations of the sentence whose speaker is named or described. */
    private static List<QuoteSpan> spoken(AnalyzedArticle article, Sentence sentence) {
        return article.quotes().stream().filter(q -> q.sentence() == sentence.index()
                && (SpeakerNames.isName(q.speakerName()) || !blank(q.speakerRole()))).toList();
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static boolean shareRoleWord(String a, String b) {
        java.util.Set<String> mine = new java.util.HashSet<>();
        for (String w : words(a)) {
            if (w.length() >= 4) {
                mine.add(w);
            }
        }
        for (String w : words(b)) {
            if (mine.contains(w)) {
                return true;
            }
        }
        return false;
    }

    /** Name particles written before a surname, which one outlet keeps and another drops. */
    private static final java.util.Set<String> PARTICLES = java.util.Set.of("de", "da", "di", "do", "dos", "das", "du",
            "del", "della", "des", "van", "von", "der", "den", "ter", "ten", "le", "la", "al", "el", "bin", "ibn", "ben",
            "af", "zu");

    /** The words of a name as keys: particles left out (unless nothing else is left), each word its stem. */
    private static String[] nameKeys(String name, String language) {
        String[] all = words(name);
        String[] kept = java.util.Arrays.stream(all).filter(w -> !PARTICLES.contains(w)).toArray(String[]::new);
        String[] keys = kept.length == 0 ? all : kept;
        if (language != null && NameCases.declines(language)) {
            keys = java.util.Arrays.stream(keys).map(w -> NameCases.stem(w, language)).toArray(String[]::new);
        }
        return keys;
    }

    private static String[] words(String s) {
        if (s == null) {
            return new String[0];
        }
        String plain = s.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
        return plain.isEmpty() ? new String[0] : plain.split(" ");
    }
}
