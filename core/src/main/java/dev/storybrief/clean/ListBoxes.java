package dev.storybrief.clean;

import dev.storybrief.model.SentenceMarks;
import dev.storybrief.model.Words;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Tells a box of points that repeats the story (a "Key points" or "In brief" teaser, a lone promotional bullet) from a
 * list that is part of the story (a release's key figures, a report's findings), by how pages are built rather than
 * by what the items say. A teaser box stands above the story's lead, or repeats what the body says; a list of the
 * story stands after the lead, is introduced by the text ("Key figures:") or has several items, and tells what the
 * body does not repeat.
 */
final class ListBoxes {
    /** A bulleted line: a bullet mark, then its text. */
    private static final Pattern BULLET = Pattern.compile("^[•·▪►■]\\s*\\S");
    /** The label of a teaser box. */
    static final Pattern LABEL = Pattern.compile("(?i)^(?:story highlights|highlights|key points|in brief)$");
    /** An unbulleted item under a label is short and does not end like a sentence. */
    private static final int LABELLED_ITEM_WORDS = 30;
    /** A lead paragraph is a sentence of some length. */
    private static final int LEAD_WORDS = 8;
    /** Share of an item's words that another paragraph must hold for the item to be repeated there. */
    private static final double REPEATED_WORDS = 0.6;
    /** Letters two forms of a word share ("reopens", "reopen"): a crude stem, enough to see a repetition. */
    private static final int STEM_LETTERS = 5;
    /** Words of three letters or fewer are mostly grammar, unless they are numbers. */
    private static final int CONTENT_LETTERS = 4;

    private ListBoxes() {
    }

    /** Whether the line is a bulleted item. */
    static boolean isBullet(String line) {
        return BULLET.matcher(line).find();
    }

    /**
     * Whether the list the current line belongs to (as a bulleted item, or as the label heading it) is a box that
     * repeats the story, not a part of it.
     */
    static boolean isTeaserBox(LineContext context) {
        Box box = boxAround(context);
        if (box == null) {
            return false;
        }
        boolean introduced = box.start() > 0 && context.lineAt(context.nonBlankBefore(box.start())).endsWith(":");
        if (!leadAbove(context, box.start())) {
            return true;
        }
        if (box.items().size() < 2 && !introduced) {
            return true; // one bullet alone is a promotion set apart, not a list
        }
        return repeatedBelowOrAbove(context, box);
    }

    /** The box's first line (its label, or its first item) and its items' line indices; null when not in one. */
    private record Box(int start, List<Integer> items) {
    }

    private static Box boxAround(LineContext context) {
        int i = context.index();
        String line = context.line();
        int start;
        if (LABEL.matcher(line).matches()) {
            start = i;
        } else if (isBullet(line)) {
            start = i;
            for (int j = context.nonBlankBefore(i); j >= 0 && isBullet(context.lineAt(j)); j = context.nonBlankBefore(j)) {
                start = j;
            }
            int above = context.nonBlankBefore(start);
            if (above >= 0 && LABEL.matcher(context.lineAt(above)).matches()) {
                start = above;
            }
        } else {
            return null;
        }
        boolean labelled = LABEL.matcher(context.lineAt(start)).matches();
        List<Integer> items = new ArrayList<>();
        for (int j = labelled ? nonBlankAfter(context, start) : start; j >= 0; j = nonBlankAfter(context, j)) {
            String item = context.lineAt(j);
            boolean takes = isBullet(item) || labelled && !isBulletedBelow(context, start) && Words.atMost(item, LABELLED_ITEM_WORDS)
                    && !SentenceMarks.endsSentence(item);
            if (!takes) {
                break;
            }
            items.add(j);
        }
        return new Box(start, items);
    }

    /** Whether the label's first item is bulleted: then only bulleted lines are its items. */
    private static boolean isBulletedBelow(LineContext context, int label) {
        int first = nonBlankAfter(context, label);
        return first >= 0 && isBullet(context.lineAt(first));
    }

    private static int nonBlankAfter(LineContext context, int i) {
        for (int j = i + 1; j < context.size(); j++) {
            if (!context.lineAt(j).isEmpty()) {
                return j;
            }
        }
        return -1;
    }

    /** Whether a paragraph the rules kept above {@code start} reads as the story's lead: a sentence of some length. */
    private static boolean leadAbove(LineContext context, int start) {
        for (int j = 0; j < start; j++) {
            String line = context.lineAt(j);
            if (!line.isEmpty() && context.removedBy(j) == null && !isBullet(line)
                    && Words.count(line) >= LEAD_WORDS && endsLikeProse(line)) {
                return true;
            }
        }
        return false;
    }

    /** A sentence's end, or the colon of a line that introduces what follows. */
    private static boolean endsLikeProse(String line) {
        return SentenceMarks.endsSentence(line) || line.endsWith(":");
    }

    /** Whether most of the box's items say again what a paragraph outside the box says. */
    private static boolean repeatedBelowOrAbove(LineContext context, Box box) {
        Set<Integer> inBox = new HashSet<>(box.items());
        inBox.add(box.start());
        List<Set<String>> paragraphs = new ArrayList<>();
        for (int j = 0; j < context.size(); j++) {
            String line = context.lineAt(j);
            if (!line.isEmpty() && !inBox.contains(j) && !isBullet(line)) {
                paragraphs.add(stems(line));
            }
        }
        int repeated = 0;
        for (int item : box.items()) {
            Set<String> words = stems(context.lineAt(item));
            if (!words.isEmpty() && paragraphs.stream().anyMatch(p -> shared(words, p) >= REPEATED_WORDS * words.size())) {
                repeated++;
            }
        }
        return repeated * 2 > box.items().size();
    }

    private static long shared(Set<String> item, Set<String> paragraph) {
        return item.stream().filter(paragraph::contains).count();
    }

    /** The line's content words cut to their first letters, and its numbers. */
    private static Set<String> stems(String line) {
        Set<String> out = new HashSet<>();
        for (String w : line.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            boolean number = !w.isEmpty() && Character.isDigit(w.charAt(0));
            if (number || w.length() >= CONTENT_LETTERS) {
                out.add(number ? w : w.substring(0, Math.min(STEM_LETTERS, w.length())));
            }
        }
        return out;
    }
}
