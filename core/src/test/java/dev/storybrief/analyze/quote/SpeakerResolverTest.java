package dev.storybrief.analyze.quote;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Name and role resolution of {@link SpeakerResolver}; the article text is made up. */
class SpeakerResolverTest {

    private static final List<String> ARTICLE = List.of(
            "“The army has dissolved,” said regional expert Petra Lindqvist.",
            "“Borders come first,” said Lindqvist, a senior analyst at Halden Insight in Oslo.",
            "“It is too soon,” said Col. Ahmed Barrak, who believes the threat remains.",
            "The alliance's secretary-general, Jonas Pell, called the mission a success.",
            "“There will be an overwatch role,” Pentagon spokesman, Capt. Ron Kessler said.",
            "Pell said the mandate had been fulfilled.");

    private final SpeakerResolver resolver = new SpeakerResolver(ARTICLE);

    @Test
    void surnameResolvesToTheFullNameAndTheLongestRole() {
        assertThat(resolver.resolve("Lindqvist"))
                .isEqualTo(new Speaker("Petra Lindqvist", "a senior analyst at Halden Insight in Oslo"));
    }

    @Test
    void titleIsDroppedAndUsedAsRoleWhenNothingElseIsSaid() {
        assertThat(resolver.resolve("Col. Ahmed Barrak")).isEqualTo(new Speaker("Ahmed Barrak", "Col."));
    }

    @Test
    void appositiveBeforeTheName() {
        assertThat(resolver.resolve("Pell")).isEqualTo(new Speaker("Jonas Pell", "alliance's secretary-general"));
    }

    @Test
    void roleBeforeACommaAndName() {
        assertThat(resolver.resolve("Ron Kessler").role()).isEqualTo("Pentagon spokesman");
    }

    @Test
    void unknownNameComesBackAsWritten() {
        assertThat(resolver.resolve("Western diplomats")).isEqualTo(new Speaker("Western diplomats", null));
    }
}
