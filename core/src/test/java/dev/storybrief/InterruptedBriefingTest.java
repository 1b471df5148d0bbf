package dev.storybrief;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A caller with a time limit interrupts the briefing thread; the pipeline stops instead of running on. */
class InterruptedBriefingTest {

    @Test
    void anInterruptedThreadStopsTheBriefingAndKeepsItsInterruptFlag() {
        Storybrief pipeline = Storybrief.builder().build();
        Thread.currentThread().interrupt();
        try {
            assertThatThrownBy(() -> pipeline.brief(List.of(SharedData.bundledExample())))
                    .isInstanceOf(BriefingInterruptedException.class).hasMessage("the briefing was interrupted");
            assertThat(Thread.currentThread().isInterrupted()).isTrue();
        } finally {
            Thread.interrupted();
        }
        assertThat(pipeline.brief(List.of(SharedData.bundledExample())).summary()).as("fine once not interrupted")
                .isNotEmpty();
    }
}
