package dev.storybrief.brief.summary;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storybrief.analyze.AnnotatorChain;
import dev.storybrief.model.AnalyzedArticle;
import dev.storybrief.model.Article;
import java.util.List;
import org.junit.jupiter.api.Test;

class CandidateFilterTest {
    private static final CandidateFilter FILTER = new CandidateFilter();

    /** Whether the filter takes each sentence of one made-up article; the summary tests of other rules ask it too. */
    static List<Boolean> accepted(String... paragraphs) {
        AnalyzedArticle a = AnnotatorChain.standard().annotate(new Article("a", null, null, null, null, null, null,
                List.of(paragraphs), List.of()));
        return a.sentences().stream().map(s -> FILTER.accepts(a, s)).toList();
    }

    @Test
    void acceptsAPlainStatement() {
        assertThat(accepted("NATO formally ended its seven-month mission in Libya on Monday.")).containsExactly(true);
    }

    @Test
    void rejectsHeadingsQuestionsAndTinySentences() {
        assertThat(accepted("Arms proliferation")).containsExactly(false);
        assertThat(accepted("Will the alliance come back to Libya next year at all?")).containsExactly(false);
        assertThat(accepted("He left early.")).containsExactly(false);
    }

    @Test
    void rejectsARollOfNamesWithRatingsButNotASentenceListingAFewScorers() {
        // a match report's player ratings and a line-up are tables set as a line
        assertThat(accepted("Kelby: Brandt 7, Okafor 6, Lewis 7, Dunne 6, Price 6, Okoro 8, Ferris 9, Mills 7.",
                "Player ratings: Brandt 7; Okafor 6; Ade Okoro 8; Ferris 9; and Kane 6."))
                .containsExactly(false, false);
        assertThat(accepted("Kelby FC beat Port Aldren 3-1, with goals from Ferris, Okoro and Mills in the second half.",
                "The council voted 31 to 9, with Grant, Lund, Obi and Park among those against."))
                .containsExactly(true, true);
    }

    @Test
    void aDandaOrAnUrduFullStopEndsAStatement() {
        // Hindi and Urdu news end their sentences with "।" and "۔": read as headlines, a Hindi story had no summary
        assertThat(accepted("करीब 1,200 परिवारों को राहत शिविरों में पहुंचाया गया है।",
                "راولپنڈی میں بارش سے بارہ سو خاندان متاثر ہوئے ہیں اور امدادی کام جاری ہے۔"))
                .containsExactly(true, true);
    }

    @Test
    void aShortSentenceOfLongWordsCarriesAFactAShortEnglishOneDoesNot() {
        // Finnish and Tamil write cases and postpositions into the word: five or four words tell a whole fact
        assertThat(accepted("Neuvottelut jatkuvat perjantaina valtakunnansovittelijan johdolla.",
                "ஆயிரம் பேர் பாதுகாப்பான இடங்களுக்கு மாற்றப்பட்டனர்.")).containsExactly(true, true);
        // as many words of English, or of Korean with as few sounds, are still too short
        assertThat(accepted("Officials declined to comment further.", "No one was hurt today.",
                "다친 사람은 아무도 없었다.")).containsExactly(false, false, false);
        assertThat(CandidateFilter.letters("Égout réparé à 9h.")).isEqualTo(13);
        assertThat(CandidateFilter.letters("불은 꺼졌다")).isEqualTo(13);
    }

    /**
     * QA tour 27 #11: Russian and Turkish summaries used less than half their words, as their five-word facts were cut
     * by a bound set for English, which spends words on articles and prepositions.
     */
    @Test
    void aFiveWordSentenceCarriesAFactInALanguageWithoutArticles() {
        assertThat(accepted("Строительство начнётся весной 2027 года. Новая линия соединит северный район с вокзалом "
                + "и центром города.")).containsExactly(true, true);
        assertThat(accepted("Okullar pazartesi günü kapalı olacak. Depremde iki bina hasar gördü ve hemen boşaltıldı."))
                .containsExactly(true, true);
        assertThat(accepted("Budowa ruszy wiosną przyszłego roku. Nowa linia połączy północną dzielnicę z dworcem "
                + "i centrum miasta.")).containsExactly(true, true);
        // English, and French, which write articles, keep the bound; four words are short everywhere
        assertThat(accepted("The schools stay closed today. Two buildings were damaged and evacuated by the police."))
                .containsExactly(false, true);
        assertThat(accepted("Les écoles restent fermées lundi. Deux bâtiments ont été endommagés puis évacués par la "
                + "police.")).containsExactly(false, true);
        assertThat(accepted("Об этом сообщили власти. Новая линия соединит северный район с вокзалом и центром города."))
                .containsExactly(false, true);
    }

    @Test
    void aNordicQuotationOpensWithTheMarkThatClosesIt() {
        assertThat(accepted("”Työnantaja ei ole tehnyt meille mitään tarjousta”, sanoo liiton puheenjohtaja Mikko Virtanen.",
                "”Vi har aldrig sett något liknande”, säger räddningsledaren Anna Berg till tidningen."))
                .containsExactly(true, true);
        // the close of a quotation begun in the sentence before is still a fragment
        assertThat(accepted("” he told reporters after the meeting in the town hall on Monday.")).containsExactly(false);
    }

