package dev.storybrief.analyze.quote;

import dev.storybrief.analyze.entity.EntityMention;
import dev.storybrief.model.EntityType;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

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

    /** The salient people by where they were put forward; the first recorded at a place stays. */
    private final TreeMap<Long, String> salient = new TreeMap<>();
    /**
     * Every person named in full outside quotes, salient or not, under each word ending of the name ("Whitfield",
     * "van Whitfield"): a bare surname is read against the last of them. Indexed so that a page of hundreds of
     * quotes asks one surname's bearers, not every name of the page, for each quote.
     */
    private final Map<String, Bearers> bySurname = new HashMap<>();

    /** Records the speakers a sentence puts forward outside its quotes. */
    void readSentence(int index, String sentence, List<EntityMention> persons, QuotedStretches quotes) {
        List<EntityMention> outside = persons.stream()
                .filter(p -> p.type() == EntityType.PERSON && !isQuoted(quotes, index, p.start()))
                .toList();
        if (outside.isEmpty()) {
            return;
        }
        outside.forEach(p -> bear(index, p.start(), p.text(), false));
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
        Bearers bearers = bySurname.get(surname);
        return bearers == null ? null : bearers.latestOfTwoBefore(position(sentence, offset));
    }

    /** Records a full mention of {@code name} under each word ending of it. */
    private void bear(int sentence, int offset, String name, boolean salient) {
        if (!looksLikeFullName(name)) {
            return;
        }
        long at = position(sentence, offset);
        for (int space = name.indexOf(' '); space >= 0; space = name.indexOf(' ', space + 1)) {
            bySurname.computeIfAbsent(name.substring(space + 1), k -> new Bearers()).add(at, name, salient);
        }
    }

    private static long position(int sentence, int offset) {
        return ((long) sentence << 32) | (offset & 0xffffffffL);
    }

    /** The people named in full under one surname: who was named last before a place, and who was named first. */
    private static final class Bearers {
        /** A name at a place, and whether it was put forward as a speaker (which wins a tie with one merely named). */
        private record Held(String name, boolean salient) {
        }

        private final TreeMap<Long, Held> byPlace = new TreeMap<>();
        private final Map<String, Long> firstNamed = new HashMap<>();
        /** Each bearer's first place and name, in order: two bearers before a place when the second is before it. */
        private final TreeSet<Map.Entry<Long, String>> firsts = new TreeSet<>(
                Map.Entry.<Long, String>comparingByKey().thenComparing(Map.Entry.comparingByValue()));

        void add(long at, String name, boolean salient) {
            Held held = byPlace.get(at);
            if (held == null || salient && !held.salient()) {
                byPlace.put(at, new Held(name, salient));
            }
            Long first = firstNamed.get(name);
            if (first == null || at < first) {
                if (first != null) {
                    firsts.remove(Map.entry(first, name));
                }
                firstNamed.put(name, at);
                firsts.add(Map.entry(at, name));
            }
        }

        /** The bearer named last before {@code at}, when two or more were named before it; else null. */
        String latestOfTwoBefore(long at) {
            java.util.Iterator<Map.Entry<Long, String>> order = firsts.iterator();
            if (!order.hasNext() || order.next().getKey() >= at || !order.hasNext() || order.next().getKey() >= at) {
                return null;
            }
            return byPlace.lowerEntry(at).getValue().name();
        }
    }

    /**
     * Whether a name of two words or more opens with a word that may be a given name: not an inverted verb of saying
     * the recogniser took into it ("Said Hunter, “...”", "Added Stern,") nor a connective ("Neither Granik nor ...").
     */
    private static boolean looksLikeFullName(String name) {
        String first = name.substring(0, Math.max(0, name.indexOf(' ')));
        return !first.isEmpty() && !SpeechWords.isSpeechVerb(first) && !NOT_GIVEN_NAMES.contains(first);
    }

    private static boolean isQuoted(QuotedStretches quotes, int sentence, int offset) {
        return quotes.covers(sentence, offset);
    }

    void add(int sentence, int offset, String name) {
        salient.putIfAbsent(position(sentence, offset), name);
        bear(sentence, offset, name, true);
    }

    /** The most recent salient person strictly before the given position, or null. */
    String before(int sentence, int offset) {
        Map.Entry<Long, String> latest = salient.lowerEntry(position(sentence, offset));
        return latest == null ? null : latest.getValue();
    }

    /** A person put forward, where. */
    record PutForward(int sentence, int offset, String name) {
    }

    /**
     * The latest person put forward strictly before the given place and in sentence {@code first} or after, that
     * {@code skip} does not reject; null when none.
     */
    PutForward latestSince(int first, int sentence, int offset, java.util.function.Predicate<String> skip) {
        for (Map.Entry<Long, String> entry : salient.headMap(position(sentence, offset), false).descendingMap().entrySet()) {
            int at = (int) (entry.getKey() >>> 32);
            if (at < first) {
                return null;
            }
            if (!skip.test(entry.getValue())) {
                return new PutForward(at, (int) (long) entry.getKey(), entry.getValue());
            }
        }
        return null;
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
