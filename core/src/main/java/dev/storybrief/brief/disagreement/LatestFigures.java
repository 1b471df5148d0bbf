package dev.storybrief.brief.disagreement;

import dev.storybrief.analyze.quantity.QuantityExtractor;
import dev.storybrief.analyze.quantity.QuantityRules;
import dev.storybrief.model.AnalyzedArticle;
import dev.storybrief.model.Granularity;
import dev.storybrief.model.QuantitySpan;
import dev.storybrief.model.Sentence;
import dev.storybrief.model.TimexSpan;
import dev.storybrief.model.vector.SentenceIndex;
import dev.storybrief.model.vector.TermVector;
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
 * the latest such: a count that rises. A later figure given as a revision of the first report ("About 1,100 people
 * had left their homes, more than first reported", "1,100, up from 800") names the earlier figure it replaces, so it
 * needs no shared words: the same kind of count within one order of magnitude is enough. Only a date the page, text
 * or user gives counts as later: an inferred date rests on the events an article shares with others, too loose to
 * order figures. A title stating a replaced figure is told by {@link #outdated}.
 */
public final class LatestFigures {
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
     * The same in German, Spanish, Portuguese, French, Italian, Dutch, Polish and the Scandinavian languages: a rise
     * ending at the figure ("steigt auf fünf",
     * "ascendió a seis", "subiu para seis", "s'élève à six", "è salito a sei"), or German's participle after it ("ist
     * auf sechs gestiegen").
     */
    private static final Pattern UPDATE_EUROPEAN = Pattern.compile("(?iu)(?<![\\p{L}])(?:steigt|stieg|stiegen|erhöhte?"
            + "(?:\\s+sich)?|kletterte?|ascendió|asciende|ascienden|subió|sube|aumentó|aumenta|elevó|eleva|subiu|sobe"
            + "|aumentou|passou|monte|monté|est\\s+passé|s['’]élève|s['’]est\\s+alourdi|salito|sale|salita|aumentato"
            // Dutch, Polish, Swedish, Danish and Norwegian: "is gestegen naar twee", "opgelopen tot", "wzrosła do
            // trzech", "har stigit till", "er steget til"
            + "|gestegen|steeg|stijgt|opgelopen|liep\\s+op|loopt\\s+op|wzros[łl]\\p{L}*|wzrós[łl]|zwiększy[łl]\\p{L}*"
            + "(?:\\s+się)?|stigit|steg|stiger|ökat|ökade|ökar|steget|øget|økt|vokset|økte)"
            + "\\s+(?:auf|a|para|à|hasta|fino\\s+a|naar|tot|do|till|til)\\s+$"
            // "Daarmee komt het dodental op drie": Dutch puts the toll between the verb and its figure
            + "|(?<![\\p{L}])(?:komt|kwam)\\s+(?:het\\s+)?(?:dodental|aantal\\s+\\p{L}+)\\s+(?:nu\\s+)?op\\s+$");
    /**
     * A rise whose verb comes first and whose "to" ends at the figure with the counted thing between them: Arabic
     * puts the verb before its subject ("ارتفعت حصيلة ضحايا الفيضانات في مدينة الواحة إلى 15 قتيلا"), and Russian
     * and Ukrainian news commonly write the toll between verb and figure ("возросло число погибших до 15", "зросла
     * кількість загиблих до 15"). The clause may not cross a sentence's or a clause's stop.
     */
    private static final Pattern UPDATE_VERB_FIRST = Pattern.compile("(?iu)(?<![\\p{L}])(?:و?(?:ارتفع|يرتفع|ترتفع|زاد|يزيد"
            + "|تزيد|وصل|يصل|تصل)ت?|(?:воз|вы)рос\\p{L}*|увеличил\\p{L}*|зрос\\p{L}*|збільшил\\p{L}*)(?![\\p{L}])"
            + "[^.!?;؛،,]{0,60}?(?<![\\p{L}])(?:إلى|الى|до)\\s+$");
    private static final Pattern UPDATE_EUROPEAN_AFTER = Pattern.compile("(?iu)^\\s+(?:gestiegen|angestiegen|erhöht|geklettert)"
            + "(?![\\p{L}])");
    /**
     * The same in Chinese and Japanese, which glue the words to the figure: a change ending at it before ("已升至9人",
     * "增至", "达到"), a running total ("共有18人遇难", "累计") or, in Japanese, the change after it ("18人に増えた",
     * "に上った").
     */
    private static final Pattern UPDATE_GLUED_BEFORE = Pattern.compile("(?:升至|增至|增加到|增加至|上升到|上升至|攀升至|升到"
            + "|达到|達到|已达|已達|共有|共|累计|累計)$");
    private static final Pattern UPDATE_GLUED_AFTER = Pattern.compile("^(?:[がは])?(?:に増え|に増加|に上っ|にのぼ|に達し|に拡大)");
    /**
     * Words right after a figure that give it as the count's value now ("38 people had now been treated"), and words
     * before it that put a count at its current value ("now stands at 36").
     */
    private static final Pattern UPDATE_AFTER = Pattern.compile("(?i)^(?:\\s+[\\p{L}-]+){0,2}?\\s+(?:had|have|has)\\s+now\\b");
    private static final Pattern UPDATE_NOW = Pattern.compile("(?i)\\bnow\\s+(?:stands|stood|put|puts|given|gives)\\s+at\\s+$");
    /**
     * "has now burned 12,000", "now covers 12,000": a verb right before the figure with "now" before it gives the
     * figure as the count's value at the time of the report.
     */
    private static final Pattern UPDATE_NOW_VERB = Pattern.compile("(?i)\\bnow\\s+(?:been\\s+)?\\p{L}+(?:s|ed|en|t)\\s+$");
    /**
     * Words of the figure's clause that give it as a revision of what was first reported: "more than first reported",
     * "higher than initially thought", "up from 800", "revised up to". They name the earlier figure they replace.
     */
    private static final Pattern REVISION_AFTER = Pattern.compile("(?i)^[^.;:]{0,40}?(?:\\b(?:more|higher|greater|larger)"
            + "\\s+than\\s+(?:was\\s+|were\\s+|had\\s+been\\s+)?(?:first|initially|originally|earlier|previously)"
            + "\\s+(?:reported|thought|believed|feared|estimated|said|stated|announced|given)|\\bup\\s+from\\b)");
    private static final Pattern REVISION_BEFORE = Pattern.compile("(?i)\\brevised\\s+(?:up|upwards?)?\\s*(?:to|at)\\s+$");
    /** Characters after a figure in which its revision words are looked for. */
    private static final int AFTER_CHARS = 80;
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
    public static Optional<Sentence> newer(AnalyzedArticle article, Sentence sentence, Map<Sentence, AnalyzedArticle> candidates,
                                    SentenceIndex index) {
        // each step is to a later date, so the chain ends; its last sentence is the newest (12, then 19, then 27,
        // though the sentence of 27 may share too few words with that of 12 to be found from it directly)
        Optional<Sentence> step = next(dateOf(article), counts(article, sentence), index.vector(sentence), candidates, index);
        Optional<Sentence> newest = Optional.empty();
        while (step.isPresent()) {
            newest = step;
            AnalyzedArticle stepArticle = candidates.get(step.get());
            step = next(dateOf(stepArticle), counts(stepArticle, step.get()), index.vector(step.get()), candidates, index);
        }
        Optional<Sentence> rising = latestOfRisingFigure(article, sentence, candidates, index);
        if (rising.isPresent() && (newest.isEmpty()
                || dateOf(candidates.get(rising.get())).isAfter(dateOf(candidates.get(newest.get()))))) {
            return rising;
        }
        return newest;
    }

    /**
     * The sentence giving the last day's figure of a figure the sentence states, when the story's dated reports tell
     * that figure growing day by day ({@link RisingFigure}: 2,000 hectares, then 5,500, then 12,000) and the sentence
     * tells an earlier day's: of the last day's sentences giving its figure, the one closest to the sentence. Any kind of figure but units of measure and
     * time: a burned area or a sum raised grows as a toll does, and the series itself says it is one figure.
     */
    private static Optional<Sentence> latestOfRisingFigure(AnalyzedArticle article, Sentence sentence,
                                                           Map<Sentence, AnalyzedArticle> candidates, SentenceIndex index) {
        if (dateOf(article) == null) {
            return Optional.empty();
        }
        TermVector vector = index.vector(sentence);
        for (QuantitySpan q : article.quantities(sentence)) {
            if (FigureKeys.isMeasure(q.key())) {
                continue;
            }
            List<RisingFigure.Dated> figures = new java.util.ArrayList<>();
            Map<Sentence, RisingFigure.Dated> bySentence = new java.util.LinkedHashMap<>();
            for (Map.Entry<Sentence, AnalyzedArticle> candidate : candidates.entrySet()) {
                AnalyzedArticle other = candidate.getValue();
                LocalDate when = dateOf(other);
                if (when == null) {
                    continue;
                }
                Sentence s = candidate.getKey();
                int sentenceStart = other.start(s);
                for (QuantitySpan t : other.quantities(s)) {
                    if (t.key().equals(q.key())) {
                        RisingFigure.Dated dated = new RisingFigure.Dated(when, t, other.id(),
                                statedAsUpdate(s.text(), t.start() - sentenceStart, t.end() - sentenceStart),
                                other.id(), ReportTimes.of(other.article()).orElse(null));
                        figures.add(dated);
                        bySentence.putIfAbsent(s, dated);
                    }
                }
            }
            Optional<RisingFigure> rising = RisingFigure.of(figures);
            if (rising.isEmpty()) {
                continue;
            }
            java.time.LocalDateTime last = rising.get().latest();
            Optional<java.time.LocalDateTime> step = rising.get().stepOf(q);
            if (step.isEmpty() || !step.get().isBefore(last)) {
                continue;
            }
            // the closest retelling takes the sentence's place best: it says what the sentence said, with the figure new
            Optional<Sentence> latest = bySentence.entrySet().stream()
                    .filter(e -> e.getValue().date().equals(last.toLocalDate())
                            && rising.get().stepOf(e.getValue().figure()).equals(Optional.of(last)))
                    .max(java.util.Comparator.comparingDouble(e -> index.vector(e.getKey()).cosine(vector)))
                    .map(Map.Entry::getKey);
            if (latest.isPresent()) {
                return latest;
            }
        }
        return Optional.empty();
    }

    /**
     * True when a later-dated sentence among {@code candidates} gives a newer figure of a count that {@code statement}
     * (a title of {@code article}, not one of its sentences) states: a headline "forces evacuation of 800 residents"
     * is outdated once a later report gives 1,100.
     */
    public static boolean outdated(AnalyzedArticle article, String statement, Map<Sentence, AnalyzedArticle> candidates,
                            SentenceIndex index) {
        List<QuantitySpan> counts = QuantityRules.forLanguage(article.language()).extract(statement, 0, 0).stream()
                .filter(q -> QuantityExtractor.isEventCount(q.key())).toList();
        return next(dateOf(article), counts, index.vectorOf(statement), candidates, index).isPresent();
    }

    /** An article's date when the page, text or user gives it; null when unknown or inferred. */
    private static LocalDate dateOf(AnalyzedArticle article) {
        return article.article().dateInferred() ? null : article.article().published();
    }

    /** The newest sentence giving another figure of a count the statement gives, found from it directly. */
    private static Optional<Sentence> next(LocalDate date, List<QuantitySpan> counts, TermVector vector,
                                           Map<Sentence, AnalyzedArticle> candidates, SentenceIndex index) {
        if (date == null || counts.isEmpty()) {
            return Optional.empty();
        }
        Sentence best = null;
        LocalDate bestDate = date;
        for (Map.Entry<Sentence, AnalyzedArticle> candidate : candidates.entrySet()) {
            AnalyzedArticle other = candidate.getValue();
            LocalDate when = dateOf(other);
            if (when == null || !when.isAfter(bestDate)) {
                continue;
            }
            Sentence s = candidate.getKey();
            // a count of the same thing risen: a lower one of a later day is more often another place's or group's
            // count ("357 dead in the region", then "El Salvador reported 239 dead") than a toll revised down
            int sentenceStart = other.start(s);
            boolean alike = index.vector(s).cosine(vector) >= MIN_COSINE;
            boolean risen = counts(other, s).stream().anyMatch(q -> {
                String text = s.text();
                int from = q.start() - sentenceStart;
                int to = q.end() - sentenceStart;
                boolean revision = statedAsRevision(text, from, to);
                return (revision || alike && statedAsUpdate(text, from, to)) && counts.stream().anyMatch(old ->
                        old.key().equals(q.key()) && q.value() > old.value()
                                && (!revision || q.value() <= old.value() * FigureConflict.MAX_RATIO));
            });
            if (risen) {
                best = s;
                bestDate = when;
            }
        }
        return Optional.ofNullable(best);
    }

    /**
     * True when the figure's own words give it as a revision of what was first reported ("more than first
     * reported", "up from 800", "revised up to"): the same kind of count within {@link FigureConflict#MAX_RATIO}
     * is then the figure it revises, whatever other words the two sentences share.
     */
    static boolean statedAsRevision(String sentence, int figureStart, int figureEnd) {
        if (figureStart < 0 || figureEnd > sentence.length() || figureStart > figureEnd) {
            return false;
        }
        String before = sentence.substring(Math.max(0, figureStart - BEFORE_CHARS), figureStart);
        String after = sentence.substring(figureEnd, Math.min(sentence.length(), figureEnd + AFTER_CHARS));
        return REVISION_AFTER.matcher(after).find() || REVISION_BEFORE.matcher(before).find();
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
        String after = sentence.substring(figureEnd, Math.min(sentence.length(), figureEnd + AFTER_CHARS));
        return UPDATE.matcher(before).find() || UPDATE_GLUED_BEFORE.matcher(before).find()
                || UPDATE_EUROPEAN.matcher(before).find() || UPDATE_VERB_FIRST.matcher(before).find()
                || UPDATE_EUROPEAN_AFTER.matcher(after).find()
                || UPDATE_GLUED_AFTER.matcher(after).find() || UPDATE_NOW.matcher(before).find()
                || UPDATE_NOW_VERB.matcher(before).find()
                || UPDATE_AFTER.matcher(after).find() || statedAsRevision(sentence, figureStart, figureEnd);
    }

    /**
     * {@code text} (the sentence as the summary shows it) with the date each relative day of the sentence stands for
     * after it: "police said on Wednesday (2026-12-30)". Only for a date the page, text or user gives: a weekday
     * resolved against an inferred date would show an inference as fact.
     */
    public static String withDates(AnalyzedArticle article, Sentence sentence, String text) {
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
