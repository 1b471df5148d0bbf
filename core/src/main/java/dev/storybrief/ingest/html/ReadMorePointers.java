package dev.storybrief.ingest.html;

import dev.storybrief.wording.Hints;

import java.util.regex.Pattern;

/**
 * Recognises a short line that sends the reader to another page of the site: "Alles über nachhaltige Wanderschuhe
 * findest Du hier.", "Wie Apple welche Daten schützt, erklären wir in unserem Beitrag <a>...</a>", "Read more in our
 * guide <a>...</a>". It is one sentence, says where more is to be read and ends in the link that leads there; the story does not
 * continue in it. All three are needed: a sentence of the story may end in a link, "in unserem Beitrag" may be said
 * of the story itself, and a block of several sentences ending in such a pointer says something of its own first.
 */
final class ReadMorePointers {

    private static final Pattern POINTER = Pattern.compile(
            "\\b((findest|findet|finden) (du|ihr|sie) (hier|in unserem|in unserer|bei uns)|"
                    + "(lest|lesen sie|liest du) (hier|mehr|in unserem|in unserer)|"
                    + "(erkl[aä]ren|zeigen|beschreiben|verraten) wir (dir |euch |ihnen )?(hier|in unserem|in unserer)|"
                    + "in unserem (beitrag|artikel|ratgeber|blogbeitrag|special)|mehr dazu (hier|in unserem|in unserer)|"
                    + "(read|find out|learn) more (here|in our)|in our (article|post|guide|story|explainer)|"
                    + "(lisez|d[eé]couvrez|retrouvez)[^.]{0,40}(ici|dans notre)|dans notre (article|dossier|guide)|"
                    + "(przeczytasz|znajdziesz)[^.]{0,40}(tutaj|w naszym)|w naszym (artykule|poradniku|tek[sś]cie))",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /** Cheap pre-check: every pointer above holds one of these letter sequences. */
    private static final String[] HINTS = {"hier", "unser", "mehr", " our", "notre", "ici", "tutaj", "naszym"};

    private static final int MAX_WORDS = 30;

    private ReadMorePointers() {
    }

    /** Whether {@code b} (text {@code t}) points to another page: the words above, and its last link ends it. */
    static boolean isPointer(TextBlock b, String t) {
        if (b.linkChars() == 0 || b.words() > MAX_WORDS) {
            return false;
        }
        return Hints.anyIn(t, HINTS) && isOneSentence(t) && POINTER.matcher(t).find() && ParagraphFilter.lastLinkEndsText(b, t) != null;
    }

    /** A pointer is one sentence; in a longer block the sentences before it say something of their own. */
    private static boolean isOneSentence(String t) {
        String s = t.strip();
        for (int i = 0; i + 2 < s.length(); i++) {
            char c = s.charAt(i);
            if ((c == '.' || c == '!' || c == '?') && s.charAt(i + 1) == ' ' && Character.isUpperCase(s.charAt(i + 2))) {
                return false;
            }
        }
        return true;
    }
}
