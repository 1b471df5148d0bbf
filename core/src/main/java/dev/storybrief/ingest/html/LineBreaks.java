package dev.storybrief.ingest.html;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Paragraphs that a page parts with single line breaks. Two breaks in a row already end a block ({@link
 * BlockSegmenter}); one break stays a newline inside it, as in an address or a verse. A break right after a sentence
 * ends and before the next begins is the paragraph break of a page that has no other (old table layouts, forum and
 * CMS text written with {@code <br>}), so the block is cut there.
 */
final class LineBreaks {

    /** A newline after sentence-final punctuation (and closing quotes or brackets), before a capital, digit or quote. */
    private static final Pattern BETWEEN_SENTENCES = Pattern.compile(
            "(?<=[.!?\u2026][\"'\u201D\u2019\u00BB)\\]]{0,2})[ \\t]*\\n[ \\t]*(?=[\\p{Lu}\\p{N}\"'\u201C\u2018\u00AB\u201E(])");

    private LineBreaks() {
    }

    /** The paragraphs, each cut at every line break that falls between two sentences (the list itself when none is). */
    static List<String> paragraphs(List<String> paragraphs) {
        if (paragraphs.stream().noneMatch(p -> p.indexOf('\n') >= 0)) {
            return paragraphs;
        }
        List<String> out = new ArrayList<>(paragraphs.size() + 4);
        paragraphs.forEach(p -> out.addAll(paragraphs(p)));
        return out;
    }

    /** The block's text cut at every line break that falls between two sentences (the text itself when none does). */
    static List<String> paragraphs(String text) {
        if (text.indexOf('\n') < 0) {
            return List.of(text);
        }
        List<String> out = new ArrayList<>(2);
        for (String part : BETWEEN_SENTENCES.split(text)) {
            if (!part.isBlank()) {
                out.add(part.strip());
            }
        }
        return out.isEmpty() ? List.of(text) : out;
    }
}
