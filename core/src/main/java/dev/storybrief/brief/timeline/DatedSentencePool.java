package dev.storybrief.brief.timeline;

import dev.storybrief.analyze.AnnotatorChain;
import dev.storybrief.analyze.time.ClauseTenses;
import dev.storybrief.group.dates.SentenceTense;
import dev.storybrief.model.AnalyzedArticle;
import dev.storybrief.model.Article;
import dev.storybrief.model.Granularity;
import dev.storybrief.model.Sentence;
import dev.storybrief.model.TimexSpan;
import dev.storybrief.model.Words;
import dev.storybrief.model.vector.TermVector;
import dev.storybrief.model.vector.TfIdf;
import dev.storybrief.wording.UpdateStamps;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The sentences of a dated collection with the days they name (only dates resolved to one day count) and their
 * TF-IDF vectors over the whole collection: what {@link TimelineSummarizer} ranks days and picks sentences from.
 */
public final class DatedSentencePool {
    /** Sentences from the start of an article that stand for its publication day when they name none. */
    static final int LEAD_SENTENCES = 5;

    /**
     * One sentence.
     *
     * @param article   index of its article
     * @param position  its index within the article
     * @param published its article's publication date
     * @param text      the sentence
     * @param mentions  the days it names, in text order
     * @param events    the days of the events it reports ({@link SentenceEvents}): "found the last missing person
     *                  on Thursday, bringing the toll from Monday's landslide to seven" names Monday but reports
     *                  Thursday's event
     * @param dayBefore whether, naming no event's day, it may tell the day before its article's: a report told in
     *                  the past may ("Rescuers pulled 40 people from the rubble"), one in the present or future
     *                  tells the day of writing ("Sarah Holt says the dam is not at risk")
     * @param judgement whether it is a judgement or a condition with no act told as done ("It will take years unless
     *                  the region invests now", "The council must act"): it tells no event, so it stands for no day
     */
    record Entry(int article, int position, LocalDate published, String text, Set<LocalDate> mentions,
                 Set<LocalDate> events, boolean dayBefore, boolean judgement) {
    }

    private final List<Entry> entries;
    private final List<String> sources;
    private final List<TermVector> vectors;

    private DatedSentencePool(List<Entry> entries, List<String> sources, List<List<String>> terms) {
        this.entries = List.copyOf(entries);
        this.sources = List.copyOf(sources);
        TfIdf tfIdf = new TfIdf(terms);
        this.vectors = terms.stream().map(tfIdf::vector).toList();
    }

    /** The annotators a timeline needs: sentences, terms and dates (no entities, quotes or quantities). */
    public static final AnnotatorChain CHAIN = AnnotatorChain.standard().without("quantities").without("quotes")
            .without("entities");

    /** Annotates cleaned articles with {@link #CHAIN} and pools the dated ones. */
    public static DatedSentencePool annotate(List<Article> articles) {
        return of(articles.stream().map(CHAIN::annotate).toList());
    }

    /** The pool of annotated, dated articles (sentences, terms and dates); undated articles are left out. */
    public static DatedSentencePool of(List<AnalyzedArticle> articles) {
        List<Entry> entries = new ArrayList<>();
        List<String> sources = new ArrayList<>();
        List<List<String>> terms = new ArrayList<>();
        for (AnalyzedArticle doc : articles) {
            LocalDate published = doc.article().published();
            if (published == null) {
                continue;
            }
            int a = sources.size();
            sources.add(doc.id());
            for (Sentence sentence : doc.sentences()) {
                // a scrape glues the page's "Last updated at 14:59 GMT" to its headline and lead: the stamp is no
                // text to pick, a stamp alone no sentence; its date stays the sentence's day, the page's own day,
                // whose news the lead tells (dropping it lowered Timeline17 date F1 0.684 -> 0.681)
                String text = UpdateStamps.strip(sentence.text());
                boolean stamped = !text.equals(sentence.text().strip());
                if (stamped && UpdateStamps.isOnlyStamp(sentence.text())) {
                    continue;
                }
                List<TimexSpan> timexes = doc.timexes(sentence);
                entries.add(new Entry(a, sentence.index(), published, stamped ? text : sentence.text(), days(timexes),
                        SentenceEvents.of(sentence.text(), timexes, doc.start(sentence), published).days(),
                        mayTellDayBefore(doc.language(), text), isJudgement(doc.language(), text)));
                terms.add(doc.termsOf(sentence));
            }
        }
        return new DatedSentencePool(entries, sources, terms);
    }

    /**
     * Whether an undated sentence may tell the day before its article's: a daily report tells yesterday's events in
     * the past, while a sentence told in the present or the future with no past verb ("Sarah Holt says the dam is
     * not at risk", "Police are going door to door", "will stay") tells the state at the writing. English reads
     * {@link SentenceTense} and the present forms news tells a state or a saying with; the other languages the date
     * tagger reads tense in, its cues ({@link ClauseTenses}: "riaprirà", "ma przyjechać", and in Polish, Czech and
     * Russian, which mark every past verb, a clause told without one). A sentence with no cue, and a language
     * without cues, keep both days.
     */
    private static boolean mayTellDayBefore(String language, String text) {
        if (!"en".equals(language)) {
            return !ClauseTenses.reads(language) || ClauseTenses.past(language, text)
                    || !ClauseTenses.now(language, text);
        }
        boolean now = SentenceTense.future(text) || PRESENT.matcher(text).find();
        return SentenceTense.past(text) || !now;
    }

