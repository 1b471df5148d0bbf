package dev.storybrief.brief;

import dev.storybrief.model.AnalyzedArticle;
import dev.storybrief.model.Granularity;
import dev.storybrief.model.Layer;
import dev.storybrief.model.Section;
import dev.storybrief.model.StoryView;
import dev.storybrief.model.TimexSpan;
import dev.storybrief.model.vector.SentenceIndex;
import dev.storybrief.model.vector.TermVector;
import dev.storybrief.model.Sentence;
import dev.storybrief.model.Story;
import dev.storybrief.model.TimelineEvent;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Builds the timeline: every date expression of every sentence is resolved against its own article's date
 * ("on Friday" in a Monday article is the Friday before), dates are grouped, and each date gets the sentence
 * that best tells the story of that day. Events of follow-up articles from another period are kept apart
 * (marked later), never blended in, and only with dates after the main story's last article: a follow-up's look
 * back ("nearly six months after the collapse", "flagged in 2024") is no later development. Weeks are left out:
 * "last week" is not a date a reader can place.
 */
public final class TimelineBuilder implements BriefingPart {
    private final CandidateFilter filter = new CandidateFilter(5, 80);
    private final int maxEvents;

    /** A builder keeping at most {@code maxEvents} of the most salient dates. */
    public TimelineBuilder(int maxEvents) {
        this.maxEvents = maxEvents;
    }

    private record Dated(String date, Sentence sentence, AnalyzedArticle article, double salience) {
    }

    /** English, French, German, Spanish, Italian and Portuguese: the languages whose dates the analyze stage reads. */
    @Override
    public boolean supports(String language) {
        return "en".equals(language) || dev.storybrief.analyze.time.EuropeanDateTagger.supports(language);
    }

    @Override
    public String name() {
        return "timeline";
    }

    @Override
    public Set<Layer> needs() {
        return Set.of(Layer.SENTENCES, Layer.TERMS, Layer.TIMEXES);
    }

    @Override
    public void addTo(BriefingDraft draft) {
        draft.put(Section.TIMELINE, build(draft.story()));
    }

    /** The timeline of a story, in date order. */
    public List<TimelineEvent> build(Story story) {
        SentenceIndex index = story.index(StoryView.ALL);
        TermVector centroid = index.centroidOf(story.articles(StoryView.MAIN));
        Map<String, List<Dated>> byDate = new LinkedHashMap<>();
        LocalDate mainEnd = story.mainArticles().stream().map(a -> a.article().published()).filter(Objects::nonNull)
                .max(Comparator.naturalOrder()).orElse(null);
        for (AnalyzedArticle article : story.articles()) {
            boolean later = story.laterArticles().contains(article.id());
            for (Dated d : datedSentences(story, article, index, centroid)) {
                if (later && !startsAfter(d.date(), mainEnd)) {
                    continue;
                }
                // A follow-up's mention of a date never merges into the main story's event of that date.
                byDate.computeIfAbsent(d.date() + (later ? "|later" : ""), k -> new ArrayList<>()).add(d);
            }
        }
        return byDate.entrySet().stream()
                .sorted(Comparator.comparingDouble((Map.Entry<String, List<Dated>> e) -> -weight(e.getValue())))
                .limit(maxEvents)
                .map(e -> event(story, e.getValue().get(0).date(), e.getValue()))
                .sorted(Comparator.comparing(TimelineEvent::later).thenComparing(TimelineEvent::date))
                .toList();
    }

    private List<Dated> datedSentences(Story story, AnalyzedArticle article, SentenceIndex index, TermVector centroid) {
        List<Dated> found = new ArrayList<>();
        LocalDate published = article.article().published();
        for (Sentence sentence : article.sentences()) {
            List<TimexSpan> mentions = article.timexes(sentence);
            boolean usable = filter.accepts(article, sentence) || !mentions.isEmpty() && !sentence.inQuote();
            for (TimexSpan m : mentions) {
                if (!m.isCalendarDate() || m.granularity() == Granularity.WEEK || isOwnYear(m, published)) {
                    continue;
                }
                if (usable && !article.headings().contains(sentence.paragraph())) {
                    double salience = index.vector(sentence).cosine(centroid)
                            + 0.05 * story.supportOf(sentence).size();
                    found.add(new Dated(m.value(), sentence, article, salience));
                }
            }
        }
        return found;
    }

    /** True when the date ("2026", "2026-09", "2026-09-01") begins after {@code end}, or when either is unknown. */
    static boolean startsAfter(String date, LocalDate end) {
        if (end == null) {
            return true;
        }
        try {
            LocalDate start = switch (date.length()) {
                case 4 -> LocalDate.of(Integer.parseInt(date), 1, 1);
                case 7 -> LocalDate.parse(date + "-01");
                case 10 -> LocalDate.parse(date);
                default -> null;
            };
            return start == null || start.isAfter(end);
        } catch (java.time.DateTimeException | NumberFormatException e) {
            return true;
        }
    }

    /** "This year" or "2011" in a 2011 article places nothing on a timeline of that year. */
    private static boolean isOwnYear(TimexSpan m, LocalDate published) {
        return m.granularity() == Granularity.YEAR && published != null
                && m.value().equals(String.valueOf(published.getYear()));
    }

    /** How much a date matters: its best sentence's salience, plus a little for every article that names it. */
    private static double weight(List<Dated> mentions) {
        long articles = mentions.stream().map(d -> d.article().id()).distinct().count();
        return mentions.stream().mapToDouble(Dated::salience).max().orElse(0) + 0.1 * articles;
    }

    private static TimelineEvent event(Story story, String date, List<Dated> mentions) {
        Dated best = mentions.stream().max(Comparator.comparingDouble(Dated::salience)).orElseThrow();
        Set<String> sources = new LinkedHashSet<>();
        sources.add(best.article().id());
        mentions.forEach(d -> sources.add(d.article().id()));
        boolean later = mentions.stream().allMatch(d -> story.laterArticles().contains(d.article().id()));
        return new TimelineEvent(date, best.sentence().text(), best.article().id(), new ArrayList<>(sources), later);
    }
}
