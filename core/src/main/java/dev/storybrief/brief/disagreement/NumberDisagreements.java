package dev.storybrief.brief.disagreement;

import dev.storybrief.brief.BriefingDraft;
import dev.storybrief.model.AnalyzedArticle;
import dev.storybrief.model.Disagreement;
import dev.storybrief.model.DisagreementKind;
import dev.storybrief.model.Sentence;
import dev.storybrief.model.Story;
import dev.storybrief.model.StoryView;
import dev.storybrief.model.vector.SentenceIndex;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Finds counts and amounts about the same thing that differ between outlets ("nearly 10,000 bombing runs" vs
 * "more than 26,000 sorties"). Qualifiers are honoured: "at least 12" and "14" agree, "nearly 10,000" and "more
 * than 26,000" do not; a range holds every figure within it ("between 40 and 60" and "about 50" agree). Distances
 * compare in metres, whatever unit each outlet wrote ("about 8 km" and "about 11 miles" differ; the claims keep
 * the words as written). Amounts in different currencies never compare: no exchange rate is known offline. Every
 * kind of figure the quantity layer reads is compared under its key ({@link QuantitySpan.Kind}: "six years in prison"
 * against "seven years in prison", "the 89th minute" against "the 87th minute", "a 9% pay rise" against "a 12% pay
 * rise", "died aged 84" against "born in 1937" on the article's date), by the same tests of sameness; a figure rounded
 * at its written precision is the other ({@link QuantitySpan#roundedAlike}). Both sides are kept with their outlets;
 * nothing is averaged or merged.
 *
 * <p>The steps, each its own class: {@link StatedFigures} gathers the figures by key, {@link FigureConflict} tests
 * each pair (with {@link SeparateFigures}, {@link SameMeasure}, {@link FiguresTogether} and the readings of
 * {@link StatementReadings}), {@link RisingFigure} holds a series of growing figures apart, {@link DisagreementClaims}
 * keeps the claims in sides and {@link FigureTopics} names the disagreement. Figures a report credits to parties in
 * their sentences ("according to the police", "selon les organisateurs") are the parties' claims, never one outlet's
 * against another's: {@link PartyDisputes} shows them as the parties' dispute.
 */
public final class NumberDisagreements {
    /** The name under which a briefing's parts share {@link #find}'s result ({@link BriefingDraft#shared}). */
    static final String SHARED_NAME = "number disagreements";

    /**
     * What the search finds: the disputes over figures, and the figures a later report corrected, which are no side of
     * any dispute and are shown as corrections ({@link WithdrawnFigures}), each list largest first.
     */
    record Found(List<Disagreement> disputes, List<Disagreement> corrections) {
        /** Both, as the briefing's disagreements list them: largest first, a correction before a dispute as large. */
        List<Disagreement> all() {
            List<Disagreement> all = new ArrayList<>(corrections);
            all.addAll(disputes);
            all.sort((a, b) -> Integer.compare(b.claims().size(), a.claims().size()));
            return all;
        }
    }

    /** The draft's number disagreements, found once for all the parts that read them. */
    public static List<Disagreement> of(BriefingDraft draft) {
        return found(draft).disputes();
    }

    /** The draft's number disagreements and corrections, found once for all the parts that read them. */
    static Found found(BriefingDraft draft) {
        return draft.shared(SHARED_NAME, () -> new NumberDisagreements().search(draft.story()));
    }

    /**
     * Disagreements among the articles of each of the story's periods, largest first: the main period's, then those of
     * the articles of other periods (a sentencing told weeks after the trial the story is about), which are compared
     * among themselves, never with the main period's (the days between make a figure's change news, not a dispute).
     */
    public List<Disagreement> find(Story story) {
        return search(story).disputes();
    }

    /** The disagreements {@link #find} finds, and the corrections of figures a later report withdrew. */
    Found search(Story story) {
        List<dev.storybrief.brief.correction.Correction> corrections = WithdrawnFigures.of(story);
        List<Disagreement> told = new ArrayList<>();
        List<Disagreement> found = new ArrayList<>(find(story, story.mainArticles(), story.index(StoryView.MAIN),
                corrections, told));
        List<AnalyzedArticle> others = story.articles().stream()
                .filter(a -> story.laterArticles().contains(a.id()) || story.mainArticles().isEmpty()).toList();
        if (!others.isEmpty()) {
            found.addAll(find(story, others, story.index(StoryView.ALL), corrections, told));
        }
        found.sort((a, b) -> Integer.compare(b.claims().size(), a.claims().size()));
        told.sort((a, b) -> Integer.compare(b.claims().size(), a.claims().size()));
        return new Found(found, told);
    }

    /**
     * The disputes among {@code articles}; the corrections of their figures go to {@code told}, and the figures they
     * withdraw are compared no more.
     */
    private List<Disagreement> find(Story story, List<AnalyzedArticle> articles, SentenceIndex index,
                                    List<dev.storybrief.brief.correction.Correction> corrections,
                                    List<Disagreement> told) {
        Map<String, LocalDate> dates = new HashMap<>();
        // An inferred date rests on the events an article shares with others, a few days either way: too loose to
        // tell a toll that rose from two that disagree, so only a date the page, text or user gives can rule out a pair.
        articles.stream().filter(a -> !a.article().dateInferred()).forEach(a -> dates.put(a.id(), a.article().published()));
        StatementReadings readings = new StatementReadings(story);
        FigureConflict test = new FigureConflict(index, dates, readings, articles);
        List<Disagreement> found = new ArrayList<>();
        Map<String, List<StatedFigure>> byKey = StatedFigures.byKey(articles, readings);
        // where figures are keyed by their nouns, two outlets may count one thing with two nouns of their own
        NounsOfOneCount.join(byKey, story, readings, test);
        // a figure a later report withdrew is shown as corrected, and is no side of any dispute over the count
        WithdrawnFigures withdrawn = new WithdrawnFigures(story, corrections, articles);
        byKey.forEach((key, stated) -> told.addAll(withdrawn.told(key, stated)));
        byKey.replaceAll(withdrawn::without);
        List<String> covered = new ArrayList<>();
        SupportAcrossLanguages support = new SupportAcrossLanguages(story, byKey);
        // the times of day reports' stamps print tell a toll's steps through one day apart
        Map<String, java.time.LocalTime> times = ReportTimes.of(articles);
        // a figure credited to a party in its sentence ("28,500 according to the police") is the party's claim: the
        // parties dispute, not the outlets that relay them
        PartyDisputes parties = new PartyDisputes(story, test, byKey);
        byKey.forEach((key, stated) -> {
            List<PartyDisputes.Credited> credited = parties.credited(stated);
            disagreement(key, stated, credited, story, dates, times, readings, test, support).ifPresent(d -> {
                found.add(d);
                covered.add(key);
            });
            if (credited.size() > 1) {
                boolean oncePerReport = stated.stream().map(StatedFigure::articleId).distinct().count() == stated.size();
                if (parties.consider(key, credited, stated.size(), FiguresTogether.of(stated).listing(), oncePerReport,
                        CountSteps.of(stated, story, dates, times, readings))) {
                    covered.add(key);
                }
            }
        });
        found.addAll(parties.disputes());
        // a dispute one report tells between two sources it names ("the union says 600 schools, the ministry 140")
        found.addAll(new SourcedDisputes(readings).find(byKey, covered));
        // one harm counted as people by one outlet and as a group by another ("14 workers" / "41 people", in hospital)
        found.addAll(new OneHarmTwoNouns(story, index, dates, readings).find(byKey, covered));
        found.sort((a, b) -> Integer.compare(b.claims().size(), a.claims().size()));
        return found;
    }

    /**
     * The disagreement over the figures of one key, when two articles' figures conflict; two parties' figures the
     * articles relay ({@code credited}: "according to the police", "according to the organisers") are no conflict of
     * the articles.
     */
    private static Optional<Disagreement> disagreement(String key, List<StatedFigure> stated,
                                                       List<PartyDisputes.Credited> credited, Story story,
                                                       Map<String, LocalDate> dates,
                                                       Map<String, java.time.LocalTime> times, StatementReadings readings,
                                                       FigureConflict test, SupportAcrossLanguages support) {
        DisagreementClaims claims = new DisagreementClaims(story);
        CountSteps countSteps = CountSteps.of(stated, story, dates, times, readings);
        // a sentence giving several figures of the key lists them for several periods or holders ("a surplus of 2.6
        // percent in 1999, 2.8 percent in 2000"): none of them is the one value of a measure
        FiguresTogether together = FiguresTogether.of(stated);
        Set<Sentence> listed = together.listing();
        // a thing the story counts once in each report that counts it is one count however the reports word it
        boolean oncePerReport = stated.stream().map(StatedFigure::articleId).distinct().count() == stated.size();
        for (StatedFigure a : stated) {
            for (StatedFigure b : stated) {
                // ruled out before the pair's costlier tests, which read the key's other figures: a results page of
                // 800 ward lines costs its pairs once, not once per figure again
                if (FigureConflict.oneArticleOrAgreeing(a, b)) {
                    continue;
                }
                // one claim per article: once both articles hold theirs, their pair can add nothing
                boolean bothClaimed = claims.bothClaimed(a, b);
                // a figure growing day by day (2,000 hectares, then 5,500, then 12,000) is told in steps, not disputed
                boolean steps = !bothClaimed && countSteps.seriesSteps(a, b);
                if (!bothClaimed && !steps && !together.sideBySide(a, b)
                        && !together.toldApart(a, b) && !countSteps.earlierStep(a, b)
                        && !PartyDisputes.partiesClaims(a, b, credited)
                        && test.conflict(a, b, stated.size(), listed, oncePerReport)) {
                    claims.add(a);
                    claims.add(b);
                }
            }
        }
        if (claims.size() < 2) {
            return Optional.empty();
        }
        // an article in another language gives one side's very figure ("30.000 millones de euros" beside "€30 billion"):
        // its sentences cannot be compared word for word, but it supports that side all the same
        support.addTo(claims, key);
        return Optional.of(new Disagreement(FigureTopics.topic(key, claims.units()), DisagreementKind.NUMBER,
                claims.claims()));
    }
}
