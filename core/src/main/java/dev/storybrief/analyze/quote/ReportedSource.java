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
 * Monde"; "Trump was “very angry,” according to aides" is the aides' description, no verb of his); a newspaper's
 * quote standing alone says the words of the person its paragraph has put forward ("Marie Lacombe ... a perdu sa
 * boutique. « Nous n'avons rien pu sauver », selon Le Figaro"). A source that is no outlet ("selon la police") says
 * its own words.
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

    private ReportedSource() {
    }

    /** Whether {@code found} credits its quote through "according to" or a word like it ("selon", "laut", "so"). */
    static boolean creditsByReport(String sentence, Attribution found) {
        if (!found.hasCue() || found.pronoun()) {
            return false;
        }
        String cue = sentence.substring(found.cueStart(), found.cueEnd());
        return AccordingTo.isOneWord(cue) || cue.equalsIgnoreCase("according to") || cue.equals("so");
    }

    /** Whether the credited words name a newspaper, an agency or a broadcaster. */
    static boolean isOutlet(Attribution found) {
        return AccordingTo.namesMedium(found.speaker());
    }

    /**
     * The person (or pronoun) the quote's own sentence shows saying it: the subject before {@code openAt} of a verb
     * of saying or calling that stands between that subject and the quote; null when there is none.
     */
    static Attribution sayer(String sentence, int from, int openAt, List<EntityMention> outsideQuotes) {
        Attribution said = AttributionFinder.before(sentence, from, openAt, outsideQuotes);
        if (said != null && (said.pronoun() || isPerson(said, outsideQuotes))) {
            return said;
        }
        Attribution subject = AttributionFinder.subject(sentence, openAt, outsideQuotes);
        if (subject == null || !subject.pronoun() && !isPerson(subject, outsideQuotes)) {
            return null;
        }
        for (ZoneWords.Word word : ZoneWords.of(sentence, subject.at(), openAt)) {
            String lower = word.text().toLowerCase(Locale.ROOT);
            if (word.start() >= subject.at() + subject.speaker().length()
                    && (SpeechWords.isSpeechVerb(lower) || QUOTING_VERBS.contains(lower))) {
                return subject;
            }
        }
        return null;
    }

    private static boolean isPerson(Attribution found, List<EntityMention> entities) {
        return entities.stream().anyMatch(e -> e.type() == EntityType.PERSON && e.start() == found.at()
                && e.text().equals(found.speaker()));
    }
}
