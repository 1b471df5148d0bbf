package dev.storybrief.clean;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storybrief.model.Article;
import dev.storybrief.wording.WrittenDates;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A place, a full date and a dash opening the first paragraph, as wire copy writes it in every language whose months
 * storybrief knows: stripped from the paragraph and read as the publication date. Every sentence is made up.
 */
class LeadDatelinesTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Tarnby, September 3, 2026 - | The ferry to the island ran aground on a sandbank near the harbour mouth. | 2026-09-03",
            "TARNBY, 3 September 2026 - | The ferry to the island ran aground on a sandbank near the harbour mouth. | 2026-09-03",
            "Villanueva, 7 de marzo de 2026 - | El transbordador encalló en un banco de arena cerca del puerto de la isla. | 2026-03-07",
            "VILLANUEVA, 7 de marzo de 2026 (Agencia Sur) - | El transbordador encalló en un banco de arena cerca del puerto. | 2026-03-07",
            "Castelrosso, 9 ottobre 2026 - | Il traghetto si è arenato su un banco di sabbia vicino al porto dell'isola. | 2026-10-09",
            "Dolní Ves, 3. května 2026 - | Trajekt najel na mělčinu u vjezdu do přístavu a cestující museli čekat. | 2026-05-03",
            "Stara Wola, 12 września 2026 r. - | Prom osiadł na mieliźnie przy wejściu do portu, a pasażerowie czekali godzinami. | 2026-09-12",
            "Yenikent, 21 Ocak 2026 - | Feribot liman girişindeki bir kum tepesine oturdu ve yolcular saatlerce bekledi. | 2026-01-21",
            "Ивановск, 5 февраля 2026 года. | Паром сел на мель у входа в порт, пассажиры ждали несколько часов. | 2026-02-05",
            "المرفأ، 10 مايو 2026 - | جنحت العبارة على رمال قرب مدخل الميناء وانتظر الركاب ساعات طويلة قبل إنقاذهم. | 2026-05-10",
            "Πειραιάς, 2 Δεκεμβρίου 2026 - | Το πλοίο προσάραξε σε αμμοσύρτη κοντά στην είσοδο του λιμανιού της πόλης. | 2026-12-02",
            "Padang, 6 Desember 2026 - | Kapal feri kandas di gundukan pasir dekat pintu masuk pelabuhan pulau itu. | 2026-12-06",
            "Tarnvik, 4 december 2026 - | Färjan gick på grund på en sandbank nära hamninloppet och passagerarna väntade. | 2026-12-04",
            // Hebrew joins "in" to the month; Japanese sets the place apart with an ideographic comma (QA tour 21)
            "נווה ים, 1 בדצמבר 2026 - | המעבורת עלתה על שרטון ליד פתח הנמל והנוסעים המתינו שעות ארוכות. | 2026-12-01",
            "港川市、2026年10月12日 - | 濃い霧の影響で、港川港の入り口付近でフェリーが浅瀬に乗り上げ、乗客は数時間にわたって船内で待機した。 | 2026-10-12",
    })
    void aPlaceADateAndADashAreADateline(String dateline, String rest, String date) {
        String paragraph = dateline.strip() + " " + rest.strip();
        assertThat(Datelines.strip(paragraph)).contains(rest.strip());
        assertThat(Datelines.filed(paragraph)).contains(LocalDate.parse(date));
        assertThat(TextMetadata.sniff(List.of("A headline of several words here", paragraph)).published())
                .isEqualTo(LocalDate.parse(date));
    }

    @Test
    void theAgencyInBracketsAfterTheDateIsTheOutlet() {
        assertThat(Datelines.agency("Villanueva, 7 de marzo de 2026 (Agencia Sur) - El transbordador encalló en un "
                + "banco de arena cerca del puerto.")).contains("Agencia Sur");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            // a date inside the sentence, or a place and date that open a clause, are no dateline
            "On September 3, 2026 - a Thursday - the ferry to the island ran aground near the harbour mouth.",
            "Tarnby, a town of 3,000 people, said on September 3, 2026 - after the storm - that the ferry ran aground.",
            "The ferry ran aground at Tarnby, September 3, 2026 - the third time in a year, the harbour master said.",
    })
    void aDateElsewhereIsNoDateline(String paragraph) {
        assertThat(Datelines.strip(paragraph)).isEmpty();
        assertThat(Datelines.filed(paragraph)).isEmpty();
    }

    /** Czech and Russian agencies write their name after the date's dash (QA tour 21: no date, no outlet). */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Praha, 4. prosince 2026 - (ČTK) | Hladina řeky Vltavy v noci stoupla a hasiči evakuovali dvě obce. | 2026-12-04 | ČTK",
            "ЗАРЕЧЬЕ, 24 ноября 2026 - (Интерфакс-Поволжье) | Пожар на складе в промзоне потушен, сообщили спасатели. | 2026-11-24 | Интерфакс-Поволжье",
    })
    void anAgencyAfterTheDatelinesDashIsItsOutlet(String dateline, String rest, String date, String agency) {
        String paragraph = dateline.strip() + " " + rest.strip();
        assertThat(Datelines.strip(paragraph)).contains(rest.strip());
        assertThat(Datelines.filed(paragraph)).contains(LocalDate.parse(date));
        assertThat(Datelines.agency(paragraph)).contains(agency);
    }

    /**
     * A dateline without a year gives the day it was filed, the year to come from the story: the Czech agency's form
     * ("Praha 4. prosince (ČTK) - ") and a Russian wire's shortened month ("24 ноя"); with the year it dates the text.
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Brno 4. prosince (ČTK) - | Hladina řeky Svratky v noci stoupla a hasiči evakuovali dvě obce. | --12-04 | ČTK",
            "ТАРСК, 24 ноя — РИА Новости. | Пожар на складе в промзоне потушен, сообщили спасатели. | --11-24 | РИА Новости",
    })
    void aDatelineWithoutAYearGivesTheDayFiled(String dateline, String rest, String day, String agency) {
        String paragraph = dateline.strip() + " " + rest.strip();
        assertThat(Datelines.strip(paragraph)).contains(rest.strip());
        assertThat(Datelines.filed(paragraph)).isEmpty();
        assertThat(Datelines.dayFiled(paragraph)).contains(java.time.MonthDay.parse(day));
        assertThat(Datelines.agency(paragraph)).contains(agency);
        assertThat(Datelines.filed("Brno 4. prosince 2026 (ČTK) - " + rest)).contains(LocalDate.of(2026, 12, 4));
    }

    /**
     * German-speaking agencies write their short names in lower case, after a dated place too (QA tour 26 #6: "Ansbach,
     * 20. November 2026 (dpn) - " was read as no dateline: no date, no outlet, the dateline left in the summary).
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Ansbach, 20. November 2026 (dpn) - | 2026-11-20",
            "Wien, 3. März 2026 (apa) - | 2026-03-03",
    })
    void aLowerCaseAgencyAfterADatedPlaceIsItsOutlet(String dateline, String date) {
        String rest = "Der frühere Bürgermeister ist wegen Untreue zu einer Bewährungsstrafe verurteilt worden.";
        String paragraph = dateline.strip() + " " + rest;
        assertThat(Datelines.strip(paragraph)).contains(rest);
        assertThat(Datelines.filed(paragraph)).contains(LocalDate.parse(date));
        assertThat(Datelines.agency(paragraph)).contains(dateline.substring(dateline.indexOf('(') + 1,
                dateline.indexOf(')')));
        String undated = "Ansbach, 20. November (dpn) - " + rest;
        assertThat(Datelines.strip(undated)).contains(rest);
        assertThat(Datelines.dayFiled(undated)).contains(java.time.MonthDay.of(11, 20));
    }

    /** A news site names itself by its address after the place: "PADANG, KOMPAS.com - " (QA tour 21). */
    @Test
    void aSitesAddressAfterThePlaceIsTheOutlet() {
        String paragraph = "TOLLAN, HARIANPOS.com - Banjir bandang menerjang kecamatan itu pada Jumat dini hari.";
        assertThat(Datelines.strip(paragraph)).contains("Banjir bandang menerjang kecamatan itu pada Jumat dini hari.");
        assertThat(Datelines.agency(paragraph)).contains("HARIANPOS.com");
    }

    /**
     * A date bar in the language's own form dates the article and leaves the text: the Czech spaced numbers, a Turkish
     * weekday after the date, the Japanese hour and minute signs (QA tour 21).
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "4. 12. 2026 10:15 | 2026-12-04",
            "17 Kasım 2026 Salı 14:30 | 2026-11-17",
            "2026年10月12日 18時30分 | 2026-10-12",
            // Croatian and Serbian close a numeric date with a dot (QA tour 24)
            "29.11.2026. 22:40 | 2026-11-29",
            "30. 11. 2026. | 2026-11-30",
            "1 ธันวาคม 2569 เวลา 07:30 น. | 2026-12-01",
    })
    void aDateBarInTheLanguagesFormDatesTheArticle(String bar, String date) {
        Article a = new ArticleCleaner().clean(new dev.storybrief.ingest.RawDocument("d", java.nio.file.Path.of("d.txt"),
                dev.storybrief.ingest.SourceFormat.TEXT, "Flood closes the valley road for days\n\n" + bar.strip()
                + "\n\nThe river burst its banks overnight and the valley road was closed for three days.",
                java.util.Map.of()));
        assertThat(a.published()).isEqualTo(LocalDate.parse(date));
        assertThat(a.paragraphs()).containsExactly(
                "The river burst its banks overnight and the valley road was closed for three days.");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "ar|10 مايو 2026|5", "tr|21 Ocak 2026|1", "cs|3. května 2026|5", "pl|12 września 2026|9",
            "ru|5 февраля 2026|2", "nl|4 juni 2026|6", "he|1 בדצמבר 2026|12"})
    void theMonthsOfEachLanguageAreKnown(String language, String written, int month) {
        assertThat(WrittenDates.find(written)).hasValueSatisfying(d -> assertThat(d.getMonthValue()).isEqualTo(month));
        assertThat(WrittenDates.monthsOf(language)).containsValue(month);
    }
}
