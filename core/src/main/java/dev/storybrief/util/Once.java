package dev.storybrief.util;

import java.util.function.Supplier;

/**
 * A supplier asked once at most: two steps of one briefing part may need the same costly reading (the story's
 * disagreements, the sides of its disputed figures), which neither should pay for when it is not needed.
 */
public final class Once {
    private Once() {
    }

    /** The supplier's value, computed on the first call and kept; a {@code null} value is asked again. */
    public static <T> Supplier<T> of(Supplier<T> supplier) {
        Object[] value = new Object[1];
        return () -> {
            if (value[0] == null) {
                value[0] = supplier.get();
            }
            @SuppressWarnings("unchecked")
            T t = (T) value[0];
            return t;
        };
    }
}
