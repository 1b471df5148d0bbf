package dev.storybrief;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * An ordered list of named components (the annotators of the analyze stage, the parts of a briefing) that a user
 * can add to, remove from or replace by name, as spaCy's pipeline does. Immutable: every change returns a new list.
 * Names are unique; naming one that is not there is an error that lists the names that are.
 *
 * @param <T> the component type
 */
public final class ComponentList<T> {
    private final List<T> items;
    private final Function<T, String> nameOf;

    private ComponentList(List<T> items, Function<T, String> nameOf) {
        this.items = List.copyOf(items);
        this.nameOf = nameOf;
        List<String> names = names();
        for (int i = 0; i < names.size(); i++) {
            if (names.indexOf(names.get(i)) != i) {
                throw new IllegalArgumentException("two components are named \"" + names.get(i) + "\"");
            }
        }
    }

    /** A list of the given components, in order, named by {@code nameOf}. */
    public static <T> ComponentList<T> of(List<T> items, Function<T, String> nameOf) {
        return new ComponentList<>(items, Objects.requireNonNull(nameOf, "nameOf"));
    }

    /** The components in order. */
    public List<T> list() {
        return items;
    }

    /** Their names in order. */
    public List<String> names() {
        return items.stream().map(nameOf).toList();
    }

    /** The component with this name, if any. */
    public Optional<T> get(String name) {
        return items.stream().filter(c -> nameOf.apply(c).equals(name)).findFirst();
    }

    /** This list with {@code component} added at the end. */
    public ComponentList<T> with(T component) {
        List<T> copy = new ArrayList<>(items);
        copy.add(Objects.requireNonNull(component, "component"));
        return new ComponentList<>(copy, nameOf);
    }

    /** This list with {@code component} added right after the one named {@code name}. */
    public ComponentList<T> withAfter(String name, T component) {
        List<T> copy = new ArrayList<>(items);
        copy.add(indexOf(name) + 1, Objects.requireNonNull(component, "component"));
        return new ComponentList<>(copy, nameOf);
    }

    /** This list with {@code component} added right before the one named {@code name}. */
    public ComponentList<T> withBefore(String name, T component) {
        List<T> copy = new ArrayList<>(items);
        copy.add(indexOf(name), Objects.requireNonNull(component, "component"));
        return new ComponentList<>(copy, nameOf);
    }

    /** This list without the component named {@code name}. */
    public ComponentList<T> without(String name) {
        List<T> copy = new ArrayList<>(items);
        copy.remove(indexOf(name));
        return new ComponentList<>(copy, nameOf);
    }

    /** This list with the component named {@code name} replaced by {@code component}, in the same place. */
    public ComponentList<T> replacing(String name, T component) {
        List<T> copy = new ArrayList<>(items);
        copy.set(indexOf(name), Objects.requireNonNull(component, "component"));
        return new ComponentList<>(copy, nameOf);
    }

    private int indexOf(String name) {
        int i = names().indexOf(name);
        if (i < 0) {
            throw new IllegalArgumentException("no component named \"" + name + "\" (there are " + names() + ")");
        }
        return i;
    }

    @Override
    public String toString() {
        return names().toString();
    }
}
