package dev.storybrief.group;

import dev.storybrief.model.AnalyzedArticle;
import dev.storybrief.model.Sentence;
import dev.storybrief.model.TermSpan;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The terms a story writes as names: those most of whose uses inside a sentence (not opening it, where every word
 * has a capital) begin with a capital letter. The people, places, vessels and firms of a story recur in most of its
 * sentences, so two sentences sharing them still may tell different things ({@link SameClaim}). Weekdays and months
 * count with them, as English writes them so: a day two sentences share is no sign they tell one event.
 *
 * <p>In German every noun has a capital, so its articles tell no names this way and are left out; scripts without
 * capitals (Arabic, Hebrew, Chinese) give none either.
 */
public final class StoryNames {
    /** Languages that write every noun with a capital. */
    private static final Set<String> NOUNS_CAPITALISED = Set.of("de", "lb");

    private StoryNames() {
    }

    /** The name terms of the articles (see the class description). */
    public static Set<String> of(List<AnalyzedArticle> articles) {
        Map<String, int[]> uses = new HashMap<>(); // term -> {capitalised, lower-case}
        for (AnalyzedArticle article : articles) {
            if (NOUNS_CAPITALISED.contains(article.language())) {
                continue;
            }
            String text = article.text();
            for (Sentence sentence : article.sentences()) {
                int start = article.start(sentence);
                for (TermSpan term : article.terms(sentence)) {
                    if (term.start() >= text.length() || opens(text, start, term.start())) {
                        continue;
                    }
                    int c = text.codePointAt(term.start());
                    if (Character.isUpperCase(c) || Character.isLowerCase(c)) {
                        uses.computeIfAbsent(term.term(), t -> new int[2])[Character.isUpperCase(c) ? 0 : 1]++;
                    }
                }
            }
        }
        Set<String> names = new HashSet<>();
        uses.forEach((term, n) -> {
            if (n[0] > n[1]) {
                names.add(term);
            }
        });
        return names;
    }

    /** Whether the word at {@code at} is the sentence's first: nothing but spaces and marks stand before it. */
    private static boolean opens(String text, int sentenceStart, int at) {
        for (int i = Math.max(0, sentenceStart); i < at; i++) {
            if (Character.isLetterOrDigit(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }
}
