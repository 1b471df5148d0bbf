package dev.storybrief.analyze.entity;

import dev.storybrief.model.EntityType;
import java.util.ArrayList;
import java.util.List;

/**
 * A person's name written again, bare, after the story introduced it with a title or an office ("जिलाधिकारी अनिल
 * वर्मा ने कहा" ... "अनिल वर्मा ने बताया"; "居民李红梅说" ... "李红梅说"): in a script without capitals the title is
 * what tells a name, and news writes it once. Every other place the sentence writes the whole name is that person,
 * unless a letter of the same script runs on before or after it in a spaced script (part of a longer word).
 */
final class RepeatedNames {

    /** Names shorter than this (one Chinese character, a lone syllable) are too common as parts of words. */
    private static final int MIN_LENGTH = 2;

    private RepeatedNames() {
    }

    /** The places {@code sentence} writes one of {@code names}, as people, in text order (overlaps kept for the caller). */
    static List<EntityMention> find(String sentence, List<String> names) {
        List<EntityMention> found = new ArrayList<>();
        for (String name : names) {
            if (name.length() < MIN_LENGTH) {
                continue;
            }
            for (int at = sentence.indexOf(name); at >= 0; at = sentence.indexOf(name, at + name.length())) {
                if (standsAlone(sentence, at, at + name.length())) {
                    found.add(new EntityMention(at, at + name.length(), name, EntityType.PERSON));
                }
            }
        }
        found.sort(java.util.Comparator.comparingInt(EntityMention::start));
        return found;
    }

    /** Whether no letter joins the name on either side, where the script puts spaces between words. */
    private static boolean standsAlone(String sentence, int start, int end) {
        boolean spaced = sentence.indexOf(' ') >= 0 && !isUnspaced(sentence.codePointAt(start));
        if (!spaced) {
            return true;
        }
        boolean before = start > 0 && isWordChar(sentence.codePointBefore(start));
        boolean after = end < sentence.length() && isWordChar(sentence.codePointAt(end));
        return !before && !after;
    }

    private static boolean isWordChar(int c) {
        return Character.isLetter(c) || Character.getType(c) == Character.NON_SPACING_MARK
                || Character.getType(c) == Character.COMBINING_SPACING_MARK;
    }

    /** Chinese, Japanese and Thai write no space between words: a name may touch its particle or verb. */
    private static boolean isUnspaced(int c) {
        Character.UnicodeScript script = Character.UnicodeScript.of(c);
        return script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
                || script == Character.UnicodeScript.KATAKANA || script == Character.UnicodeScript.THAI;
    }
}
