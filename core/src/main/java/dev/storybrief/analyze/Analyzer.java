package dev.storybrief.analyze;

import dev.storybrief.model.AnalyzedArticle;
import dev.storybrief.model.Article;
import dev.storybrief.model.Sentence;
import dev.storybrief.model.Words;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import opennlp.tools.util.Span;

/**
 * The analyze stage: splits each paragraph into sentences and marks sub-headings ("Arms proliferation",
 * "TACKLING SECURITY"), which are structure, not statements.
 */
public final class Analyzer {
    private static final int MAX_HEADING_WORDS = 10;
    private final SentenceSplitter splitter;

    /** An analyzer with the default sentence splitter. */
    public Analyzer() {
        this(new SentenceSplitter());
    }

    /** An analyzer with the given splitter. */
    public Analyzer(SentenceSplitter splitter) {
        this.splitter = splitter;
    }

    /** Annotates one article. */
    public AnalyzedArticle analyze(Article article) {
        List<Sentence> sentences = new ArrayList<>();
        Set<Integer> headings = new HashSet<>();
        List<String> paragraphs = article.paragraphs();
        for (int p = 0; p < paragraphs.size(); p++) {
            String paragraph = paragraphs.get(p);
            if (isHeading(paragraph)) {
                headings.add(p);
            }
            QuoteState quotes = new QuoteState();
            for (Span span : splitter.spans(paragraph)) {
                String text = paragraph.substring(span.getStart(), span.getEnd()).strip();
                boolean inQuote = quotes.isOpen();
                quotes.read(text);
                if (!text.isEmpty()) {
                    sentences.add(new Sentence(article.id(), sentences.size(), p, text, span.getStart(), span.getEnd(),
                            inQuote));
                }
            }
        }
        return new AnalyzedArticle(article, sentences, headings);
    }

    /** A short line that does not end like a sentence. */
    static boolean isHeading(String paragraph) {
        return Words.count(paragraph) <= MAX_HEADING_WORDS && !paragraph.matches("(?s).*[.!?:;,][\"'”’)]?$");
    }
}
