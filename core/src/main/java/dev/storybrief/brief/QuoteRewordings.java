package dev.storybrief.brief;

import dev.storybrief.analyze.terms.TermChain;
import dev.storybrief.analyze.terms.TermChains;
import dev.storybrief.model.QuoteItem;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * One speaker's quote as two outlets word it is one quote: outlets of a language that inflects its words copy a
 * statement with other endings, word order or spelling ("восстановим мост к весне" / "мост восстановим к весне",
 * "всё" / "все"), so their texts differ where their terms, stemmed in the story's language, are the same. The first
 * wording is kept. The same words quoted by several outlets stay one item each (the reader sees them once, with
 * every outlet that quotes them); only another wording of them is left out.
 */
final class QuoteRewordings {

    /** Share of the shorter wording's terms the other must hold. */
    private static final double SAME_TERMS = 0.8;
    /** Fewest terms a wording must have to be told a copy by its terms: short replies are said many times. */
    private static final int MIN_TERMS = 4;

    private QuoteRewordings() {
    }

    /** {@code quotes} of one speaker without the later rewordings of a quote already listed. */
    static List<QuoteItem> withoutRewordings(List<QuoteItem> quotes, String language) {
        TermChain chain = TermChains.standard().forLanguage(language);
        List<Set<String>> kept = new ArrayList<>();
        List<String> keptWords = new ArrayList<>();
        List<QuoteItem> out = new ArrayList<>();
        for (QuoteItem q : quotes) {
            String words = QuoteCollector.sameWords(q.text());
            Set<String> terms = new HashSet<>(chain.terms(q.text().toLowerCase(Locale.ROOT).replace('ё', 'е')));
            boolean reworded = false;
            for (int k = 0; k < kept.size() && !reworded; k++) {
                reworded = !keptWords.get(k).equals(words) && terms.size() >= MIN_TERMS && same(terms, kept.get(k));
            }
            if (reworded) {
                continue;
            }
            kept.add(terms);
            keptWords.add(words);
            out.add(q);
        }
        return out;
    }

    private static boolean same(Set<String> a, Set<String> b) {
        if (b.size() < MIN_TERMS) {
            return false;
        }
        Set<String> shorter = a.size() <= b.size() ? a : b;
        Set<String> longer = shorter == a ? b : a;
        long shared = shorter.stream().filter(longer::contains).count();
        return shared >= SAME_TERMS * shorter.size();
    }
}
