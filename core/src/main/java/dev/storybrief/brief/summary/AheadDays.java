package dev.storybrief.brief.summary;

import dev.storybrief.model.AnalyzedArticle;
import dev.storybrief.model.Granularity;
import dev.storybrief.model.Sentence;
import dev.storybrief.model.TimexSpan;
import java.time.LocalDate;
import java.time.chrono.IsoChronology;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;

/**
 * A weekday ahead of its article's date, given its date in a summary line: "invited both sides to talks on Wednesday"
 * becomes "... on Wednesday, 25 November" (in the article's language). The trimmer cuts a relative day because the
 * timeline carries the event under its date; but a day ahead is what the line announces (the talks are yet to be
 * held), and a summary of several outlets, each of its own date, shows no date a weekday could be read against. The
 * date is the analysis' resolved value of that span; nothing here reads dates again.
 */
final class AheadDays {
    private AheadDays() {
    }

    /**
     * The sentence's text with each relative day that is ahead of the article's date, and that {@code trimmed} (the
     * trimmer's output) no longer holds, followed by its date; {@code null} when there is none, so the caller keeps
     * its trimming.
     */
    static String dated(AnalyzedArticle article, Sentence sentence, String trimmed) {
        LocalDate published = article.article().published();
        if (published == null) {
            return null;
        }
        String text = sentence.text();
        int base = article.start(sentence);
        StringBuilder out = new StringBuilder(text);
        boolean changed = false;
        List<TimexSpan> days = article.timexes(sentence);
        // from the last span back, so the offsets of the earlier ones stay right
        for (int i = days.size() - 1; i >= 0; i--) {
            TimexSpan day = days.get(i);
            LocalDate date = aheadDate(day, published);
            int end = day.end() - base;
            if (date == null || day.start() < base || end > text.length()
                    || !text.startsWith(day.text(), day.start() - base) || trimmed.contains(day.text())
                    || text.startsWith(",", end)) { // "Wednesday, Nov. 25" is dated as written
                continue;
            }
            out.insert(end, ", " + spelled(date, article.language()));
            changed = true;
        }
        return changed ? out.toString() : null;
    }

    /** The day's date when it is a relative day of one word ("Wednesday") after {@code published}; else null. */
    private static LocalDate aheadDate(TimexSpan day, LocalDate published) {
        if (!day.relative() || day.granularity() != Granularity.DAY || !day.isCalendarDate()
                || day.text().isBlank() || day.text().strip().contains(" ")) {
            return null;
        }
        try {
            LocalDate date = LocalDate.parse(day.calendarValue());
            return date.isAfter(published) ? date : null;
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** "25 November", "November 25", "25. listopadu": the language's long date without its year. */
    static String spelled(LocalDate date, String language) {
        // the year and what joins it to the rest go: "MMMM d, y" -> "MMMM d", "d MMMM y 'г'." -> "d MMMM"
        Locale locale = Locale.forLanguageTag(language == null || language.isBlank() ? "en" : language);
        String pattern = DateTimeFormatterBuilder.getLocalizedDateTimePattern(FormatStyle.LONG, null,
                IsoChronology.INSTANCE, locale);
        String noYear = pattern.replaceAll("(?:[\\s,.\\u060C/-]|'[^']*')*y+\\u5E74?(?:\\s*'[^']*'\\.?)?[\\s,.\\u060C/-]*", " ")
                .strip();
        if (noYear.isEmpty() || !noYear.contains("d") || !noYear.contains("M")) {
            noYear = "d MMMM";
        }
        return DateTimeFormatter.ofPattern(noYear, locale).format(date);
    }
}
