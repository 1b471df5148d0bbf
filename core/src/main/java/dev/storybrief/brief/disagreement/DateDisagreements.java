package dev.storybrief.brief.disagreement;

import dev.storybrief.brief.timeline.EventClauses;
import dev.storybrief.brief.timeline.TimelineBuilder;
import dev.storybrief.analyze.terms.TermChain;
import dev.storybrief.analyze.terms.TermChains;
import dev.storybrief.model.AnalyzedArticle;
import dev.storybrief.model.Claim;
import dev.storybrief.model.Disagreement;
import dev.storybrief.model.DisagreementKind;
import dev.storybrief.model.Sentence;
import dev.storybrief.model.Story;
import dev.storybrief.model.TimelineEvent;
import dev.storybrief.model.TimelinePart;
import dev.storybrief.model.TimexSpan;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * One event dated to different days by different outlets: "The fire broke out on Sunday night" (an article of
 * Monday) against "The fire broke out on Saturday evening" (another of the same Monday). Reads the timeline's rows,
 * whose dates are already resolved against each article's own date and which already gather the outlets telling an
 * event on one date: two rows of different days whose clauses state the same subject and verb (the words before the
 * date, "The fire broke out"), told by no outlet in common, are one event on which the outlets disagree.
 */
final class DateDisagreements {
    /**
     * Outlets misplace an event by a day or two (an evening told as the next day, a weekday taken for the one before);
     * the same wording a week or more apart is a second event of its kind (another meeting, another strike).
     */
    static final long MAX_DAYS_APART = 3;
    /** The subject and verb of an event clause: the last few content words before its date. */
    static final int CORE_TERMS = 4;
    static final int MIN_CORE_TERMS = 2;

    /** One timeline row of a day, with what its clause says happened and the date words as its outlet wrote them. */
    private record Dated(TimelineEvent row, LocalDate day, Set<String> core, String subject, String dateWords) {
    }

    /** Date disagreements among the story's own timeline rows (background included, follow-ups and plans left out). */
    List<Disagreement> find(Story story, List<TimelineEvent> rows) {
        TermChain chain = TermChains.standard().forLanguage(story.language());
        Map<String, AnalyzedArticle> articles = story.articles().stream()
                .collect(Collectors.toMap(AnalyzedArticle::id, Function.identity(), (a, b) -> a));
        List<Dated> dated = new ArrayList<>();
        for (TimelineEvent row : rows) {
            if (row.part() == TimelinePart.FOLLOW_UP || row.expected() || row.date().length() != 10) {
                continue;
            }
            dated(row, articles.get(row.source()), chain).ifPresent(dated::add);
        }
        List<Disagreement> found = new ArrayList<>();
        Set<TimelineEvent> used = new HashSet<>();
        for (int i = 0; i < dated.size(); i++) {
            Dated a = dated.get(i);
            if (used.contains(a.row())) {
                continue;
            }
            List<Dated> same = new ArrayList<>(List.of(a));
            for (int j = i + 1; j < dated.size(); j++) {
                Dated b = dated.get(j);
                if (!used.contains(b.row()) && same.stream().allMatch(s -> disagree(s, b))) {
                    same.add(b);
                }
            }
            if (same.size() > 1) {
                same.forEach(s -> used.add(s.row()));
                found.add(disagreement(same, articles, chain));
            }
        }
        return found;
    }

    /** Two rows of different days, the same event by its clause, no article telling both. */
    private static boolean disagree(Dated a, Dated b) {
        long apart = Math.abs(ChronoUnit.DAYS.between(a.day(), b.day()));
        return apart > 0 && apart <= MAX_DAYS_APART && sameEvent(a.core(), b.core())
                && Collections.disjoint(a.row().sources(), b.row().sources());
    }

    /**
     * The same subject and verb: "fire broke" and "fire broke"; not "fire broke" and "blaze broke", nor "Prodi" and
     * "Prodi battled" (a subject alone is no event).
     */
    private static boolean sameEvent(Set<String> a, Set<String> b) {
        return a.size() >= MIN_CORE_TERMS && a.equals(b);
    }

