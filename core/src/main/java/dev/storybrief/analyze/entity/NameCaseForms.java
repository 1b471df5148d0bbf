package dev.storybrief.analyze.entity;

import dev.storybrief.analyze.terms.NameCases;
import dev.storybrief.model.EntityType;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Whether two written names are one name in two grammatical cases, in a language whose names decline: Czech "Srí
 * Lanka" and "na Srí Lance", "Babiš" and "Babiše", Polish "Tusk" and "Tuska" meet under {@link NameCases#stem}. A
 * woman's surname form is no case of a man's, though it stems alike ("Novák" and "Nováková", "Kowalski" and
 * "Kowalska" are two people), so a person's surnames must not be a man's and a woman's ({@link WomensSurnames}). In a
 * language that does not decline names, or when the language is unknown, no two different forms meet here.
 */
final class NameCaseForms {
    /** No language known: names meet only by the spelling rules of {@link AliasMerger}. */
    static final NameCaseForms NONE = new NameCaseForms("");

    private final String language;

    private NameCaseForms(String language) {
        this.language = language;
    }

    /** The case forms of {@code language} (an ISO 639-1 code; null or blank: none). */
    static NameCaseForms of(String language) {
        String code = language == null ? "" : language.strip().toLowerCase(Locale.ROOT);
        return NameCases.declines(code) ? new NameCaseForms(code) : NONE;
    }

    boolean declines() {
        return this != NONE;
    }

    /** The stem a word's case forms share; the word in lower case where names do not decline. */
    String stem(String word) {
        return declines() ? NameCases.stem(word, language) : word.toLowerCase(Locale.ROOT);
    }

    /** The key of a whole name: its words' stems. */
    String key(List<String> words) {
        return words.stream().map(this::stem).collect(Collectors.joining(" "));
    }

    /**
     * True when {@code a} and {@code b} are one name of an entity of {@code type} in two cases: each word stems
     * alike and, for a person, the surnames (last words) are not a man's and a woman's form.
     */
    boolean sameName(List<String> a, List<String> b, EntityType type) {
        if (!declines() || a.size() != b.size()) {
            return false;
        }
        for (int i = 0; i < a.size(); i++) {
            // a case form of a spelling variant is the name too ("Mahmúdem" of "Mahmoud"), else the variant's
            // own entity would tie with the case form's and keep a short "Ahmadínežád" from either
            String stemA = stem(a.get(i));
            String stemB = stem(b.get(i));
            if (!stemA.equals(stemB) && !NameVariants.sameWord(stemA, stemB)) {
                return false;
            }
        }
        return type != EntityType.PERSON || sameSex(a.get(a.size() - 1), b.get(b.size() - 1));
    }

    /** "Babiše" of "Andrej Babiš": the shorter name is the end of the longer, word for word in some case. */
    boolean isTail(List<String> shorter, List<String> full, EntityType type) {
        return shorter.size() < full.size()
                && sameName(shorter, full.subList(full.size() - shorter.size(), full.size()), type);
    }

    private boolean sameSex(String a, String b) {
        return !WomensSurnames.differ(a, b, language);
    }
}
