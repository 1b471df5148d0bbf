package dev.storybrief.model;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A person, organisation or place the story is about, with its spellings merged.
 *
 * @param name     canonical name ("Muammar Gaddafi")
 * @param type     what it names
 * @param aliases  other spellings and short forms seen ("Gadhafi", "Qaddafi")
 * @param mentions mentions per article id
 */
public record EntityItem(String name, EntityType type, List<String> aliases, Map<String, Integer> mentions) {

    public EntityItem {
        Objects.requireNonNull(type, "type");
        aliases = List.copyOf(aliases);
        mentions = Map.copyOf(mentions);
    }

    /** Mentions over all articles. */
    public int total() {
        return mentions.values().stream().mapToInt(Integer::intValue).sum();
    }
}
