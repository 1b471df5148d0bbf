package dev.storybrief.server;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Word search over a lower-cased {@code search_text} column: every word of the query must occur in it, and a phrase
 * in double quotes ({@code "port strike"}) must occur as written. Users type quotes as search engines taught them, and
 * paste them with a word ({@code Tarsel"}); a quote that opens no phrase is dropped, never searched for, since stored
 * headlines and outlets hold no quote a reader would type.
 */
public final class SearchTerms {
    /** The condition for one word; join several with {@code AND}. */
    public static final String CONDITION = "search_text LIKE ? ESCAPE '\\'";
    private static final int MAX_TERMS = 12;
    /** Straight and typographic double quotes, and guillemets: what users put around a phrase. */
    private static final String QUOTES = "\"\u201C\u201D\u201E\u00AB\u00BB";

    private SearchTerms() {
    }

    /**
     * The distinct lower-case terms of {@code query} (at most twelve): each phrase between a pair of quotes (its words
     * joined by one space) and each word outside them; empty when it is blank or only quotes. An unpaired quote is
     * dropped and the words after it are words.
     */
    public static List<String> of(String query) {
        if (query == null || query.isBlank()) {
            return List.of();
        }
        String text = query.toLowerCase(Locale.ROOT);
        List<Integer> quotes = new ArrayList<>();
        for (int i = 0; i < text.length(); i++) {
            if (QUOTES.indexOf(text.charAt(i)) >= 0) {
                quotes.add(i);
            }
        }
        Set<String> terms = new LinkedHashSet<>();
        int from = 0;
        for (int q = 0; q + 1 < quotes.size(); q += 2) {
            addWords(text.substring(from, quotes.get(q)), terms);
            String phrase = String.join(" ", words(text.substring(quotes.get(q) + 1, quotes.get(q + 1))));
            if (!phrase.isEmpty()) {
                terms.add(phrase);
            }
            from = quotes.get(q + 1) + 1;
        }
        addWords(text.substring(from), terms);
        return terms.stream().limit(MAX_TERMS).toList();
    }

    private static void addWords(String text, Set<String> terms) {
        terms.addAll(words(text));
    }

    /** The words of {@code text}, split at white space, with any quote left in them dropped. */
    private static List<String> words(String text) {
        List<String> out = new ArrayList<>();
        for (String w : text.strip().split("\\s+")) {
            StringBuilder word = new StringBuilder(w.length());
            w.chars().filter(c -> QUOTES.indexOf(c) < 0).forEach(c -> word.append((char) c));
            if (word.length() > 0) {
                out.add(word.toString());
            }
        }
        return out;
    }

    /** The {@code WHERE} clause for these words, or an empty string when there are none. */
    public static String where(List<String> terms) {
        return terms.isEmpty() ? "" : " WHERE " + String.join(" AND ", terms.stream().map(t -> CONDITION).toList());
    }

    /** Binds the words from parameter {@code first} on; returns the next free parameter index. */
    public static int bind(PreparedStatement p, List<String> terms, int first) throws SQLException {
        int i = first;
        for (String term : terms) {
            String escaped = term.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
            p.setString(i++, "%" + escaped + "%");
        }
        return i;
    }
}
