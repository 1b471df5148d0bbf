package dev.storybrief.model;

import java.util.List;

/**
 * Outlets that state different things about the same topic; shown side by side, never merged.
 *
 * @param topic  what the claims are about ("sorties / bombing runs", "people injured")
 * @param kind   "number" for differing counts or amounts, "stance" for differing positions
 * @param claims the differing claims, one or more per outlet
 */
public record Disagreement(String topic, String kind, List<Claim> claims) {

    public Disagreement {
        claims = List.copyOf(claims);
    }
}
