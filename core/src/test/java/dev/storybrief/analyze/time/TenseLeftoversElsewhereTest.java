package dev.storybrief.analyze.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Tenses the grammars mark where timeline30's readers saw none. Finnish and Hungarian tell what is to come in the
 * present, and a word of time ahead in the clause ("huomenna", "ensi viikolla", "holnap", "jövő héten") is then what
 * says so; Croatian's passive perfect ("je zatvoren", "evakuirano je") dates a past act by its day; German's strong
 * pasts ("beschloss", "traf", "sprach", "fand ... statt") have no ending to read, only their forms, in lower case.
 * Every sentence is read against Thursday, 2026-12-03: a past Friday is 2026-11-27, the coming one (what a clause
 * without cue gives) 2026-12-04; the coming Monday is 2026-12-07, the last one (what a clause without cue gives)
 * 2026-11-30. The weekday's value is read, whatever other dates the sentence holds.
 */
class TenseLeftoversElsewhereTest {
    private static final LocalDate THURSDAY = LocalDate.of(2026, 12, 3);

    private static String weekday(String language, String sentence, String day) {
        EuropeanDateTagger tagger = EuropeanDateTagger.forLanguage(language);
        assertThat(tagger).as("a tagger for " + language).isNotNull();
        Pattern name = Pattern.compile("(?iu).*" + day + ".*");
        return tagger.tag(sentence, THURSDAY).stream().filter(m -> name.matcher(m.text()).matches())
                .map(TemporalMention::value).findFirst().orElse("none");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "fi|Silta avataan huomenna ja rantatie maanantaina.|maanantai",
        "fi|Ensi viikolla ministeri vierailee kaupungissa maanantaina.|maanantai",
        "hu|A miniszter jövő héten hétfőn látogat a városba.|hétfőn",
        "hu|Az iskolák holnap és hétfőn is zárva tartanak.|hétfőn",
        "hr|Most će biti zatvoren u ponedjeljak.|ponedjeljak"})
    void aPresentWithATimeWordAheadGivesTheComingMonday(String language, String sentence, String day) {
        assertThat(weekday(language, sentence, day)).as(sentence).isEqualTo("2026-12-07");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "hr|Most je zatvoren u petak zbog poplave.|petak",
        "hr|Dvadeset obitelji evakuirano je u petak.|petak",
        "hr|U petak su uhićeni trojica osumnjičenih.|petak",
        "de|Der Stadtrat beschloss am Freitag einen neuen Haushalt.|Freitag",
        "de|Die Minister trafen sich am Freitag in Berlin.|Freitag",
        "de|Der Kanzler sprach am Freitag im Bundestag.|Freitag",
        "de|Die Sitzung fand am Freitag im Rathaus statt.|Freitag"})
    void aPastActGivesTheLastFriday(String language, String sentence, String day) {
        assertThat(weekday(language, sentence, day)).as(sentence).isEqualTo("2026-11-27");
    }

    /** No cue: the English default, the coming Friday; words that only look like a cue are none. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "hr|Ministar je spreman za sastanak u petak.|petak",
        "hr|Plan je sastanak u petak.|petak",
        "de|Das Schloss öffnet am Freitag seine Tore.|Freitag",
        "fi|Kokous pidetään perjantaina kaupungintalolla.|perjantai",
        "hu|Az ülést pénteken tartják a városházán.|pénteken"})
    void noCueKeepsTheDefault(String language, String sentence, String day) {
        assertThat(weekday(language, sentence, day)).as(sentence).isEqualTo("2026-12-04");
    }

    /**
     * A French or Italian verb after an elided word ("n'avait", "s'era") is read as the verb: a year-less day in its
     * clause is the last one (2026-01-12), not the nearest (2027-01-12, what a clause without cue gives).
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "fr|Le rapport du 12 janvier n'avait jamais été publié par la mairie.|12 janvier",
        "it|La frana del 12 gennaio s'era fermata a pochi metri dalle case.|12 gennaio"})
    void aVerbAfterAnElidedWordIsRead(String language, String sentence, String day) {
        assertThat(weekday(language, sentence, day)).as(sentence).isEqualTo("2026-01-12");
    }

    /** A past cue of the weekday's own clause still wins over a time word ahead in another. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "fi|Silta suljettiin maanantaina, ja se avataan huomenna.|maanantai",
        "hu|A hidat hétfőn lezárták, de holnap megnyitják.|hétfőn"})
    void aPastClauseStaysPast(String language, String sentence, String day) {
        assertThat(weekday(language, sentence, day)).as(sentence).isEqualTo("2026-11-30");
    }
}
