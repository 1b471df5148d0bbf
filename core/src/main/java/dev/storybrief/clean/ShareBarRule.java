package dev.storybrief.clean;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A share bar's buttons, one a line ("Share", "Facebook", "WhatsApp", "Copy link") or in a row joined by dots, bars
 * or spaces ("Tweet · Share · Pin · Email", "Facebook Twitter Email"), and the advertisement labels of the same size. A button whose caption is also a
 * word of text ("X", "Pin", "Save") counts only in the bar: beside another button.
 */
final class ShareBarRule implements LineRule {
    /** Captions that only a button has. */
    private static final String BUTTON = "(?:share|tweet|e-?mail|facebook|twitter|whatsapp|linkedin|pinterest|reddit"
            + "|print|comments?|\\d+ comments?|save|copy link|messenger|telegram|flipboard|bluesky|threads|mastodon)";
    /** Captions that are buttons only beside another button. */
    private static final String IN_A_BAR = "(?:x|pin|mail|link|sms)";
    private static final Pattern ALONE = Pattern.compile("(?i)^(?:" + BUTTON + "|advertisement|sponsored"
            + "|story continues below(?: advertisement)?)$");
    /** The bar's own label before its buttons, in the languages of the cleaner: "Share:", "Partager :", "Teilen:". */
    private static final String BAR_LABEL = "(?:(?:share(?: this(?: article| story| page)?)?|partager|teilen|condividi"
            + "|compartir|compartilhar|partilhar|delen|udostępnij)\\s*:?\\s+)?";
    /**
     * Buttons in a row, joined by dots, bars or slashes, or only by spaces as a copy from a browser leaves them
     * ("Facebook Twitter Email", "Partager : Facebook X WhatsApp"): every word a button's caption.
     */
    private static final Pattern ROW = Pattern.compile("(?iu)^" + BAR_LABEL + "(?:" + BUTTON + "|" + IN_A_BAR + ")"
            + "(?:(?:\\s*[·•|/]\\s*|\\s+)(?:" + BUTTON + "|" + IN_A_BAR + "))+$");
    private static final Pattern BAR_ONLY = Pattern.compile("(?i)^" + IN_A_BAR + "$");
    /** A button's item in a row set apart by bars or dots, in any language: "Sdílet na Facebooku", "Paylaş". */
    private static final Pattern ITEM_BAR = Pattern.compile("\\s*[|·•]\\s*");
    /** A social network's name, however a language declines it ("Facebooku", "Твиттере"), or the short "X". */
    private static final Pattern NETWORK = Pattern.compile("(?iu)(?<!\\p{L})(?:facebook|twitter|whats[aA]pp|telegram|linkedin"
            + "|pinterest|reddit|vk|вконтакте|фейсбук|твиттер|x(?!\\p{L}))");
    /** Most words of one button's caption. */
    private static final int BUTTON_WORDS = 3;

    /**
     * A row of buttons in another language: items set apart by bars or dots, each a caption of a few words without a
     * sentence's end, and most of them naming a social network ("Sdílet na Facebooku | Sdílet na X | Vytisknout").
     */
    private static boolean isNetworkRow(String line) {
        String[] items = ITEM_BAR.split(line.strip());
        if (items.length < 2) {
            return false;
        }
        int networks = 0;
        for (String item : items) {
            if (item.isBlank() || dev.storybrief.model.Words.count(item) > BUTTON_WORDS || item.matches(".*[.!?:;,]$")) {
                return false;
            }
            networks += NETWORK.matcher(item).find() ? 1 : 0;
        }
        return networks * 2 > items.length;
    }

    @Override
    public String name() {
        return "share-bar";
    }

    /** A table's cell copied one a line: a figure, a share or a count ("14,210", "35.1%", "11", "-2.5"). */
    private static final Pattern FIGURE_CELL = Pattern.compile("^[-+−–]?[\\d.,\\s]{1,15}%?$");
    /** The lines around a lone caption a table's cells are looked for in. */
    private static final int CELL_LINES = 6;
    /** The longest line a row of buttons is: a longer one is no bar (and the row pattern is not run on it). */
    private static final int BAR_CHARS = 200;

    /**
     * Whether a lone caption that is also a word ("Share", "Comments", "Print") stands among a table's cells copied
     * one a line: short lines that are no buttons around it and figures among the lines after it ("Party", "Votes",
     * "Share", "Seats", "Green List", "14,210", "35.1%"). A table's column of vote shares is headed "Share".
     */
    private static boolean amongTableCells(LineContext context) {
        int before = context.previousNonBlank();
        String previous = before < 0 ? "" : context.lineAt(before);
        String next = context.nextNonBlank();
        if (!isCell(previous) || !isCell(next)) {
            return false;
        }
        for (int i = context.index() + 1; i <= context.index() + CELL_LINES; i++) {
            if (FIGURE_CELL.matcher(context.lineAt(i)).matches() && context.lineAt(i).chars().anyMatch(Character::isDigit)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isCell(String line) {
        return !line.isEmpty() && dev.storybrief.model.Words.atMost(line, BUTTON_WORDS)
                && !ALONE.matcher(line).matches() && !line.matches(".*[.!?:]$");
    }

    @Override
    public Optional<String> match(LineContext context) {
        String line = context.line();
        if (ALONE.matcher(line).matches() && amongTableCells(context)) {
            return Optional.empty(); // a table's column heading, not a button
        }
        if (ALONE.matcher(line).matches() || line.length() <= BAR_CHARS && ROW.matcher(line).matches()
                || isNetworkRow(line)) {
            return Optional.of("share bar or advertisement");
        }
        boolean inBar = name().equals(context.previousRemovedBy()) || ALONE.matcher(context.nextNonBlank()).matches();
        return inBar && BAR_ONLY.matcher(line).matches() ? Optional.of("share bar button") : Optional.empty();
    }
}
