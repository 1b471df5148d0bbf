package dev.storybrief.clean;

import dev.storybrief.model.SentenceMarks;
import dev.storybrief.model.Words;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The outlet's name as a line of its own, as a page copied from a browser carries it: a masthead above or under
 * the headline ("Harbour Times", "Island Radio"), or a signature at the very end ("— Agence France-Presse", a last
 * line "Reuters"). Only a name the list of outlets knows counts anywhere; at the head, before the story's first
 * sentence, a name in capitals at every word that ends in a newspaper's or broadcaster's title word ("Northshire
 * Evening News", "Lake Arden Daily") counts too. A random short line ("Rescue teams", "Mayor Quits Post" above its
 * own story) is neither.
 */
final class Mastheads {
    /** Title words that end the name of a newspaper or broadcaster and are seldom the last word of a headline. */
    private static final Set<String> TITLE_WORDS = Set.of("herald", "gazette", "times", "tribune", "journal",
            "chronicle", "courier", "observer", "telegraph", "guardian", "monitor", "daily", "news", "inquirer",
            "examiner", "dispatch", "bulletin", "radio", "television", "tv", "ledger", "zeitung", "nachrichten",
            "anzeiger", "rundschau", "kurier", "tagblatt", "quotidien", "gazzetta", "corriere", "diario", "noticias",
            "gazeta", "dziennik", "wiadomości");
    /** Title words that end a masthead only after "The" ("The Valley Post", "The Harbour Star"): a headline drops it. */
    private static final Set<String> TITLE_WORDS_AFTER_THE = Set.of("post", "press", "star", "sun", "mirror", "express",
            "record", "review", "standard", "register", "independent", "globe", "mail", "voice", "leader", "echo");
    private static final Pattern SMALL_WORD = Pattern.compile("(?:of|the|and|de|du|la|le|der|die|das|am|del|&)");
    private static final Pattern NAME_CHARS = Pattern.compile("[\\p{L}\\d.&'’ -]+");
    /** A signature at the end: a dash before the outlet's name ("— Agence France-Presse"). */
    private static final Pattern SIGNATURE = Pattern.compile("^(?:[—–]|--?)\\s*(.{2,60})$");
    private static final int MAX_WORDS = 5;
    /** A line of the story: a sentence of this many words. */
    private static final int SENTENCE_WORDS = 8;

    private Mastheads() {
    }

    /** The outlet a line at the head of the page names as its masthead, or empty. */
    static Optional<String> atHead(String line) {
        String name = line.strip();
        Optional<String> listed = listed(name);
        if (listed.isPresent() || !NAME_CHARS.matcher(name).matches()) {
            return listed;
        }
        String[] words = name.split("\\s+");
        String last = words[words.length - 1].toLowerCase(java.util.Locale.ROOT);
        boolean titled = TITLE_WORDS.contains(last) || words[0].equals("The") && TITLE_WORDS_AFTER_THE.contains(last);
        if (words.length < 2 || words.length > MAX_WORDS || !titled) {
            return Optional.empty();
        }
        return capitalisedName(name);
    }

    /**
     * The name when every word of it is capitalised (or a small word such as "of"), without digits; else empty. An
     * outlet's name in capitals ("ROAD GAZETTE") comes back as it writes itself in running text ("Road Gazette").
     */
    static Optional<String> capitalisedName(String name) {
        String[] words = name.split("\\s+");
        for (String w : words) {
            if (!Character.isUpperCase(w.codePointAt(0)) && !SMALL_WORD.matcher(w).matches() || w.matches(".*\\d.*")) {
                return Optional.empty();
            }
        }
        return Optional.of(name.equals(name.toUpperCase(java.util.Locale.ROOT)) ? capitalised(words) : name);
    }

    /** A byline's opener ("By Anna Berg"): the writer's line, not the outlet's. */
    private static final Pattern BYLINE = Pattern.compile("^(?:" + TextMetadata.BYLINE_OPENERS + ")\\s");

    /** A publication stamp line: "Published 22 June 2026", "Posted on 3 March 2026, 09:10", or a date alone. */
    private static final Pattern PUBLICATION_STAMP = Pattern.compile("(?iu)^(?:" + TextMetadata.STAMP_WORDS + ")\\b.*\\d");

