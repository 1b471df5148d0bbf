package dev.storybrief.analyze.quote;

import java.util.Set;

/**
 * Whether words chosen as a speaker can name one at all. English news credits speech to a name, a pronoun resolved
 * to one, or a described person or body ("the party", "NATO officials"); never to an article standing alone ("The",
 * left when the words after it were cut), a page's label in capitals ("PHOTOS:", "MORE", "WATCH") or a piece of the
 * quoted words themselves, which ends in a sentence's stop after a lower-case word ("minor incidents."), where a
 * name's own stop follows a capitalised abbreviation ("Jr.", "Co.").
 */
final class SpeakerShape {

    /** The labels pages set in capitals before links, galleries and players; none of them is anyone's name. */
    private static final Set<String> PAGE_LABELS = Set.of("PHOTOS", "PHOTO", "VIDEO", "VIDEOS", "WATCH", "LISTEN",
            "READ", "MORE", "RELATED", "GALLERY", "SLIDESHOW", "ADVERTISEMENT", "SPONSORED", "UPDATE", "UPDATED",
            "BREAKING", "EXCLUSIVE", "OPINION", "ANALYSIS", "LIVE", "SUBSCRIBE", "SHARE", "CLICK");

    private SpeakerShape() {
    }

    /** Whether {@code speaker}, as written, can name who spoke. */
    static boolean canSpeak(String speaker) {
        String words = speaker.strip();
        if (words.isEmpty()) {
            return false;
        }
        if (!words.contains(" ") && SpeechWords.isDeterminer(words)) {
            return false;
        }
        for (String word : words.split("\\s+")) {
            String letters = word.replaceAll("[^\\p{L}]", "");
            if (PAGE_LABELS.contains(letters)) {
                return false;
            }
        }
        int last = words.lastIndexOf(' ') + 1;
        char stop = words.charAt(words.length() - 1);
        return !(".!?".indexOf(stop) >= 0 && Character.isLowerCase(words.charAt(last)));
    }
}
