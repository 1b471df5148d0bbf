package dev.storybrief.clean;

import dev.storybrief.ingest.MetaKey;
import dev.storybrief.ingest.RawDocument;
import java.util.EnumMap;
import java.util.Map;

/**
 * The invisible direction marks a right-to-left page writes around left-to-right runs (an English quote, a figure, a
 * name in Latin letters inside Arabic, Hebrew or Persian prose), which a copy or a saved page keeps: the marks (LRM,
 * RLM, ALM), the embeddings and overrides (LRE ... PDF) and the isolates (LRI ... PDI). They change how a line is
 * shown, never what it says, yet a mark before a dateline, a quotation mark or a headline's first letter hides it from
 * every rule that reads the line's start or a quote's edge. They are taken out before cleaning reads anything.
 */
final class BidiControls {
    private BidiControls() {
    }

    /** The document with no direction control in its text or its title; the same document when it has none. */
    static RawDocument removed(RawDocument doc) {
        String title = doc.meta(MetaKey.TITLE);
        if (!has(doc.text()) && !has(title)) {
            return doc;
        }
        Map<MetaKey, String> meta = new EnumMap<>(MetaKey.class);
        meta.putAll(doc.meta());
        if (title != null) {
            meta.put(MetaKey.TITLE, strip(title));
        }
        return new RawDocument(doc.id(), doc.path(), doc.format(), strip(doc.text()), meta);
    }

    /** The text without direction controls. */
    static String strip(String text) {
        if (!has(text)) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!isControl(c)) {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static boolean has(String text) {
        if (text == null) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            if (isControl(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /** LRM, RLM, ALM; LRE, RLE, PDF, LRO, RLO; LRI, RLI, FSI, PDI. */
    private static boolean isControl(char c) {
        return c == '\u200E' || c == '\u200F' || c == '\u061C' || c >= '\u202A' && c <= '\u202E'
                || c >= '\u2066' && c <= '\u2069';
    }
}