    /**
     * The outlet a name line beside the publication stamp names, or empty: between the headline and the stamp
     * ("Baltic Business" under the headline, "Published 22 June 2026" under it) or right under the stamp, above the
     * story. That is where a page puts its masthead, whatever the name's last word: a wire ("Eastern Wire") or a trade
     * paper ("Baltic Business") carries none of a newspaper's title words; the rule is the place, not the name.
     * {@code previous} and {@code next} are the nearest non-blank lines (null at either end), {@code abovePrevious} the
     * one above {@code previous}; a line with nothing above it is the headline itself, and one with nothing under it is
     * no masthead of a story. Under the stamp, the line above the stamp must read as the headline (three words or more,
     * no sentence): a page whose date bar tops the headline has the headline itself under the stamp.
     */
    static Optional<String> besideStamp(String line, String previous, String next, String abovePrevious) {
        String name = line.strip();
        if (previous == null || next == null || !NAME_CHARS.matcher(name).matches() || BYLINE.matcher(name).find()) {
            return Optional.empty();
        }
        int words = Words.count(name);
        boolean headlineAboveStamp = abovePrevious != null && Words.count(abovePrevious) >= 3 && !isSentence(abovePrevious);
        boolean stamped = isStamp(next) || isStamp(previous) && headlineAboveStamp;
        return words >= 2 && words <= MAX_WORDS && stamped && !isSentence(previous) ? capitalisedName(name)
                : Optional.empty();
    }

    /** A publication stamp ("Published 22 June 2026") or a date alone on its line. */
    private static boolean isStamp(String line) {
        String stamp = line.strip();
        return PUBLICATION_STAMP.matcher(stamp).find() || TextMetadata.isDateOnly(stamp);
    }

    /** "ROAD GAZETTE" as the outlet calls itself in running text: "Road Gazette". */
    private static String capitalised(String[] words) {
        StringBuilder name = new StringBuilder();
        for (String w : words) {
            String lower = w.toLowerCase(java.util.Locale.ROOT);
            boolean small = name.length() > 0 && SMALL_WORD.matcher(lower).matches();
            name.append(name.length() > 0 ? " " : "")
                    .append(small ? lower : w.charAt(0) + lower.substring(1));
        }
        return name.toString();
    }

    /** The listed outlet a signature at the end names ("— Agence France-Presse", "Reuters"), or empty. */
    static Optional<String> atEnd(String line) {
        String name = line.strip();
        var signed = SIGNATURE.matcher(name);
        return listed(signed.matches() ? signed.group(1).strip() : name);
    }

    /** A listed outlet by its name or another name, with or without "The". */
    private static Optional<String> listed(String name) {
        if (Words.count(name) > MAX_WORDS || name.length() < 2) {
            return Optional.empty();
        }
        return OutletNames.standard().byName(name).or(() -> OutletNames.standard().byName(name.replaceFirst("^The ", "")));
    }

    /** The first non-blank line after index {@code i}, or null. */
    static String nextNonBlank(List<String> lines, int i) {
        for (int j = i + 1; j < lines.size(); j++) {
            if (!lines.get(j).isBlank()) {
                return lines.get(j);
            }
        }
        return null;
    }

    /** Whether a line is a sentence of the story, after which no masthead comes. */
    static boolean isSentence(String line) {
        return Words.count(line) >= SENTENCE_WORDS && SentenceMarks.endsSentence(line.strip());
    }

    /**
     * The outlet the lines name by a masthead before the story's first sentence or by a signature as their last
     * line, or empty.
     */
    static Optional<String> find(List<String> lines) {
        String previous = null;
        String abovePrevious = null;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (isSentence(line)) {
                break;
            }
            if (line.isBlank()) {
                continue;
            }
            Optional<String> name = atHead(line);
            if (name.isEmpty()) {
                name = besideStamp(line, previous, nextNonBlank(lines, i), abovePrevious);
            }
            if (name.isPresent()) {
                return name;
            }
            abovePrevious = previous;
            previous = line;
        }
        for (int i = lines.size() - 1; i >= 0; i--) {
            if (!lines.get(i).isBlank()) {
                return atEnd(lines.get(i).replace('\u00A0', ' '));
            }
        }
        return Optional.empty();
    }
}
