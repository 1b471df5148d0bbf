package dev.storybrief.brief.disagreement;

import dev.storybrief.model.Claim;
import dev.storybrief.model.Disagreement;
import dev.storybrief.model.DisagreementKind;
import dev.storybrief.model.QuantitySpan;
import dev.storybrief.model.Story;
import dev.storybrief.model.vector.SentenceIndex;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One harm counted under two nouns by two outlets: "Fourteen workers were taken to hospital" (a wire flash) against
 * "Forty-one people were treated in hospital" (the local paper). A first report names the victims it knows of (the
 * workers of the site), a later one counts everyone the hospital saw; the keys differ, so the search by key never
 * sets them side by side, yet a reader given both as facts needs to be told they differ (the one may be part of the
 * other, which the outlets do not say). The two are held to be one harm when one counts people ("people", "people
 * injured"), the other a named group, both counts of the same known day or a day apart, the words right around the
 * figures share one beyond the nouns and numbers (the place of the harm: "hospital"), their sentences are alike as
 * casualty reports' are ({@link FigureConflict#MIN_CASUALTY_CONTEXT_COSINE}), they stay within {@link FigureConflict#MAX_RATIO},
 * and the group's outlet gives no count of people itself (which would tell the two apart).
 */
final class OneHarmTwoNouns {
    private static final String PEOPLE = "people";

    private final Story story;
    private final SentenceIndex index;
    private final Map<String, LocalDate> dates;
    private final StatementReadings readings;

    OneHarmTwoNouns(Story story, SentenceIndex index, Map<String, LocalDate> dates, StatementReadings readings) {
        this.story = story;
        this.index = index;
        this.dates = dates;
        this.readings = readings;
    }

    /** The disagreements of counts of people against counts of a group, for keys no disagreement covers yet. */
    List<Disagreement> find(Map<String, List<StatedFigure>> byKey, List<String> covered) {
        List<Disagreement> found = new ArrayList<>();
        Set<String> done = new LinkedHashSet<>();
        byKey.forEach((peopleKey, people) -> {
            if (!isPeople(peopleKey) || covered.contains(peopleKey)) {
                return;
            }
            byKey.forEach((groupKey, group) -> {
                if (isPeople(groupKey) || covered.contains(groupKey) || done.contains(groupKey)) {
                    return;
                }
                for (StatedFigure a : people) {
                    for (StatedFigure b : group) {
                        if (oneHarm(a, b, byKey)) {
                            found.add(new Disagreement(FigureTopics.topic(peopleKey, Set.of(a.quantity().unit(),
                                    b.quantity().unit())), DisagreementKind.NUMBER, List.of(
                                    new Claim(a.sentence().text(), a.articleId(), a.quantity().text(), null, 0),
                                    new Claim(b.sentence().text(), b.articleId(), b.quantity().text(), null, 1))));
                            done.add(groupKey);
                            return;
                        }
                    }
                }
            });
        });
        return found;
    }

    private static boolean isPeople(String key) {
        return key.equals(PEOPLE) || key.startsWith(PEOPLE + " ");
    }

    private boolean oneHarm(StatedFigure a, StatedFigure b, Map<String, List<StatedFigure>> byKey) {
        QuantitySpan x = a.quantity();
        QuantitySpan y = b.quantity();
        if (x.kind() != QuantitySpan.Kind.COUNT || y.kind() != QuantitySpan.Kind.COUNT
                || story.reportOf(a.articleId()).equals(story.reportOf(b.articleId()))
                || x.value() == y.value() || x.agreesWith(y) || FigureConflict.ratio(x, y) > FigureConflict.MAX_RATIO) {
            return false;
        }
        LocalDate da = dates.get(a.articleId());
        LocalDate db = dates.get(b.articleId());
        if (da == null || db == null || Math.abs(ChronoUnit.DAYS.between(da, db)) > FigureConflict.MAX_DAYS_APART
                || readings.rise(a) || readings.rise(b) || readings.remains(a) || readings.remains(b)) {
            return false;
        }
        // the group's outlet counting people too tells the group apart from everyone
        boolean groupOutletCountsPeople = byKey.entrySet().stream().filter(e -> isPeople(e.getKey()))
                .flatMap(e -> e.getValue().stream()).anyMatch(s -> s.articleId().equals(b.articleId()));
        if (groupOutletCountsPeople || SeparateFigures.apart(x, a.sentence().text(), a.sentenceStart(), null, y,
                b.sentence().text(), b.sentenceStart(), null)) {
            return false;
        }
        return readings.nearbyWordsMeet(a, b, readings.unitTerms(a, b))
                && index.vector(a.sentence()).cosine(index.vector(b.sentence())) >= FigureConflict.MIN_CASUALTY_CONTEXT_COSINE;
    }
}
