package dev.storybrief.analyze.quote;

import dev.storybrief.analyze.entity.EntityMention;
import dev.storybrief.model.EntityType;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Scare quotes: one to three words in quotation marks inside a reporter's sentence that shows nobody saying anything
 * and names nobody who could have ("the so-called “reset” of relations", "a “deal” nobody has seen"). A sentence
 * that names a person or a body, or has a subject pronoun, may give them the word through a verb no list holds
 * ("blasted the council for its “outrageous practices”", "he talks about “spoiling the party”"). The marks distance the reporter from a word;
 * they credit it to nobody, so they are no quotation. A sentence with a verb of saying or of calling outside its
 * quotes ("called the plan “a disgrace”"), an "according to", or a colon before the marks keeps them as words said,
 * as does a quote that opens its sentence or runs over sentences, and one the sentence gives to someone unnamed
 * ("officials reportedly will seek a “longer-term perspective”"). Read in English only: the verb lists of the other
 * languages hold the forms news writes beside a full quotation, not every verb that reports a word ("en disant
 * que « tout ira bien »"), and scripts without spaces have no words to count.
 */
final class ScareQuotes {

    /** The longest stretch in marks read as a scare quote, in words. */
    static final int MAX_WORDS = 3;
    /** Words that give what follows to someone without a verb of saying. */
    private static final Set<String> REPORTING_WORDS = Set.of("according", "reportedly", "allegedly", "purportedly",
            "supposedly");

    private ScareQuotes() {
    }

    /** Whether the quote {@code span} of an article in {@code language} is a scare quote (see the class comment). */
    static boolean is(List<String> sentences, QuotedStretches spans, QuoteMarks span, String language,
                      List<EntityMention> entities) {
        if (!"en".equals(language) || span.startSentence() != span.endSentence()) {
            return false;
        }
        int index = span.startSentence();
        String sentence = sentences.get(index);
        String before = sentence.substring(0, span.openAt());
        if (before.isBlank() || before.contains(":")) {
            return false;
        }
        String quoted = sentence.substring(span.contentStart(), span.contentEnd()).strip();
        int words = quoted.isEmpty() ? 0 : quoted.split("\\s+").length;
        if (words < 1 || words > MAX_WORDS) {
            return false;
        }
        if (entities.stream().anyMatch(e -> e.type() != EntityType.PLACE && !spans.covers(index, e.start()))) {
            // "Trump blasted Disney for its “outrageous practices”": a person or body the sentence names may be the
            // one whose word it is, through a verb no list holds
            return false;
        }
        for (ZoneWords.Word word : ZoneWords.of(sentence, 0, sentence.length())) {
            if (spans.covers(index, word.start())) {
                continue;
            }
            String text = word.text();
            if (SpeechWords.isPronoun(text) || SpeechWords.namesNobody(text) && !text.equalsIgnoreCase("it")
                    && !text.equalsIgnoreCase("its") && !text.equalsIgnoreCase("this") && !text.equalsIgnoreCase("that")
                    && !text.equalsIgnoreCase("there") && !text.equalsIgnoreCase("what") && !text.equalsIgnoreCase("which")
                    && !text.equalsIgnoreCase("these") && !text.equalsIgnoreCase("those")) {
                return false;
            }
            if (SpeechWords.isSpeechVerb(text) || ReportedSource.isQuotingVerb(text)
                    || REPORTING_WORDS.contains(text.toLowerCase(Locale.ROOT))) {
                return false;
            }
        }
        return true;
    }
}
