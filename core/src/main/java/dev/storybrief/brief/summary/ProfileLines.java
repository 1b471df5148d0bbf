package dev.storybrief.brief.summary;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A profile line: a name, an age and where the person is from, and no verb ("Hasib Hussain, 18, z Leedsu.", "Jane
 * Roe, 34, of Kelby, Northshire.", "محمد خان ,30,ولد في الباكستان,من داوسبري."). Pages set one under a portrait, or
 * as the head of a list of the dead or the accused; in a summary it reads as a statement that says nothing happened.
 * Told by its shape, so in every language: after the age come only places, each maybe after a short word of its own
 * ("z", "of", "aus", "de"); in a script without capitals, a list of two or more short parts. A sentence goes on with
 * a verb that no capital follows ("Jane Roe, 34, died in hospital.") and stays.
 */
final class ProfileLines {
    private ProfileLines() {
    }

    /** A name, an age between commas (Latin or Arabic; spaced either way), the rest, and at most a full stop. */
    private static final Pattern PROFILE = Pattern.compile("^(?<name>[^,،\\d]{2,60}?)\\s*[,،]\\s*(?<age>\\d{1,3})\\s*[,،]"
            + "\\s*(?<rest>[^\\d]{2,80}?)\\s*[.!。]?$");
    /** A name has one to four words; its rest after the age at most this many. */
    private static final int NAME_WORDS = 4;
    private static final int REST_WORDS = 6;

    /** True when the text is a profile line (see the class comment). */
    static boolean isProfile(String text) {
        Matcher m = PROFILE.matcher(text.strip());
        if (!m.matches() || Integer.parseInt(m.group("age")) > 120) {
            return false;
        }
        String[] name = m.group("name").strip().split("\\s+");
        String rest = m.group("rest").strip();
        String[] words = rest.split("[\\s,،]+");
        if (name.length > NAME_WORDS || words.length > REST_WORDS) {
            return false;
        }
        boolean cased = hasCase(m.group("name"));
        if (!cased) {
            // no capitals to tell places by: a list of short parts ("born in Pakistan, from Dewsbury")
            return rest.split("\\s*[,،]\\s*").length >= 2;
        }
        if (!capitalised(name[0]) || !capitalised(name[name.length - 1])) {
            return false;
        }
        // places only: every lower-case word is a short one before a capitalised word, and a place ends the line
        for (int i = 0; i < words.length; i++) {
            if (!capitalised(words[i]) && (i + 1 == words.length || !capitalised(words[i + 1]) || words[i].length() > 4)) {
                return false;
            }
        }
        return capitalised(words[words.length - 1]);
    }

    private static boolean capitalised(String word) {
        return !word.isEmpty() && Character.isUpperCase(word.codePointAt(0));
    }

    /** True when the text has a letter of a script with capitals. */
    private static boolean hasCase(String text) {
        return text.codePoints().anyMatch(cp -> Character.isUpperCase(cp) || Character.isLowerCase(cp));
    }
}
