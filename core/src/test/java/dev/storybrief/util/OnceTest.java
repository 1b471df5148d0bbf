package dev.storybrief.util;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

class OnceTest {
    @Test
    void asksTheSupplierOnlyOnTheFirstCall() {
        AtomicInteger calls = new AtomicInteger();
        Supplier<String> once = Once.of(() -> "sides " + calls.incrementAndGet());
        assertThat(once.get()).isEqualTo("sides 1");
        assertThat(once.get()).isEqualTo("sides 1");
        assertThat(calls).hasValue(1);
    }

    @Test
    void aNullValueIsAskedAgain() {
        AtomicInteger calls = new AtomicInteger();
        Supplier<String> once = Once.of(() -> calls.incrementAndGet() == 1 ? null : "found");
        assertThat(once.get()).isNull();
        assertThat(once.get()).isEqualTo("found");
        assertThat(calls).hasValue(2);
    }
}