    /** The row with its day, its clause's subject and verb, and the date words of its shown sentence. */
    private static Optional<Dated> dated(TimelineEvent row, AnalyzedArticle article, TermChain chain) {
        if (article == null) {
            return Optional.empty();
        }
        LocalDate day = TimelineBuilder.bounds(row.date(), true);
        for (Sentence sentence : article.sentences()) {
            if (!sentence.text().contains(row.description())) {
                continue;
            }
            for (TimexSpan t : article.timexes(sentence)) {
                int at = row.description().indexOf(t.text());
                if (t.isCalendarDate() && t.calendarValue().startsWith(row.date()) && at >= 0) {
                    String subject = subject(row.description(), at, at + t.text().length(), chain);
                    Set<String> core = EventClauses.tells(subject) ? Set.of() : core(subject, chain);
                    return core.isEmpty() ? Optional.empty() : Optional.of(new Dated(row, day, core, subject, t.text()));
                }
            }
        }
        return Optional.empty();
    }

    /**
     * What the clause says happened, without its date: the words before the date ("The fire broke out" of "The fire
     * broke out on Sunday night near the quarry"), or after it when the date opens the clause ("On Sunday, the fire
     * broke out"), up to a comma.
     */
    static String subject(String clause, int dateStart, int dateEnd, TermChain chain) {
        String before = clause.substring(0, dateStart);
        before = before.substring(before.lastIndexOf(',') + 1).strip();
        String trimmed = before.replaceAll("(?i)[\\s\\p{Punct}]*\\b(?:on|at|in|late|early|last|this|from|since|by)$", "");
        if (trimmed.equals(before)) {
            // another language's preposition or article before the date ("am Samstagabend", "el sábado"): a short
            // word the language's term chain drops
            int space = before.lastIndexOf(' ');
            String last = before.substring(space + 1);
            trimmed = space > 0 && last.length() <= 3 && chain.terms(last).isEmpty() ? before.substring(0, space) : before;
        }
        before = trimmed.strip();
        if (before.split("\\s+").length >= MIN_CORE_TERMS) {
            return before;
        }
        String after = clause.substring(dateEnd).replaceFirst("^[\\s,]+", "");
        int comma = after.indexOf(',');
        return (comma < 0 ? after : after.substring(0, comma)).replaceAll("[.!?\"”]+$", "").strip();
    }

    private static Set<String> core(String subject, TermChain chain) {
        List<String> terms = chain.terms(subject).stream().filter(t -> !t.matches("\\d+")).toList();
        Set<String> core = new LinkedHashSet<>(terms.subList(Math.max(0, terms.size() - CORE_TERMS), terms.size()));
        return core.size() >= MIN_CORE_TERMS ? core : Set.of();
    }

    /** Each row's outlets as claims: the row's own sentence, and each other outlet's sentence giving that day. */
    private static Disagreement disagreement(List<Dated> same, Map<String, AnalyzedArticle> articles, TermChain chain) {
        same.sort((x, y) -> x.day().compareTo(y.day()));
        List<Claim> claims = new ArrayList<>();
        for (Dated d : same) {
            String statement = d.dateWords() + " (" + d.row().date() + ")";
            claims.add(new Claim(d.row().text(), d.row().source(), statement));
            for (String other : d.row().sources()) {
                if (!other.equals(d.row().source())) {
                    ownSentence(articles.get(other), d, chain)
                            .ifPresent(s -> claims.add(new Claim(s.sentence().text(), other, s.text() + " (" + d.row().date() + ")")));
                }
            }
        }
        return new Disagreement(same.get(0).subject() + " (date)", DisagreementKind.DATE, claims);
    }

    /** The sentence and date words with which another outlet of a row tells the event on the row's day. */
    private static Optional<TimexOf> ownSentence(AnalyzedArticle article, Dated d, TermChain chain) {
        if (article == null) {
            return Optional.empty();
        }
        for (Sentence sentence : article.sentences()) {
            for (TimexSpan t : article.timexes(sentence)) {
                if (t.isCalendarDate() && t.calendarValue().startsWith(d.row().date())
                        && new HashSet<>(chain.terms(sentence.text())).containsAll(d.core())) {
                    return Optional.of(new TimexOf(sentence, t.text()));
                }
            }
        }
        return Optional.empty();
    }

    /** A sentence and the words of one of its dates. */
    private record TimexOf(Sentence sentence, String text) {
    }
}
