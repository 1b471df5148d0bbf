package dev.storybrief.analyze.time;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Takes a trailing hedge into the extent it qualifies: "until [1994 or later]", "for [1990 and beyond]", "over the
 * next [two years or so]". TimeML keeps such words in the TIMEX3 (they set its {@code mod}: APPROX, EQUAL_OR_MORE)
 * and TimeBank writes all five of its cases so; the value stays the one the expression names.
 */
final class HedgedEnds {
    private static final Pattern HEDGE = Pattern.compile("^\\s+(?:or\\s+so|or\\s+later|or\\s+earlier|and\\s+beyond)"
            + "(?![\\p{L}\\d])");

    private HedgedEnds() {
    }

    /** The mentions, in text order, each followed by a hedge extended over it. */
    static List<TemporalMention> apply(String sentence, List<TemporalMention> mentions) {
        List<TemporalMention> out = new ArrayList<>(mentions.size());
        for (int i = 0; i < mentions.size(); i++) {
            TemporalMention m = mentions.get(i);
            Matcher hedge = HEDGE.matcher(sentence.substring(m.end()));
            int nextStart = i + 1 < mentions.size() ? mentions.get(i + 1).start() : sentence.length();
            if (hedge.find() && m.end() + hedge.end() <= nextStart) {
                int end = m.end() + hedge.end();
                m = m.extendedTo(end, sentence.substring(m.start(), end));
            }
            out.add(m);
        }
        return List.copyOf(out);
    }
}
