package dev.storybrief.analyze.sentence;

import java.util.List;
import opennlp.tools.util.Span;

/**
 * Splits one paragraph into sentences. Two kinds: a trained OpenNLP model with repairs (English, German, French)
 * and ICU's rule-based sentence breaks with abbreviation repairs (any other language, any script).
 * Implementations are thread-safe.
 */
public interface ParagraphSplitter {
    /** The sentence spans of a paragraph, as offsets into it. */
    List<Span> spans(String paragraph);
}
