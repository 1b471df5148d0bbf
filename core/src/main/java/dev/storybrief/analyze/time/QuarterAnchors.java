package dev.storybrief.analyze.time;

import dev.storybrief.model.TimexType;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Document-level anchor choice for business reporting: once an article has named a quarter ("the third quarter"),
 * "a year ago" and "a year earlier" compare with the same quarter a year before (1988-Q3, not 1988), "the
 * year-ago quarter" is that quarter, and "the quarter", "the latest quarter" or "the latest period" is the quarter
 * named; "the same period last year" is that quarter a year before, and "the 1988 quarter" or "the 1988 period" is
 * that quarter of 1988. The sentence tagger cannot know this: the quarter is usually named sentences earlier.
 *
 * <p>The quarter counted from is the one the article reports: of the quarters named so far, the latest in time that
 * is named in a clause told in the past or is over by the article's date (a clause about the future names the
 * results still to come of a closed quarter: "expects to report a third-quarter loss" in November), and is not named
 * as the quarter now running ("this quarter"). An earnings story
 * reports its latest closed period and names others only to compare ("after a flat second quarter") or to forecast
 * ("will result in a fourth-quarter charge"), and none of those is what "the latest quarter" or "a year ago" then
 * means.
 */
final class QuarterAnchors {

    private static final Pattern QUARTER_VALUE = Pattern.compile("(\\d{4})-Q([1-4])");
    private static final Pattern YEAR_BACK = Pattern.compile("(?i)(?:a|one)\\s+year\\s+(?:ago|earlier|before)"
            + "|the\\s+(?:comparable\\s+|same\\s+)?(?:year-ago|year-earlier|prior-year)\\s+(?:quarter|period)"
            + "|year-ago|year-earlier|" + QuarterRule.YEAR_BEFORE_PERIOD);
    private static final Pattern YEAR_PERIOD = Pattern.compile("(?i)" + QuarterRule.YEAR_PERIOD);
    /** "This quarter", "the current quarter": the one running as the article appears, which a report does not report. */
    private static final Pattern RUNNING = Pattern.compile("(?i)(?:this|the\\s+current)\\s+quarter");
    private static final Pattern SAME = Pattern.compile("(?i)the\\s+(?:(?:latest\\s+|same\\s+)?quarter"
            + "|latest\\s+period)");

    private QuarterAnchors() {
    }

    /**
     * Rewrites the mentions of each sentence, in document order, against the reported quarter named before them.
     *
     * @param texts       the sentences, for the tense of the clause that names a quarter
     * @param sentences   the mentions of each sentence, in the order of {@code texts}
     * @param articleDate the article's date, or null when unknown: a quarter not over by then is not reported
     */
    static List<List<TemporalMention>> apply(List<String> texts, List<List<TemporalMention>> sentences,
                                             LocalDate articleDate) {
        List<List<TemporalMention>> out = new ArrayList<>();
        String reported = null;
        for (int i = 0; i < sentences.size(); i++) {
            List<TemporalMention> rewritten = new ArrayList<>();
            for (TemporalMention m : sentences.get(i)) {
                TemporalMention r = rewrite(m, reported);
                rewritten.add(r);
                if (isNamedQuarter(r) && (reported == null || r.value().compareTo(reported) > 0)) {
                    Tense tense = TenseCues.around(texts.get(i), r.start(), r.end());
                    // a quarter over by the article's date is the one reported, also when the clause looks ahead to
                    // its results ("expects to report a third-quarter loss" in November)
                    if (tense == Tense.PAST || isOver(r.value(), articleDate)) {
                        reported = r.value();
                    }
                }
            }
            out.add(List.copyOf(rewritten));
        }
        return out;
    }

    /**
     * True when the calendar quarter ended before the article's date (or the date is unknown). A quarter still running
     * by the calendar is reported only in a clause told in the past (a fiscal quarter: "reported a decline in
     * fourth-quarter earnings" in October); named without a tense ("has no estimate of the impact of the earthquake
     * on fourth-quarter results") it is no report, so "the latest quarter" after it is still the third.
     */
    private static boolean isOver(String quarterValue, LocalDate articleDate) {
        if (articleDate == null) {
            return true;
        }
        Matcher quarter = QUARTER_VALUE.matcher(quarterValue);
        quarter.matches();
        LocalDate firstDayAfter = LocalDate.of(Integer.parseInt(quarter.group(1)), 1, 1)
                .plusMonths(3L * Integer.parseInt(quarter.group(2)));
        return !articleDate.isBefore(firstDayAfter);
    }

    private static boolean isNamedQuarter(TemporalMention m) {
        return m.value() != null && QUARTER_VALUE.matcher(m.value()).matches() && !YEAR_BACK.matcher(m.text()).matches()
                && !YEAR_PERIOD.matcher(m.text()).matches() && !RUNNING.matcher(m.text()).matches();
    }

    private static TemporalMention rewrite(TemporalMention m, String lastQuarter) {
        if (lastQuarter == null) {
            return m;
        }
        Matcher quarter = QUARTER_VALUE.matcher(lastQuarter);
        quarter.matches();
        Matcher yearPeriod = YEAR_PERIOD.matcher(m.text());
        String value;
        if (YEAR_BACK.matcher(m.text()).matches()) {
            value = String.format(Locale.ROOT, "%04d-Q%s", Integer.parseInt(quarter.group(1)) - 1, quarter.group(2));
        } else if (SAME.matcher(m.text()).matches()) {
            value = lastQuarter;
        } else if (yearPeriod.matches()) {
            value = yearPeriod.group("year") + "-Q" + quarter.group(2);
        } else {
            return m;
        }
        return m.withValue(TimexType.DATE, value, null);
    }
}
