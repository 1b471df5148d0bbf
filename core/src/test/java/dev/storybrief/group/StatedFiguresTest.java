package dev.storybrief.group;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The single tests of {@link StatedFigures}: kinds as news writes them, and precision. */
class StatedFiguresTest {

    @Test
    void oneKindWithTwoValuesDiffers() {
        assertThat(StatedFigures.differ("He was jailed for six years in prison.", "He was jailed for seven years in prison."))
                .isTrue();
        assertThat(StatedFigures.differ("Dole scored in the 89th minute.", "Dole scored in the 87th minute.")).isTrue();
        assertThat(StatedFigures.differ("Drivers want a 9% raise.", "Drivers want a 12 per cent raise.")).isTrue();
        assertThat(StatedFigures.differ("She died on Sunday, aged 91.", "She died on Saturday, aged 92.")).isTrue();
        assertThat(StatedFigures.differ("It will cut about 1,200 jobs.", "It will cut 2,000 jobs.")).isTrue();
    }

    @Test
    void roundingAnotherKindOrADateIsNoDifference() {
        assertThat(StatedFigures.differ("Revenue was $4.2 billion.", "Revenue was $4.19 billion.")).isFalse();
        assertThat(StatedFigures.differ("Ruiz won 52.4% of the vote.", "Ruiz won 53% of the vote.")).isFalse();
        assertThat(StatedFigures.differ("It will cut 1,200 jobs.", "It will close 3 plants.")).as("another kind").isFalse();
        assertThat(StatedFigures.differ("The bridge opened in 1978.", "The bridge opened in 1979 in May."))
                .as("a year is when, not how many").isFalse();
        assertThat(StatedFigures.differ("The vote was on March 14, 2026.", "The vote was on March 15, 2026.")).isFalse();
        assertThat(StatedFigures.differ("He was sentenced to six years in prison.", "He was sentenced to six years in prison."))
                .isFalse();
    }
}
