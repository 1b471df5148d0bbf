package dev.storybrief.brief.disagreement;

import dev.storybrief.model.Claim;
import dev.storybrief.model.Story;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The claims of one number disagreement: the conflicting statements kept one per article and one per report, then
 * put in sides of figures that agree. Both sides are kept with their outlets; nothing is averaged or merged.
 */
final class DisagreementClaims {
    /** The statements kept as claims, by article, in the order they came. */
    private final Map<String, StatedFigure> byArticle = new LinkedHashMap<>();
    private final Story story;

    DisagreementClaims(Story story) {
        this.story = story;
    }

    /** True once both statements' articles hold their claim: their pair can add nothing. */
    boolean bothClaimed(StatedFigure a, StatedFigure b) {
        return byArticle.containsKey(a.articleId()) && byArticle.containsKey(b.articleId());
    }

    /**
     * Keeps a conflicting statement as a claim: one per article, and one per report for the versions of one report
     * ({@link Story#reportOf}: a wire story run by a dozen sites under the wire's name is one report, not a dozen
     * claims), unless a version gives a figure the report's claim does not allow ("120" in one copy of "about 80"),
     * which stays a claim of its own under that version.
     */
    void add(StatedFigure s) {
        String article = s.articleId();
        if (byArticle.containsKey(article)) {
            return;
        }
        String report = story.reportOf(article);
        boolean told = byArticle.values().stream()
                .anyMatch(c -> story.reportOf(c.articleId()).equals(report) && c.agreesWith(s));
        if (!told) {
            byArticle.put(article, s);
        }
    }

    /** The statements kept as claims, in the order they came. */
    Collection<StatedFigure> kept() {
        return byArticle.values();
    }

    /** True when the article holds a claim. */
    boolean holds(String articleId) {
        return byArticle.containsKey(articleId);
    }

    /** How many articles hold a claim. */
    int size() {
        return byArticle.size();
    }

    /** The claims, side by side, each with its side's number. */
    List<Claim> claims() {
        List<Claim> claims = new ArrayList<>();
        List<List<StatedFigure>> sides = sides(byArticle.values());
        for (int side = 0; side < sides.size(); side++) {
            for (StatedFigure s : sides.get(side)) {
                claims.add(new Claim(s.sentence().text(), s.articleId(), s.quantity().text(), null, side));
            }
        }
        return claims;
    }

    /** The units the claims write, each once whatever its case, in the order of the claims' sides. */
    Set<String> units() {
        Set<String> units = new LinkedHashSet<>();
        for (List<StatedFigure> side : sides(byArticle.values())) {
            for (StatedFigure s : side) {
                String unit = s.quantity().unit();
                if (!unit.isEmpty() && units.stream().noneMatch(u -> u.equalsIgnoreCase(unit))) {
                    units.add(unit);
                }
            }
        }
        return units;
    }

    /**
     * The claims in sides, in the order their first claims came: a claim joins the first side whose every claim its
     * figure agrees with, qualifiers read ("about 80" allows 68 to 92, "nearly 10,000" 8,000 to 10,000), so a rounded
     * figure stands with the exact one inside its range, not against it. Two claims that conflict never share a side.
     */
    private static List<List<StatedFigure>> sides(Collection<StatedFigure> claims) {
        List<List<StatedFigure>> sides = new ArrayList<>();
        for (StatedFigure s : claims) {
            sides.stream().filter(side -> side.stream().allMatch(s::agreesWith)).findFirst()
                    .ifPresentOrElse(side -> side.add(s), () -> sides.add(new ArrayList<>(List.of(s))));
        }
        return sides;
    }
}
