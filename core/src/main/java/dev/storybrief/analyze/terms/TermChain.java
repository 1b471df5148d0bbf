package dev.storybrief.analyze.terms;

import dev.storybrief.model.TermSpan;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

/**
 * The comparison terms of a text in one language: a Lucene analysis chain (tokenizer, then filters, then a
 * stemmer) turns "bombing runs" and "bombed" into terms that meet. Terms are for similarity, never for display.
 * Instances are thread-safe: Lucene keeps one set of chain components per thread.
 *
 * <pre>{@code
 * List<String> terms = TermChains.standard().forLanguage("en").terms("NATO's bombing runs ended.");
 * // [nato, bomb, run, end]
 * }</pre>
 */
public final class TermChain {
    private static final String FIELD = "text";
    private final String language;
    private final Analyzer analyzer;
    private final String description;

    /**
     * A chain over a Lucene analyzer.
     *
     * @param language    the ISO 639-1 code of the language it is for
     * @param analyzer    the Lucene analyzer doing the work
     * @param description what the chain does, for a reader ("Lucene StandardTokenizer, stop words, Porter stemmer")
     */
    public TermChain(String language, Analyzer analyzer, String description) {
        this.language = Objects.requireNonNull(language, "language");
        this.analyzer = Objects.requireNonNull(analyzer, "analyzer");
        this.description = Objects.requireNonNull(description, "description");
    }

    /** The language code this chain is for. */
    public String language() {
        return language;
    }

    /** What the chain does, in words. */
    public String description() {
        return description;
    }

    /** The terms of {@code text}, in order, with repeats. */
    public List<String> terms(String text) {
        List<String> terms = new ArrayList<>();
        analyze(text, 0, (term, start, end) -> terms.add(term));
        return terms;
    }

    /** The terms of {@code text} with their offsets, shifted by {@code offset} (where the text starts in its document). */
    public List<TermSpan> spans(String text, int offset) {
        List<TermSpan> spans = new ArrayList<>();
        analyze(text, offset, (term, start, end) -> spans.add(new TermSpan(start, end, term)));
        return spans;
    }

    private interface TermSink {
        void accept(String term, int start, int end);
    }

    private void analyze(String text, int offset, TermSink sink) {
        try (TokenStream stream = analyzer.tokenStream(FIELD, text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            OffsetAttribute at = stream.addAttribute(OffsetAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                sink.accept(term.toString(), offset + at.startOffset(), offset + at.endOffset());
            }
            stream.end();
        } catch (IOException e) {
            // Lucene reads from a StringReader here: an IOException cannot happen.
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public String toString() {
        return language + ": " + description;
    }
}
