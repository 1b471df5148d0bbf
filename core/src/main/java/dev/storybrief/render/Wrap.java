package dev.storybrief.render;

/** Greedy word wrapping for terminal output. */
final class Wrap {
    private Wrap() {
    }

    /** Wraps at {@code width} columns; continuation lines start with {@code indent}. */
    static String wrap(String text, int width, String indent) {
        int lead = 0;
        while (lead < text.length() && text.charAt(lead) == ' ') {
            lead++;
        }
        StringBuilder out = new StringBuilder(text.substring(0, lead));
        int column = lead;
        for (String word : text.split("\\s+")) {
            if (word.isEmpty()) {
                continue;
            }
            if (column > lead && column + 1 + word.length() > width) {
                out.append('\n').append(indent);
                column = indent.length();
            } else if (column > lead) {
                out.append(' ');
                column++;
            }
            out.append(word);
            column += word.length();
        }
        return out.toString();
    }

    /**
     * Wraps {@code text} after a {@code label} kept as it is (a date padded to a column); continuation lines are
     * indented to where the text starts.
     */
    static String hanging(String label, String text, int width) {
        String indent = " ".repeat(label.length());
        return label + wrap(text, width - label.length(), "").replace("\n", "\n" + indent);
    }

    /** The text cut to {@code max} characters with an ellipsis. */
    static String shorten(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}
