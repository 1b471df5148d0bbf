package dev.storybrief.analyze.quote;

import dev.storybrief.analyze.entity.AccordingTo;
import dev.storybrief.analyze.entity.EntityMention;
import dev.storybrief.clean.OutletNames;
import dev.storybrief.model.EntityType;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * "« … », selon Le Monde", "«…», según El País", "„…“, so die Zeitung": a quote credited "according to" a source names
 * who reports the words, which is who said them only when nobody else is shown saying them. The languages build it
 * so: the person says, the paper reports. A person in the quote's sentence says them when the quote is the object of
 * that person's verb of saying or calling ("Le maire Jean Dufresne a promis de « tout reconstruire », selon Le
 * Monde"; "Le gouverneur était « très en colère », selon ses proches" is their description, no verb of his); a newspaper's
 * quote standing alone says the words of the person its paragraph has put forward ("Marie Lacombe ... a perdu sa
 * boutique. « Nous n'avons rien pu sauver », selon Le Figaro"). A source that is no outlet ("selon la police") says
 * its own words. English's "according to" is read so when it names an outlet ({@link #creditsByReport}).
 */
final class ReportedSource {

    /**
     * Verbs that take a quoted word as their object, beside the verbs of saying: "called the plan “a disaster”", "a
     * qualifié la crue de « centennale »", "prometió «reconstruirlo todo»", "versprach, „alles …“".
     */
    private static final Set<String> QUOTING_VERBS = Set.of("called", "calls", "calling", "call", "described",
            "describes", "describing", "describe", "dubbed", "dubbing", "labeled", "labelled", "labeling", "branded",
            "branding", "termed", "coined", "coins", "nicknamed", "referred", "refers", "referring", "promis", "qualifié", "appelé", "dénoncé", "jugé", "décrit",
            "qualifie", "promet", "prometió", "calificó", "llamó", "describió", "tildó", "promete", "versprach",
            "nannte", "bezeichnete", "verspricht", "nennt", "bezeichnet", "promesso", "definito", "chiamato",
            "prometeu", "classificou", "chamou");

    /** English's two-word "according to", as the cue's words are written. */
    private static final Pattern ENGLISH_ACCORDING = Pattern.compile("(?i)according\\s+to");
    private static final OutletNames OUTLETS = OutletNames.standard();

    /** Words between the verb and the quote it takes as object ("a qualifié la crue de « "). */
    private static final int MAX_OBJECT_WORDS = 6;

    private ReportedSource() {
    }

    /**
     * Whether {@code found} credits its quote through a report: a one-word "according to" of another language than
     * English ("selon", "según", "laut"), German's "so", or English's "according to" when what follows names an outlet
     * or its report ("Calloway said the bridge was “a disgrace,” according to CNN", "according to an Associated Press
     * account"): the outlet is where the words were reported, the person the sentence shows saying them said them.
     * English's "according to" a person or a body that is no outlet ("according to the police") keeps crediting it.
     */
    static boolean creditsByReport(String sentence, Attribution found) {
        if (!found.hasCue() || found.pronoun()) {
            return false;
        }
        String cue = sentence.substring(found.cueStart(), found.cueEnd());
        return AccordingTo.isOneWord(cue) || cue.equals("so")
                || ENGLISH_ACCORDING.matcher(cue).matches() && isOutlet(found);
    }

    /**
     * Whether the credited words name a newspaper, an agency or a broadcaster: by what they call it ("the newspaper
     * El Heraldo", "Le Monde"), or by a name of the outlets storybrief knows, alone or in a longer phrase ("CNN", "la
     * agencia EFE", "an Associated Press account").
     */
    static boolean isOutlet(Attribution found) {
        return AccordingTo.namesMedium(found.speaker()) || namesKnownOutlet(found.speaker());
    }

    /** Whether a run of capitalised words of {@code words} is a listed outlet's name or other name. */
    private static boolean namesKnownOutlet(String words) {
        String[] parts = words.strip().split("\\s+");
        for (int from = 0; from < parts.length; from++) {
            StringBuilder run = new StringBuilder();
            for (int to = from; to < parts.length && isNameWord(parts[to]); to++) {
                run.append(to > from ? " " : "").append(parts[to].replaceAll("[,.;:]+$", ""));
                if (OUTLETS.byName(run.toString()).isPresent()) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean isNameWord(String word) {
        return !word.isEmpty() && Character.isUpperCase(word.codePointAt(0));
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
            if (SpeechWords.isSpeechVerb(lower) || isQuotingVerb(lower)) {
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

    /** A verb that takes a quoted word as its object ("called", "qualifié", "calificó", "nannte"). */
    static boolean isQuotingVerb(String word) {
        return QUOTING_VERBS.contains(word.toLowerCase(Locale.ROOT));
    }

    private static boolean isPerson(Attribution found, List<EntityMention> entities) {
        return entities.stream().anyMatch(e -> e.type() == EntityType.PERSON && e.start() == found.at()
                && e.text().equals(found.speaker()));
    }
}
