package dev.storybrief.brief.disagreement;

import dev.storybrief.brief.BriefingDraft;
import dev.storybrief.brief.BriefingPart;
import dev.storybrief.brief.OpinionPieces;
import dev.storybrief.model.Claim;
import dev.storybrief.model.Disagreement;
import dev.storybrief.model.DisagreementKind;
import dev.storybrief.model.Layer;
import dev.storybrief.model.Section;
import dev.storybrief.model.Story;
import dev.storybrief.model.TimelineEvent;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Where sources disagree, among the articles of the story's main period: differing counts of the same thing
 * ({@link NumberDisagreements}) and figures a later report corrected, shown as corrections rather than as two sides
 * ({@link WithdrawnFigures}), one event dated to different days (from the timeline's rows, when the timeline
 * part ran before: {@link DateDisagreements}), then opposing assessments ({@link StanceDisagreements}) and
 * different causes given for one event ({@link CauseDisagreements}).
 */
public final class DisagreementFinder implements BriefingPart {
    private final NumberDisagreements numbers = new NumberDisagreements();
    private final DateDisagreements dates = new DateDisagreements();
    private final StanceDisagreements stances;
    private final CauseDisagreements causes;

    /** A finder keeping at most {@code maxStances} stance disagreements, and as many over causes. */
    public DisagreementFinder(int maxStances) {
        this.stances = new StanceDisagreements(maxStances);
        this.causes = new CauseDisagreements(maxStances);
    }

    /**
     * Every language: figures are compared under their keys where the language has quantity rules, else under the noun
     * they count ({@link CountedNouns}); stance disagreements are English only and the briefing says so.
     */
    @Override
    public boolean supports(String language) {
        return true;
    }

    /** True when the stance rules (English assessment words and negations) read the language. */
    static boolean supportsStances(String language) {
        return "en".equals(language);
    }

    @Override
    public String name() {
        return "disagreements";
    }

    @Override
    public Set<Layer> needs() {
        return Set.of(Layer.SENTENCES, Layer.TERMS, Layer.QUANTITIES, Layer.TIMEXES);
    }

    @Override
    public void addTo(BriefingDraft draft) {
        List<TimelineEvent> rows = draft.get(Section.TIMELINE).orElse(List.of());
        draft.put(Section.DISAGREEMENTS, reportsOnly(find(draft.story(), rows, NumberDisagreements.found(draft).all()),
                OpinionPieces.notReportsBesideReports(draft.story().articles())));
        String language = draft.story().language();
        if (!supportsStances(language)) {
            draft.note("note " + name() + ": differing figures only; opposing assessments are not made for this story's "
                    + "language (" + language + "): their rules are for English only");
        }
    }

    /**
     * The disagreements without the claims of the articles {@code notReports} (a column's figure is its writer's
     * view, not a report that contradicts another), and without those left with fewer than two sources (a dispute one
     * report tells between two sources it names stays whole).
     */
    static List<Disagreement> reportsOnly(List<Disagreement> found, Set<String> notReports) {
        if (notReports.isEmpty()) {
            return found;
        }
        List<Disagreement> kept = new ArrayList<>();
        for (Disagreement d : found) {
            // a correction notice is no report, but it is the correction's source (its side 0): it stays
            boolean correction = d.kind() == DisagreementKind.CORRECTION;
            List<Claim> claims = d.claims().stream().filter(c -> !notReports.contains(c.source())
                    || correction && c.side() == 0).toList();
            if (correction) {
                if (claims.stream().anyMatch(c -> c.side() == 1)) {
                    kept.add(claims.size() == d.claims().size() ? d : new Disagreement(d.topic(), d.kind(), claims));
                }
                continue;
            }
            // a dispute one report tells between two sources it names keeps its two claims of one article
            boolean oneReportsDispute = claims.size() == d.claims().size() && claims.size() >= 2;
            if (oneReportsDispute || claims.stream().map(Claim::source).distinct().count() >= 2) {
                kept.add(claims.size() == d.claims().size() ? d : new Disagreement(d.topic(), d.kind(), claims));
            }
        }
        return kept;
    }

    /**
     * The number disagreements alone, as {@link #addTo} lists them (without the claims of opinion pieces beside
     * reports): what the headline rule reads ({@link StoryHeadlines}), without the other kinds' cost.
     */
    public List<Disagreement> numbers(Story story) {
        return reportsOnly(numbers.find(story), OpinionPieces.notReportsBesideReports(story.articles()));
    }

    /** Number disagreements first, then stance disagreements where the story's language has stance rules. */
    public List<Disagreement> find(Story story) {
        return find(story, List.of());
    }

    /**
     * Number disagreements first, then events the timeline's {@code rows} show on different days by different
     * outlets, then stance disagreements where the story's language has stance rules.
     */
    public List<Disagreement> find(Story story, List<TimelineEvent> rows) {
        return find(story, rows, numbers.search(story).all());
    }

    private List<Disagreement> find(Story story, List<TimelineEvent> rows, List<Disagreement> numberDisagreements) {
        List<Disagreement> found = new ArrayList<>(numberDisagreements);
        found.addAll(dates.find(story, rows));
        if (supportsStances(story.language())) {
            found.addAll(stances.find(story));
            found.addAll(causes.find(story));
        }
        return found;
    }
}
