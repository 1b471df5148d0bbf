package dev.storybrief.analyze.quote;

import dev.storybrief.analyze.entity.EntityMention;
import dev.storybrief.model.EntityType;
import java.util.ArrayList;
import java.util.List;

/**
 * Remembers, in reading order, the people an article has just put forward as speakers, so that "he said" goes to
 * the right one. A person counts when named as a quote's speaker, as the subject or object of a verb of saying
 * outside quotes ("Bouchard said the NTC..."), or as the subject at the start of a sentence ("The alliance's
 * secretary-general, Anders Fogh Rasmussen, put..."). A name merely mentioned ("overthrew Gaddafi") does not.
 */
final class SalienceTracker {

    private static final int SUBJECT_WORDS = 8;
    /** Connectives that open a sentence before a surname ("Neither Granik nor Stern"). */
    private static final java.util.Set<String> NOT_GIVEN_NAMES = java.util.Set.of("Neither", "Nor", "Both", "Either",
            "But", "And", "Also", "Only", "Even");
    private static final java.util.Set<String> PREPOSITIONS = java.util.Set.of("at", "of", "for", "from", "with", "by",
            "in", "to", "on", "à", "de", "du", "des", "bei", "von", "für");

    private record Event(int sentence, int offset, String name) {
    }

    private final List<Event> events = new ArrayList<>();
    /** Every person named outside quotes, salient or not: a bare surname is read against the last of them. */
    private final List<Event> named = new ArrayList<>();

    /** Records the speakers a sentence puts forward outside its quotes. */
    void readSentence(int index, String sentence, List<EntityMention> persons, List<QuoteMarks> quotes) {
        List<EntityMention> outside = persons.stream()
                .filter(p -> p.type() == EntityType.PERSON && !isQuoted(quotes, index, p.start()))
                .toList();
        if (outside.isEmpty()) {
            return;
        }
        outside.forEach(p -> named.add(new Event(index, p.start(), p.text())));
        List<ZoneWords.Word> words = ZoneWords.of(sentence, 0, sentence.length());
        EntityMention first = outside.get(0);
        // "Dijo que el árbitro Juan Pérez ...": a name after "que" opens no sentence; the clause is reported
        boolean reportedFirst = words.stream().anyMatch(w -> w.end() <= first.start()
                && SpeechWords.isComplementizer(w.text()));
        if (wordsBefore(words, first.start()) < SUBJECT_WORDS && !reportedFirst) {
            add(index, first.start(), first.text());
        }
        // "Grace Okafor, a nurse at the Carrow Vale Infirmary, said": a name after a preposition is no subject
        List<EntityMention> subjects = outside.stream().filter(p -> !afterPreposition(words, p)).toList();
        for (ZoneWords.Word word : words) {
            if (SpeechWords.isSpeechVerb(word.text()) && !isQuoted(quotes, index, word.start())) {
                EntityMention nearest = nearestTo(subjects.stream()
                        .filter(p -> !reported(words, word, p)).toList(), word);
                if (nearest != null) {
                    add(index, nearest.start(), nearest.text());
                }
            }
        }
    }

    /** Whether the word right before the person is a preposition ("at", "for", "of"), which makes them its object. */
    private static boolean afterPreposition(List<ZoneWords.Word> words, EntityMention person) {
        ZoneWords.Word before = null;
        for (ZoneWords.Word word : words) {
            if (word.start() >= person.start()) {
                break;
            }
            before = word;
        }
        return before != null && PREPOSITIONS.contains(before.text().toLowerCase(java.util.Locale.ROOT));
    }

    /**
     * The person named in full last strictly before the given position whose name ends in {@code surname}, when the
     * article has named two or more such people ("Amara Whitfield" and her husband "Peter Whitfield"); null when it
     * has named fewer, so that the one of that name is found as any name is. The nearest full mention, not the first
     * or the most frequent: a reporter writes the bare surname right after naming the one meant in full.
     */
    String latestOfSurname(String surname, int sentence, int offset) {
        java.util.Set<String> bearers = new java.util.HashSet<>();
        Event best = null;
        List<Event> all = new ArrayList<>(events);
        all.addAll(named);
        for (Event event : all) {
            boolean earlier = event.sentence < sentence || event.sentence == sentence && event.offset < offset;
            if (!earlier || !event.name.endsWith(" " + surname) || !looksLikeFullName(event.name)) {
                continue;
            }
            bearers.add(event.name);
            if (best == null || event.sentence > best.sentence
                    || event.sentence == best.sentence && event.offset > best.offset) {
                best = event;
            }
        }
        return bearers.size() < 2 ? null : best.name;
    }

    /**
     * Whether a name of two words or more opens with a word that may be a given name: not an inverted verb of saying
     * the recogniser took into it ("Said Hunter, “...”", "Added Stern,") nor a connective ("Neither Granik nor ...").
     */
    private static boolean looksLikeFullName(String name) {
        String first = name.substring(0, Math.max(0, name.indexOf(' ')));
        return !first.isEmpty() && !SpeechWords.isSpeechVerb(first) && !NOT_GIVEN_NAMES.contains(first);
    }

    private static boolean isQuoted(List<QuoteMarks> quotes, int sentence, int offset) {
        return quotes.stream().anyMatch(q -> q.covers(sentence, offset));
    }

    void add(int sentence, int offset, String name) {
        events.add(new Event(sentence, offset, name));
    }

    /** The most recent salient person strictly before the given position, or null. */
    String before(int sentence, int offset) {
        Event best = null;
        for (Event event : events) {
            boolean earlier = event.sentence < sentence || event.sentence == sentence && event.offset < offset;
            boolean later = best == null || event.sentence > best.sentence
                    || event.sentence == best.sentence && event.offset > best.offset;
            if (earlier && later) {
                best = event;
            }
        }
        return best == null ? null : best.name;
    }

    /**
     * "Dijo que el árbitro Juan Pérez ...": a person after the verb and its "que" or "che" is inside the reported clause,
     * neither who spoke nor who listened.
     */
    private static boolean reported(List<ZoneWords.Word> words, ZoneWords.Word verb, EntityMention person) {
        for (ZoneWords.Word word : words) {
            if (word.start() >= verb.end() && word.end() <= person.start() && SpeechWords.isComplementizer(word.text())) {
                return true;
            }
        }
        return false;
    }

    /** The person right before the verb (up to a comma-separated appositive) or right after it. */
    private static EntityMention nearestTo(List<EntityMention> persons, ZoneWords.Word verb) {
        EntityMention best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (EntityMention person : persons) {
            int distance = person.end() <= verb.start() ? verb.start() - person.end() : person.start() - verb.end();
            if (distance >= 0 && distance < bestDistance && distance <= 60) {
                best = person;
                bestDistance = distance;
            }
        }
        return best;
    }

    private static int wordsBefore(List<ZoneWords.Word> words, int offset) {
        int count = 0;
        for (ZoneWords.Word word : words) {
            if (word.start() >= offset) {
                break;
            }
            count++;
        }
        return count;
    }
}
