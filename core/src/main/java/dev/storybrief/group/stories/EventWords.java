package dev.storybrief.group.stories;

import dev.storybrief.analyze.SentenceSplitter;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * The words of what happened, as the lead's first sentence tells it: news opens with who did what where and when, and
 * once the names of people, organisations and places are taken out, the content words left are mostly the event's
 * (an airport "opened", a leader "visited", a minister "arrested", a "summit" began). Two events of one kind in the
 * same weeks share their actors' names and much of their background, but each report's first sentence says which
 * event it reports.
 */
final class EventWords {
    private static final SentenceSplitter SPLITTER = new SentenceSplitter();
    static final int SENTENCES = Integer.getInteger("storybrief.eventSentences", 1);

    private EventWords() {
    }

    /**
     * The content terms (as {@link SparseVector#termFrequencies(String, String)} reads them) of the first sentence of
     * {@code text}, without the terms of the given name words.
     */
    static Map<String, Integer> of(String text, String language, Set<String> names, Set<String> places) {
        StringBuilder lead = new StringBuilder();
        int taken = 0;
        for (String paragraph : text.split("\n+")) {
            if (paragraph.isBlank()) {
                continue;
            }
            for (String sentence : SPLITTER.split(paragraph)) {
                lead.append(sentence).append('\n');
                if (++taken == SENTENCES) {
                    return withoutNames(lead.toString(), language, names, places);
                }
            }
        }
        return withoutNames(lead.toString(), language, names, places);
    }

    private static Map<String, Integer> withoutNames(String lead, String language, Set<String> names,
                                                     Set<String> places) {
        Map<String, Integer> words = new LinkedHashMap<>(SparseVector.termFrequencies(lead, language));
        if (words.isEmpty()) {
            return words;
        }
        // name words are read in lower case; their content terms are what the analyzer makes of them
        String nameText = String.join(" ", names) + " " + String.join(" ", places);
        SparseVector.termFrequencies(nameText, language).keySet().forEach(words::remove);
        return words;
    }
}
