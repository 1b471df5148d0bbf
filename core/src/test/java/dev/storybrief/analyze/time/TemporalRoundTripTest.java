package dev.storybrief.analyze.time;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storybrief.TestSeed;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Renders random dates in the formats news copy uses, puts them in sentences, and checks the tagger reads back the
 * same date. The seed is new each run ({@link dev.storybrief.TestSeed}); pass {@code -Dstorybrief.seed=N} to repeat one.
 */
@ExtendWith(TestSeed.class)
class TemporalRoundTripTest {

    private static final int ROUNDS = 400;
    private static final List<String> TEMPLATES = List.of(
            "The council met on %s to discuss the budget.",
            "Rebels said the ceasefire began %s, according to witnesses.",
            "%s was the date the envoys chose.",
            "Officials await a ruling %s and a vote afterwards.");

    private final TemporalTagger tagger = new TemporalTagger();

    /** How one written form is produced, and what the tagger must give back for it. */
    private record Case(String written, LocalDate articleDate, String expected) {
    }

    @Test
    void randomDatesInEveryFormatResolveBack() {
        long seed = TestSeed.value();
        Random random = new Random(seed);
        List<Function<Random, Case>> formats = List.of(
                r -> absolute(r, "MMMM d, yyyy"),
                r -> absolute(r, "d MMMM yyyy"),
                r -> absolute(r, "yyyy-MM-dd"),
                r -> absolute(r, "d MMM yyyy"),
                TemporalRoundTripTest::apStyle,
                TemporalRoundTripTest::withoutYear,
                TemporalRoundTripTest::pastWeekday,
                TemporalRoundTripTest::daysAgo);
        for (int round = 0; round < ROUNDS; round++) {
            Case c = formats.get(random.nextInt(formats.size())).apply(random);
            String template = TEMPLATES.get(random.nextInt(TEMPLATES.size()));
            String sentence = String.format(template, c.written());
            List<TemporalMention> mentions = tagger.tag(sentence, c.articleDate());
            assertThat(mentions).as("seed %d round %d: %s (article %s)", seed, round, sentence, c.articleDate())
                    .singleElement()
                    .satisfies(m -> {
                        assertThat(m.text()).isEqualTo(c.written().replaceFirst("^on ", ""));
                        assertThat(m.value()).isEqualTo(c.expected());
                    });
        }
    }

    @Test
    void futureWeekdaysResolveForward() {
        long seed = TestSeed.value();
        Random random = new Random(seed + 1);
        for (int round = 0; round < ROUNDS; round++) {
            LocalDate article = randomDate(random);
            LocalDate target = article.plusDays(random.nextInt(7));
            String sentence = "The envoys will meet on " + weekday(target.getDayOfWeek()) + " in the capital.";
            assertThat(tagger.tag(sentence, article)).as("seed %d: %s (article %s)", seed + 1, sentence, article)
                    .extracting(TemporalMention::value).containsExactly(target.toString());
        }
    }

    private static Case absolute(Random random, String pattern) {
        LocalDate date = randomDate(random);
        String written = date.format(DateTimeFormatter.ofPattern(pattern, Locale.ENGLISH));
        return new Case(written, random.nextBoolean() ? null : randomDate(random), date.toString());
    }

    /** Associated Press style: "Oct. 31, 2011", but March, April, May, June and July stay whole. */
    private static Case apStyle(Random random) {
        LocalDate date = randomDate(random);
        String month = date.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH);
        if (month.length() > 5) {
            month = month.substring(0, month.startsWith("Sept") ? 4 : 3) + ".";
        }
        return new Case(month + " " + date.getDayOfMonth() + ", " + date.getYear(), null, date.toString());
    }

    /** A year-less date within three weeks of the article: the nearest year wins whatever the tense. */
    private static Case withoutYear(Random random) {
        LocalDate date = randomDate(random);
        LocalDate article = date.plusDays(random.nextInt(43) - 21);
        String written = date.format(DateTimeFormatter.ofPattern(random.nextBoolean() ? "MMMM d" : "d MMMM",
                Locale.ENGLISH));
        return new Case(written, article, date.toString());
    }

    private static Case pastWeekday(Random random) {
        LocalDate article = randomDate(random);
        // not six days back: that weekday is also tomorrow's, which a clause without a past cue means
        LocalDate target = article.minusDays(random.nextInt(6));
        return new Case("on " + weekday(target.getDayOfWeek()), article, target.toString());
    }

    private static Case daysAgo(Random random) {
        LocalDate article = randomDate(random);
        int days = 2 + random.nextInt(9);
        return new Case(days + " days ago", article, article.minusDays(days).toString());
    }

    private static String weekday(DayOfWeek day) {
        return day.getDisplayName(TextStyle.FULL, Locale.ENGLISH);
    }

    private static LocalDate randomDate(Random random) {
        return LocalDate.of(1950, 1, 1).plusDays(random.nextInt(365 * 95));
    }
}