    /**
     * Whether a sentence is a judgement or a condition and tells no act as done: "It will take years unless the region
     * invests now", "The council must stop blaming the weather", "Il faut agir". An opening sentence names its
     * article's day because news opens with what happened; a column or an analysis opens with a view, which happened
     * on no day. English reads {@link SentenceTense}; the other languages the date tagger reads tense in, its cues.
     */
    private static boolean isJudgement(String language, String text) {
        if ("en".equals(language)) {
            return JUDGEMENT_EN.matcher(text).find() && !SentenceTense.past(text);
        }
        return ClauseTenses.reads(language) && JUDGEMENT_ELSEWHERE.matcher(text).find()
                && !ClauseTenses.past(language, text);
    }

    /** A condition ("unless", "if") or a verb of obligation: what should be, not what was. */
    private static final java.util.regex.Pattern JUDGEMENT_EN = java.util.regex.Pattern.compile(
            "(?i)\\b(?:unless|if|must|should|ought\\s+to|needs?\\s+to)\\b");
    /** The same in French, German, Spanish, Italian and Portuguese ("à moins que", "es sei denn", "hay que", ...). */
    private static final java.util.regex.Pattern JUDGEMENT_ELSEWHERE = java.util.regex.Pattern.compile(
            "(?iu)(?<!\\p{L})(?:à\\s+moins\\s+que|sauf\\s+si|il\\s+faut|doit|doivent|devrait|devraient"
            + "|es\\s+sei\\s+denn|falls|muss|müssen|sollte|sollten|a\\s+menos\\s+que|salvo\\s+que|hay\\s+que"
            + "|debe|deben|debería|deberían|a\\s+meno\\s+che|bisogna|deve|devono|dovrebbe|dovrebbero"
            + "|a\\s+não\\s+ser\\s+que|é\\s+preciso|devem|deveria|deveriam)(?!\\p{L})");

    /** The present of "be" and of the verbs news tells a saying or a lasting state with. */
    private static final java.util.regex.Pattern PRESENT = java.util.regex.Pattern.compile(
            "(?i)\\b(?:is|are|says|say|tells|warns|remains|remain|continues|continue)\\b");

    private static Set<LocalDate> days(List<TimexSpan> mentions) {
        Set<LocalDate> days = new LinkedHashSet<>();
        for (TimexSpan m : mentions) {
            if (m.isCalendarDate() && m.granularity() == Granularity.DAY) {
                days.add(LocalDate.parse(m.calendarValue()));
            }
        }
        return days;
    }

    List<Entry> entries() {
        return entries;
    }

    /** The id of the article a sentence comes from. */
    String source(int sentence) {
        return sources.get(entries.get(sentence).article());
    }

    /** How many dated articles the pool holds. */
    public int articles() {
        return sources.size();
    }

    TermVector vector(int sentence) {
        return vectors.get(sentence);
    }

    /** The text of a sentence (indexes as in {@link #candidatesByDay()}). */
    public String text(int sentence) {
        return entries.get(sentence).text();
    }

    int words(int sentence) {
        return Words.count(entries.get(sentence).text());
    }

    /**
     * Candidate sentences of each day: sentences that report an event of the day, and the opening sentences of
     * articles published on it or (told in the past) the day after that report no dated event (the news of the day
     * they were written);
     * a day with neither takes the sentences that only name it as the day of an earlier event ("the toll from
     * Monday's landslide rose to five on Tuesday" for Monday).
     */
    public Map<LocalDate, List<Integer>> candidatesByDay() {
        Map<LocalDate, List<Integer>> byDay = new HashMap<>();
        Map<LocalDate, List<Integer>> named = new HashMap<>();
        for (int i = 0; i < entries.size(); i++) {
            Entry s = entries.get(i);
            for (LocalDate day : s.events()) {
                byDay.computeIfAbsent(day, d -> new ArrayList<>()).add(i);
            }
            for (LocalDate day : s.mentions()) {
                if (!s.events().contains(day)) {
                    named.computeIfAbsent(day, d -> new ArrayList<>()).add(i);
                }
            }
            if (s.events().isEmpty() && isLead(i) && !s.judgement()) {
                byDay.computeIfAbsent(s.published(), d -> new ArrayList<>()).add(i);
                if (s.dayBefore()) {
                    byDay.computeIfAbsent(s.published().minusDays(1), d -> new ArrayList<>()).add(i);
                }
            }
        }
        named.forEach(byDay::putIfAbsent);
        return byDay;
    }

    /** Whether a sentence is among the opening ones of its article, where news puts what happened. */
    boolean isLead(int sentence) {
        return entries.get(sentence).position() < LEAD_SENTENCES;
    }

    /**
     * Whether a sentence is the report of the day's event: it reports an event of {@code day} and opens an article
     * published that day or the day after, as a news article's lead tells the news it was written for.
     */
    boolean leadsDay(int sentence, LocalDate day) {
        Entry s = entries.get(sentence);
        return s.events().contains(day) && isLead(sentence)
                && (s.published().equals(day) || s.published().equals(day.plusDays(1)));
    }
}
