package dev.storybrief.analyze.terms;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A name's case forms meet under one stem where names decline, and only there; the names are made up. */
class NameCasesTest {

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
            "ru | Петров Петрова Петрову Петровым Петрове",
            "ru | Смирнова Смирновой Смирнову",
            "ru | Игорь Игоря Игорю Игорем",
            "ru | Сергей Сергея Сергеем",
            "uk | Коваленко Коваленка Коваленку",
            "uk | Олена Олени Олені Оленою",
            "cs | Novák Nováka Novákovi Novákem",
            "cs | Fiala Fialy Fialovi Fialou",
            "pl | Tusk Tuska Tuskowi Tuskiem",
            "pl | Kaczyński Kaczyńskiego Kaczyńskiemu Kaczyńskim",
            "pl | Wałęsa Wałęsy Wałęsie Wałęsą"})
    void theCasesOfANameShareItsStem(String language, String forms) {
        List<String> stems = java.util.Arrays.stream(forms.split(" ")).map(w -> NameCases.stem(w, language)).toList();
        assertThat(stems).as(forms).containsOnly(stems.get(0));
        assertThat(NameCases.declines(language)).isTrue();
    }

    @ParameterizedTest(name = "{0}: {1} / {2}")
    @CsvSource(delimiter = '|', value = {
            "ru | Петров | Пестов",
            "ru | Анна | Инна",
            "cs | Novák | Novotný",
            "pl | Nowak | Nowicki",
            "en | Peters | Peter",
            "de | Schmidts | Schmidt"})
    void differentNamesKeepDifferentStems(String language, String one, String other) {
        assertThat(NameCases.stem(one, language)).isNotEqualTo(NameCases.stem(other, language));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"en, Obama", "fr, Dupont", "tr, Yılmaz"})
    void namesThatDoNotDeclineAreKeptWhole(String language, String name) {
        assertThat(NameCases.declines(language)).isFalse();
        assertThat(NameCases.stem(name, language)).isEqualTo(name.toLowerCase(java.util.Locale.ROOT));
    }
}
