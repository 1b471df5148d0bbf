package dev.storybrief.brief;

import dev.storybrief.analyze.quantity.QuantityExtractor;
import dev.storybrief.model.AnalyzedArticle;
import dev.storybrief.model.Granularity;
import dev.storybrief.model.QuantitySpan;
import dev.storybrief.model.Sentence;
import dev.storybrief.model.TimexSpan;
import dev.storybrief.model.vector.SentenceIndex;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The newest figure of a count that changes over days: a death toll given as 12 on Monday, 19 on Tuesday and 27 on
 * Wednesday is one count rising, not a disagreement, and a summary that gives 12 or 19 alone tells a reader an old
 * figure as if it were current. For a sentence stating such a count ("people killed", "people injured", sorties),
 * this finds the sentence of a later-dated article that gives a higher figure of the same count as its new value
 * ("rose to 27", "bringing the toll to 27") about the same event (their sentences share words beyond the figure),
 * the latest such: a count that rises. Only a date the page, text or user gives
 * counts as later: an inferred date rests on the events an article shares with others, too loose to order figures.
 */
final class LatestFigures {
    /**
     * Words that give a figure as a count's new value, right before it: a change ending at it ("rose to", "has climbed
     * to", "fell to"), a toll brought to it ("bringing the toll to", "putting the death toll at"). A later article that
     * merely retells the event with another figure ("killing both men and wounding 24 people") does not say its
     * figure replaces the earlier one.
     */
    private static final Pattern UPDATE = Pattern.compile("(?i)(?:\\b(?:rose|risen|rising|rises|climbed|climbs|jumped|"
            + "increased|grew|grown|swelled|soared|fell|fallen|dropped|reached|bringing|brought|raising|raised|pushing"
            + "|pushed)\\s+(?:again\\s+|further\\s+)?(?:to\\s+)?|\\btoll\\b[^,;:.()]{0,60}?\\b(?:to|at)\\s+)$");
    /**
     * The same in Chinese and Japanese, which glue the words to the figure: a change ending at it before ("已升至9人",
     * "增至", "达到"), a running total ("共有18人遇难", "累计") or, in Japanese, the change after it ("18人に増えた",
     * "に上った").
     */
    private static final Pattern UPDATE_GLUED_BEFORE = Pattern.compile("(?:升至|增至|增加到|增加至|上升到|上升至|攀升至|升到"
            + "|达到|達到|已达|已達|共有|共|累计|累計)$");
    private static final Pattern UPDATE_GLUED_AFTER = Pattern.compile("^(?:[がは])?(?:に増え|に増加|に上っ|にのぼ|に達し|に拡大)");
    /** A day counted from another: "two days after", "the day before", "a week later". */
    private static final Pattern COUNT = Pattern.compile("(?i)\\b(?:after|before|later|earlier)$");
    /** Characters before a figure in which its update words are looked for. */
    private static final int BEFORE_CHARS = 80;
    /** Two sentences of one count about one event share some words besides the figure ("Tessel Dam", "toll"). */
    static final double MIN_COSINE = 0.1;

    private LatestFigures() {
    }

    /**
     * The sentence among {@code candidates} (each with its article) giving the newest figure of a count that
     * {@code sentence} of {@code article} states, when a later-dated article gives another figure of it.
     */
    static Optional<Sentence> newer(AnalyzedArticle article, Sentence sentence, Map<Sentence, AnalyzedArticle> candidates,
                                    SentenceIndex index) {
        // each step is to a later date, so the chain ends; its last sentence is the newest (12, then 19, then 27,
        // though the sentence of 27 may share too few words with that of 12 to be found from it directly)
        Optional<Sentence> step = next(article, sentence, candidates, index);
        Optional<Sentence> newest = Optional.empty();
        while (step.isPresent()) {
            newest = step;
            step = next(candidates.get(step.get()), step.get(), candidates, index);
        }
        return newest;
    }

    /** The newest sentence giving another figure of a count the sentence states, found from it directly. */
    private static Optional<Sentence> next(AnalyzedArticle article, Sentence sentence, Map<Sentence, AnalyzedArticle> candidates,
                                           SentenceIndex index) {
        LocalDate date = article.article().published();
        List<QuantitySpan> counts = counts(article, sentence);
        if (date == null || counts.isEmpty()) {
            return Optional.empty();
        }
        Sentence best = null;
        LocalDate bestDate = date;
        for (Map.Entry<Sentence, AnalyzedArticle> candidate : candidates.entrySet()) {
            AnalyzedArticle other = candidate.getValue();
            LocalDate when = other.article().published();
            if (when == null || other.article().dateInferred() || !when.isAfter(bestDate)) {
                continue;
            }
            Sentence s = candidate.getKey();
            // a count of the same thing risen: a lower one of a later day is more often another place's or group's
            // count ("357 dead in the region", then "El Salvador reported 239 dead") than a toll revised down
            int sentenceStart = other.start(s);
            boolean risen = counts(other, s).stream().filter(q -> statedAsUpdate(s.text(), q.start() - sentenceStart,
                    q.end() - sentenceStart))
                    .anyMatch(q -> counts.stream().anyMatch(old -> old.key().equals(q.key()) && q.value() > old.value()));
            if (risen && index.vector(s).cosine(index.vector(sentence)) >= MIN_COSINE) {
                best = s;
                bestDate = when;
            }
        }
        return Optional.ofNullable(best);
    }

    /**
     * True when the words before the figure at {@code figureStart} of the sentence give it as a count's new value
     * ("rose to 19", "bringing the toll to 27").
     */
    static boolean statedAsUpdate(String sentence, int figureStart, int figureEnd) {
        if (figureStart < 0 || figureEnd > sentence.length() || figureStart > figureEnd) {
            return false;
        }
        String before = sentence.substring(Math.max(0, figureStart - BEFORE_CHARS), figureStart);
        return UPDATE.matcher(before).find() || UPDATE_GLUED_BEFORE.matcher(before).find()
                || UPDATE_GLUED_AFTER.matcher(sentence.substring(figureEnd)).find();
    }

    /**
     * {@code text} (the sentence as the summary shows it) with the date each relative day of the sentence stands for
     * after it: "police said on Wednesday (2026-12-30)". Only for a date the page, text or user gives: a weekday
     * resolved against an inferred date would show an inference as fact.
     */
    static String withDates(AnalyzedArticle article, Sentence sentence, String text) {
        if (article.article().published() == null || article.article().dateInferred()) {
            return text;
        }
        StringBuilder out = new StringBuilder(text);
        int from = 0;
        for (TimexSpan t : article.timexes(sentence)) {
            // a weekday or "yesterday"; a count from another event ("two days after") dates that event, not the figure
            boolean count = COUNT.matcher(t.text()).find();
            if (!t.relative() || t.granularity() != Granularity.DAY || !t.isCalendarDate() || count) {
                continue;
            }
            int at = out.indexOf(t.text(), from);
            if (at < 0) {
                continue;
            }
            String date = " (" + t.calendarValue() + ")";
            out.insert(at + t.text().length(), date);
            from = at + t.text().length() + date.length();
        }
        return out.toString();
    }

    /** The counts of events a sentence states. */
    private static List<QuantitySpan> counts(AnalyzedArticle article, Sentence sentence) {
        return article.quantities(sentence).stream().filter(q -> QuantityExtractor.isEventCount(q.key())).toList();
    }
}
