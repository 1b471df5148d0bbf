package dev.storybrief.analyze.terms;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Name keys: a name's case forms and spellings in several languages meet; short names stay whole. */
class NameKeysTest {

    @ParameterizedTest
    @CsvSource({
        // Lithuanian nominative, genitive, locative; Latvian genitive; Estonian elative; Bulgarian (й as j)
        "klaiped, klaipeda, klaipedos, klaipedoje, klaipedas, klaipedast, klajpeda",
        // a Latvian nominative -s after a consonant, a Lithuanian genitive
        "jankausk, jankauskas, jankausko, jankausks, jankauskui, jankauskas, jankauskas",
        // doubled letters in one spelling, single in another
        "roterd, rotterdam, roterdamu, rotterdami, roterdama, roterdam, rotterdam",
        // Czech, Serbian and Croatian cases
        "obam, obama, obamy, obamou, obami, obamu, obamom"})
    void theFormsOfOneNameMeet(String key, String a, String b, String c, String d, String e, String f) {
        for (String form : new String[] {a, b, c, d, e, f}) {
            assertThat(NameKeys.key(form)).as(form).isEqualTo(key);
        }
    }

    @Test
    void shortNamesKeepFourLettersAndDifferentNamesStayApart() {
        assertThat(NameKeys.key("tomas")).isEqualTo("toma");
        assertThat(NameKeys.key("iran")).isEqualTo("iran");
        assertThat(NameKeys.key("irana")).isEqualTo("iran");
        assertThat(NameKeys.key("oslo")).isEqualTo("oslo");
        assertThat(NameKeys.key("kim")).isEqualTo("kim");
        assertThat(NameKeys.key("berlin")).isNotEqualTo(NameKeys.key("bern"));
        assertThat(NameKeys.key("vilnius")).isNotEqualTo(NameKeys.key("riga"));
        assertThat(NameKeys.key("")).isEmpty();
    }
}
