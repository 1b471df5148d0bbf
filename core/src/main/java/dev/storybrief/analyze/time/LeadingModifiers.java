package dev.storybrief.analyze.time;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Takes the words that place a time within a named day into the day's extent: "[late yesterday]", "[Earlier
 * Sunday]", "[early Tuesday]", "[later this afternoon]", "[the early hours of Monday]". TimeML keeps such words in
 * the TIMEX3 (they set its {@code mod}, START or END; the value stays the day's), as the tagger already does for
 * "earlier this week", and TimeBank writes all seven of its days so. News places a night's events this way ("in the
 * early hours of Monday", "late Friday"), and the timeline's row should carry the whole phrase.
 */
final class LeadingModifiers {
    /** A day named by a weekday or a word counting from the article, optionally with its part of the day. */
    private static final Pattern DAY = Pattern.compile("^(?:(?:[Ll]ast|[Nn]ext|[Tt]his)\\s+)?(?:" + MonthNames.WEEKDAY
            + "|[Yy]esterday|[Tt]oday|[Tt]omorrow|[Tt]onight|[Tt]his\\s+(?:morning|afternoon|evening))"
            + "(?:\\s+(?:morning|afternoon|evening|night))?$");
    private static final Pattern LEAD = Pattern.compile("(?<![\\p{L}])(?:(?i:early|late|earlier|later)"
            + "|(?i:the\\s+(?:early|small|wee)\\s+hours\\s+of))\\s+$");

    private LeadingModifiers() {
    }

    /** The mentions, in text order, each day preceded by such words extended over them. */
    static List<TemporalMention> apply(String sentence, List<TemporalMention> mentions) {
        List<TemporalMention> out = new ArrayList<>(mentions.size());
        for (int i = 0; i < mentions.size(); i++) {
            TemporalMention m = mentions.get(i);
            int previousEnd = i > 0 ? mentions.get(i - 1).end() : 0;
            if (DAY.matcher(m.text()).matches()) {
                Matcher lead = LEAD.matcher(sentence.substring(previousEnd, m.start()));
                if (lead.find()) {
                    int start = previousEnd + lead.start();
                    m = m.extendedFrom(start, sentence.substring(start, m.end()));
                }
            }
            out.add(m);
        }
        return List.copyOf(out);
    }
}