    /** A line broken off its sentence opens with the comma: in a script without case nothing else shows it. */
    @Test
    void aSentenceOpeningWithACommaIsAFragment() {
        assertThat(accepted("، وقد أغلقت الشرطة الجسر أمام السيارات طوال الأسبوع الماضي بسبب الفيضانات.",
                "وقد أغلقت الشرطة الجسر أمام السيارات طوال الأسبوع الماضي بسبب الفيضانات."))
                .containsExactly(false, true);
        assertThat(accepted("; the bridge stayed closed to cars for the whole of last week after the floods."))
                .containsExactly(false);
    }

    @Test
    void rejectsALongHeadlineWithoutAFullStop() {
        assertThat(accepted("The mayor on the right of every resident to a safe bridge across the harbor")).containsExactly(false);
    }

    @Test
    void rejectsQuoteFragmentsWithoutTheirSpeaker() {
        // a quotation of three sentences closed by its speaker is one sentence (QuotedSpeech): no fragment is left
        assertThat(accepted("“We have prevented a massacre in the city. We have saved countless lives in the east. "
                + "That was our mission all along,” he told reporters on the plane."))
                .containsExactly(true);
        assertThat(accepted("“It will be hard to win them back for a long time.”")).containsExactly(false);
    }

    /** Wire copy's {@code `` ''} quotes: split where they close a sentence, and the speaker-less parts left out. */
    @Test
    void treatsTypewriterQuotesLikeCurlyOnes() {
        assertThat(accepted("``The ferry will run again by the end of the month, whatever the weather,'' the harbor master"
                + " said at the pier. ``We owe the islanders that much.'' The council meets on the matter next week."))
                .containsExactly(true, false, true);
        assertThat(accepted("``The ferry will run again by the end of the month. Every islander will get a seat on it,''"
                + " the harbor master said at the pier."))
                .containsExactly(false, false);
    }

    /** A list item, an interview's turn and a signpost to what follows say nothing on their own. */
    @Test
    void rejectsListItemsInterviewTurnsAndSignposts() {
        assertThat(accepted("Here are the key figures from the fire service for the whole night.")).containsExactly(false);
        assertThat(accepted("- The council ordered air quality tests across the district.")).containsExactly(false);
        assertThat(accepted("• Eastgate schools opened two hours late on Tuesday morning.")).containsExactly(false);
        assertThat(accepted("A: We believe lithium batteries thrown out with household waste started it."))
                .containsExactly(false);
        assertThat(accepted("Voici les chiffres clés publiés par les pompiers ce matin.")).containsExactly(false);
        // the same facts told as sentences stay
        assertThat(accepted("The council ordered air quality tests across the district on Tuesday.",
                "A firefighter said lithium batteries thrown out with household waste started it.",
                "Here in Eastgate, the schools opened two hours late on Tuesday."))
                .containsExactly(true, true, true);
    }

    @Test
    void chineseAndJapaneseSentencesEndWithTheirOwnFullStops() {
        assertThat(accepted("受大雾影响，杭州湾跨海大桥4日清晨临时封闭，数百辆货车在两岸收费站排队等候。"
                + "大桥何时恢复通行？")).containsExactly(true, false);
        assertThat(accepted("運航会社の担当者は「視界が回復し次第、運航を再開する」と話した。")).containsExactly(true);
        assertThat(accepted("「視界が回復し次第、運航を再開する」")).containsExactly(false);
    }

    @Test
    void aThaiStatementEndsWithItsLastWordAHeadlineInLatinLettersStillNeedsAFullStop() {
        // Thai writes no sentence-final mark: a whole Thai story had no summary line
        assertThat(accepted("เกิดเหตุเพลิงไหม้ตลาดสดกลางเมืองเมื่อคืนวันจันทร์ ร้านค้ากว่า 200 แผงได้รับความเสียหายทั้งหมด"))
                .containsExactly(true);
        assertThat(accepted("Market fire destroys more than two hundred stalls in the old town"))
                .containsExactly(false);
    }

    /**
     * A wire photo's caption run into the text, and a teaser that trails off, tell no whole fact; a sentence that
     * mentions photos or ends on a full stop does. Made-up lines.
     */
    @Test
    void rejectsPhotoCaptionsAndLinesThatTrailOff() {
        assertThat(accepted("In this undated photo released by the coastguard shows diver Mara Ellison at Kelby Point.",
                "In this March 3, 2026, file photo, ferry workers walk past the Pellham terminal.",
                "This image provided by the Orrin police shows the damaged signal box on Monday.",
                "Ellison, a 24-year-old trainee diver, died last week during her first week of training...",
                "Pictured: the Pellham terminal after the storm on Monday night."))
                .containsExactly(false, false, false, false, false);
        assertThat(accepted("In this case, the inquiry found that the images were taken after the storm.",
                "Photos shared online showed water pouring into the Pellham terminal on Monday.",
                "The coastguard released the photo of the diver on Tuesday, three days after the accident."))
                .containsExactly(true, true, true);
    }
}
