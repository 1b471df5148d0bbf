package dev.storybrief.analyze.entity;

import dev.storybrief.model.EntityType;
import java.util.List;
import java.util.Objects;

/**
 * One real-world entity after merging the ways a text writes it.
 *
 * @param name         the canonical form: the longest (most words) variant seen
 * @param type         the entity type
 * @param aliases      every distinct surface form, canonical name included, in order of first appearance
 * @param mentionCount how many mentions were merged into it
 */
public record CanonicalEntity(String name, EntityType type, List<String> aliases, int mentionCount) {

    /** Copies the alias list. */
    public CanonicalEntity {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        aliases = List.copyOf(aliases);
    }

    /** True when {@code surface} is one of this entity's written forms (after {@link AliasMerger#normalize}). */
    public boolean hasAlias(String surface) {
        return aliases.contains(AliasMerger.normalize(surface));
    }
}
