package dev.storybrief.analyze.time;

import dev.storybrief.model.TimexType;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Seasons, TIMEX3 {@code 1998-SU}: {@code this summer}, {@code last fall}, {@code the winter of 1994}, {@code spring
 * 1990}, {@code early summer}. A bare season needs a cue before it ("in", "this", "the"): "spring" and "fall" are also
 * a verb and a noun. Northern-hemisphere seasons: spring from March, summer from June, fall from September, winter
 * from December (a winter is named by the year it starts in).
 */
final class SeasonRule implements TemporalRule {

    private static final Pattern SEASON = Pattern.compile("(?<![\\p{L}\\d-])(?:(?<mod>(?i:this\\s+past|this|last|next"
            + "|the\\s+(?:early|late)|early|late|the|mid))[\\s-]+)?"
            + "(?<season>(?i:spring|summer|fall|autumn|winter))"
            + "(?:\\s+of\\s+(?<ofYear>" + CalendarDateRule.YEAR + ")|,?\\s+(?<year>" + CalendarDateRule.YEAR + "))?"
            + "(?![\\p{L}\\d])");
    private static final Set<String> CUES = Set.of("in", "since", "until", "by", "during", "through", "throughout",
            "before", "after", "over");

    @Override
    public void find(String sentence, Anchor anchor, List<TemporalMention> found) {
        Matcher matcher = SEASON.matcher(sentence);
        while (matcher.find()) {
            String mod = matcher.group("mod") == null ? "" : matcher.group("mod").toLowerCase(Locale.ROOT)
                    .replaceAll("\\s+", " ");
            String explicit = matcher.group("ofYear") != null ? matcher.group("ofYear") : matcher.group("year");
            String previous = Words.before(sentence, matcher.start()).toLowerCase(Locale.ROOT);
            boolean capitalisedName = Character.isUpperCase(matcher.group("season").charAt(0))
                    && matcher.start("season") > 0 && Words.isCapitalised(Words.after(sentence, matcher.end()));
            if (mod.isEmpty() && explicit == null && !CUES.contains(previous) || capitalisedName) {
                continue;
            }
            int season = index(matcher.group("season").toLowerCase(Locale.ROOT));
            String value = null;
            if (explicit != null) {
                value = explicit + "-" + code(season);
            } else if (anchor.isKnown()) {
                value = resolve(season, mod, anchor.articleDate(),
                        TenseCues.around(sentence, matcher.start(), matcher.end())) + "-" + code(season);
            }
            found.add(TemporalRule.timex(sentence, matcher.start(), matcher.end(), TimexType.DATE, value,
                    explicit == null));
        }
    }

    /** 0 spring, 1 summer, 2 fall, 3 winter. */
    static int index(String season) {
        return switch (season) {
            case "spring" -> 0;
            case "summer" -> 1;
            case "fall", "autumn" -> 2;
            default -> 3;
        };
    }

    static String code(int season) {
        return List.of("SP", "SU", "FA", "WI").get(season);
    }

    /**
     * The year of the season meant. Seasons are numbered year * 4 + season; "last" is the latest one before the
     * article's season, "next" the first after it, "this" the one of the article's year (the winter of January is
     * the one that began in December), and a bare season the latest one not after the article's in a past clause, the
     * first not before it in a future one, else the article year's.
     */
    static int resolve(int season, String mod, LocalDate article, Tense tense) {
        int month = article.getMonthValue();
        int currentSeason = month >= 12 || month <= 2 ? 3 : (month - 3) / 3;
        int current = (month <= 2 ? article.getYear() - 1 : article.getYear()) * 4 + currentSeason;
        int thisYear = (season == 3 && month <= 2 ? article.getYear() - 1 : article.getYear()) * 4 + season;
        int latestBefore = thisYear < current ? thisYear : thisYear - 4;
        int firstAfter = thisYear > current ? thisYear : thisYear + 4;
        int chosen = switch (mod) {
            case "last", "this past" -> latestBefore;
            case "next" -> firstAfter;
            case "this" -> thisYear;
            default -> tense == Tense.PAST && thisYear > current ? latestBefore
                    : tense == Tense.FUTURE && thisYear < current ? firstAfter : thisYear;
        };
        return Math.floorDiv(chosen, 4);
    }
}
