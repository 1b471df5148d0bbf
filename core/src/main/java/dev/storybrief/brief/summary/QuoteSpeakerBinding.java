package dev.storybrief.brief.summary;

import dev.storybrief.model.AnalyzedArticle;
import dev.storybrief.model.QuoteSpan;
import dev.storybrief.model.Sentence;
import java.util.Locale;
import java.util.Set;

/**
 * Whether a summary sentence quoting someone named only by a pronoun or a bare surname ("“We have nothing to hide,”
 * Achebe said.", "“The warnings were clear,” she said.") would be read as the words of someone else: a summary
 * leaves out the sentences between, so "she" binds to the woman the sentence before it names and "Achebe" to the
 * Achebe it names, not to the one the article had just put forward. The summary text must stay a deletion of its
 * source sentence, so the name is not written in; such a sentence is left out instead.
 */
final class QuoteSpeakerBinding {
    private static final Set<String> PRONOUNS = Set.of("he", "she", "they");

    private QuoteSpeakerBinding() {
    }

    /**
     * True when {@code text}, the summary's form of {@code sentence}, credits a quote through a pronoun or a bare
     * surname of a speaker the article names in full, and the sentence read before it in the summary ({@code before},
     * null for none) does not give that full name: a pronoun then has no antecedent of its own (unless the sentence
     * before is the one the article put right before it), and a surname binds to another person of that surname when
     * the sentence before names one.
     */
    static boolean misread(AnalyzedArticle article, Sentence sentence, String text, AnalyzedArticle beforeArticle,
                           Sentence before, String beforeText) {
        for (QuoteSpan q : article.quotes()) {
            if (q.sentence() != sentence.index() || q.speaker() == null || q.speakerName() == null
                    || !q.speakerName().contains(" ")) {
                continue;
            }
            String words = q.speaker().text().strip();
            if (words.contains(" ") || !text.contains(words)) {
                continue;
            }
            String previous = beforeText == null ? "" : beforeText;
            if (previous.contains(q.speakerName())) {
                continue;
            }
            if (PRONOUNS.contains(words.toLowerCase(Locale.ROOT))) {
                boolean asInTheArticle = before != null && beforeArticle == article
                        && before.index() == sentence.index() - 1;
                if (!asInTheArticle) {
                    return true;
                }
                continue;
            }
            String surname = q.speakerName().substring(q.speakerName().lastIndexOf(' ') + 1);
            if (words.equals(surname) && previous.matches("(?s).*\\b\\p{Lu}\\p{L}*\\s+" + java.util.regex.Pattern.quote(surname) + "\\b.*")) {
                return true;
            }
        }
        return false;
    }
}
