package dev.storybrief.brief.disagreement;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storybrief.TestArticle;
import dev.storybrief.group.StoryGrouper;
import dev.storybrief.model.AnalyzedArticle;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Two outlets counting one thing with two nouns of their own, in a language without quantity rules (figures keyed by
 * their nouns): each report counts with one noun, in its lead, and says what befell the counted with the other's
 * predicate. Made-up reports.
 */
class NounsOfOneCountTest {
    private static final LocalDate DAY = LocalDate.of(2026, 10, 7);

    private static AnalyzedArticle article(String id, String outlet, String... paragraphs) {
        return TestArticle.of(id, paragraphs).title("Report " + id).outlet(outlet).published(DAY, "page").analyzed();
    }

    private static List<String> figures(AnalyzedArticle... articles) {
        return new NumberDisagreements().find(new StoryGrouper().group("s", List.of(articles))).stream()
                .flatMap(d -> d.claims().stream()).map(c -> c.statement()).distinct().toList();
    }

    @Test
    void residentsAndPeopleEvacuatedAreOneCount() {
        assertThat(figures(
                article("a", "Ziarul de Satu Nou", "Un incendiu a izbucnit aseară la depozitul de cherestea din Satu Nou.",
                        "Peste 600 de locuitori au fost evacuați din blocurile din apropiere.",
                        "Pompierii au lucrat toată noaptea."),
                article("b", "Radio Câmpia", "Depozitul de cherestea din Satu Nou a ars aseară.",
                        "Autoritățile au evacuat 900 de oameni din zonă.",
                        "Cauza incendiului nu este cunoscută.")))
                .containsExactlyInAnyOrder("600 de locuitori", "900 de oameni");
        // Ukrainian's term chain keeps a verb's forms apart ("евакуйовано" / "евакуювали"): the roots meet
        assertThat(figures(
                article("a", "Вісті Заріччя", "Із підтоплених вулиць Заріччя евакуйовано 800 мешканців, повідомили рятувальники.",
                        "Рівень води у річці Сула піднявся за ніч.", "Школи в Заріччі зачинені."),
                article("b", "Новини Сули", "Річка Сула вийшла з берегів і затопила центр Заріччя.",
                        "Близько 500 людей евакуювали до шкіл.", "Рятувальники працюватимуть до неділі.")))
                .containsExactlyInAnyOrder("800 мешканців", "500 людей");
    }

    @Test
    void anOutletCountingBothNounsTellsThemApart() {
        assertThat(figures(
                article("a", "Ziarul de Satu Nou", "Un incendiu a izbucnit aseară la depozitul de cherestea din Satu Nou.",
                        "Peste 600 de locuitori au fost evacuați din blocurile din apropiere.",
                        "Alți 150 de oameni au plecat singuri la rude."),
                article("b", "Radio Câmpia", "Depozitul de cherestea din Satu Nou a ars aseară.",
                        "Autoritățile au evacuat 900 de oameni din zonă.",
                        "Cauza incendiului nu este cunoscută.")))
                .doesNotContain("600 de locuitori");
    }
}
