package dev.storybrief.clean;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storybrief.ingest.RawDocument;
import dev.storybrief.ingest.SourceFormat;
import dev.storybrief.model.Article;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Mastheads on a line of their own in languages that build a paper's name otherwise than English: the Romance title
 * word first ("Jornal do Vale"), the German one as the end of a compound ("Oderländer Morgenpost"), and names in
 * scripts without capitals ("湖东日报"); and the place a page gives its masthead, between the headline and the dateline
 * the story opens with. Every text, name and place is made up.
 */
class MastheadLanguagesTest {

    private static Article clean(String text) {
        return new ArticleCleaner().clean(new RawDocument("m1", Path.of("m1.txt"), SourceFormat.TEXT, text, Map.of()));
    }

    /** Headline, name, then the story opening with its dateline: no stamp line, no title word needed. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "Portuguese, title word first | Enchente atinge bairros de Porto Serrado | Jornal do Vale"
                    + " | Porto Serrado, 4 de maio de 2026 - A enchente do rio Claro atingiu na segunda-feira quatro bairros da cidade, informou a Defesa Civil.",
            "Portuguese, adjective after  | Enchente atinge bairros de Porto Serrado | Gazeta Litorânea"
                    + " | Porto Serrado, 4 de maio de 2026 - A enchente do rio Claro atingiu na segunda-feira quatro bairros da cidade, informou a Defesa Civil.",
            "Spanish, with del            | Un tren descarrila cerca de Villaroca | Heraldo del Norte"
                    + " | Villaroca, 9 de junio de 2026 - Un tren de mercancías descarriló el martes cerca de Villaroca sin causar heridos, según la compañía.",
            "German compound              | Sturm deckt Dächer in Lindtal ab | Oderländer Morgenpost"
                    + " | Lindtal, 3. Februar 2026 - Ein Sturm hat in der Nacht zum Dienstag in Lindtal mehrere Dächer abgedeckt, wie die Feuerwehr mitteilte.",
            "German web edition           | Sturm deckt Dächer in Lindtal ab | Seekurier Online"
                    + " | Lindtal, 3. Februar 2026 - Ein Sturm hat in der Nacht zum Dienstag in Lindtal mehrere Dächer abgedeckt, wie die Feuerwehr mitteilte.",
            "a name with no title word    | Sturm deckt Dächer in Lindtal ab | Nordbrand Medien"
                    + " | Lindtal, 3. Februar 2026 - Ein Sturm hat in der Nacht zum Dienstag in Lindtal mehrere Dächer abgedeckt, wie die Feuerwehr mitteilte."})
    void aNameBetweenTheHeadlineAndTheDatelineIsTheOutlet(String name, String headline, String masthead, String lead) {
        Article a = clean(headline + "\n" + masthead + "\n" + lead + "\n\nDer Rest folgt. Ende des Textes hier, sagte ein Sprecher am Abend.");
        assertThat(a.outlet()).isEqualTo(masthead);
        assertThat(a.title()).isEqualTo(headline);
        assertThat(String.join("\n", a.paragraphs())).doesNotContain(masthead);
    }

    /**
     * Headline, name, then a date alone on its line at the top of the text: the name is the masthead however its
     * language writes it, one word, small words inside, later words in small letters, a script without capitals; a
     * short word before a given name is a byline (QA tour 24).
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "one word          | Fjordbladet | Fjordbladet",
            "small words       | Sauti ya Mlima | Sauti ya Mlima",
            "small letters     | Dolinski tjednik | Dolinski tjednik",
            "no capitals       | ข่าวหุบเขา | ข่าวหุบเขา",
            "byline            | Oleh Ahmad Yusof | "})
    void aNameBetweenTheHeadlineAndADateLineIsTheOutlet(String kind, String line, String outlet) {
        Article a = clean("Flood closes the valley road for days\n" + line.strip() + "\n3 December 2026\n\n"
                + "The river burst its banks overnight and the valley road was closed for three days, the council said.");
        assertThat(a.outlet()).isEqualTo(outlet == null ? null : outlet.strip());
    }

    /** The name as such a language builds it is a masthead with no dateline or stamp beside it, as an English one is. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "Portuguese | Folha de Porto Serrado",
            "Italian    | Corriere della Valle",
            "Spanish    | La Voz de Villaroca",
            "German     | Lindtaler Abendblatt"})
    void aNameBuiltAsAPapersIsTheMastheadAtTheHead(String language, String masthead) {
        Article a = clean("Enchente atinge bairros de Porto Serrado\n" + masthead
                + "\nA enchente do rio Claro atingiu na segunda-feira quatro bairros da cidade, informou a Defesa Civil.\n"
                + "Cerca de 300 moradores deixaram suas casas durante a noite, segundo a prefeitura.");
        assertThat(a.outlet()).isEqualTo(masthead);
    }

    @Test
    void aChineseJapaneseOrKoreanNameEndingInItsTitleWordBesideTheDateIsTheOutlet() {
        Article zh = clean("湖东县暴雨致3人死亡\n湖东日报\n2026年6月3日\n\n2日夜间，湖东县遭遇特大暴雨，造成3人死亡，2人失踪。\n\n"
                + "当地已转移群众约1200人。");
        assertThat(zh.outlet()).isEqualTo("湖东日报");
        assertThat(zh.paragraphs()).noneMatch(p -> p.contains("湖东日报"));
        Article ja = clean("南山町で土砂崩れ 1人不明\n西海新聞\n2026年6月3日\n\n3日未明、南山町で土砂崩れが発生し、住宅2棟が巻き込まれた。\n\n"
                + "町によると、1人と連絡が取れていない。");
        assertThat(ja.outlet()).isEqualTo("西海新聞");
        Article ko = clean("남산군 산사태로 주택 2채 붕괴\n한빛일보\n2026년 6월 3일\n\n3일 새벽 남산군에서 산사태가 발생해 주택 2채가 "
                + "무너졌다고 군이 밝혔다.\n\n군은 주민 40여 명을 대피시켰다.");
        assertThat(ko.outlet()).as("a Korean name is one spaced word").isEqualTo("한빛일보");
    }

    @Test
    void aLineOfTheStoryOrAWritersNameInThatPlaceIsNoMasthead() {
        String lead = "Porto Serrado, 4 de maio de 2026 - A enchente do rio Claro atingiu na segunda-feira quatro bairros "
                + "da cidade, informou a Defesa Civil.";
        Article writer = clean("Enchente atinge bairros de Porto Serrado\nMaria Tavares\n" + lead + "\n\nO resto segue, disse ele.");
        assertThat(writer.outlet()).as("a byline without 'Por'").isNotEqualTo("Maria Tavares");
        Article kicker = clean("Enchente atinge bairros de Porto Serrado\nChuva forte continua\n" + lead + "\n\nO resto segue, disse ele.");
        assertThat(kicker.outlet()).as("a kicker in sentence case").isNull();
        Article menu = clean("Home\nNews\nLocal Politics\n" + lead + "\n\nO resto segue, disse ele.");
        assertThat(menu.outlet()).as("a section's label under a menu").isNull();
        Article chinese = clean("湖东县暴雨致3人死亡\n暴雨持续\n2026年6月3日\n\n2日夜间，湖东县遭遇特大暴雨，造成3人死亡，2人失踪。");
        assertThat(chinese.outlet()).as("no title word").isNull();
        Article english = clean("Journal Reveals Flood Damage\nMarch 2, 2026\nThe harbor council voted on Monday to close the old "
                + "pier for repairs.\nThe repairs will take about two months, officials said.");
        assertThat(english.outlet()).as("an English headline in title case").isNull();
        assertThat(english.title()).isEqualTo("Journal Reveals Flood Damage");
    }
}
