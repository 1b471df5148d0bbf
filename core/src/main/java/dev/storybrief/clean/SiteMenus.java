package dev.storybrief.clean;

import dev.storybrief.model.SentenceMarks;
import dev.storybrief.model.Words;

/**
 * The head of a page copied from a browser: a skip link ("Vai al contenuto", "Naar hoofdinhoud") or the site's name,
 * then its menu, one item a line ("Cronaca", "Politica", "Sport", "Accedi"), before the headline. Told by its shape
 * in any language: a menu copied this way is a run of lines of a word or two, most of them a single word, without
 * digits or a sentence's end; a headline, a byline and a date bar are not. The lines above such a run, at the top of
 * the page, are its header.
 */
final class SiteMenus {
    /** Most words of a line above the menu: a skip link or the site's name. */
    private static final int HEADER_WORDS = 5;
    /** Most words of a menu's item copied as a line. */
    private static final int ITEM_WORDS = 2;
    /** Fewest items of a menu run. */
    private static final int LEAST_ITEMS = 4;
    /** Fewest one-word items in it: a byline block has a name of two words, a source, a date with digits. */
    private static final int LEAST_SINGLE_WORDS = 3;
    /** Lines between the header's line and the menu run (the site's name under a skip link). */
    private static final int GAP_LINES = 1;

    private SiteMenus() {
    }

    /**
     * Whether the line heads a copied page above its menu: nothing was kept above it, it is short, holds no digit and
     * does not end like a sentence, and a menu run starts under it (after one line at most, the site's name).
     */
    static boolean headsMenu(LineContext context) {
        String line = context.line();
        if (context.keptBefore() > 0 || !Words.atMost(line, HEADER_WORDS) || line.matches(".*\\d.*")
                || SentenceMarks.endsSentence(line) || line.endsWith(":")) {
            return false;
        }
        int next = nextNonBlank(context, context.index());
        for (int skipped = 0; next >= 0 && skipped <= GAP_LINES; skipped++) {
            if (menuRunAt(context, next)) {
                return true;
            }
            next = nextNonBlank(context, next);
        }
        return false;
    }

    /** Whether a run of menu items starts at line {@code i}. */
    private static boolean menuRunAt(LineContext context, int i) {
        int items = 0;
        int single = 0;
        for (int j = i; j >= 0; j = nextNonBlank(context, j)) {
            String item = context.lineAt(j);
            if (!isItem(item)) {
                break;
            }
            items++;
            single += Words.count(item) == 1 ? 1 : 0;
        }
        return items >= LEAST_ITEMS && single >= LEAST_SINGLE_WORDS;
    }

    /** A menu's item: a word or two of letters, nothing closing it. */
    private static boolean isItem(String line) {
        return Words.atMost(line, ITEM_WORDS) && line.matches("\\p{L}[\\p{L}'’&. -]*\\p{L}")
                && !SentenceMarks.endsSentence(line);
    }

    private static int nextNonBlank(LineContext context, int i) {
        for (int j = i + 1; j < context.size(); j++) {
            if (!context.lineAt(j).isEmpty()) {
                return j;
            }
        }
        return -1;
    }
}
