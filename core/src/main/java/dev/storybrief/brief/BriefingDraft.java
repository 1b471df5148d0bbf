package dev.storybrief.brief;

import dev.storybrief.model.Section;
import dev.storybrief.model.Story;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/** A briefing being made: the story and word budget every part reads, and the sections the parts have filled. */
public final class BriefingDraft {
    private final Story story;
    private final int words;
    private final java.util.Set<String> apart;
    private final Map<String, Object> sections = new LinkedHashMap<>();
    private final List<String> notes = new ArrayList<>();
    private final Map<String, Object> shared = new java.util.HashMap<>();

    /** A draft for one story within a word budget. */
    public BriefingDraft(Story story, int words) {
        this(story, words, java.util.Set.of());
    }

    /**
     * A draft for one story within a word budget, with the ids of the articles that come close to none of the others
     * (another story put in the folder by mistake): named in a note, they must not make the story's summary.
     */
    public BriefingDraft(Story story, int words, java.util.Set<String> apart) {
        this.story = Objects.requireNonNull(story, "story");
        this.words = words;
        this.apart = java.util.Set.copyOf(apart);
    }

    /** The ids of the articles apart from the story. */
    public java.util.Set<String> apart() {
        return apart;
    }

    /** The story being briefed. */
    public Story story() {
        return story;
    }

    /** The summary word budget. */
    public int words() {
        return words;
    }

    /** Fills a section; a section is filled once. */
    public <T> void put(Section<T> section, T value) {
        Objects.requireNonNull(value, "value");
        if (sections.putIfAbsent(section.name(), value) != null) {
            throw new IllegalStateException("section \"" + section.name() + "\" is filled twice");
        }
    }

    /** What a section holds, when a part before has filled it. */
    @SuppressWarnings("unchecked")
    public <T> Optional<T> get(Section<T> section) {
        return Optional.ofNullable((T) sections.get(section.name()));
    }

    /**
     * Work that more than one part reads, done once per briefing: the first part to ask computes it, the others get
     * the same result ({@code name} says what it is, e.g. "number disagreements").
     */
    @SuppressWarnings("unchecked")
    public <T> T shared(String name, java.util.function.Supplier<T> compute) {
        Object value = shared.get(name);
        if (value == null) {
            value = Objects.requireNonNull(compute.get(), name);
            shared.put(name, value);
        }
        return (T) value;
    }

    /** Adds a one-line note for the reader. */
    public void note(String line) {
        notes.add(line);
    }

    /** The sections filled so far, in order. */
    Map<String, Object> sections() {
        return Collections.unmodifiableMap(sections);
    }

    /** The notes added so far. */
    List<String> notes() {
        return Collections.unmodifiableList(notes);
    }
}
