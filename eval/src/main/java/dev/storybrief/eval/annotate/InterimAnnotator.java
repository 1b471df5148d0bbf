package dev.storybrief.eval.annotate;

import dev.storybrief.analyze.SentenceSplitter;
import dev.storybrief.analyze.quote.Quote;
import dev.storybrief.analyze.quote.QuoteExtractor;
import dev.storybrief.analyze.time.Granularity;
import dev.storybrief.analyze.time.TemporalMention;
import dev.storybrief.analyze.time.TemporalTagger;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Stands in for {@code storybrief annotate} until that command exists: it makes the same {@link AnnotatedDocument}
 * records by calling core's analyzers directly, so the TempEval-3 and PolNeAR scorers can run today and switch to the
 * command's JSON Lines ({@link AnnotationsJsonl}) without change. Delete this class once {@code annotate} ships.
 *
 * <p>Sentences: every line of the text split by core's {@link SentenceSplitter}, offsets kept. Timexes: core's
 * {@link TemporalTagger} on each sentence with the document date as the anchor; everything it finds is a DATE (it
 * knows no durations, times or sets), valued {@code YYYY-MM-DD}, {@code YYYY-Www} (a week, from the Monday it names),
 * {@code YYYY-MM} or {@code YYYY}. Quotes: core's {@link QuoteExtractor} over the sentence list; its quote text is
 * found back in the document (words in order, any whitespace between), and the speaker's name (or its last word)
 * nearest the quote, outside it, within the sentence before to the sentence after, is the speaker span. A quote whose
 * text cannot be found back is left out (counted in {@link #unplaced()}).
 */
public final class InterimAnnotator {
    private static final SentenceSplitter SPLITTER = new SentenceSplitter();
    private final TemporalTagger tagger = new TemporalTagger();
    private final QuoteExtractor quotes = new QuoteExtractor();
    private int unplaced;

    /** Quotes the extractor found whose text could not be placed in the document. */
    public int unplaced() {
        return unplaced;
    }

    /** The timexes of a document. */
    public AnnotatedDocument timexes(String id, String text, LocalDate documentDate) {
        List<TimexAnnotation> timexes = new ArrayList<>();
        for (Span sentence : sentences(text)) {
            for (TemporalMention m : tagger.tag(sentence.text(), documentDate)) {
                Span span = new Span(sentence.start() + m.start(), sentence.start() + m.end(), m.text());
                timexes.add(new TimexAnnotation(span, "DATE", timexValue(m)));
            }
        }
        return new AnnotatedDocument(id, "en", documentDate == null ? null : documentDate.toString(), timexes, List.of());
    }

    /** The quotes of a document. */
    public AnnotatedDocument quotes(String id, String text) {
        List<Span> sentences = sentences(text);
        List<QuoteAnnotation> found = new ArrayList<>();
        for (Quote quote : quotes.extract(sentences.stream().map(Span::text).toList())) {
            Span content = locate(text, quote.text(), sentences.get(quote.sentenceIndex()).start());
            if (content == null) {
                unplaced++;
                continue;
            }
            Span speaker = quote.speaker() == null ? null : speakerSpan(text, sentences, content, quote.speaker());
            found.add(new QuoteAnnotation(content, speaker, quote.speaker()));
        }
        return new AnnotatedDocument(id, "en", null, List.of(), found);
    }

    /** The TIMEX3 value of a mention, or null when it is unresolved. */
    static String timexValue(TemporalMention m) {
        if (!m.isResolved()) {
            return null;
        }
        if (m.granularity() == Granularity.WEEK) {
            LocalDate monday = LocalDate.parse(m.value());
            return String.format(Locale.ROOT, "%04d-W%02d", monday.get(IsoFields.WEEK_BASED_YEAR),
                    monday.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
        }
        return m.value();
    }

    /** The sentences of a text, line by line, as spans of the text. */
    static List<Span> sentences(String text) {
        List<Span> spans = new ArrayList<>();
        int lineStart = 0;
        while (lineStart <= text.length()) {
            int lineEnd = text.indexOf('\n', lineStart);
            if (lineEnd < 0) {
                lineEnd = text.length();
            }
            String line = text.substring(lineStart, lineEnd);
            if (!line.isBlank()) {
                for (opennlp.tools.util.Span s : SPLITTER.spans(line)) {
                    spans.add(new Span(lineStart + s.getStart(), lineStart + s.getEnd(),
                            line.substring(s.getStart(), s.getEnd())));
                }
            }
            lineStart = lineEnd + 1;
        }
        return spans;
    }

    /** Where the words of {@code quoted} occur in order from {@code from}, or null. */
    static Span locate(String text, String quoted, int from) {
        String[] words = quoted.strip().split("\\s+");
        if (words.length == 0 || words[0].isEmpty()) {
            return null;
        }
        StringBuilder regex = new StringBuilder();
        for (String word : words) {
            regex.append(regex.length() == 0 ? "" : "\\s+").append(Pattern.quote(word));
        }
        Matcher m = Pattern.compile(regex.toString()).matcher(text);
        return m.find(from) ? new Span(m.start(), m.end(), m.group()) : null;
    }

    private static Span speakerSpan(String text, List<Span> sentences, Span content, String name) {
        int first = sentenceAt(sentences, content.start());
        int last = sentenceAt(sentences, Math.max(content.start(), content.end() - 1));
        int from = sentences.get(Math.max(0, first - 1)).start();
        int to = sentences.get(Math.min(sentences.size() - 1, last + 1)).end();
        Span best = nearest(text, name, from, to, content);
        if (best == null) {
            String[] parts = name.strip().split("\\s+");
            best = nearest(text, parts[parts.length - 1], from, to, content);
        }
        return best;
    }

    private static Span nearest(String text, String words, int from, int to, Span content) {
        Matcher m = Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(words) + "(?![\\p{L}\\p{N}])").matcher(text);
        m.region(from, to);
        Span best = null;
        int bestDistance = Integer.MAX_VALUE;
        while (m.find()) {
            Span candidate = new Span(m.start(), m.end(), m.group());
            if (candidate.overlaps(content)) {
                continue;
            }
            int distance = candidate.start() >= content.end() ? candidate.start() - content.end()
                    : content.start() - candidate.end();
            if (distance < bestDistance) {
                best = candidate;
                bestDistance = distance;
            }
        }
        return best;
    }

    private static int sentenceAt(List<Span> sentences, int offset) {
        for (int i = 0; i < sentences.size(); i++) {
            if (offset < sentences.get(i).end()) {
                return i;
            }
        }
        return sentences.size() - 1;
    }
}
