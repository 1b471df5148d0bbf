package dev.storybrief.analyze.sentence;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A quotation of several sentences stays one sentence with the attribution that closes it, in the six languages whose
 * quotation marks and speech verbs storybrief reads (made-up text). Each case splits inside the quotation without
 * {@link QuotedSpeech}.
 */
class QuotedSpeechTest {
    private final SentenceSplitters splitters = new SentenceSplitters();

    private List<String> split(String language, String paragraph) {
        return splitters.forLanguage(language).spans(paragraph).stream()
                .map(s -> paragraph.substring(s.getStart(), s.getEnd()).strip()).toList();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "en|\"It is a sad day. The old mill stood here for 90 years,\" said council leader Ruth Amsel.",
        "en|“It is a sad day. The old mill stood here for 90 years,” the council leader said.",
        "fr|« Nous pensons à sa famille. Les secours resteront sur place plusieurs jours », a déclaré la préfète.",
        "fr|« Le pont est fermé. Nous ne savons pas pour combien de temps », dit-il.",
        "de|„Wir sind erschüttert. Die Mühle stand hier seit 90 Jahren“, sagte der Bürgermeister.",
        "de|»Wir sind erschüttert. Die Mühle stand hier seit 90 Jahren«, sagte er.",
        "es|«Es un día triste. El molino estuvo aquí 90 años», dijo la alcaldesa.",
        "es|“Es un día triste. El molino estuvo aquí 90 años”, afirmó el alcalde.",
        "pt|“É um dia triste. O moinho esteve aqui 90 anos”, disse o autarca.",
        "it|«È un giorno triste. Il mulino era qui da 90 anni», ha detto il sindaco."})
    void aQuotationKeepsItsClosingAttribution(String language, String paragraph) {
        assertThat(split(language, paragraph)).containsExactly(paragraph);
    }

    @Test
    void theSentencesAroundTheQuotationStayApart() {
        String paragraph = "Le feu a repris lundi. « Nous pensons à sa famille. Les secours resteront sur place », a "
                + "déclaré la préfète. Les routes restent fermées.";
        assertThat(split("fr", paragraph)).containsExactly("Le feu a repris lundi.",
                "« Nous pensons à sa famille. Les secours resteront sur place », a déclaré la préfète.",
                "Les routes restent fermées.");
        String english = "The mill burned on Sunday. \"It is a sad day. We will rebuild,\" said Ruth Amsel. Police are"
                + " investigating.";
        assertThat(split("en", english)).containsExactly("The mill burned on Sunday.",
                "\"It is a sad day. We will rebuild,\" said Ruth Amsel.", "Police are investigating.");
    }

    /**
     * Swedish, Danish and Norwegian open quoted speech with a dash and close it with the attribution alone: the
     * sentences from the dash to ", säger ..." are one (QA tour 20 #10); the sentence after it stays apart.
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "sv|– Branden är under kontroll men inte släckt. Vi kommer att vara kvar här hela dagen, säger "
                + "räddningsledaren Anna Lindqvist.",
        "da|– Færgen sidder fast. Vi venter på slæbebåden, siger vagthavende Lars Mikkelsen.",
        "nb|– Brannen er under kontroll. Vi blir her hele dagen, sier innsatsleder Kari Nordmann."})
    void aDashQuotationKeepsItsAttribution(String language, String paragraph) {
        assertThat(split(language, paragraph + " Polisen utreder orsaken.")).containsExactly(paragraph,
                "Polisen utreder orsaken.");
    }

    /** A dash opens no quotation in English: its sentences stay apart. */
    @Test
    void aDashOpensNoQuotationInEnglish() {
        assertThat(split("en", "– The fire is under control. We will stay here all day, says chief Anna Lind."))
                .hasSize(2);
    }

    /** With its speaker named before it, a quotation of several sentences keeps its breaks. */
    @Test
    void aQuotationWithoutClosingAttributionKeepsItsBreaks() {
        assertThat(split("fr", "La préfète a déclaré : « Nous pensons à sa famille. Les secours resteront sur place. »"
                + " Les routes restent fermées.")).hasSize(3);
        assertThat(split("en", "She said: \"We are sad. We will rebuild.\" The mill burned on Sunday.")).hasSize(3);
    }

    /** An unclosed mark does not swallow the paragraph. */
    @Test
    void anUnclosedMarkJoinsNothing() {
        assertThat(split("en", "He measured a 5\" pipe. It was too short. The mill burned on Sunday.")).hasSize(3);
    }
}
