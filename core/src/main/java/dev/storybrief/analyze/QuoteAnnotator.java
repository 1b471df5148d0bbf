package dev.storybrief.analyze;

import dev.storybrief.analyze.entity.EntityMention;
import dev.storybrief.analyze.quote.Gender;
import dev.storybrief.analyze.quote.InterviewAnswers;
import dev.storybrief.analyze.quote.Quote;
import dev.storybrief.analyze.quote.QuoteExtractor;
import dev.storybrief.analyze.quote.Speaker;
import dev.storybrief.analyze.quote.SpeakerResolver;
import dev.storybrief.model.AnalyzedArticle;
import dev.storybrief.model.Layer;
import dev.storybrief.model.Mention;
import dev.storybrief.model.QuoteSpan;
import dev.storybrief.model.Sentence;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Adds the quotations of an article with their cue and speaker ({@link QuoteExtractor}), the speaker resolved to
 * the fullest name and role the article gives ({@link SpeakerResolver}), and the answers of a question-and-answer
 * interview as the interviewee's ({@link InterviewAnswers}); reads the entity layer.
 */
public final class QuoteAnnotator implements Annotator {
    private final QuoteExtractor extractor = new QuoteExtractor();

    @Override
    public String name() {
        return "quotes";
    }

    @Override
    public Layer layer() {
        return Layer.QUOTES;
    }

    @Override
    public Set<Layer> needs() {
        return Set.of(Layer.SENTENCES, Layer.ENTITIES);
    }

    @Override
    public AnalyzedArticle annotate(AnalyzedArticle article) {
        List<String> texts = article.sentences().stream().map(Sentence::text).toList();
        List<List<EntityMention>> entities = EntityAnnotator.perSentence(article);
        SpeakerResolver resolver = new SpeakerResolver(texts, entities, article.language());
        List<QuoteSpan> quotes = new ArrayList<>();
        List<Integer> paragraphs = article.sentences().stream().map(Sentence::paragraph).toList();
        List<Quote> found = new ArrayList<>(extractor.extract(texts, entities, article.language(), paragraphs));
        found.addAll(InterviewAnswers.find(texts, paragraphs, entities));
        for (Quote quote : found) {
            Quote.Where where = quote.where();
            Speaker speaker = quote.speaker() == null ? null : resolver.resolve(quote.speaker(), genderCue(texts, where));
            int end = offset(article, where.endSentence(), where.contentEnd());
            int start = contentStart(article.text(), offset(article, where.startSentence(), where.contentStart()), end);
            end = contentEnd(article.text(), start, end);
            quotes.add(new QuoteSpan(start, end, quote.sentenceIndex(), quote.text(), mention(article, where.cue()),
                    mention(article, where.speaker()), speaker == null ? null : speaker.name(),
                    speaker == null ? null : speaker.role(), quote.partial()));
        }
        quotes.sort(java.util.Comparator.comparingInt(QuoteSpan::start));
        return article.withQuotes(quotes);
    }

    /** "Mrs Clinton said", "she said": the gender the words naming the speaker give, or null. */
    private static Gender genderCue(List<String> texts, Quote.Where where) {
        Quote.Stretch words = where.speaker();
        if (words == null) {
            return null;
        }
        String sentence = texts.get(words.sentence());
        return Gender.ofSpeakerWords(sentence.substring(words.start(), words.end()), sentence.substring(0, words.start()));
    }

    /** The start of the quoted words, after the space French puts inside its marks ("« Nous"). */
    private static int contentStart(String text, int start, int end) {
        while (start < end && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        return start;
    }

    /** The end of the quoted words, without the comma and spaces before the closing mark (",” he said"). */
    private static int contentEnd(String text, int start, int end) {
        while (end > start && (Character.isWhitespace(text.charAt(end - 1)) || text.charAt(end - 1) == ',')) {
            end--;
        }
        return Math.max(start, end);
    }

    private static int offset(AnalyzedArticle article, int sentence, int within) {
        return article.start(article.sentences().get(sentence)) + within;
    }

    private static Mention mention(AnalyzedArticle article, Quote.Stretch stretch) {
        if (stretch == null) {
            return null;
        }
        int start = offset(article, stretch.sentence(), stretch.start());
        int end = offset(article, stretch.sentence(), stretch.end());
        return new Mention(start, end, article.text().substring(start, end));
    }
}
