package dev.storybrief.render;

import dev.storybrief.model.Briefing;

/** Turns a briefing into one output format. */
public interface Renderer {

    /** The rendered briefing; {@code explain} adds what cleaning removed and why. */
    String render(Briefing briefing, boolean explain);

    /** The renderer for a format name: text, markdown, json or html. */
    static Renderer forFormat(String format) {
        return switch (format.toLowerCase(java.util.Locale.ROOT)) {
            case "text", "txt" -> new TextRenderer();
            case "markdown", "md" -> new MarkdownRenderer();
            case "json" -> new JsonRenderer();
            case "html" -> new HtmlRenderer();
            default -> throw new IllegalArgumentException("unknown format \"" + format
                    + "\" (use text, markdown, json or html)");
        };
    }
}
