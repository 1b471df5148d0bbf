package dev.storybrief.clean;

import dev.storybrief.model.Removal;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The label a desk puts before a headline while the story is new ("BREAKING:", "UPDATE:", "LIVE:", "EXCLUSIVE:"): it
 * says how the story was run, not what happened, and a briefing read later would repeat a stale "breaking". The
 * headline loses it; the label is kept among the removals under {@link #RULE}, so the fact that the article was a
 * flash ({@link dev.storybrief.model.Article#flashLabel()}) is not lost.
 */
final class FlashLabels {
    /** Rule name of a flash label taken off a headline. */
    static final String RULE = dev.storybrief.model.Article.FLASH_RULE;
    /** A label in capitals or as a word of its own, then a colon, a bar or a dash, then the headline. */
    private static final Pattern LABEL = Pattern.compile("(?i)^(breaking(?: news)?|just in|update[ds]?|live(?: updates)?"
            + "|exclusive|developing(?: story)?|urgent|flash|watch)\\s*(?::|\\||\\s[-–—])\\s*(\\S.*)$");

    private FlashLabels() {
    }

    /**
     * The paragraphs of a wire flash: a text that ran under a flash label ({@code flashed}) and has no sentence below
     * its headline ("FLASH: Kelby port closed after chemical leak - coastguard" over a line of date and wire) is the
     * headline alone, and the headline is its news. It becomes the article's one sentence, closed with a full stop as
     * the sentence it stands for, so that the flash counts in its story as an article of its outlet (its support, its
     * outlet, its date) instead of being dropped as no article. Any other text keeps its paragraphs.
     */
    static List<String> flashText(boolean flashed, String headline, List<String> paragraphs) {
        if (!flashed || headline == null || headline.isBlank()
                || paragraphs.stream().anyMatch(dev.storybrief.model.SentenceMarks::endsSentence)) {
            return paragraphs;
        }
        String sentence = headline.strip();
        List<String> text = new java.util.ArrayList<>();
        text.add(dev.storybrief.model.SentenceMarks.endsSentence(sentence) ? sentence : sentence + ".");
        text.addAll(paragraphs);
        return text;
    }

    /** The line without a flash label opening it ("LIVE: Listen now" is "Listen now"); the line when it has none. */
    static String without(String line) {
        Matcher m = LABEL.matcher(line.strip());
        return m.matches() ? m.group(2) : line;
    }

    /** The headline without its flash label (listed in {@code removals}); the headline as it is when it has none. */
    static String strip(String id, String headline, List<Removal> removals) {
        if (headline == null) {
            return null;
        }
        Matcher m = LABEL.matcher(headline.strip());
        if (!m.matches()) {
            return headline;
        }
        String label = m.group(1).toUpperCase(java.util.Locale.ROOT);
        removals.add(new Removal(id, headline.strip().substring(0, m.start(2)).strip(), RULE,
                "the headline's flash label (the article ran as " + label + ")"));
        return m.group(2);
    }
}
