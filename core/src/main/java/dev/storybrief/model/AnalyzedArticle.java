package dev.storybrief.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.ToIntFunction;
import java.util.regex.Pattern;

/**
 * An article with every annotation the analyze stage added, each once, located by character offsets into
 * {@link #text()}: its sentences, the terms of each sentence, entity mentions, temporal expressions, quotations and
 * quantities. Immutable: each annotator returns a copy with its layer added ({@code withSentences}, ...), and
 * {@link #has(Layer)} tells which layers are there. Layers not (yet) annotated are empty.
 *
 * <p>The text is the article's paragraphs joined by a blank line, or, for a document annotated as given, that
 * document's text exactly; paragraph {@code p} starts at {@link #paragraphStart(int)}, and a {@link Sentence}'s
 * offsets are within its paragraph ({@link #start(Sentence)} gives the offset in the text).
 */
public final class AnalyzedArticle {
    /** Fewest words in a sentence that counts as article prose. */
    public static final int PROSE_WORDS = 3;
    private static final String PARAGRAPH_BREAK = "\n\n";

    private final Article article;
    private final String text;
    private final int[] paragraphStarts;
    private final String language;
    private final double languageConfidence;
    private final List<Sentence> sentences;
    private final Set<Integer> headings;
    private final List<List<TermSpan>> terms;
    private final List<EntitySpan> entities;
    private final List<TimexSpan> timexes;
    private final List<QuoteSpan> quotes;
    private final List<QuantitySpan> quantities;
    private final List<QuantitySpan> figures;
    private final Set<Layer> layers;

    private AnalyzedArticle(Builder b) {
        this.article = b.article;
        this.text = b.text;
        this.paragraphStarts = b.paragraphStarts;
        this.language = b.language;
        this.languageConfidence = b.languageConfidence;
        this.sentences = List.copyOf(b.sentences);
        this.headings = Set.copyOf(b.headings);
        this.terms = List.copyOf(b.terms);
        this.entities = List.copyOf(b.entities);
        this.timexes = List.copyOf(b.timexes);
        this.quotes = List.copyOf(b.quotes);
        this.figures = List.copyOf(b.quantities);
        this.quantities = figures.stream().filter(q -> q.kind() == QuantitySpan.Kind.COUNT).toList();
        this.layers = Collections.unmodifiableSet(EnumSet.copyOf(b.layers));
    }

    /** A cleaned article before any annotation: its text is the paragraphs joined by a blank line. */
    public static AnalyzedArticle of(Article article) {
        Objects.requireNonNull(article, "article");
        List<String> paragraphs = article.paragraphs();
        int[] starts = new int[paragraphs.size()];
        StringBuilder text = new StringBuilder();
        for (int p = 0; p < paragraphs.size(); p++) {
            if (p > 0) {
                text.append(PARAGRAPH_BREAK);
            }
            starts[p] = text.length();
            text.append(paragraphs.get(p));
        }
        return new Builder(article, text.toString(), starts).build();
    }

    /**
     * A document to annotate exactly as given (no cleaning): offsets refer to {@code text} itself. Its paragraphs are
     * the runs of text between blank lines, each kept verbatim.
     */
    public static AnalyzedArticle ofText(Article header, String text) {
        Objects.requireNonNull(text, "text");
        List<String> paragraphs = new ArrayList<>();
        List<Integer> starts = new ArrayList<>();
        var blank = Pattern.compile("\\n[ \\t\\x0B\\f\\r]*\\n\\s*").matcher(text);
        int from = 0;
        while (from < text.length()) {
            int to = blank.find(from) ? blank.start() : text.length();
            int next = to == text.length() ? to : blank.end();
            int start = from;
            while (start < to && Character.isWhitespace(text.charAt(start))) {
                start++;
            }
            if (start < to) {
                starts.add(start);
                paragraphs.add(text.substring(start, to));
            }
            from = next;
        }
        Article article = new Article(header.id(), header.path(), header.title(), header.outlet(), header.author(),
                header.published(), header.dateOrigin(), paragraphs, header.removed(), header.dating(), header.url(),
                header.wire(), header.filedFrom(), header.entryDays(), header.kind(), header.kindMark());
        return new Builder(article, text, starts.stream().mapToInt(Integer::intValue).toArray()).build();
    }

    /** The article as cleaned, with its metadata. */
    public Article article() {
        return article;
    }

