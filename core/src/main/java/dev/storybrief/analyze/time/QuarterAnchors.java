package dev.storybrief.analyze.time;

import dev.storybrief.model.TimexType;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Document-level anchor choice for business reporting: once an article has named a quarter ("the third quarter"),
 * "a year ago" and "a year earlier" compare with the same quarter a year before (1988-Q3, not 1988), "the
 * year-ago quarter" is that quarter, and "the quarter" or "the latest quarter" is the quarter named. The sentence
 * tagger cannot know this: the quarter is usually named sentences earlier.
 */
final class QuarterAnchors {

    private static final Pattern QUARTER_VALUE = Pattern.compile("(\\d{4})-Q([1-4])");
    private static final Pattern YEAR_BACK = Pattern.compile("(?i)(?:a|one)\\s+year\\s+(?:ago|earlier|before)"
            + "|the\\s+(?:comparable\\s+|same\\s+)?(?:year-ago|year-earlier|prior-year)\\s+(?:quarter|period)"
            + "|year-ago|year-earlier");
    private static final Pattern SAME = Pattern.compile("(?i)the\\s+(?:latest\\s+|same\\s+)?quarter");

    private QuarterAnchors() {
    }

    /** Rewrites the mentions of each sentence, in document order, against the last quarter named before them. */
    static List<List<TemporalMention>> apply(List<List<TemporalMention>> sentences) {
        List<List<TemporalMention>> out = new ArrayList<>();
        String lastQuarter = null;
        for (List<TemporalMention> sentence : sentences) {
            List<TemporalMention> rewritten = new ArrayList<>();
            for (TemporalMention m : sentence) {
                TemporalMention r = rewrite(m, lastQuarter);
                rewritten.add(r);
                if (r.value() != null && QUARTER_VALUE.matcher(r.value()).matches()
                        && !YEAR_BACK.matcher(r.text()).matches()) {
                    lastQuarter = r.value();
                }
            }
            out.add(List.copyOf(rewritten));
        }
        return out;
    }

    private static TemporalMention rewrite(TemporalMention m, String lastQuarter) {
        if (lastQuarter == null) {
            return m;
        }
        Matcher quarter = QUARTER_VALUE.matcher(lastQuarter);
        quarter.matches();
        String value;
        if (YEAR_BACK.matcher(m.text()).matches()) {
            value = String.format(Locale.ROOT, "%04d-Q%s", Integer.parseInt(quarter.group(1)) - 1, quarter.group(2));
        } else if (SAME.matcher(m.text()).matches()) {
            value = lastQuarter;
        } else {
            return m;
        }
        return new TemporalMention(m.start(), m.end(), m.text(), TimexType.DATE, value, null, true);
    }
}
