package dev.storybrief.analyze.quote;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** One rule tells a speaker's name from a description, for grouping and briefing alike (made-up speakers). */
class SpeakerNamesTest {
    @ParameterizedTest
    @CsvSource({"Elena Marsh,true", "Hale,true", "Eastquay Holdings,true", "The governor,false",
        "the governor,false", "a company spokesperson,false", "Le préfet,false", "O comandante dos bombeiros,false",
        "Los bomberos,false", "' ',false"})
    void aNameOpensWithACapitalAndNoArticle(String speaker, boolean name) {
        assertThat(SpeakerNames.isName(speaker)).isEqualTo(name);
    }
}
