package dev.storybrief.server;

import java.sql.PreparedStatement;
import java.text.Normalizer;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Word search over a {@code search_text} column written {@link #fold folded} (lower-case, accents off): every word of the query must occur in it, and a phrase
 * in double quotes ({@code "port strike"}) must occur as written. Users type quotes as search engines taught them, and
 * paste them with a word ({@code Tarsel"}); a quote that opens no phrase is dropped, never searched for, since stored
 * headlines and outlets hold no quote a reader would type.
 */
public final class SearchTerms {
    /** The condition for one word; join several with {@code AND}. */
    public static final String CONDITION = "search_text LIKE ? ESCAPE '\\'";
    private static final int MAX_TERMS = 12;
    /** Accents and other marks a letter carries once decomposed. */
    private static final java.util.regex.Pattern COMBINING = java.util.regex.Pattern.compile("\\p{M}+");
    /** The {@code user_version} bit recording that the briefings' search text is folded. */
    public static final int BRIEFS_FOLDED = 1;
    /** The {@code user_version} bit recording that the desk's stories' search text is folded. */
    public static final int STORIES_FOLDED = 2;
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
        String text = fold(query);
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

    /**
     * The text as the search compares it: lower-case, without accents ("São Paulo" and "Sao Paulo" both "sao paulo"),
     * and the letters that are no accented letter written as readers type them without their keyboard's ("ø" o, "ß"
     * ss, "ł" l). Stored search text and queries are both folded, so either spelling finds the other.
     */
    public static String fold(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        boolean ascii = true;
        for (int i = 0; i < lower.length() && ascii; i++) {
            ascii = lower.charAt(i) < 0x80;
        }
        if (ascii) {
            return lower;
        }
        String bare = COMBINING.matcher(Normalizer.normalize(lower, Normalizer.Form.NFD)).replaceAll("");
        StringBuilder out = new StringBuilder(bare.length());
        for (int i = 0; i < bare.length(); i++) {
            char c = bare.charAt(i);
            switch (c) {
                case 'ø' -> out.append('o');
                case 'ß' -> out.append("ss");
                case 'æ' -> out.append("ae");
                case 'œ' -> out.append("oe");
                case 'ł' -> out.append('l');
                case 'đ' -> out.append('d');
                case 'ı' -> out.append('i');
                case 'þ' -> out.append("th");
                default -> out.append(c);
            }
        }
        return Normalizer.normalize(out.toString(), Normalizer.Form.NFC);
    }

    /**
     * Folds the {@code search_text} a store wrote before searches were folded ({@link #fold}), once: the bit
     * {@code doneBit} of the file's {@code user_version} records that {@code table} was folded.
     */
    public static void foldStored(java.sql.Connection c, String table, int doneBit) throws SQLException {
        int version;
        try (java.sql.Statement s = c.createStatement(); java.sql.ResultSet r = s.executeQuery("PRAGMA user_version")) {
            version = r.next() ? r.getInt(1) : 0;
        }
        if ((version & doneBit) != 0) {
            return;
        }
        try (java.sql.Statement s = c.createStatement();
             java.sql.ResultSet r = s.executeQuery("SELECT id, search_text FROM " + table);
             PreparedStatement update = c.prepareStatement("UPDATE " + table + " SET search_text = ? WHERE id = ?")) {
            while (r.next()) {
                String text = r.getString(2);
                String folded = fold(text);
                if (!folded.equals(text)) {
                    update.setString(1, folded);
                    update.setString(2, r.getString(1));
                    update.addBatch();
                }
            }
            update.executeBatch();
        }
        try (java.sql.Statement s = c.createStatement()) {
            s.execute("PRAGMA user_version = " + (version | doneBit));
        }
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
