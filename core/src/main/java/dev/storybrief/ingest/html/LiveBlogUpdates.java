package dev.storybrief.ingest.html;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Element;

/**
 * The updates of a live blog, read in the order things happened. A live blog (a page whose JSON-LD article is a
 * {@code LiveBlogPosting}) shows its updates newest first, each a box holding its own {@code <time datetime>}; read
 * in that order, a summary tells the end before the start. The boxes are put oldest first (by each one's time), each
 * update's heading goes (a label over one update, not a sentence of the story), so does the box showing its time
 * ("3 hours ago", "Yesterday": page furniture that is wrong the day after), and a box of key points before the
 * updates goes too (it repeats what the updates tell, as fragments).
 */
final class LiveBlogUpdates {

    /** Most words of an update's time label ("Updated 3 hours ago", "Tuesday 14 April, 10:30 BST"). */
    private static final int MAX_LABEL_WORDS = 7;

    private LiveBlogUpdates() {
    }

    /** Reorders the live blog's updates under {@code root} oldest first; a page without two timed updates is left. */
    static void inTimeOrder(Element root, RemovalLog log) {
        Map<Element, Integer> timesWithin = new IdentityHashMap<>();
        List<Element> times = new ArrayList<>();
        for (Element t : root.select("time[datetime]")) {
            if (instant(t.attr("datetime")) != null) {
                times.add(t);
                for (Element a = t; a != null && a != root.parent(); a = a.parent()) {
                    timesWithin.merge(a, 1, Integer::sum);
                }
            }
        }
        Map<Element, List<Element>> updatesByFeed = new IdentityHashMap<>();
        Map<Element, Instant> timeOf = new IdentityHashMap<>();
        Map<Element, Element> stampOf = new IdentityHashMap<>();
        for (Element t : times) {
            // the update is the largest box around this time that holds no other
            Element update = t;
            while (update.parent() != null && update.parent() != root && timesWithin.getOrDefault(update.parent(), 0) == 1) {
                update = update.parent();
            }
            if (update.parent() != null && timeOf.putIfAbsent(update, instant(t.attr("datetime"))) == null) {
                stampOf.put(update, t);
                updatesByFeed.computeIfAbsent(update.parent(), k -> new ArrayList<>()).add(update);
            }
        }
        Element feed = updatesByFeed.entrySet().stream().max(Comparator.comparingInt(e -> e.getValue().size()))
                .map(Map.Entry::getKey).orElse(null);
        if (feed == null || updatesByFeed.get(feed).size() < 2) {
            return;
        }
        List<Element> updates = updatesByFeed.get(feed);
        dropSummaryBoxes(feed, root, log);
        for (Element update : updates) {
            for (Element h : update.select("h1, h2, h3, h4, h5, h6")) {
                log.text(h.text(), "a live blog update's heading");
                h.remove();
            }
            Element label = label(stampOf.get(update), update);
            if (label != null) {
                log.text(label.text(), "a live blog update's time label");
                label.remove();
            }
        }
        reorder(feed, timeOf);
    }

    /**
     * The box that shows an update's time and nothing else ("3 hours ago", "Yesterday", "14:32", "Just now"): the
     * {@code <time>} element, or the largest element around it inside the update that holds no other text. A time
     * inside a sentence of the update is none: it is part of what the update says. Null when there is no such box.
     */
    private static Element label(Element time, Element update) {
        if (time == null || time == update) {
            return null;
        }
        String text = time.text().strip();
        if (text.isEmpty() || HtmlArticleExtractor.wordCount(List.of(text)) > MAX_LABEL_WORDS) {
            return null;
        }
        Element box = time;
        while (box.parent() != null && box.parent() != update && box.parent().text().strip().equals(text)) {
            box = box.parent();
        }
        // text beside it in its element ("On <time>Tuesday</time> the coastguard ...") makes it part of a sentence
        return box.parent() == null || box.parent().ownText().isBlank() ? box : null;
    }

    /** Re-appends the feed's children oldest update first; what follows an update (an ad, a share bar) goes with it. */
    private static void reorder(Element feed, Map<Element, Instant> timeOf) {
        List<List<Element>> groups = new ArrayList<>();
        List<Instant> groupTimes = new ArrayList<>();
        List<Element> leading = new ArrayList<>();
        for (Element child : new ArrayList<>(feed.children())) {
            Instant when = timeOf.get(child);
            if (when != null) {
                groups.add(new ArrayList<>(List.of(child)));
                groupTimes.add(when);
            } else if (groups.isEmpty()) {
                leading.add(child);
            } else {
                groups.get(groups.size() - 1).add(child);
            }
        }
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < groups.size(); i++) {
            order.add(i);
        }
        order.sort(Comparator.comparing(groupTimes::get));
        List<Element> sorted = new ArrayList<>(leading);
        order.forEach(i -> sorted.addAll(groups.get(i)));
        sorted.forEach(Element::remove);
        feed.appendChildren(sorted);
    }

    /** Boxes before the feed (beside it or beside a box holding it) made of a heading and list items, no paragraphs. */
    private static void dropSummaryBoxes(Element feed, Element root, RemovalLog log) {
        for (Element a = feed; a != null && a != root; a = a.parent()) {
            List<Element> before = new ArrayList<>();
            for (Element s = a.previousElementSibling(); s != null; s = s.previousElementSibling()) {
                before.add(s);
            }
            for (Element s : before) {
                if (s.selectFirst("h2, h3, h4, h5, h6") != null && s.select("li").size() >= 2 && s.selectFirst("p") == null
                        && s.selectFirst("h1") == null) {
                    log.text(s.text(), "a live blog's key points (the updates tell them)");
                    s.remove();
                }
            }
        }
    }

    /** The moment a {@code datetime} attribute gives (a zone-less time read as UTC), or null when it gives none. */
    static Instant instant(String value) {
        String v = value.strip();
        try {
            return OffsetDateTime.parse(v).toInstant();
        } catch (DateTimeParseException e) {
            try {
                return LocalDateTime.parse(v).toInstant(ZoneOffset.UTC);
            } catch (DateTimeParseException e2) {
                try {
                    return LocalDate.parse(v).atStartOfDay().toInstant(ZoneOffset.UTC);
                } catch (DateTimeParseException e3) {
                    return null;
                }
            }
        }
    }
}
