package dev.storybrief.model;

import java.util.List;
import java.util.Objects;

/**
 * Outlets that state different things about the same topic; shown side by side, never merged.
 *
 * @param topic  what the claims are about ("sorties / bombing runs", "people injured")
 * @param kind   differing counts, or differing positions
 * @param claims the differing claims, one or more per outlet
 */
public record Disagreement(String topic, DisagreementKind kind, List<Claim> claims) {

    public Disagreement {
        Objects.requireNonNull(kind, "kind");
        claims = List.copyOf(claims);
    }
}
