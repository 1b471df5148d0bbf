package dev.storybrief.brief.summary;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storybrief.Storybrief;
import dev.storybrief.ingest.RawDocument;
import dev.storybrief.ingest.SourceFormat;
import dev.storybrief.model.Briefing;
import dev.storybrief.model.SummarySentence;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A Serbian story told in both scripts (lang26 left it): the summary and the headline are given in the script most of
 * its articles use, each line still carrying its original sentence in the script it was written in. Made-up reports
 * of a made-up bridge opening.
 */
class SummaryScriptTest {
    private static final String GLASNIK_LATIN = "Novi most preko Save otvoren u Šapcu\n\nŠabački glasnik\n"
            + "7. decembar 2026.\n\n"
            + "Novi most preko Save u Šapcu otvoren je u ponedeljak za saobraćaj, posle tri godine gradnje.\n\n"
            + "Most je dugačak 620 metara i koštao je 48 miliona evra, rekao je gradonačelnik Nenad Petrović.\n\n"
            + "Petrović je rekao da će most skratiti put do Beograda za dvadeset minuta.\n\n"
            + "Stari most biće zatvoren zbog popravke do proleća.\n";
    private static final String NOVOSTI_LATIN = "Šabac dobio novi most\n\nPodrinske novosti\n7. decembar 2026.\n\n"
            + "Gradonačelnik Šapca Nenad Petrović otvorio je u ponedeljak novi most preko Save, dugačak 620 metara.\n\n"
            + "Izgradnja mosta trajala je tri godine, a radove je izvela firma Putevi Srbije.\n\n"
            + "Meštani su na otvaranju rekli da su dugo čekali novi most.\n";
    private static final String NOVOSTI_CYRILLIC = "Шабац добио нови мост\n\nПодринске новости\n7. децембар 2026.\n\n"
            + "Градоначелник Шапца Ненад Петровић отворио је у понедељак нови мост преко Саве, дугачак 620 метара.\n\n"
            + "Изградња моста трајала је три године, а радове је извела фирма Путеви Србије.\n\n"
            + "Мештани су на отварању рекли да су дуго чекали нови мост.\n";
    private static final String DNEVNIK_CYRILLIC = "Отворен нови мост у Шапцу\n\nДневник Подриња\n7. децембар 2026.\n\n"
            + "Нови мост преко Саве у Шапцу отворен је у понедељак, после три године градње, саопштио је"
            + " градоначелник Ненад Петровић.\n\n"
            + "Мост је коштао 48 милиона евра и дугачак је 620 метара.\n\n"
            + "Полиција је на дан отварања регулисала саобраћај у центру града.\n\n"
            + "Петровић је рекао да ће градња обилазнице почети следеће године.\n";

    private static RawDocument text(String id, String text) {
        return new RawDocument(id, Path.of(id + ".txt"), SourceFormat.TEXT, text, Map.of());
    }

    private static Briefing brief(RawDocument... documents) {
        return Storybrief.builder().language("sr").build().briefDocuments("most", List.of(documents), new ArrayList<>());
    }

    private static boolean hasCyrillic(String text) {
        return text.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.CYRILLIC);
    }

    private static boolean hasLatin(String text) {
        return text.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.LATIN);
    }

    @Test
    void twoLatinReportsAndOneCyrillicGiveALatinSummaryWhoseLinesKeepTheirOriginals() {
        Briefing briefing = brief(text("glasnik", GLASNIK_LATIN), text("novosti", NOVOSTI_LATIN),
                text("dnevnik", DNEVNIK_CYRILLIC));
        List<SummarySentence> summary = briefing.summary();
        // before: "Полиција је на дан отварања ..." and "Петровић је рекао ..." between Latin lines
        assertThat(summary).isNotEmpty().allSatisfy(s -> assertThat(hasCyrillic(s.text())).as(s.text()).isFalse());
        assertThat(summary).as("a line of the Cyrillic report, traceable to its original")
                .anySatisfy(s -> assertThat(hasCyrillic(s.verbatim())).isTrue());
        assertThat(hasCyrillic(briefing.headline())).isFalse();
    }

    @Test
    void twoCyrillicReportsAndOneLatinGiveACyrillicSummary() {
        Briefing briefing = brief(text("glasnik", GLASNIK_LATIN), text("novosti", NOVOSTI_CYRILLIC),
                text("dnevnik", DNEVNIK_CYRILLIC));
        List<SummarySentence> summary = briefing.summary();
        assertThat(summary).isNotEmpty().allSatisfy(s -> assertThat(hasLatin(s.text())).as(s.text()).isFalse());
        assertThat(summary).as("a line of the Latin report, traceable to its original")
                .anySatisfy(s -> assertThat(hasLatin(s.verbatim())).isTrue());
        assertThat(hasLatin(briefing.headline())).as(briefing.headline()).isFalse();
    }

    @Test
    void serbianLatinDigraphsAreOneCyrillicLetterEach() {
        assertThat(SummaryScript.written("Ljubljana, njegov, Džeko, Đorđević, Šabac", "sr", SummaryScript.Script.CYRILLIC))
                .isEqualTo("Љубљана, његов, Џеко, Ђорђевић, Шабац");
        assertThat(SummaryScript.written("Љубљана, његов, Џеко", "sr", SummaryScript.Script.LATIN))
                .isEqualTo("Ljubljana, njegov, Džeko");
        assertThat(SummaryScript.written("Ljubljana", "sl", SummaryScript.Script.CYRILLIC)).isEqualTo("Ljubljana");
    }
}
