package dev.storybrief.group;

import dev.storybrief.analyze.time.MonthNames;
import dev.storybrief.model.AnalyzedArticle;
import java.time.LocalDate;
import java.time.Month;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds articles that belong to another period than the bulk of the story, such as a follow-up written months
 * later, so the summary of the event does not blend them in. Dated articles are compared by date; an undated
 * article is set apart only when every month it names lies outside the months the rest of the story names.
 */
final class PeriodDetector {
    static final long MAX_DAYS_FROM_MEDIAN = 45;
    private static final Pattern MONTH = Pattern.compile(
            "\\b(" + MonthNames.FULL + "|Jan\\.|Feb\\.|Aug\\.|Sept?\\.|Oct\\.|Nov\\.|Dec\\.)(?=\\s+\\d)|(?<=\\d\\s)("
                    + MonthNames.FULL + ")\\b");

    List<String> otherPeriod(List<AnalyzedArticle> articles) {
        List<String> apart = new ArrayList<>();
        LocalDate median = medianDate(articles);
        Set<Month> storyMonths = EnumSet.noneOf(Month.class);
        for (AnalyzedArticle a : articles) {
            LocalDate date = a.article().published();
            if (date != null && median != null && Math.abs(ChronoUnit.DAYS.between(median, date)) > MAX_DAYS_FROM_MEDIAN) {
                apart.add(a.id());
            } else if (date != null) {
                storyMonths.add(date.getMonth());
                storyMonths.addAll(monthsNamed(a));
            }
        }
        for (AnalyzedArticle a : articles) {
            if (a.article().published() == null && !apart.contains(a.id())) {
                Set<Month> named = monthsNamed(a);
                if (named.size() >= 1 && !storyMonths.isEmpty() && named.stream().noneMatch(storyMonths::contains)) {
                    apart.add(a.id());
                }
            }
        }
        return apart;
    }

    private static LocalDate medianDate(List<AnalyzedArticle> articles) {
        List<LocalDate> dates = articles.stream().map(a -> a.article().published())
                .filter(java.util.Objects::nonNull).sorted().toList();
        return dates.size() < 2 ? null : dates.get((dates.size() - 1) / 2);
    }

    static Set<Month> monthsNamed(AnalyzedArticle article) {
        Set<Month> months = EnumSet.noneOf(Month.class);
        for (String paragraph : article.article().paragraphs()) {
            Matcher m = MONTH.matcher(paragraph);
            while (m.find()) {
                String name = (m.group(1) != null ? m.group(1) : m.group(2)).substring(0, 3).toUpperCase(Locale.ROOT);
                for (Month month : Month.values()) {
                    if (month.name().startsWith(name)) {
                        months.add(month);
                    }
                }
            }
        }
        return months;
    }
}
