package dev.storybrief.analyze.quote;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Quotes of Russian, Ukrainian, Bulgarian and Turkish (QA tour 27 #12): guillemets and „ “ with the dash before the
 * attribution ("«…», — заявил X"), verbs of saying by stem in each gender ("заявил", "заявила", "заявив"), "по
 * словам X" / "за словами X", and Turkish's verb after the quote with the speaker before it ("X, "…" dedi") or after
 * it (""…" diye konuştu X"); quoted speech opened by a dash ("— …, — сказал X"). The sentences and names are made up.
 */
class EasternQuoteTest {

    private List<Quote> extract(String language, String... sentences) {
        return QuotesOf.quotes(language, sentences);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
            "ru | «Мы не можем рисковать жизнью людей», — заявил Игорь Петров журналистам. | Мы не можем рисковать жизнью людей | Игорь Петров",
            "ru | «Трещины появились после паводков», — сказала инженер Анна Смирнова. | Трещины появились после паводков | Анна Смирнова",
            "ru | «Решение далось нам нелегко», — сказал мэр Игорь Петров. | Решение далось нам нелегко | Игорь Петров",
            "ru | «Мы предупреждали об этом», — подчеркнули в мэрии Олег Васильев и Анна Смирнова. | Мы предупреждали об этом | Олег Васильев",
            "ru | Игорь Петров заявил: «Мост будет закрыт до полной проверки». | Мост будет закрыт до полной проверки | Игорь Петров",
            "ru | «Работы начнутся в январе», — пояснила Анна Смирнова. | Работы начнутся в январе | Анна Смирнова",
            "uk | «Ми не можемо ризикувати життям людей», — заявив мер Ігор Петренко. | Ми не можемо ризикувати життям людей | Ігор Петренко",
            "uk | «Тріщини з'явилися після повеней», — сказала Ганна Коваленко. | Тріщини з'явилися після повеней | Ганна Коваленко",
            "bg | „Мостът ще остане затворен“, каза кметът Иван Петров. | Мостът ще остане затворен | Иван Петров",
            "tr | \"Köprü kapalı kalacak\" dedi Ahmet Yılmaz. | Köprü kapalı kalacak | Ahmet Yılmaz",
            "tr | \"Çatlaklar sellerden sonra ortaya çıktı\" diye konuştu Ayşe Demir. | Çatlaklar sellerden sonra ortaya çıktı | Ayşe Demir",
            "tr | Belediye Başkanı Ahmet Yılmaz, \"İnsanların hayatını riske atamayız\" dedi. | İnsanların hayatını riske atamayız | Ahmet Yılmaz",
            "tr | Meclis üyesi Murat Çelik, \"Üç yıl önce uyarmıştık\" ifadesini kullandı. | Üç yıl önce uyarmıştık | Murat Çelik",
            "tr | Ayşe Demir, “Onarım üç ay sürecek” diye ekledi. | Onarım üç ay sürecek | Ayşe Demir",
    })
    void aQuoteGetsItsSpeaker(String language, String sentence, String text, String speaker) {
        assertThat(extract(language, sentence)).singleElement().satisfies(q -> {
            assertThat(q.text()).isEqualTo(text);
            assertThat(q.speaker()).isEqualTo(speaker);
        });
    }

    /** An office written lower case before the name is the speaker's role. */
    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
            "ru | «Решение далось нам нелегко», — сказал мэр Игорь Петров. | Игорь Петров | мэр",
            "ru | «Мы предупреждали об этом», — заявил депутат Михаил Орлов. | Михаил Орлов | депутат",
            "uk | «Ми не можемо ризикувати», — заявив мер Ігор Петренко. | Ігор Петренко | мер",
            "bg | „Мостът ще остане затворен“, каза кметът Иван Петров. | Иван Петров | кметът"})
    void anOfficeBeforeTheNameIsTheRole(String language, String sentence, String speaker, String role) {
        assertThat(extract(language, sentence)).singleElement()
                .satisfies(q -> assertThat(q.speaker()).isEqualTo(speaker));
        assertThat(new SpeakerResolver(List.of(sentence)).resolve(speaker).role()).isEqualTo(role);
    }

    /** The past tense ends by the speaker's gender and number: every form credits the quote. */
    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {"ru | заявил", "ru | заявила", "ru | заявили", "ru | отметил",
            "ru | добавила", "ru | сообщил", "ru | рассказала", "ru | подчеркнул", "ru | говорит",
            "uk | заявив", "uk | заявила", "uk | сказав", "uk | додала", "uk | наголосив", "uk | розповіла",
            "uk | зазначив", "uk | каже"})
    void everyFormOfAVerbOfSayingCredits(String language, String verb) {
        assertThat(extract(language, "«Другого выхода не было», — " + verb + " Марина Лисова."))
                .singleElement().satisfies(q -> assertThat(q.speaker()).isEqualTo("Марина Лисова"));
    }

    /** "— добавил он": the pronoun after the verb is the person the article put forward last. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "ru | Предприниматель Олег Васильев потерял половину покупателей. | «Люди перестали приезжать», — добавил он.",
            "uk | Підприємець Олег Василенко втратив половину покупців. | «Люди перестали приїжджати», — додав він."})
    void aPronounAfterTheVerbIsThePersonBefore(String language, String first, String second) {
        assertThat(extract(language, first, second)).singleElement()
                .satisfies(q -> assertThat(q.speaker()).isEqualTo(first.split(" ")[1] + " " + first.split(" ")[2]));
    }

    /**
     * Russian, Ukrainian and Bulgarian open quoted speech with a dash too, and close it with a comma and a dash before
     * the verb; a quote of two sentences ends at the attribution of its second. A dash inside a sentence opens nothing.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "ru | — Это крупнейший проект в истории города. | Мы справимся в срок, — сказал вице-мэр Сергей Волков."
                    + " | Это крупнейший проект в истории города. Мы справимся в срок | Сергей Волков",
            "uk | — Це найбільший проєкт в історії міста. | Ми впораємося вчасно, — сказав віцемер Сергій Вовк."
                    + " | Це найбільший проєкт в історії міста. Ми впораємося вчасно | Сергій Вовк",
            "bg | — Това е най-големият проект в историята на града. | Ще се справим навреме, — каза Иван Петров."
                    + " | Това е най-големият проект в историята на града. Ще се справим навреме | Иван Петров"})
    void aDashOpensQuotedSpeech(String language, String first, String second, String text, String speaker) {
        assertThat(extract(language, first, second, "Мост закрыт на ремонт — впервые за сорок лет.")).singleElement()
                .satisfies(q -> {
                    assertThat(q.text()).isEqualTo(text);
                    assertThat(q.speaker()).isEqualTo(speaker);
                });
    }

    /** "по словам X" and Ukrainian "за словами X" credit a quote as "according to X" does. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "ru | «Ремонт займёт три месяца», по словам Анны Смирновой. | Анны Смирновой",
            "uk | «Ремонт триватиме три місяці», за словами Ганни Коваленко. | Ганни Коваленко"})
    void accordingToCredits(String language, String sentence, String speaker) {
        assertThat(extract(language, sentence)).singleElement()
                .satisfies(q -> assertThat(q.speaker()).isEqualTo(speaker));
    }
}
