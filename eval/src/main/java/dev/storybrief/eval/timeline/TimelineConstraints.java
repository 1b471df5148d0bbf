package dev.storybrief.eval.timeline;

import java.time.LocalDate;
import java.util.Objects;

/**
 * What a system may return for one gold timeline under the standard timeline summarisation protocol (Martschat &amp;
 * Markert 2018; Gholipour Ghalandari &amp; Ifrim 2020, news-tls {@code evaluate.py}): at most as many dates as the gold
 * timeline, at most its mean number of sentences per date (rounded half to even, as Python's {@code round}), and only
 * dates within its first and last date (news-tls extends that range by 0 days on Timeline17).
 *
 * @param dates            most dates
 * @param sentencesPerDate most sentences on one date
 * @param start            first allowed date
 * @param end              last allowed date
 */
public record TimelineConstraints(int dates, int sentencesPerDate, LocalDate start, LocalDate end) {

    /** Validates the bounds. */
    public TimelineConstraints {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        if (dates < 1 || sentencesPerDate < 1 || end.isBefore(start)) {
            throw new IllegalArgumentException("bad timeline constraints: " + dates + " dates, " + sentencesPerDate
                    + " sentences per date, " + start + " to " + end);
        }
    }

    /** The constraints a gold timeline sets. */
    public static TimelineConstraints of(Timeline gold) {
        if (gold.size() == 0) {
            throw new IllegalArgumentException("a gold timeline without dates sets no constraints");
        }
        int perDate = (int) Math.max(1, Math.rint(gold.meanSentencesPerDate()));
        return new TimelineConstraints(gold.size(), perDate, gold.dates().first(), gold.dates().last());
    }

    /** True when the date is in range. */
    public boolean allows(LocalDate date) {
        return !date.isBefore(start) && !date.isAfter(end);
    }

    /**
     * Checks a system's timeline against the protocol.
     *
     * @throws TimelineProtocolException naming the first broken rule
     */
    public void check(String system, Timeline timeline) {
        if (timeline.size() > dates) {
            throw new TimelineProtocolException(system + " returned " + timeline.size() + " dates; the protocol allows "
                    + dates);
        }
        for (LocalDate date : timeline.dates()) {
            if (!allows(date)) {
                throw new TimelineProtocolException(system + " returned " + date + ", outside " + start + " to " + end);
            }
            if (timeline.sentences(date).size() > sentencesPerDate) {
                throw new TimelineProtocolException(system + " returned " + timeline.sentences(date).size()
                        + " sentences on " + date + "; the protocol allows " + sentencesPerDate);
            }
        }
    }
}
