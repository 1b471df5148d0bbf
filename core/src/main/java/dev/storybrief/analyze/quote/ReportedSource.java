package dev.storybrief.analyze.quote;

import dev.storybrief.analyze.entity.AccordingTo;
import dev.storybrief.analyze.entity.EntityMention;
import dev.storybrief.model.EntityType;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * "« … », selon Le Monde", "«…», según El País", "„…“, so die Zeitung": a quote credited "according to" a source names
 * who reports the words, which is who said them only when nobody else is shown saying them. The languages build it
 * so: the person says, the paper reports. A person in the quote's sentence says them when the quote is the object of
 * that person's verb of saying or calling ("Le maire Jean Dufresne a promis de « tout reconstruire », selon Le
 * Monde"; "Le gouverneur était « très en colère », selon ses proches" is their description, no verb of his); a newspaper's
 * quote standing alone says the words of the person its paragraph has put forward ("Marie Lacombe ... a perdu sa
 * boutique. « Nous n'avons rien pu sauver », selon Le Figaro"). A source that is no outlet ("selon la police") says
 * its own words. English's "according to" is left as it was ({@link #creditsByReport}).
 */
final class ReportedSource {

    /**
     * Verbs that take a quoted word as their object, beside the verbs of saying: "called the plan “a disaster”", "a
     * qualifié la crue de « centennale »", "prometió «reconstruirlo todo»", "versprach, „alles …“".
     */
    private static final Set<String> QUOTING_VERBS = Set.of("called", "calls", "described", "describes", "dubbed",
            "labeled", "labelled", "branded", "termed", "promis", "qualifié", "appelé", "dénoncé", "jugé", "décrit",
            "qualifie", "promet", "prometió", "calificó", "llamó", "describió", "tildó", "promete", "versprach",
            "nannte", "bezeichnete", "verspricht", "nennt", "bezeichnet", "promesso", "definito", "chiamato",
            "prometeu", "classificou", "chamou");

    /** Words between the verb and the quote it takes as object ("a qualifié la crue de « "). */
    private static final int MAX_OBJECT_WORDS = 6;

    private ReportedSource() {
    }

    /**
     * Whether {@code found} credits its quote through a one-word "according to" of another language than English
     * ("selon", "según", "laut") or German's "so". English's "according to X" keeps crediting X: PolNeAR, annotated
     * in the PARC way, gives the quote to the outermost source ("Trump said he was “happy to see” ..., according to
     * The New York Times" is the Times'), and storybrief follows it there.
     */
    static boolean creditsByReport(String sentence, Attribution found) {
        if (!found.hasCue() || found.pronoun()) {
            return false;
        }
        String cue = sentence.substring(found.cueStart(), found.cueEnd());
        return AccordingTo.isOneWord(cue) || cue.equals("so");
    }

    /** Whether the credited words name a newspaper, an agency or a broadcaster. */
    static boolean isOutlet(Attribution found) {
        return AccordingTo.namesMedium(found.speaker());
    }

    /**
     * The person (or pronoun) the quote's own sentence shows saying it: the subject before {@code openAt} of a verb
     * of saying or calling whose object the quote is; null when there is none.
     */
    static Attribution sayer(String sentence, int openAt, List<EntityMention> outsideQuotes) {
        Attribution subject = AttributionFinder.subject(sentence, openAt, outsideQuotes);
        if (subject == null || !subject.pronoun() && !isPerson(subject, outsideQuotes)) {
            return null;
        }
        List<ZoneWords.Word> words = ZoneWords.of(sentence, subject.at() + subject.speaker().length(), openAt);
        for (int k = 0; k < words.size(); k++) {
            String lower = words.get(k).text().toLowerCase(Locale.ROOT);
            if (SpeechWords.isSpeechVerb(lower) || QUOTING_VERBS.contains(lower)) {
                // the quote is the verb's own object: a few words after it, no clause set off by a comma between
                // ("After X asked about it in an interview, the Graysons became “agitated”" is no one's calling)
                List<ZoneWords.Word> between = words.subList(k + 1, words.size());
                boolean commaInside = between.stream().limit(Math.max(0, between.size() - 1))
                        .anyMatch(ZoneWords.Word::isComma);
                return between.size() <= MAX_OBJECT_WORDS && !commaInside ? subject : null;
            }
        }
        return null;
    }

    private static boolean isPerson(Attribution found, List<EntityMention> entities) {
        return entities.stream().anyMatch(e -> e.type() == EntityType.PERSON && e.start() == found.at()
                && e.text().equals(found.speaker()));
    }
}