    /** Shortcut to the article id. */
    public String id() {
        return article.id();
    }

    /** The text every offset refers to. */
    public String text() {
        return text;
    }

    /** Where paragraph {@code p} starts in {@link #text()}. */
    public int paragraphStart(int p) {
        return paragraphStarts[p];
    }

    /** Where a sentence of this article starts in {@link #text()}. */
    public int start(Sentence sentence) {
        return paragraphStarts[sentence.paragraph()] + sentence.start();
    }

    /** Where a sentence of this article ends in {@link #text()}. */
    public int end(Sentence sentence) {
        return paragraphStarts[sentence.paragraph()] + sentence.end();
    }

    /** The ISO 639-1 code of the article's language ("en" until a language annotator says otherwise). */
    public String language() {
        return language;
    }

    /** How sure the language identification was, from 0 to 1 (1 when given by the user or the source). */
    public double languageConfidence() {
        return languageConfidence;
    }

    /** Sentences, in reading order. */
    public List<Sentence> sentences() {
        return sentences;
    }

    /** Paragraph indexes that are sub-headings, not prose. */
    public Set<Integer> headings() {
        return headings;
    }

    /** The comparison terms of a sentence of this article, in order. */
    public List<TermSpan> terms(Sentence sentence) {
        return sentence.index() < terms.size() ? terms.get(sentence.index()) : List.of();
    }

    /** The comparison terms of a sentence, as strings. */
    public List<String> termsOf(Sentence sentence) {
        return terms(sentence).stream().map(TermSpan::term).toList();
    }

    /** Entity mentions in text order. */
    public List<EntitySpan> entities() {
        return entities;
    }

    /** Temporal expressions in text order. */
    public List<TimexSpan> timexes() {
        return timexes;
    }

    /** Quotations in the order they open. */
    public List<QuoteSpan> quotes() {
        return quotes;
    }

    /** Quantities in text order: the counts and amounts ({@link QuantitySpan.Kind#COUNT}). */
    public List<QuantitySpan> quantities() {
        return quantities;
    }

    /**
     * Every figure the quantity layer read, in text order: the counts and amounts of {@link #quantities()} and the
     * lengths of time, positions, bare amounts and birth years ({@link QuantitySpan.Kind}) that figure comparisons read.
     */
    public List<QuantitySpan> figures() {
        return figures;
    }

    /** The entity mentions of one sentence. */
    public List<EntitySpan> entities(Sentence sentence) {
        return inSentence(entities, sentence, EntitySpan::sentence);
    }

    /** The temporal expressions of one sentence. */
    public List<TimexSpan> timexes(Sentence sentence) {
        return inSentence(timexes, sentence, TimexSpan::sentence);
    }

    /** The quantities of one sentence. */
    public List<QuantitySpan> quantities(Sentence sentence) {
        return inSentence(quantities, sentence, QuantitySpan::sentence);
    }

    /** Every figure of one sentence ({@link #figures()}). */
    public List<QuantitySpan> figures(Sentence sentence) {
        return inSentence(figures, sentence, QuantitySpan::sentence);
    }

    /** The annotations of a sorted layer that fall in one sentence, found by binary search. */
    private static <T> List<T> inSentence(List<T> layer, Sentence sentence, ToIntFunction<T> sentenceOf) {
        int from = firstAtOrAfter(layer, sentence.index(), sentenceOf);
        int to = firstAtOrAfter(layer, sentence.index() + 1, sentenceOf);
        return layer.subList(from, to);
    }

    private static <T> int firstAtOrAfter(List<T> layer, int sentence, ToIntFunction<T> sentenceOf) {
        int low = 0;
        int high = layer.size();
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (sentenceOf.applyAsInt(layer.get(mid)) < sentence) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low;
    }

    /** The layers annotated so far. */
    public Set<Layer> layers() {
        return layers;
    }

    /** True when the layer has been annotated (it may still be empty: an article without quotes). */
    public boolean has(Layer layer) {
        return layers.contains(layer);
    }

    /**
     * True when some sentence reads as article prose: {@value #PROSE_WORDS} or more words, ending as a sentence ends
     * in its script ({@link SentenceMarks#endsProse}: a full stop, exclamation or question mark of any script, or in
     * Thai and Lao, which write none, its last word). Lists, tables, configuration or log files and lone headlines
     * have none.
     */
    public boolean hasProse() {
        return sentences.stream().anyMatch(s -> s.words() >= PROSE_WORDS && SentenceMarks.endsProse(s.text()));
    }

