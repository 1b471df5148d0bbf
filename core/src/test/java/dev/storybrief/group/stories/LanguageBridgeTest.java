package dev.storybrief.group.stories;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storybrief.ingest.RawDocument;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Story grouping across languages, on invented events (no real name can be known to any list). */
class LanguageBridgeTest {
    private static final LocalDate DAY = LocalDate.of(2031, 5, 6);
    private static final String FERRY_FR = "Le ferry Marisol Quenta a chavir\u00e9 mardi au large de Port Velmor, en"
            + " Kestovia, avec 412 passagers \u00e0 bord. Selon la capitaine Ilona Verin, 38 personnes sont port\u00e9es"
            + " disparues et 26 000 litres de carburant se sont r\u00e9pandus dans la baie. La compagnie Brantov Lines a"
            + " ouvert une enqu\u00eate sur le naufrage.";
    // the same report in Russian: the term chains share nothing but the digits; the names meet once transliterated
    private static final String FERRY_RU = "Паром Марисол"
            + " Квента перевернулся"
            + " во вторник. Место:"
            + " Порт Велмор, Кестовия."
            + " На борту было 412 пассажиров."
            + " Капитан Илона Верин"
            + " сообщила, что 38 человек"
            + " пропали без вести, а 26 000"
            + " литров топлива вылились"
            + " в залив. Компания"
            + " Брантов Лайнс начала"
            + " расследование.";
    private static final String SCHOOLS_DE = "Das Parlament von Kestovia hat am Dienstag nach einer langen Debatte"
            + " ein neues Schulgesetz verabschiedet. Die Abgeordneten stimmten f\u00fcr die Reform, die Lehrer und"
            + " Eltern seit Jahren gefordert hatten; die Opposition will vor das Verfassungsgericht ziehen.";

    @Test
    void groupsReportsOfOneEventInTwoLanguagesAndScriptsAndKeepsAnEventSharingOnlyTheCountryApart() {
        List<RawDocument> docs = List.of(SyntheticNews.doc("ferry-fr", FERRY_FR, DAY, null),
                SyntheticNews.doc("ferry-ru", FERRY_RU, DAY, null),
                SyntheticNews.doc("schools-de", SCHOOLS_DE, DAY, null));
        Set<Set<String>> stories = new StoryClusterer().addAll(docs).stories().stream()
                .map(story -> story.articles().stream().map(RawDocument::id).collect(Collectors.toSet()))
                .collect(Collectors.toSet());
        assertThat(stories).containsExactlyInAnyOrder(Set.of("ferry-fr", "ferry-ru"), Set.of("schools-de"));
    }

    @Test
    void joinsNothingWhenTheSharedAnchorsAreTooFew() {
        String shortFerryDe = "Die F\u00e4hre Marisol Quenta ist am Dienstag gekentert, berichtet das Fernsehen;"
                + " weitere Angaben gab es zun\u00e4chst nicht, die Beh\u00f6rden schweigen bisher dazu.";
        List<RawDocument> docs = List.of(SyntheticNews.doc("ferry-fr", FERRY_FR, DAY, null),
                SyntheticNews.doc("short-de", shortFerryDe, DAY, null));
        // "marisol" and "quenta" are two anchors, one short of the minimum: a name alone is no proof of one event
        assertThat(new StoryClusterer().addAll(docs).stories()).hasSize(2);
    }

    @Test
    void aSharedDateLineAloneJoinsNoStoriesAcrossLanguages() {
        // invented events of one day in Chinese and Japanese; each ends with the day's date line, as copied text does
        String bridgeZh = "韦尔莫尔跨海大桥因大雾封闭\n\n受大雾影响，韦尔莫尔跨海大桥清晨临时封闭，数百辆货车在收费站排队等候。"
                + "交警部门表示，能见度恢复后将分批放行。\n\n2031年11月16日";
        String ferryJa = "ケストビアでフェリー転覆\n\nケストビア沖でフェリーが転覆し、乗客の救助活動が続いている。"
                + "運航会社によると、乗員乗客の安否確認を急いでいるという。\n\n2031年11月16日";
        List<RawDocument> docs = List.of(SyntheticNews.doc("bridge-zh", bridgeZh, null, null),
                SyntheticNews.doc("ferry-ja", ferryJa, null, null));
        assertThat(new StoryClusterer().addAll(docs).stories()).hasSize(2);
    }
}
