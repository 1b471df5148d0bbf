package dev.storybrief.ingest.html;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Element;

/** Collects short, human-readable notes on what the extractor dropped and why; bounded in size. */
final class RemovalLog {

    private static final int MAX_ENTRIES = 400;
    private static final int SNIPPET_CHARS = 70;

    private final List<String> entries = new ArrayList<>();
    private int dropped;

    void note(String entry) {
        if (entries.size() < MAX_ENTRIES) {
            entries.add(entry);
        } else {
            dropped++;
        }
    }

    /** Records a removed element: its tag, class or id, the reason and the start of its text. */
    void element(Element e, String reason) {
        if (entries.size() >= MAX_ENTRIES) {
            dropped++;
            return;
        }
        String text = snippet(e.text());
        if (text.isEmpty()) {
            return;
        }
        note(describe(e) + " " + reason + ": \"" + text + "\"");
    }

    /** Records a dropped paragraph. */
    void text(String text, String reason) {
        note("paragraph " + reason + ": \"" + snippet(text) + "\"");
    }

    List<String> entries() {
        if (dropped == 0) {
            return entries;
        }
        List<String> out = new ArrayList<>(entries);
        out.add("... and " + dropped + " more");
        return out;
    }

    static String describe(Element e) {
        StringBuilder sb = new StringBuilder("<").append(e.normalName());
        if (!e.id().isEmpty()) {
            sb.append(" id=").append(cut(e.id(), 40));
        }
        if (!e.className().isEmpty()) {
            sb.append(" class=").append(cut(e.className().trim(), 50));
        }
        return sb.append('>').toString();
    }

    static String snippet(String text) {
        return cut(TextNormalizer.collapse(text.length() > 400 ? text.substring(0, 400) : text), SNIPPET_CHARS);
    }

    private static String cut(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max - 1) + "\u2026";
    }
}
