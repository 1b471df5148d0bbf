package dev.storybrief.analyze;

import dev.storybrief.analyze.sentence.ParagraphSplitter;
import dev.storybrief.analyze.sentence.RepeatedSentences;
import dev.storybrief.analyze.sentence.SentenceSplitters;
import dev.storybrief.model.AnalyzedArticle;
import dev.storybrief.model.Layer;
import dev.storybrief.model.Sentence;
import dev.storybrief.model.SentenceMarks;
import dev.storybrief.model.Words;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import opennlp.tools.util.Span;

/**
 * Splits each paragraph into sentences with the splitter of the article's language ({@link SentenceSplitters}),
 * notes which sentences start inside a quotation opened by an earlier one, and marks sub-headings ("Arms proliferation", "TACKLING SECURITY"), which are structure, not statements. A sentence that repeats an
 * earlier one of the article but for one number ({@link RepeatedSentences}) is one fact already told: it is left out.
 */
public final class SentenceAnnotator implements Annotator {
    private static final int MAX_HEADING_WORDS = 10;
    private final SentenceSplitters splitters;

    /** An annotator with the default sentence splitter of each language. */
    public SentenceAnnotator() {
        this(new SentenceSplitter());
    }

    /** An annotator with the given English splitter (and the standard ones of other languages). */
    public SentenceAnnotator(SentenceSplitter splitter) {
        this.splitters = new SentenceSplitters(splitter);
    }

    @Override
    public String name() {
        return "sentences";
    }

    @Override
    public Layer layer() {
        return Layer.SENTENCES;
    }

    @Override
    public Set<Layer> needs() {
        return Set.of();
    }

    @Override
    public AnalyzedArticle annotate(AnalyzedArticle document) {
        List<Sentence> sentences = new ArrayList<>();
        Set<Integer> headings = new HashSet<>();
        List<String> paragraphs = document.article().paragraphs();
        ParagraphSplitter splitter = splitters.forLanguage(document.language());
        RepeatedSentences repeated = new RepeatedSentences();
        for (int p = 0; p < paragraphs.size(); p++) {
            String paragraph = paragraphs.get(p);
            if (isHeading(paragraph)) {
                headings.add(p);
            }
            QuoteState quotes = new QuoteState();
            for (Span span : splitter.spans(paragraph)) {
                int start = span.getStart();
                int end = span.getEnd();
                // offsets locate the text exactly: leave out any space the splitter kept at either end
                while (start < end && Character.isWhitespace(paragraph.charAt(start))) {
                    start++;
                }
                while (end > start && Character.isWhitespace(paragraph.charAt(end - 1))) {
                    end--;
                }
                String text = paragraph.substring(start, end);
                boolean inQuote = quotes.isOpen();
                quotes.read(text);
                if (!text.isEmpty() && !repeated.repeats(text)) {
                    sentences.add(new Sentence(document.id(), sentences.size(), p, text, start, end, inQuote));
                }
            }
        }
        return document.withSentences(sentences, headings);
    }

    /** A short line that does not end like a sentence. */
    static boolean isHeading(String paragraph) {
        return Words.atMost(paragraph, MAX_HEADING_WORDS)
                && !paragraph.matches("(?s).*[" + SentenceMarks.ENDS + ":;,][\"'”’»)]?$");
    }
}
