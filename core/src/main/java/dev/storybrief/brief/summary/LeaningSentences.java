package dev.storybrief.brief.summary;

import java.util.Map;
import java.util.regex.Pattern;

/**
 * Tells a sentence that leans on the one before it by an additive adverb ("The court also ordered him to pay...", "El
 * tribunal le obliga además a indemnizar...", "Das Gericht verhängte außerdem..."): it adds to a fact the sentence
 * before told, so it cannot open a summary that lacks that fact; a reader would meet the addition before the thing
 * added to.
 */
final class LeaningSentences {
    private static final Map<String, Pattern> ADDITIVE = Map.of(
            "en", words("also|too|as well|in addition|additionally|moreover|furthermore"),
            "es", words("además|también|asimismo|igualmente"),
            "pt", words("além disso|também|igualmente|ainda"),
            "de", words("auch|außerdem|zudem|ebenfalls|darüber hinaus|zusätzlich"),
            "fr", words("aussi|également|en outre|de plus|par ailleurs"),
            "it", words("inoltre|anche|pure|altresì"));

    private LeaningSentences() {
    }

    private static Pattern words(String alternatives) {
        return Pattern.compile("(?iu)(?<![\\p{L}])(?:" + alternatives + ")(?![\\p{L}])");
    }

    /** True when the sentence, in the language given (English when the language has no list), adds to one before it. */
    static boolean leansBack(String sentence, String language) {
        Pattern additive = ADDITIVE.getOrDefault(language == null ? "en" : language, ADDITIVE.get("en"));
        return additive.matcher(sentence).find();
    }
}
