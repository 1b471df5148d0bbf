package dev.storybrief.group.dates;

import dev.storybrief.analyze.time.TemporalMention;
import dev.storybrief.model.AnalyzedArticle;
import dev.storybrief.model.Granularity;
import dev.storybrief.model.Sentence;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The day an undated article's lead gives for its news, with the year: wire copy without a date line writes the
 * day of what it reports into its first sentences, as a full date beside the word for "today" or the news's weekday
 * ("was sentenced on Thursday, Nov. 12, 2026", "Lo ha confermato oggi, 20 novembre 2026", "is woensdag dood gevonden.
 * ... meldde de gemeente op 4 november 2026"). A report is written the day of the news it leads with, so that day is
 * the article's. A full date alone is not enough: a lead may recall an older day ("the company, founded on March 3,
 * 1998"); the "today" or the weekday beside it, or a weekday elsewhere in the lead that falls on it, says it is the
 * day of the news. A date in a sentence about what is still to come ("will be sentenced on Friday, Nov. 20, 2026")
 * dates nothing, and two such days that disagree date nothing either. "Yesterday" beside the full date ("condannato
 * ieri, 19 novembre 2026") makes the date the news's and the article a day later: the report is the next day's.
 */
final class LeadDate {
    /** The lead: the first sentences of the first two paragraphs (a wire's second paragraph often carries the day). */
    static final int LEAD_SENTENCES = 3;
    static final int LEAD_PARAGRAPHS = 2;
    /** How sure a lead's date is: below a date line's, since a report may follow the day of its news by a day. */
    static final double CONFIDENCE = 0.8;
    /** What may stand between the full date and the word beside it: a comma, a space, a preposition of one word. */
    private static final Pattern BESIDE = Pattern.compile("[\\s,]*(?:\\p{L}{1,3}[\\s,]+)?");
    /** A date's first word, its weekday if it names one ("Thursday" of "Thursday, Nov. 12, 2026", "segunda-feira"). */
    private static final Pattern FIRST_WORD = Pattern.compile("[\\p{L}-]+");

    private final TagMemo tags;

    LeadDate(TagMemo tags) {
        this.tags = tags;
    }

    /** The lead's day and the words that give it, if the lead gives one day and no other. */
    record Found(LocalDate day, String words) {
    }

    /** The day of the news the article's lead gives, or empty. */
    Optional<Found> of(AnalyzedArticle a) {
        List<Sentence> lead = lead(a);
        TreeSet<LocalDate> days = new TreeSet<>();
        String words = null;
        for (Sentence s : lead) {
            if (SentenceTense.future(s.text())) {
                continue;
            }
            for (TemporalMention m : tags.tag(a.language(), s.text(), null)) {
                if (m.relative() || m.granularity() != Granularity.DAY || m.value() == null) {
                    continue;
                }
                LocalDate day = LocalDate.parse(m.calendarValue());
                Optional<Found> told = toldAsNewsDay(a.language(), lead, s, m, day);
                if (told.isPresent()) {
                    days.add(told.get().day());
                    words = words == null ? told.get().words() : words;
                }
            }
        }
        return days.size() == 1 ? Optional.of(new Found(days.first(), words)) : Optional.empty();
    }

    /**
     * The words that make the full date {@code m} ({@code day}) the day of the news, or empty: its own weekday written
     * with it ("Thursday, Nov. 12, 2026"), the word for "today" beside it ("oggi, 20 novembre 2026"), or a weekday
     * elsewhere in the lead that falls on it. A weekday is told apart from "today" by reading the lead a day later
     * too: a weekday of the past still falls on the same day, "today" moves with the reading. "Yesterday" beside it
     * ("ieri, 19 novembre 2026") falls on it only when read a day later: the article is that later day's.
     *
     * @return the article's day and the words that give it
     */
    private Optional<Found> toldAsNewsDay(String language, List<Sentence> lead, Sentence s, TemporalMention m,
                                           LocalDate day) {
        String text = s.text();
        // the weekday written into the date itself ("Thursday, Nov. 12, 2026" is one date to the tagger): the
        // sentence without the date's figures names the weekday alone
        Matcher opening = FIRST_WORD.matcher(m.text());
        if (opening.lookingAt() && opening.end() < m.text().length()) {
            int end = m.start() + opening.end();
            String weekdayOnly = text.substring(0, end) + " ".repeat(m.end() - end) + text.substring(m.end());
            if (dayAt(language, weekdayOnly, day, m.start(), end, day)) {
                return Optional.of(new Found(day, m.text()));
            }
        }
        // read as of the date, "today" beside it falls on it; read a day later, "yesterday" does (a weekday beside
        // it falls on it in both readings, so the first, the day itself, wins)
        for (LocalDate reading : List.of(day, day.plusDays(1))) {
            for (TemporalMention r : tags.tag(language, text, reading)) {
                if (isDay(r, day) && beside(text, r, m)) {
                    return Optional.of(new Found(reading,
                            text.substring(Math.min(r.start(), m.start()), Math.max(r.end(), m.end()))));
                }
            }
        }
        for (Sentence other : lead) {
            if (SentenceTense.future(other.text())) {
                continue;
            }
            for (TemporalMention r : tags.tag(language, other.text(), day)) {
                if (isDay(r, day) && dayAt(language, other.text(), day.plusDays(1), r.start(), r.end(), day)) {
                    return Optional.of(new Found(day, r.text() + " ... " + m.text()));
                }
            }
        }
        return Optional.empty();
    }

    /** Whether a mention is a relative day (a weekday, "today") that falls on {@code day}. */
    private static boolean isDay(TemporalMention r, LocalDate day) {
        return r.relative() && r.granularity() == Granularity.DAY && day.toString().equals(r.calendarValue());
    }

    /**
     * Whether {@code text}, read as of {@code reading}, has a relative day within {@code [from, to)} that falls on
     * {@code day}, and nothing but it there.
     */
    private boolean dayAt(String language, String text, LocalDate reading, int from, int to, LocalDate day) {
        String within = text.substring(from, to).strip().replaceAll("[,.]$", "");
        return tags.tag(language, text, reading).stream().anyMatch(r -> isDay(r, day) && r.start() >= from
                && r.end() <= to && r.text().length() >= within.length() - 1);
    }

    /** Whether two mentions stand side by side, with a comma or a short word at most between them. */
    private static boolean beside(String text, TemporalMention a, TemporalMention b) {
        TemporalMention first = a.start() < b.start() ? a : b;
        TemporalMention second = first == a ? b : a;
        return first.end() <= second.start() && BESIDE.matcher(text.substring(first.end(), second.start())).matches();
    }

    /** The first sentences of the article's first paragraphs. */
    private static List<Sentence> lead(AnalyzedArticle a) {
        List<Sentence> lead = new ArrayList<>();
        for (Sentence s : a.sentences()) {
            if (s.paragraph() >= LEAD_PARAGRAPHS || lead.size() == LEAD_SENTENCES) {
                break;
            }
            lead.add(s);
        }
        return lead;
    }
}