    /** A copy with another cleaned article of the same text (new metadata such as a date). */
    public AnalyzedArticle withArticle(Article other) {
        if (!other.paragraphs().equals(article.paragraphs())) {
            throw new IllegalArgumentException("the article's text changed: annotate it again instead");
        }
        return edit(b -> b.article = other);
    }

    /** A copy with the language layer. */
    public AnalyzedArticle withLanguage(String code, double confidence) {
        return edit(b -> {
            b.language = Objects.requireNonNull(code, "code");
            b.languageConfidence = confidence;
            b.layers.add(Layer.LANGUAGE);
        });
    }

    /** A copy with the sentence layer (which also marks sub-headings). */
    public AnalyzedArticle withSentences(List<Sentence> sentences, Set<Integer> headings) {
        return edit(b -> {
            b.sentences = sentences;
            b.headings = headings;
            b.layers.add(Layer.SENTENCES);
        });
    }

    /** A copy with the term layer: one list per sentence, in sentence order. */
    public AnalyzedArticle withTerms(List<List<TermSpan>> terms) {
        if (terms.size() != sentences.size()) {
            throw new IllegalArgumentException(terms.size() + " term lists for " + sentences.size() + " sentences");
        }
        return edit(b -> {
            b.terms = terms.stream().map(List::copyOf).toList();
            b.layers.add(Layer.TERMS);
        });
    }

    /** A copy with the entity layer. */
    public AnalyzedArticle withEntities(List<EntitySpan> entities) {
        return edit(b -> {
            b.entities = sorted(entities, EntitySpan::start);
            b.layers.add(Layer.ENTITIES);
        });
    }

    /** A copy with the temporal expression layer. */
    public AnalyzedArticle withTimexes(List<TimexSpan> timexes) {
        return edit(b -> {
            b.timexes = sorted(timexes, TimexSpan::start);
            b.layers.add(Layer.TIMEXES);
        });
    }

    /** A copy with the quotation layer. */
    public AnalyzedArticle withQuotes(List<QuoteSpan> quotes) {
        return edit(b -> {
            b.quotes = quotes;
            b.layers.add(Layer.QUOTES);
        });
    }

    /** A copy with the quantity layer. */
    public AnalyzedArticle withQuantities(List<QuantitySpan> quantities) {
        return edit(b -> {
            b.quantities = sorted(quantities, QuantitySpan::start);
            b.layers.add(Layer.QUANTITIES);
        });
    }

    private static <T> List<T> sorted(List<T> spans, ToIntFunction<T> start) {
        List<T> copy = new ArrayList<>(spans);
        copy.sort(java.util.Comparator.comparingInt(start));
        return copy;
    }

    private AnalyzedArticle edit(java.util.function.Consumer<Builder> change) {
        Builder b = new Builder(this);
        change.accept(b);
        return b.build();
    }

    @Override
    public String toString() {
        return "AnalyzedArticle[" + id() + ", " + sentences.size() + " sentences, layers " + layers + "]";
    }

    private static final class Builder {
        private Article article;
        private final String text;
        private final int[] paragraphStarts;
        private String language = "en";
        private double languageConfidence;
        private List<Sentence> sentences = List.of();
        private Set<Integer> headings = Set.of();
        private List<List<TermSpan>> terms = List.of();
        private List<EntitySpan> entities = List.of();
        private List<TimexSpan> timexes = List.of();
        private List<QuoteSpan> quotes = List.of();
        private List<QuantitySpan> quantities = List.of();
        private final Set<Layer> layers = EnumSet.noneOf(Layer.class);

        Builder(Article article, String text, int[] paragraphStarts) {
            this.article = article;
            this.text = text;
            this.paragraphStarts = paragraphStarts;
        }

        Builder(AnalyzedArticle from) {
            this(from.article, from.text, from.paragraphStarts);
            language = from.language;
            languageConfidence = from.languageConfidence;
            sentences = from.sentences;
            headings = from.headings;
            terms = from.terms;
            entities = from.entities;
            timexes = from.timexes;
            quotes = from.quotes;
            quantities = from.figures;
            layers.addAll(from.layers);
        }

        AnalyzedArticle build() {
            return new AnalyzedArticle(this);
        }
    }
}
