package dev.storybrief.analyze.quote;

import dev.storybrief.analyze.entity.EntityMention;
import dev.storybrief.model.EntityType;
import java.util.List;
import java.util.Set;

/**
 * Spanish, Italian and Portuguese leave out the subject their verb's ending carries ("Dijo que ...", "Ha detto che
 * ...", "Afirmou que ...", "Calificó el plan de «una chapuza» y dijo ..."): such a sentence goes on about the one the
 * sentence before it put forward. Its speaker is that sentence's person, when that sentence stands right before it and
 * names one person outside quotes; with none or several named there, the reader cannot tell either, and nobody is
 * credited by this rule.
 */
final class DroppedSubjects {

    /** The languages whose news drops a subject pronoun: Spanish, Italian, Portuguese. */
    private static final Set<String> LANGUAGES = Set.of("es", "it", "pt");

    private DroppedSubjects() {
    }

    /** Whether news in {@code language} (ISO 639-1) leaves a verb's subject out. */
    static boolean dropsSubjects(String language) {
        return LANGUAGES.contains(language);
    }

    /**
     * Whether sentence {@code index} says or calls with no subject of its own: it has a verb of saying or of calling
     * outside its quotes, and no person, pronoun or capitalised word other than its first stands outside quotes
     * before that verb.
     */
    static boolean lacksSubject(String sentence, int index, List<EntityMention> entities, QuotedStretches spans) {
        List<ZoneWords.Word> words = ZoneWords.of(sentence, 0, sentence.length());
        for (int k = 0; k < words.size(); k++) {
            ZoneWords.Word word = words.get(k);
            if (spans.covers(index, word.start())) {
                continue;
            }
            if (SpeechWords.isSpeechVerb(word.text()) || ReportedSource.isQuotingVerb(word.text())) {
                int verbStart = word.start();
                return entities.stream().noneMatch(e -> e.start() < verbStart && !spans.covers(index, e.start())
                        && e.type() != EntityType.PLACE);
            }
            if (SpeechWords.isPronoun(word.text()) && !word.text().equalsIgnoreCase("il")
                    || k > 0 && word.isCapitalised()) {
                return false;
            }
        }
        return false;
    }

    /** The one person sentence {@code index - 1} names outside its quotes; null when it names none or several. */
    static EntityMention previousPerson(int index, List<List<EntityMention>> entities, QuotedStretches spans) {
        if (index < 1) {
            return null;
        }
        List<EntityMention> people = entities.get(index - 1).stream()
                .filter(e -> e.type() == EntityType.PERSON && !spans.covers(index - 1, e.start()))
                .map(EntityMention::text).distinct().count() == 1
                ? entities.get(index - 1).stream().filter(e -> e.type() == EntityType.PERSON
                && !spans.covers(index - 1, e.start())).toList() : List.of();
        return people.isEmpty() ? null : people.get(0);
    }
}
