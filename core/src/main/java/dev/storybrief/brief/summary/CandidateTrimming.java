package dev.storybrief.brief.summary;

import dev.storybrief.model.AnalyzedArticle;
import dev.storybrief.model.Sentence;
import java.util.List;

/** Which trimming rules a summary candidate may take: a weekday stays when cutting it would leave an event undated. */
final class CandidateTrimming {
    private CandidateTrimming() {
    }

    /** The words that set a day as the day of an event: "on Tuesday", "early on Tuesday", "late Friday". */
    private static final java.util.regex.Pattern EVENT_DAY =
            java.util.regex.Pattern.compile("(?i)\\b(?:on|early|late)\\s+$");

    /**
     * Whether the sentence's relative days ("on Wednesday", "yesterday") all resolve to a date, so the timeline carries
     * its event under that date and the weekday may be trimmed. A weekday of an undated article resolves to nothing:
     * trimmed, it would leave the event ("are expected to arrive on Wednesday") with no date anywhere.
     */
    static boolean daysDated(AnalyzedArticle article, Sentence sentence) {
        if (!article.has(dev.storybrief.model.Layer.TIMEXES)) {
            return true; // a pipeline without dates trims as the words alone allow
        }
        List<dev.storybrief.model.TimexSpan> relative = relativeDays(article, sentence);
        return !relative.isEmpty() && relative.stream().allMatch(dev.storybrief.model.TimexSpan::isCalendarDate);
    }

    /**
     * Whether trimming left a day of the sentence ("until Thursday", the point of its phrase) and cut the day of an
     * event on another date ("ran aground on Tuesday morning"): a timeline row carries the sentence under one date, so
     * the cut day's event would be dated nowhere, and the day left would read as its day. Only a day set with "on"
     * (or "early", "late") dates an event; a bare "said Friday" dates the telling.
     */
    static boolean leavesAnotherDay(AnalyzedArticle article, Sentence sentence, String trimmed) {
        java.util.Set<String> left = new java.util.HashSet<>();
        java.util.Set<String> cut = new java.util.HashSet<>();
        String text = article.text();
        for (dev.storybrief.model.TimexSpan day : relativeDays(article, sentence)) {
            if (day.granularity() != dev.storybrief.model.Granularity.DAY || !day.isCalendarDate()) {
                continue;
            }
            if (trimmed.contains(day.text())) {
                left.add(day.calendarValue());
            } else if (EVENT_DAY.matcher(text.substring(Math.max(0, day.start() - 12), day.start())).find()) {
                cut.add(day.calendarValue());
            }
        }
        return !left.isEmpty() && cut.stream().anyMatch(date -> !left.contains(date));
    }

    private static List<dev.storybrief.model.TimexSpan> relativeDays(AnalyzedArticle article, Sentence sentence) {
        return article.timexes(sentence).stream().filter(dev.storybrief.model.TimexSpan::relative).toList();
    }
}
