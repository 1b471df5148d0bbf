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
 * put in the order they happened, each without its stamp, and each paragraph of an entry is given its day (an entry
 * posted later in the day than the one above it was posted the day before). Which day the entries start from: a page
 * whose publication stamp gives a time of day says when the blog opened, so its oldest entry is on that date (or the
 * next, when it was posted earlier in the day than the blog opened: past midnight); a page dated by day alone is the
 * day of its newest entry. The blog's own furniture ("Welcome to our live coverage of ...", "Refresh this page for
 * updates", a cry of one word such as "GOAL!") says nothing of the event and is taken out of the entries.
 */
final class LiveBlogs {
    /**
     * "08:40 - ", "9.12am – ", "22:05: ", "ore 16.40 – ", "godz. 15:20 – ", "14h10 - ": a time of day, maybe after the
     * language's word for "at" or "hour" and written with its hour mark, then a dash or a colon, then the entry, which
     * may open with a quotation in any language's marks („…“, «…», ”…”, ‚…‘) or a Spanish opening mark.
     */
    private static final Pattern STAMP = Pattern.compile("^(?:(?iu:ore|alle|godz\\.?|klo|kl\\.|um|à|às|a las|saat)\\s+)?"
            + "(\\d{1,2})[:.hH](\\d{2})\\s*(?i:([ap])\\.?m\\.?)?\\s*(?i:uhr\\s*)?[-–—:|]\\s+"
            + "(?=[\\p{Lu}\\d\"“‘„‚«»”’‹›¡¿])");
    /** A time of day alone on its line: "10:52", "9.12am", "14h10". */
    private static final Pattern LONE_STAMP = Pattern.compile("^\\s*(\\d{1,2})[:.hH](\\d{2})\\s*(?i:([ap])\\.?m\\.?)?\\s*$");
    /** How an entry opens: a capital, a figure or a quotation mark, as {@link #STAMP} wants after the stamp. */
    private static final Pattern ENTRY_START = Pattern.compile("[\\p{Lu}\\d\"“‘„‚«»”’‹›¡¿]");
    /** Fewest stamped entries that make a page a live blog: a story may open one paragraph with a time. */
    private static final int MIN_ENTRIES = 3;
    private static final int DAY_MINUTES = 24 * 60;
    /** A time of day in a machine-readable stamp ("2026-11-03T19:00:00-05:00"), read in the stamp's own zone. */
    private static final Pattern STAMP_TIME = Pattern.compile("\\d{4}-\\d{2}-\\d{2}[T ](\\d{2}):(\\d{2})");
    /** How much earlier than the blog's opening time its first entry may be stamped (a pre-written welcome). */
    private static final int OPENING_SLACK_MINUTES = 60;
    /** A live blog's sentence about itself: a welcome, a call to refresh or follow, its closing. */
    private static final Pattern FURNITURE = Pattern.compile("(?iu)^(?:(?:hello and |good (?:morning|afternoon|evening)"
            + "[,.!]? (?:and )?)?welcome to (?:our|the|this) live\\b"
            + "|(?:please )?(?:keep )?refresh(?:ing)? (?:this|the) page\\b"
            + "|(?:stay with us|stay tuned|follow (?:along|our live)|keep (?:following|checking))\\b"
            + "|this live (?:blog|page|coverage) (?:is now closed|has (?:now )?ended|will be updated)\\b"
            + "|we(?:'ll| will) be bringing you (?:the latest|live|all the)\\b"
            // German blogs say the same of themselves: "Wir berichten heute live über ...", "Willkommen zu unserem
            // Liveblog", "Wir halten Sie auf dem Laufenden"
            + "|wir berichten (?:\\p{L}+ )?live\\b|(?:herzlich )?willkommen (?:zu|in|bei) unserem (?:live|newsblog|ticker)"
            + "|wir halten sie (?:hier )?auf dem laufenden\\b"
            // and the Romance, Polish and Dutch ones, after their greeting: "Buongiorno, seguiamo in diretta ...",
            // "Bom dia, acompanhe ao vivo ...", "Dzień dobry, relacjonujemy na żywo ..."
            + "|(?:(?:buongiorno|buonasera|bom dia|boa tarde|boa noite|buenos días|buenas tardes|bonjour|bonsoir"
            + "|dzień dobry|goedemorgen|goedemiddag)[,!]? )?(?:seguiamo (?:in diretta|live)|acompanhe (?:ao vivo|em tempo"
            + " real)|seguimos en directo|(?:nous )?suivons en direct|suivez en direct|relacjonujemy na żywo"
            + "|śledzimy na żywo|we volgen (?:het )?live|volg (?:hier )?live)\\b)[^.!?]*[.!?]?$");
    /**
     * A word or two shouted on their own at the head of an entry ("GOAL!", "Penalty!", "Tor!", a greeting such as "Guten
     * Morgen!" or "Good morning!"): the blog's cry or hello, which tells
     * nothing the entry's next sentence does not ("Harbour City lead"), and no sentence of the story.
     */
    private static final Pattern CRY = Pattern.compile("^\\p{L}+(?: \\p{L}+)?!+$");
    /** A sentence boundary inside an entry. */
    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?])\\s+(?=[\\p{Lu}\"“])");

    private LiveBlogs() {
    }

    /**
     * The paragraphs of a live blog, in the order its entries were posted and without their stamps, and each
     * paragraph's day ({@code days}, by position in the returned list; only with a known {@code date}); the paragraphs
     * themselves when they are no live blog.
     */
    static List<String> inOrder(String id, List<String> paragraphs, LocalDate date, Map<Integer, LocalDate> days,
                                List<Removal> removals) {
        return inOrder(id, paragraphs, date, null, days, removals);
    }

    /**
     * As {@link #inOrder(String, List, LocalDate, Map, List)}, with the page's publication stamp as given
     * ({@code published}, nullable): when it has a time of day, the blog's oldest entry is dated from it.
     */
    static List<String> inOrder(String id, List<String> paragraphs, LocalDate date, String published,
                                Map<Integer, LocalDate> days, List<Removal> removals) {
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
        long shift = 0;
        Integer opened = published == null ? null : timeOfDay(published);
        if (opened != null) {
            Entry oldest = entries.get(order.get(0));
            long oldestDay = oldest.minutes() + OPENING_SLACK_MINUTES < opened ? 1 : 0;
            shift = oldestDay - Math.floorDiv(at[order.get(0)], DAY_MINUTES);
        }
        List<String> out = new ArrayList<>(before);
        for (int i : order) {
            Entry e = entries.get(i);
            removals.add(new Removal(id, e.stamp(), "live-blog-time", "a live blog entry's time stamp"
                    + (newestFirst ? " (entries put in the order they were posted)" : "")));
            for (String p : e.paragraphs()) {
                p = withoutFurniture(id, p, removals);
                if (p.isEmpty()) {
                    continue;
                }
                if (date != null) {
                    days.put(out.size(), date.plusDays(Math.floorDiv(at[i], DAY_MINUTES) + shift));
                }
                out.add(p);
            }
        }
        return out;
    }

    /**
     * The lines with each time of day that stands on a line of its own above its entry ("10:52", then "Kellport Lines
     * says ...") written before its entry as an inline stamp is ("10:52 - Kellport Lines says ..."), so that the blog
     * is read as one; the lines themselves unless {@link #MIN_ENTRIES} such stamps head prose. A live blog copied from
     * a page, or one whose page sets the time apart, is built so; a video's time codes ("0:45", "1:02:33") are not
     * clock times of a day, and a page of them has no hour of its own.
     */
    static List<String> withLoneStampsJoined(List<String> lines) {
        List<int[]> stamps = new ArrayList<>(); // the stamp's line, the entry's line
        boolean hasHour = false;
        for (int i = 0; i < lines.size(); i++) {
            Matcher m = LONE_STAMP.matcher(lines.get(i));
            if (!m.matches() || Integer.parseInt(m.group(1)) > 23 || Integer.parseInt(m.group(2)) > 59) {
                continue;
            }
            int next = i + 1;
            while (next < lines.size() && lines.get(next).isBlank()) {
                next++;
            }
            if (next < lines.size() && ENTRY_START.matcher(lines.get(next).strip()).lookingAt()
                    && !LONE_STAMP.matcher(lines.get(next)).matches()) {
                stamps.add(new int[] {i, next});
                hasHour |= Integer.parseInt(m.group(1)) > 0 || m.group(3) != null;
            }
        }
        if (stamps.size() < MIN_ENTRIES || !hasHour) {
            return lines;
        }
        List<String> out = new ArrayList<>(lines);
        // from the last, so that the earlier lines keep their places
        for (int k = stamps.size() - 1; k >= 0; k--) {
            int stamp = stamps.get(k)[0];
            int entry = stamps.get(k)[1];
            out.set(entry, out.get(stamp).strip() + " - " + out.get(entry).strip());
            out.subList(stamp, entry).clear();
        }
        return out;
    }

    /** The paragraph without the blog's sentences about itself (listed in {@code removals}); empty when all were. */
    private static String withoutFurniture(String id, String paragraph, List<Removal> removals) {
        List<String> kept = new ArrayList<>();
        for (String sentence : SENTENCE_END.split(paragraph)) {
            if (FURNITURE.matcher(sentence.strip()).matches()) {
                removals.add(new Removal(id, sentence.strip(), "live-blog-furniture",
                        "a live blog's words about itself (a welcome, a call to refresh), not news"));
            } else if (CRY.matcher(sentence.strip()).matches()) {
                removals.add(new Removal(id, sentence.strip(), "live-blog-furniture",
                        "a live blog's one-word cry (\"GOAL!\"), no sentence of the story"));
            } else {
                kept.add(sentence.strip());
            }
        }
        return String.join(" ", kept);
    }

    /** Minutes after midnight of a stamp's time of day in its own zone, or null for a stamp without one. */
    static Integer timeOfDay(String stamp) {
        Matcher m = STAMP_TIME.matcher(stamp);
        return m.find() ? Integer.parseInt(m.group(1)) % 24 * 60 + Math.min(59, Integer.parseInt(m.group(2))) : null;
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
