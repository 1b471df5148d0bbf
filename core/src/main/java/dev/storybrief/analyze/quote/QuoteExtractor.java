package dev.storybrief.analyze.quote;

import dev.storybrief.analyze.entity.EntityMention;
import dev.storybrief.analyze.entity.EntityRecognizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Extracts quotations and their speakers from one article's sentences, in order.
 *
 * <p>Quote marks are paired across sentences ({@link QuoteMarkScanner}); each quote's speaker is looked for after the
 * closing mark, then before the opening mark ({@link AttributionFinder}); "he"/"she" resolve to the most recent
 * person the article put forward as a speaker ({@link SalienceTracker}); an unattributed quote that opens its
 * sentence continues the previous quote's speaker ({@code “...,” Rice said. “But for the United States...”});
 * a fragment inside the reporter's sentence falls back to that sentence's subject. Instances are thread-safe.
 */
public final class QuoteExtractor {

    private final EntityRecognizer recognizer = new EntityRecognizer();

    /** Quotes in the order they open. */
    public List<Quote> extract(List<String> sentences) {
        Objects.requireNonNull(sentences, "sentences");
        List<QuoteSpan> spans = QuoteMarkScanner.scan(sentences);
        List<List<EntityMention>> entities = recognizer.recognizeDocument(sentences);
        SalienceTracker salience = new SalienceTracker();
        for (int i = 0; i < sentences.size(); i++) {
            salience.readSentence(i, sentences.get(i), entities.get(i), spans);
        }
        List<Quote> quotes = new ArrayList<>();
        QuoteSpan previous = null;
        String previousSpeaker = null;
        for (QuoteSpan span : spans) {
            String text = text(sentences, span);
            if (text.isEmpty()) {
                continue;
            }
            String speaker = speaker(sentences, spans, span, entities, salience, previous, previousSpeaker);
            quotes.add(new Quote(text, speaker, span.startSentence(), isPartial(sentences, span)));
            if (speaker != null) {
                salience.add(span.startSentence(), span.openAt(), speaker);
            }
            previous = span;
            previousSpeaker = speaker;
        }
        return List.copyOf(quotes);
    }

    private static String speaker(List<String> sentences, List<QuoteSpan> spans, QuoteSpan span,
                                  List<List<EntityMention>> entities, SalienceTracker salience, QuoteSpan previous,
                                  String previousSpeaker) {
        Attribution found = attribution(sentences, spans, span, entities);
        if (found != null && found.pronoun()) {
            return salience.before(span.endSentence(), found.at());
        }
        if (found != null) {
            return found.speaker();
        }
        boolean opensSentence = sentences.get(span.startSentence()).substring(0, span.openAt()).isBlank();
        boolean follows = previous != null && previous.endSentence() >= span.startSentence() - 1;
        return opensSentence && follows ? previousSpeaker : null;
    }

    private static Attribution attribution(List<String> sentences, List<QuoteSpan> spans, QuoteSpan span,
                                           List<List<EntityMention>> entities) {
        String endSentence = sentences.get(span.endSentence());
        int afterEnd = nextOpening(spans, span.endSentence(), span.closeEnd(), endSentence.length());
        List<EntityMention> endEntities = entities.get(span.endSentence());
        Attribution after = AttributionFinder.after(endSentence, span.closeEnd(), afterEnd, endEntities);
        if (after != null) {
            return after;
        }
        String startSentence = sentences.get(span.startSentence());
        int beforeStart = previousClosing(spans, span.startSentence(), span.openAt());
        List<EntityMention> startEntities = entities.get(span.startSentence());
        Attribution before = AttributionFinder.before(startSentence, beforeStart, span.openAt(), startEntities);
        if (before != null || startSentence.substring(0, span.openAt()).isBlank()) {
            return before;
        }
        List<EntityMention> outsideQuotes = startEntities.stream()
                .filter(e -> spans.stream().noneMatch(q -> q.covers(span.startSentence(), e.start()))).toList();
        return AttributionFinder.subject(startSentence, span.openAt(), outsideQuotes);
    }

    /** Where the next quote in the same sentence opens, or the sentence end. */
    private static int nextOpening(List<QuoteSpan> spans, int sentence, int from, int sentenceEnd) {
        int end = sentenceEnd;
        for (QuoteSpan other : spans) {
            if (other.startSentence() == sentence && other.openAt() >= from && other.openAt() < end) {
                end = other.openAt();
            }
        }
        return end;
    }

    /** Where the previous quote in the same sentence closed, or 0. */
    private static int previousClosing(List<QuoteSpan> spans, int sentence, int before) {
        int start = 0;
        for (QuoteSpan other : spans) {
            if (other.endSentence() == sentence && other.closeEnd() <= before && other.closeEnd() > start) {
                start = other.closeEnd();
            }
        }
        return start;
    }

    /** A quote is whole when it opens its sentence or follows an introducer ("said:", "he said,") with a capital. */
    private static boolean isPartial(List<String> sentences, QuoteSpan span) {
        String prefix = sentences.get(span.startSentence()).substring(0, span.openAt()).strip();
        if (prefix.isEmpty()) {
            return false;
        }
        String start = sentences.get(span.startSentence()).substring(span.contentStart()).strip();
        boolean capital = !start.isEmpty() && Character.isUpperCase(start.charAt(0));
        boolean introduced = prefix.endsWith(":") || prefix.endsWith(",");
        return !(introduced && capital);
    }

    private static String text(List<String> sentences, QuoteSpan span) {
        StringBuilder text = new StringBuilder();
        for (int s = span.startSentence(); s <= span.endSentence(); s++) {
            String sentence = sentences.get(s);
            int from = s == span.startSentence() ? span.contentStart() : 0;
            int to = s == span.endSentence() ? span.contentEnd() : sentence.length();
            if (text.length() > 0) {
                text.append(' ');
            }
            text.append(sentence, from, Math.max(from, to));
        }
        return text.toString().strip().replaceFirst(",$", "").strip();
    }
}
