package dev.storybrief.server;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** Word search over a lower-cased {@code search_text} column: every word of the query must occur in it. */
public final class SearchTerms {
    /** The condition for one word; join several with {@code AND}. */
    public static final String CONDITION = "search_text LIKE ? ESCAPE '\\'";
    private static final int MAX_TERMS = 12;

    private SearchTerms() {
    }

    /** The distinct lower-case words of {@code query} (at most twelve); empty when it is blank. */
    public static List<String> of(String query) {
        if (query == null || query.isBlank()) {
            return List.of();
        }
        return Arrays.stream(query.toLowerCase(Locale.ROOT).strip().split("\\s+")).distinct().limit(MAX_TERMS).toList();
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
