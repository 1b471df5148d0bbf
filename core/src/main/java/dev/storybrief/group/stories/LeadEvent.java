package dev.storybrief.group.stories;

import dev.storybrief.model.AnalyzedArticle;
import dev.storybrief.model.Sentence;
import dev.storybrief.model.WordTag;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * What happened, as a report's lead says it: of each of its first sentences that tell something, the main verb
 * ("struck", "arrested") and the heads of the nouns before and after it ("earthquake", "dissident"), read from the
 * part-of-speech layer. News puts the event in its first sentence; two events of one kind share their words of the
 * kind and often their place, less often what was done to whom. Names are left to the names' facets.
 */
final class LeadEvent {
    /** Sentences of the lead read, from the first one with a verb. */
    static final int SENTENCES = 2;
    /** Verbs of telling: the lead's "said" tells who spoke, not what happened. */
    private static final Set<String> TELLING = Set.of("say", "said", "says", "saying", "tell", "told", "tells",
            "report", "reported", "reports", "add", "added", "quoted", "according", "announced", "confirmed");

    private LeadEvent() {
    }

    /** The event's words of a lead annotated with parts of speech, stemmed as content words are; empty without tags. */
    static Map<String, Integer> of(AnalyzedArticle lead, String language) {
        List<String> words = new ArrayList<>();
        int read = 0;
        for (Sentence sentence : lead.sentences()) {
            if (read == SENTENCES) {
                break;
            }
            List<String> event = eventWords(lead.tags(sentence));
            if (!event.isEmpty()) {
                words.addAll(event);
                read++;
            }
        }
        return words.isEmpty() ? Map.of() : SparseVector.termFrequencies(String.join(" ", words), language);
    }

    /** The first verb that is no verb of telling, the last noun before it and the head of the noun run after it. */
    static List<String> eventWords(List<WordTag> tags) {
        int verb = -1;
        for (int i = 0; i < tags.size(); i++) {
            if (tags.get(i).isVerb() && !TELLING.contains(tags.get(i).word().toLowerCase(Locale.ROOT))) {
                verb = i;
                break;
            }
        }
        if (verb < 0) {
            return List.of();
        }
        List<String> words = new ArrayList<>();
        words.add(tags.get(verb).word());
        for (int i = verb - 1; i >= 0; i--) {
            if (tags.get(i).isNoun()) {
                words.add(tags.get(i).word());
                break;
            }
        }
        for (int i = verb + 1; i < tags.size(); i++) {
            if (tags.get(i).isNoun()) {
                int head = i;
                while (head + 1 < tags.size() && tags.get(head + 1).isNoun()) {
                    head++;
                }
                words.add(tags.get(head).word());
                break;
            }
            if (tags.get(i).isVerb() || ".".equals(tags.get(i).word())) {
                break;
            }
        }
        return words;
    }
}
