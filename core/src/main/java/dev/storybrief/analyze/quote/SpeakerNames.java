package dev.storybrief.analyze.quote;

import java.util.regex.Pattern;

/**
 * Whether a credited speaker is a name ("Elena Marsh", "Hale", "Eastquay Holdings") or a description ("the governor",
 * "a company spokesperson", "The governor" opening a sentence, "le préfet"). One rule for every stage that compares
 * speakers: a name opens with a capital, and a description opens with an article or "one", whatever its case.
 */
public final class SpeakerNames {
    /** Articles and "one" of English, French, German, Spanish, Italian and Portuguese, followed by a space. */
    private static final Pattern DESCRIPTION = Pattern.compile(
            "(?iu)^(?:the|a|an|one|le|la|les|un|une|der|die|das|ein|eine|el|los|las|il|lo|gli|o|os|um|uma)\\s.*");

    private SpeakerNames() {
    }

    /** True for a name; false for a description, a blank or a missing speaker. */
    public static boolean isName(String speaker) {
        if (speaker == null || speaker.isBlank()) {
            return false;
        }
        String s = speaker.strip();
        return Character.isUpperCase(s.charAt(0)) && !DESCRIPTION.matcher(s).matches();
    }
}
