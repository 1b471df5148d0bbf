package dev.storybrief.analyze;

/**
 * Tracks whether a quotation is open while reading a paragraph sentence by sentence. Curly quotes and the
 * typewriter-doubled {@code `` ''} of wire copy say which way they face; straight double quotes toggle.
 */
final class QuoteState {
    private boolean open;

    /** True when a quotation opened earlier is still open. */
    boolean isOpen() {
        return open;
    }

    /** Reads one more piece of text. */
    void read(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '“' || text.startsWith("``", i)) {
                open = true;
            } else if (c == '”' || text.startsWith("''", i)) {
                open = false;
            } else if (c == '"') {
                open = !open;
            }
        }
    }
}
