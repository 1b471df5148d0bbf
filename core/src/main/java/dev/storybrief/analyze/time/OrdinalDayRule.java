package dev.storybrief.analyze.time;

import dev.storybrief.model.Granularity;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A day or week named by its place in an event and equated with today: "today is the eighth day of Desert Shield",
 * "It's the second day of an offensive". TimeML tags the ordinal as the DATE it names, and the present copula with
 * "today" or "it" makes that the article's own day (or week). A past copula ("it was the second day") or another
 * subject ("his first day in office") says nothing about which day, so nothing is tagged.
 */
final class OrdinalDayRule implements TemporalRule {

    private static final String ORDINAL = "first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth"
            + "|eleventh|twelfth|\\d{1,3}(?:st|nd|rd|th)";
    private static final Pattern TODAY_IS = Pattern.compile("(?<![\\p{L}])(?:[Tt]oday\\s+is|[Tt]onight\\s+is"
            + "|[Ii]t\\s+is|[Ii]t['’]s|[Tt]his\\s+is)\\s+(?:now\\s+)?(?<ordinal>the\\s+(?:" + ORDINAL + ")\\s+"
            + "(?<unit>day|week))\\s+(?:of|since|in)(?![\\p{L}])");

    @Override
    public void find(String sentence, Anchor anchor, List<TemporalMention> found) {
        Matcher matcher = TODAY_IS.matcher(sentence);
        while (matcher.find()) {
            boolean week = matcher.group("unit").equals("week");
            String value = !anchor.isKnown() ? null : week ? CalendarValues.week(anchor.articleDate())
                    : CalendarValues.day(anchor.articleDate());
            found.add(TemporalRule.mention(sentence, matcher.start("ordinal"), matcher.end("ordinal"), value,
                    week ? Granularity.WEEK : Granularity.DAY, true));
        }
    }
}
