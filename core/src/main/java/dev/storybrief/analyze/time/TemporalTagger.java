package dev.storybrief.analyze.time;

import dev.storybrief.BriefingInterruptedException;
import dev.storybrief.wording.SlashedDates;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * Finds temporal expressions in one sentence of English news and normalises them against the article's own
 * publication date.
 *
 * <p>Resolution rules, in short (each rule class documents its own):
 * <ul>
 *   <li>Dates with a year ({@code October 31, 2011}, {@code 19 Nov 2011}, {@code 2011-10-24}) resolve without any
 *       article date.</li>
 *   <li>Dates without a year ({@code Oct. 31}, {@code 4 June}, {@code in December}) take the year that puts them
 *       nearest the article date; a past-tense clause prefers the latest one not after it, a future clause the
 *       earliest one not before it.</li>
 *   <li>A bare weekday is the most recent such day on or before the article date (a newswire "on Monday" written on
 *       a Monday is that day), or the next one on or after it in a future clause; {@code last}/{@code next} make it
 *       strictly before/after.</li>
 *   <li>Weeks ({@code last week}) resolve to the Monday of that ISO week with granularity WEEK; months and years to
 *       {@code YYYY-MM} and {@code YYYY}.</li>
 *   <li>Anaphoric phrases ({@code the next day}, {@code a day later}) count from the nearest date earlier in the
 *       sentence, else from the reference date.</li>
 *   <li>Quarters ({@code 1989-Q3}), seasons ({@code 1998-SU}), decades ({@code 199}) and vague references
 *       ({@code PRESENT_REF}) are DATE mentions without a granularity; lengths of time ({@code P3D}) are DURATION,
 *       recurrences ({@code P1M}, {@code XXXX-07}) SET. Only mentions with a granularity are calendar dates
 *       ({@link TemporalMention#isCalendarDate()}), which timelines place and other expressions count from.</li>
 *   <li>Slashed dates ({@code 03/04/2026}) are read day or month first as the article's signals say, and left out
 *       when nothing says ({@link SlashedDateRule}).</li>
 *   <li>Without an article date, everything relative keeps {@code value == null}: unknown stays unknown.</li>
 * </ul>
 * Overlapping candidates are settled longest-first, and the ends of a range of weekdays together ({@link RangeEnds}). Instances are immutable and thread-safe.
 */
public final class TemporalTagger {

    private final List<TemporalRule> rules = List.of(new CalendarDateRule(), new SlashedDateRule(), new MonthRule(), new YearRule(),
            new SpelledYearRule(), new WeekdayRule(), new PartOfNamedDayRule(), new WeekendRule(), new ClockTimeRule(),
            new HolidayRule(),
            new DeicticRule(), new TwoStepsAwayRule(), new PeriodBoundaryRule(), new QuarterRule(), new SeasonRule(),
            new DecadeRule(), new ReferenceRule(), new DurationRule(), new SetRule(), new AnchoredDateRule(),
            new OrdinalDayRule(), new AnaphoricRule(), new ThenRule());

    /**
     * Tags one sentence.
     *
     * @param sentence    the sentence text; offsets in the result refer to it
     * @param articleDate the article's publication date, or {@code null} when unknown
     * @return mentions in text order, never overlapping
     */
    public List<TemporalMention> tag(String sentence, LocalDate articleDate) {
        return tag(sentence, articleDate, articleDate);
    }

    /**
     * Tags one sentence whose narrative has moved away from the publication date.
     *
     * @param referenceDate the date anaphoric phrases ("the next day", "a week later") count from when the sentence
     *                      names none before them, e.g. the last date of the previous sentence; may be null
     */
    public List<TemporalMention> tag(String sentence, LocalDate articleDate, LocalDate referenceDate) {
        return tag(sentence, new Anchor(articleDate, referenceDate, List.of(),
                SlashedDates.orderOf(sentence, null, null)));
    }

    private List<TemporalMention> tag(String sentence, Anchor anchor) {
        Objects.requireNonNull(sentence, "sentence");
        List<TemporalMention> candidates = new ArrayList<>();
        for (TemporalRule rule : rules) {
            rule.find(sentence, anchor, candidates);
        }
        // "from Monday to Wednesday": the end of a range of weekdays is not before its start
        return LeadingModifiers.apply(sentence,
                HedgedEnds.apply(sentence, RangeEnds.apply(sentence, longestFirst(candidates))));
    }

    /**
     * Tags the sentences of one article in order, each anaphoric phrase counting from the article date (the purely
     * anaphoric "the following month" from the last date named before it), and settles the anchors only the whole
     * article shows ({@link QuarterAnchors}: "a year earlier" after "the third quarter").
     *
     * @return the mentions of each sentence, in the order of {@code sentences}
     */
    public List<List<TemporalMention>> tagArticle(List<String> sentences, LocalDate articleDate) {
        return tagArticle(sentences, articleDate, null);
    }

    /**
     * Same, for an article of a known outlet: a slashed date ("03/04/2026") is read in the order the article's other
     * dates and time zones, else its outlet, write it ({@link SlashedDates#orderOf}); one that stays ambiguous is left
     * out.
     */
    public List<List<TemporalMention>> tagArticle(List<String> sentences, LocalDate articleDate, String outlet) {
        SlashedDates.Order slashes = SlashedDates.orderOf(String.join("\n", sentences), outlet, "en");
        List<List<TemporalMention>> tagged = new ArrayList<>();
        List<TemporalMention> named = new ArrayList<>();
        for (String sentence : sentences) {
            BriefingInterruptedException.check(); // a long article's sentences take seconds: a time limit stops here
            List<TemporalMention> mentions = tag(sentence, new Anchor(articleDate, articleDate, List.copyOf(named), slashes));
            tagged.add(mentions);
            mentions.stream().filter(m -> m.isCalendarDate() && m.value() != null).forEach(named::add);
        }
        return QuarterAnchors.apply(sentences, tagged, articleDate);
    }

    private static List<TemporalMention> longestFirst(List<TemporalMention> candidates) {
        List<TemporalMention> byLength = new ArrayList<>(candidates);
        byLength.sort(Comparator.comparingInt((TemporalMention m) -> m.end() - m.start()).reversed()
                .thenComparingInt(TemporalMention::start));
        List<TemporalMention> kept = new ArrayList<>();
        for (TemporalMention candidate : byLength) {
            if (kept.stream().noneMatch(k -> k.start() < candidate.end() && candidate.start() < k.end())) {
                kept.add(candidate);
            }
        }
        kept.sort(Comparator.comparingInt(TemporalMention::start));
        return List.copyOf(kept);
    }
}
