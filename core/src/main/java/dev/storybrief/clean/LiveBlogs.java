package dev.storybrief.clean;

import dev.storybrief.model.Removal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A live blog's entries: each opens with the time it was posted ("08:40 - Corvel Waste says ..."), newest first as a
 * page shows them. The stamp is no part of what the entry says, and the page's order runs backwards: the entries are
 * put in the order they happened, each without its stamp, and each paragraph of an entry is given its day (the newest
 * entry is on the page's date, and an entry posted later in the day than the one above it was posted the day before).
 */
final class LiveBlogs {
    /** "08:40 - ", "9.12am – ", "22:05: ": a time of day, then a dash or a colon, then the entry. */
    private static final Pattern STAMP = Pattern.compile("^(\\d{1,2})[:.](\\d{2})\\s*(?i:([ap])\\.?m\\.?)?\\s*[-–—:|]\\s+"
            + "(?=[\\p{Lu}\\d\"“‘])");
    /** Fewest stamped entries that make a page a live blog: a story may open one paragraph with a time. */
    private static final int MIN_ENTRIES = 3;
    private static final int DAY_MINUTES = 24 * 60;

    private LiveBlogs() {
    }

    /**
     * The paragraphs of a live blog, in the order its entries were posted and without their stamps, and each
     * paragraph's day ({@code days}, by position in the returned list; only with a known {@code date}); the paragraphs
     * themselves when they are no live blog.
     */
    static List<String> inOrder(String id, List<String> paragraphs, LocalDate date, Map<Integer, LocalDate> days,
                                List<Removal> removals) {
        List<Entry> entries = new ArrayList<>();
        List<String> before = new ArrayList<>();
        for (String p : paragraphs) {
            Matcher m = STAMP.matcher(p);
            if (m.find()) {
                entries.add(new Entry(minutes(m), p.substring(0, m.end()).strip(), new ArrayList<>(List.of(p.substring(m.end())))));
            } else if (entries.isEmpty()) {
                before.add(p);
            } else {
                entries.get(entries.size() - 1).paragraphs().add(p);
            }
        }
        if (entries.size() < MIN_ENTRIES) {
            return paragraphs;
        }
        int down = 0;
        int up = 0;
        for (int i = 1; i < entries.size(); i++) {
            int step = Integer.compare(entries.get(i).minutes(), entries.get(i - 1).minutes());
            down += step < 0 ? 1 : 0;
            up += step > 0 ? 1 : 0;
        }
        boolean newestFirst = down > up;
        // the time of each entry counted from midnight of the newest entry's day: a wrap past midnight moves a day
        long[] at = new long[entries.size()];
        if (newestFirst) {
            long day = 0;
            for (int i = 0; i < entries.size(); i++) {
                if (i > 0 && entries.get(i).minutes() > entries.get(i - 1).minutes()) {
                    day--;
                }
                at[i] = day * DAY_MINUTES + entries.get(i).minutes();
            }
        } else {
            long day = 0;
            for (int i = 0; i < entries.size(); i++) {
                if (i > 0 && entries.get(i).minutes() < entries.get(i - 1).minutes()) {
                    day++;
                }
                at[i] = day * DAY_MINUTES + entries.get(i).minutes();
            }
            long last = Math.floorDiv(at[entries.size() - 1], DAY_MINUTES);
            for (int i = 0; i < at.length; i++) {
                at[i] -= last * DAY_MINUTES;
            }
        }
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            order.add(i);
        }
        order.sort(Comparator.comparingLong((Integer i) -> at[i]).thenComparing(i -> i));
        List<String> out = new ArrayList<>(before);
        for (int i : order) {
            Entry e = entries.get(i);
            removals.add(new Removal(id, e.stamp(), "live-blog-time", "a live blog entry's time stamp"
                    + (newestFirst ? " (entries put in the order they were posted)" : "")));
            for (String p : e.paragraphs()) {
                if (date != null) {
                    days.put(out.size(), date.plusDays(Math.floorDiv(at[i], DAY_MINUTES)));
                }
                out.add(p);
            }
        }
        return out;
    }

    private static int minutes(Matcher m) {
        int hour = Integer.parseInt(m.group(1)) % 24;
        if (m.group(3) != null) {
            hour = hour % 12 + (m.group(3).equalsIgnoreCase("p") ? 12 : 0);
        }
        return hour * 60 + Math.min(59, Integer.parseInt(m.group(2)));
    }

    private record Entry(int minutes, String stamp, List<String> paragraphs) {
    }
}
