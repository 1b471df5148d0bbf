package dev.storybrief.analyze.time;

import dev.storybrief.model.Granularity;
import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Month-precise expressions: {@code October 2011}, {@code in December}, {@code last March}, {@code mid-June},
 * {@code June last year}.
 *
 * <p>"May" and "March" alone are far more often a verb or a noun, so without a number they need a cue word before them
 * ("in May", "since March"). A month name between capitalised words ("Black September", "Theresa May") is a name.
 */
final class MonthRule implements TemporalRule {

    private static final Pattern MONTH_YEAR = Pattern.compile("(?<![\\p{L}\\d])(?<month>" + MonthNames.ANY
            + "),?\\s+(?<year>" + CalendarDateRule.YEAR + ")(?![\\d\\p{L}])");
    private static final Pattern BARE_MONTH = Pattern.compile("(?<![\\p{L}\\d-])"
            + "(?:(?<mod>[Ll]ast|[Nn]ext|[Tt]his|[Ee]arly|[Ll]ate|[Mm]id)(?:\\s+|-))?"
            + "(?<month>" + MonthNames.FULL + ")(?![\\p{L}\\d])");
    private static final Pattern MONTH_RELATIVE_YEAR = Pattern.compile("(?<![\\p{L}\\d])(?<month>" + MonthNames.FULL
            + ")\\s+(?:of\\s+)?(?<rel>this|last|next)\\s+year(?![\\p{L}])");
    private static final Set<String> CUES = Set.of("in", "since", "until", "till", "by", "from", "through",
            "during", "before", "after", "of", "last", "next", "this", "early", "late", "mid", "throughout", "between");
    private static final Set<String> NEED_CUE = Set.of("May", "March");

    @Override
    public void find(String sentence, Anchor anchor, List<TemporalMention> found) {
        Matcher withYear = MONTH_YEAR.matcher(sentence);
        while (withYear.find()) {
            YearMonth month = YearMonth.of(Integer.parseInt(withYear.group("year")),
                    MonthNames.month(withYear.group("month")));
            found.add(TemporalRule.mention(sentence, withYear.start(), withYear.end(), CalendarValues.month(month),
                    Granularity.MONTH, false));
        }
        // "June last year", "January this year": the month of the year named relative to the article
        Matcher relative = MONTH_RELATIVE_YEAR.matcher(sentence);
        while (relative.find()) {
            String value = null;
            if (anchor.isKnown()) {
                int step = switch (relative.group("rel")) {
                    case "last" -> -1;
                    case "next" -> 1;
                    default -> 0;
                };
                value = CalendarValues.month(YearMonth.of(anchor.articleDate().getYear() + step,
                        MonthNames.month(relative.group("month"))));
            }
            found.add(TemporalRule.mention(sentence, relative.start(), relative.end(), value, Granularity.MONTH, true));
        }
        Matcher bare = BARE_MONTH.matcher(sentence);
        while (bare.find()) {
            if (isMonthReading(sentence, bare)) {
                found.add(resolveBare(sentence, anchor, bare));
            }
        }
    }

    private static boolean isMonthReading(String sentence, Matcher bare) {
        if (bare.group("mod") != null) {
            return true;
        }
        String previous = Words.before(sentence, bare.start());
        boolean cued = CUES.contains(previous.toLowerCase(Locale.ROOT));
        if (NEED_CUE.contains(bare.group("month")) && !cued) {
            return false;
        }
        boolean insideName = Words.isCapitalised(previous) && !cued
                || Words.isCapitalised(Words.after(sentence, bare.end()));
        return !insideName;
    }

    private static TemporalMention resolveBare(String sentence, Anchor anchor, Matcher bare) {
        String value = null;
        if (anchor.isKnown()) {
            Month month = MonthNames.month(bare.group("month"));
            String mod = bare.group("mod") == null ? "" : bare.group("mod").toLowerCase(Locale.ROOT);
            // "was arrested in January" in a November article: the verb dates its own object, the nearest January
            // (two months ahead) is not meant
            boolean boundPast = mod.isEmpty() && TenseCues.pastEventVerbBefore(sentence, bare.start());
            // "failed to recruit midwives since January": a span that runs up to the telling began before it, so
            // the last January, however near the next one is
            boolean since = mod.isEmpty() && TenseCues.sinceBefore(sentence, bare.start());
            value = CalendarValues.month(boundPast || since ? CalendarChoices.latestMonth(month, anchor.articleDate())
                    : resolve(month, mod, anchor.articleDate(), TenseCues.around(sentence, bare.start(), bare.end())));
        }
        return TemporalRule.mention(sentence, bare.start(), bare.end(), value, Granularity.MONTH, true);
    }

    static YearMonth resolve(Month month, String mod, LocalDate article, Tense tense) {
        YearMonth articleMonth = YearMonth.from(article);
        YearMonth sameYear = YearMonth.of(article.getYear(), month);
        return switch (mod) {
            case "last" -> sameYear.isBefore(articleMonth) ? sameYear : sameYear.minusYears(1);
            case "next" -> sameYear.isAfter(articleMonth) ? sameYear : sameYear.plusYears(1);
            case "this" -> sameYear;
            default -> CalendarChoices.monthWithoutYear(month, article, tense);
        };
    }
}
