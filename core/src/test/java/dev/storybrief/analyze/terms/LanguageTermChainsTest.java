package dev.storybrief.analyze.terms;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** The chains of languages other than English: inflected forms meet, stop words go, unknown languages fall back. */
class LanguageTermChainsTest {
    private final TermChains chains = TermChains.standard();

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "fr|les élections présidentielles|l'élection présidentielle",
        "de|die Wahlen der Präsidenten|der Wahl des Präsidenten",
        "es|las elecciones presidenciales|la elección presidencial",
        "it|le elezioni presidenziali|l'elezione presidenziale",
        "pt|as eleições presidenciais|a eleição presidencial",
        "cs|prezidentské volby|prezidentských voleb",
        "ru|президентские выборы|президентских выборов",
        "ar|الانتخابات الرئاسية|والانتخابات الرئاسية"})
    void inflectedFormsOfOneWordMeet(String language, String a, String b) {
        TermChain chain = chains.forLanguage(language);
        assertThat(chains.has(language)).isTrue();
        assertThat(chain.language()).isEqualTo(language);
        assertThat(chain.terms(a)).isNotEmpty().isEqualTo(chain.terms(b));
    }

    @Test
    void stopWordsOfTheLanguageAreDropped() {
        assertThat(chains.forLanguage("fr").terms("le pont et la route")).hasSize(2);
        assertThat(chains.forLanguage("de").terms("die Brücke und die Straße")).hasSize(2);
    }

    @Test
    void aLanguageWithoutAnAnalyzerGetsUnicodeTokensWithoutStemmingAndSaysSo() {
        assertThat(chains.has("uk")).isFalse();
        TermChain ukrainian = chains.forLanguage("uk");
        assertThat(ukrainian).isSameAs(chains.fallback());
        assertThat(ukrainian.description()).contains("no stemmer");
        assertThat(ukrainian.terms("Міст закрили в понеділок")).containsExactly("міст", "закрили", "понеділок");
    }

    @Test
    void hebrewPrefixesAndPluralEndingsMeetTheBareWord() {
        TermChain hebrew = chains.forLanguage("he");
        assertThat(chains.has("he")).isTrue();
        // "the families", "to the families", "and the families" and "family" + plural are one term; "of" is a stop word
        assertThat(hebrew.terms("המשפחות")).isEqualTo(hebrew.terms("למשפחות")).isEqualTo(hebrew.terms("והמשפחות"));
        assertThat(hebrew.terms("המטוס")).isEqualTo(hebrew.terms("מטוס")).isEqualTo(hebrew.terms("והמטוס"));
        assertThat(hebrew.terms("המטיילים")).isEqualTo(hebrew.terms("מטיילים"));
        assertThat(hebrew.terms("הבית של המשפחה")).hasSize(2);
        // a final letter is its plain letter once an ending is cut: "hikers" meets "hiker" + suffix forms
        assertThat(HebrewLightStemFilter.stem("מטיילים")).isEqualTo(HebrewLightStemFilter.stem("ומטייל"));
        // a short word keeps its first root letter: "house" is not cut to two letters
        assertThat(HebrewLightStemFilter.stem("בית")).isEqualTo("בית");
    }

    @Test
    void aboutFortyLanguagesHaveAChainOfTheirOwn() {
        assertThat(chains.languages()).hasSizeGreaterThanOrEqualTo(35)
                .contains("en", "ar", "cs", "fr", "el", "hi", "zh", "ja", "ko");
    }

    @Test
    void aJapaneseWordIsOneTermInItsBaseForm() {
        TermChain japanese = chains.forLanguage("ja");
        // character bigrams made 新幹, 幹線 of it; particles and the auxiliary go by part of speech
        assertThat(japanese.terms("新幹線が止まった")).containsExactly("新幹線", "止まる");
        assertThat(japanese.terms("ヒグマを目撃した")).containsExactly("ヒグマ", "目撃");
        assertThat(japanese.description()).contains("JapaneseAnalyzer");
    }

    @Test
    void aJapaneseFigureAndPlaceNameAreTermsWithoutTheirCounterAndSuffix() {
        TermChain japanese = chains.forLanguage("ja");
        // 11日 and 北浦市 were 11, 日 and 北浦, 市: every dated sentence shared 日, every town's 市
        assertThat(japanese.terms("5月11日、北浦市で2人が死亡した")).containsExactly("5", "11", "北浦", "2", "死亡");
        assertThat(japanese.terms("午前9時半ごろ")).containsExactly("午前", "9");
    }

    @Test
    void chineseIsCutIntoWordsWithoutItsFunctionWords() {
        TermChain chinese = chains.forLanguage("zh");
        assertThat(chinese.terms("消防员说，大火已经被扑灭了。")).containsExactly("消防", "员", "大火", "扑灭");
        assertThat(chinese.description()).contains("SmartChineseAnalyzer");
    }

    @Test
    void aChineseFigureIsOneTermAndItsClassifierAndDateUnitsGo() {
        TermChain chinese = chains.forLanguage("zh");
        assertThat(chinese.terms("二十二辆消防车")).containsExactly("二十二", "消防车");
        assertThat(chinese.terms("11月15日，一百一十名工人")).containsExactly("11", "15", "一百一十", "工人");
        // numerals apart in the text stay apart
        assertThat(chinese.terms("三号线、五号线")).containsExactly("三", "号", "线", "五", "号", "线");
    }

    @Test
    void koreanIsCutIntoWordsWithoutItsParticles() {
        TermChain korean = chains.forLanguage("ko");
        assertThat(korean.terms("노조가 파업에 들어갔다")).containsExactly("노조", "파업", "들어가");
        assertThat(korean.description()).contains("KoreanAnalyzer");
    }

    @Test
    void englishIsUnchanged() {
        assertThat(chains.forLanguage("en")).isSameAs(TermChains.english());
        assertThat(TermChains.english().terms("NATO's bombing runs ended.")).containsExactly("nato", "bomb", "run", "end");
    }

    @Test
    void serbianCroatianAndBosnianShareTermsAcrossScriptsAndStandards() {
        String cyrillic = "Председник општине рекао је да је река поплавила 300 кућа.";
        String latin = "Predsednik opštine rekao je da je reka poplavila 300 kuća.";
        String ijekavian = "Predsjednik općine rekao je da je rijeka poplavila 300 kuća.";
        for (String code : new String[] {"sr", "hr", "bs"}) {
            assertThat(chains.has(code)).as(code).isTrue();
            TermChain chain = chains.forLanguage(code);
            assertThat(chain.terms(cyrillic)).as(code).isNotEmpty().isEqualTo(chain.terms(latin));
            // "općine" and "opštine" are two words; every other term of the ijekavian sentence meets the ekavian one
            List<String> shared = new java.util.ArrayList<>(chain.terms(ijekavian));
            shared.retainAll(chain.terms(latin));
            assertThat(shared).as(code).hasSize(chain.terms(latin).size() - 1);
        }
        assertThat(chains.forLanguage("hr").terms(latin)).isEqualTo(chains.forLanguage("sr").terms(latin));
    }

    @Test
    void swahiliVerbFormsMeetWhateverTheirSubjectAndTense() {
        TermChain swahili = chains.forLanguage("sw");
        assertThat(chains.has("sw")).isTrue();
        // he was arrested, they have been arrested, to arrest, who was arrested, they arrested: "kamata"
        List<String> arrested = swahili.terms("alikamatwa");
        assertThat(arrested).containsExactly("kamata");
        for (String form : List.of("wamekamatwa", "kukamata", "aliyekamatwa", "walikamata", "watakamatwa")) {
            assertThat(swahili.terms(form)).as(form).isEqualTo(arrested);
        }
        assertThat(swahili.terms("waliuawa")).isEqualTo(swahili.terms("kuuawa")).isEqualTo(swahili.terms("waliouawa"));
        // the locative: "at home" and "house", "in the country" and "country"
        assertThat(swahili.terms("nyumbani")).isEqualTo(swahili.terms("nyumba"));
        assertThat(swahili.terms("mahakamani")).containsExactly("mahakama");
        // an adjective and a number that only look like an infinitive and a locative
        assertThat(swahili.terms("kubwa ishirini")).containsExactly("kubwa", "ishirini");
    }

    @Test
    void swahiliFunctionWordsReportingVerbsAndNamesAreHandled() {
        TermChain swahili = chains.forLanguage("sw");
        assertThat(swahili.terms("Mkutano wa viongozi wa Afrika katika mji wa Nairobi ulikuwa mrefu, alisema."))
                .containsExactly("mkutano", "viongozi", "afrika", "mji", "nairobi", "mrefu");
        // a name written with a capital is not read as i-ta-lia; a noun's class prefix is not cut
        assertThat(swahili.terms("wachezaji wa Italia")).containsExactly("wachezaji", "italia");
        assertThat(swahili.terms("walimu watalii wanawake")).containsExactly("walimu", "watalii", "wanawake");
        assertThat(swahili.terms("mtoto watoto")).containsExactly("mtoto", "watoto");
    }

    @Test
    void twoSwahiliReportsOfOneEventShareTermsTheFallbackMissed() {
        // made-up: the same flood told with other tenses and prefixes
        String one = "Mvua kubwa ilinyesha jana na nyumba nyingi zilisombwa na maji. Polisi walisema watu kumi "
                + "wamefariki na wengine wamejeruhiwa.";
        String two = "Watu kumi wamefariki baada ya mvua kubwa kunyesha. Nyumba zimesombwa na maji, polisi wamesema, "
                + "na watu ishirini walijeruhiwa.";
        long before = shared(chains.fallback(), one, two);
        long after = shared(chains.forLanguage("sw"), one, two);
        assertThat(after).isGreaterThan(before);
        assertThat(chains.forLanguage("sw").terms(two)).doesNotContain("na", "ya", "baada");
    }

    private static long shared(TermChain chain, String a, String b) {
        java.util.Set<String> first = new java.util.HashSet<>(chain.terms(a));
        return new java.util.HashSet<>(chain.terms(b)).stream().filter(first::contains).count();
    }

    @Test
    void malayUsesTheIndonesianAnalyzer() {
        TermChain malay = chains.forLanguage("ms");
        assertThat(chains.has("ms")).isTrue();
        assertThat(malay.terms("kerajaan mengumumkan")).isEqualTo(malay.terms("kerajaan diumumkan"));
        assertThat(malay.terms("rumah yang dibina di kampung itu")).containsExactly("rumah", "bina", "kampung");
    }
}
