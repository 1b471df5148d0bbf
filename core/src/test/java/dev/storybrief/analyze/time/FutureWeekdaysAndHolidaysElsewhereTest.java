package dev.storybrief.analyze.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * QA tour 20's dates (made-up sentences): a weekday in an Arabic, Dutch or Polish clause about the future lies ahead
 * of the telling, and Christmas, New Year and counts from them ("la semaine avant Noël") are read in the languages of
 * {@link EuropeanDateTagger} as in English.
 */
class FutureWeekdaysAndHolidaysElsewhereTest {
    /** A Friday. */
    private static final LocalDate FRIDAY = LocalDate.of(2026, 11, 20);
    /** A Wednesday in December. */
    private static final LocalDate WEDNESDAY = LocalDate.of(2026, 12, 2);

    private static String value(String language, LocalDate published, String sentence, String text) {
        return EuropeanDateTagger.forLanguage(language).tag(sentence, published).stream()
                .filter(m -> m.text().equals(text)).map(TemporalMention::value).findFirst().orElse("(not tagged)");
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
            // future prefix, "سوف", "من المتوقع", "من المقرر"
            "ar | ستغلق المدارس يوم الأحد. | الأحد | 2026-11-22",
            "ar | وسوف تعقد الحكومة اجتماعا يوم الاثنين. | الاثنين | 2026-11-23",
            "ar | ومن المتوقع أن تهطل أمطار جديدة يوم الاثنين. | الاثنين | 2026-11-23",
            "ar | ومن المقرر أن يزور الوزير المنطقة يوم الثلاثاء. | الثلاثاء | 2026-11-24",
            // a past clause, and nouns that begin like a future verb, stay the last such day
            "ar | وأغلقت المدارس يوم الأحد. | الأحد | 2026-11-15",
            "ar | وجرفت السيول سيارات يوم الأحد. | الأحد | 2026-11-15",
            "ar | سيغلق الجسر، وقد انهار المنزل يوم الأحد. | الأحد | 2026-11-15",
            // the noun of an act announced or decided, with the weekday after it: the act's day lies ahead (QA20)
            "ar | وأعلنت السلطات إغلاق المدارس يوم الأحد. | الأحد | 2026-11-22",
            "ar | وقررت الحكومة تأجيل الانتخابات إلى يوم الثلاثاء. | الثلاثاء | 2026-11-24",
            // the weekday right after the announcing dates it; "since Sunday" is a past span
            "ar | وأعلنت السلطات يوم الأحد إغلاق المدارس. | الأحد | 2026-11-15",
            "ar | وأعلنت السلطات إغلاق المدارس منذ يوم الأحد. | الأحد | 2026-11-15",
            "ar | وتم إغلاق المدارس يوم الأحد. | الأحد | 2026-11-15",
            "nl | De gemeenteraad zal op maandag over het plan stemmen. | maandag | 2026-11-23",
            "nl | De bond gaat maandag opnieuw staken. | maandag | 2026-11-23",
            "nl | Het besluit wordt verwacht op dinsdag. | dinsdag | 2026-11-24",
            "nl | De minister moet woensdag een besluit nemen. | woensdag | 2026-11-25",
            "nl | De bond staakte maandag. | maandag | 2026-11-16",
            "pl | Głosowanie odbędzie się w poniedziałek. | poniedziałek | 2026-11-23",
            "pl | Rada będzie obradować we wtorek. | wtorek | 2026-11-24",
            "pl | Spotkanie ma się odbyć w środę. | środę | 2026-11-25",
            "pl | Decyzja zostanie ogłoszona w czwartek. | czwartek | 2026-11-26",
            "pl | Głosowanie planowane jest na niedzielę. | niedzielę | 2026-11-22",
            "pl | Rada obradowała we wtorek. | wtorek | 2026-11-17",
            // QA21: Czech, Turkish and Russian futures and plans; their past clauses stay behind
            "cs | Vyšetřování začne v pondělí. | pondělí | 2026-11-23",
            "cs | Zastupitelstvo bude o plánu hlasovat ve středu. | středu | 2026-11-25",
            "cs | Zastupitelstvo hlasovalo ve středu. | středu | 2026-11-18",
            "tr | Bakan perşembe günü bölgeyi ziyaret edecek. | perşembe | 2026-11-26",
            "tr | Okulların pazartesi günü yeniden açılması bekleniyor. | pazartesi | 2026-11-23",
            "tr | Okullar çarşamba gününe kadar tatil edildi. | çarşamba | 2026-11-25",
            "tr | Bakan perşembe günü bölgeyi ziyaret etti. | perşembe | 2026-11-19",
            "ru | Совещание состоится в среду. | среду | 2026-11-25",
            "ru | Совещание прошло в среду. | среду | 2026-11-18"})
    void aWeekdayInAClauseAboutTheFutureLiesAhead(String language, String sentence, String text, String expected) {
        assertThat(value(language, FRIDAY, sentence, text)).isEqualTo(expected);
    }

    /** A count of weeks is the week it ends in, valued by its Monday (as in English): here the week of December 18. */
    /**
     * QA21: Dutch tells a scheduled day in the simple present, Polish in the (perfective) present; both mark every
     * past verb, so a weekday in a present clause is the coming one. The article is dated Friday 2026-11-20.
     */
    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
            "nl | De minister bezoekt het gebied donderdag. | donderdag | 2026-11-26",
            "nl | De minister bezoekt donderdag het gebied. | donderdag | 2026-11-26",
            "nl | Donderdag bezoekt de minister het gebied. | Donderdag | 2026-11-26",
            "nl | De gemeente opent maandag een noodopvang. | maandag | 2026-11-23",
            "nl | De president komt dinsdag naar Delft. | dinsdag | 2026-11-24",
            "nl | Scholen blijven tot maandag dicht. | maandag | 2026-11-23",
            // past forms: a preterite, strong or weak, and a perfect with its participle after the date
            "nl | De rivier trad donderdag buiten haar oevers. | donderdag | 2026-11-19",
            "nl | Het parlement stemde maandag over de wet. | maandag | 2026-11-16",
            "nl | De brandweer redde zondag drie mensen. | zondag | 2026-11-15",
            "nl | De minister heeft donderdag het gebied bezocht. | donderdag | 2026-11-19",
            "nl | Het kabinet heeft maandag besloten. | maandag | 2026-11-16",
            "nl | De school bleef tot maandag dicht. | maandag | 2026-11-16",
            "nl | De president sprak zondag met de burgemeester. | zondag | 2026-11-15",
            "pl | Wojewoda odwiedzi gminę w czwartek. | czwartek | 2026-11-26",
            "pl | Rząd w sobotę zdecyduje o pomocy. | sobotę | 2026-11-21",
            "pl | Minister powiedział, że w poniedziałek przyjedzie do gminy. | poniedziałek | 2026-11-23",
            // the l-participle of the past, an adjectival participle, a clause of no words of its own
            "pl | Rzeka zalała wieś w czwartek. | czwartek | 2026-11-19",
            "pl | Minister powiedział, że w sobotę woda zniszczyła most. | sobotę | 2026-11-14",
            "pl | Szkoły zamknięte w poniedziałek. | poniedziałek | 2026-11-16",
            "pl | Powódź w czwartek. | czwartek | 2026-11-19",
    })
    void aWeekdayInAPresentClauseLiesAhead(String language, String sentence, String text, String expected) {
        assertThat(value(language, FRIDAY, sentence, text)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
            "fr | Les grèves prévues la semaine avant Noël ont été annulées. | la semaine avant Noël | 2026-12-14",
            "fr | Le marché rouvrira deux jours après Noël. | deux jours après Noël | 2026-12-27",
            "fr | Nous voulons un accord avant Noël. | Noël | 2026-12-25",
            "de | Die Streiks in der Woche vor Weihnachten wurden abgesagt. | der Woche vor Weihnachten | 2026-12-14",
            "de | Der Markt öffnet zwei Tage nach Weihnachten. | zwei Tage nach Weihnachten | 2026-12-27",
            "es | Las huelgas previstas la semana antes de Navidad se han cancelado. | la semana antes de Navidad | 2026-12-14",
            "es | El mercado abrirá dos días después de Navidad. | dos días después de Navidad | 2026-12-27",
            "it | Gli scioperi previsti la settimana prima di Natale sono stati annullati. | la settimana prima di Natale | 2026-12-14",
            "pt | As greves previstas para a semana antes do Natal foram canceladas. | a semana antes do Natal | 2026-12-14",
            "nl | De stakingen in de week voor Kerstmis zijn afgelast. | de week voor Kerstmis | 2026-12-14",
            "pl | Strajk zaplanowano na tydzień przed Bożym Narodzeniem. | tydzień przed Bożym Narodzeniem | 2026-12-14",
            "es | El mercado cierra en Nochevieja. | Nochevieja | 2026-12-31",
            // numbers in words are the quantity tables' (not only the few a holiday table once listed)
            "fr | Le marché rouvrira douze jours après Noël. | douze jours après Noël | 2027-01-06",
            "de | Der Markt öffnete dreiundzwanzig Tage vor Weihnachten. | dreiundzwanzig Tage vor Weihnachten | 2026-12-02",
            "it | Il mercato riaprirà sette giorni dopo Natale. | sette giorni dopo Natale | 2027-01-01",
            "pl | Strajk zaplanowano na sześć dni przed Bożym Narodzeniem. | sześć dni przed Bożym Narodzeniem | 2026-12-19",
            // "les jours avant Noël" is a stretch, and the adjective "natal"/"natale" is no holiday
            "fr | Les jours avant Noël sont chargés. | Noël | 2026-12-25",
            "pt | Voltou à cidade natal. | natal | (not tagged)",
            "it | Tornò nella città natale. | natale | (not tagged)"})
    void christmasAndCountsFromItInOtherLanguages(String language, String sentence, String text, String expected) {
        assertThat(value(language, WEDNESDAY, sentence, text)).isEqualTo(expected);
    }
}
