package dev.storybrief.clean;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storybrief.ingest.RawDocument;
import dev.storybrief.ingest.SourceFormat;
import dev.storybrief.model.Article;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The head of a page copied from a browser, as readers save it (QA 18): the paper's name as the very first line, a
 * breadcrumb or a menu under it, a date bar with a dash before the time, a correction note in the reader's language,
 * an agency's own short name in its dateline, and a publication stamp with its update on the same line. Every text,
 * name and place is made up.
 */
class CopiedPageHeadsTest {

    private static final String LEAD = "The harbour council voted on Monday to close the old pier after engineers found"
            + " cracks in two of its supports, the council said.";
    private static final String REST = "\n\nRepairs will take about six months and cost 2.4 million euros, officials said.";

    private static Article clean(String text) {
        return new ArticleCleaner().clean(new RawDocument("p1", Path.of("p1.txt"), SourceFormat.TEXT, text, Map.of()));
    }

    /** The first line is the masthead: the headline under it (past a breadcrumb, a menu, a section) is the title. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {
            "title word without The       ; Kelmouth Evening Post       ; Kelmouth Evening Post ; ",
            "The in capitals              ; THE HARBOUR STANDARD        ; The Harbour Standard  ; Home  News  Business  Tech  Life",
            "The and one name             ; The Lantern                 ; The Lantern           ; ",
            "a section after a bar        ; Weekly Record | Health      ; Weekly Record         ; ",
            "a section after a dash       ; Radio Brenna - Noticias     ; Radio Brenna          ; ",
            "Romance, title word first    ; Diario Norte de Varela      ; Diario Norte de Varela; Tribunales",
            "German compound              ; Wirtschaftskurier           ; Wirtschaftskurier     ; Unternehmen > Verkehr",
            "a bar menu with a year       ; La Voz de Varela            ; La Voz de Varela      ; Portada | Política | Municipales 2026"})
    void theFirstLineIsTheMastheadAndTheHeadlineUnderItTheTitle(String shape, String first, String outlet, String nav) {
        String headline = "Council closes the old pier after cracks are found";
        Article a = clean(first + "\n" + (nav == null ? "" : nav + "\n") + "\n" + headline + "\n\n12 March 2026\n\n"
                + LEAD + REST);
        assertThat(a.outlet()).isEqualTo(outlet);
        assertThat(a.title()).isEqualTo(headline);
        assertThat(String.join("\n", a.paragraphs())).doesNotContain(first).doesNotContain("Home  News");
        if (nav != null) {
            assertThat(a.paragraphs()).noneMatch(p -> p.contains("Portada") || p.startsWith("Home") || p.equals(nav));
        }
    }

    @Test
    void aBroadcastersNameAboveADatelinedStoryWithoutHeadlineIsTheOutlet() {
        Article a = clean("Onda Varela\n\nVarela, 21 de octubre de 2026 - La defensa del empresario presentó ayer un"
                + " recurso ante el Tribunal Supremo contra la condena.\n\nEl abogado sostiene que las grabaciones no"
                + " tenían autorización judicial.");
        assertThat(a.outlet()).isEqualTo("Onda Varela");
    }

    @Test
    void aHeadlineInTitleCaseAboveItsStoryIsNoMasthead() {
        Article a = clean("Mayor Quits Post\n\n" + LEAD + REST);
        assertThat(a.outlet()).isNull();
        assertThat(a.title()).isEqualTo("Mayor Quits Post");
    }

    /** A dash between the date and the time of a date bar, in the ways sites write it. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "15/10/2026 - 19:05              | 2026-10-15",
            "30/11/2026 - 11h20              | 2026-11-30",
            "16 nov 2026 - 09:12 CET         | 2026-11-16",
            "6 de noviembre de 2026 - 21:30  | 2026-11-06",
            "26.11.2026 – 16:40 Uhr          | 2026-11-26",
            "March 12, 2026 - 10:15 a.m.     | 2026-03-12"})
    void aDateLineWithADashBeforeItsTimeDatesTheArticle(String dateLine, String day) {
        Article a = clean("Council closes the old pier after cracks are found\n\n" + dateLine + "\n\n" + LEAD + REST);
        assertThat(a.published()).isEqualTo(LocalDate.parse(day));
        assertThat(a.paragraphs()).noneMatch(p -> p.contains(dateLine));
    }

    /** A correction note in the reader's language is kept out of the text, its right figure with it. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "Fe de errores: una versión anterior de esta noticia decía que la condena era de siete años. La condena es de seis años.",
            "Corrección: una versión anterior de este artículo daba una fecha equivocada. El pleno fue el martes.",
            "Correção: uma versão anterior deste texto dizia que a ponte tinha 300 metros. Tem 250 metros.",
            "Errata: uma versão anterior desta notícia indicava outra data.",
            "Berichtigung: In einer früheren Version hieß es, die Brücke sei 1950 gebaut worden. Sie wurde 1952 gebaut.",
            "Rettifica: una versione precedente di questo articolo indicava un'altra data.",
            "Una versión anterior de esta noticia atribuía la cita al alcalde.",
            "Rättelse: I en tidigare version av denna artikel stod det att bryggan var 300 meter lång. Den är 250 meter.",
            "Rettelse: I en tidligere version af denne artikel stod der, at broen var 300 meter lang. Den er 250 meter.",
            "Rettelse: I en tidligere versjon av denne saken sto det at brygga var 300 meter lang.",
            "En tidigare version av denna artikel angav fel datum för omröstningen.",
            "Correctie: in een eerdere versie van dit artikel stond dat de pier 300 meter lang was. Dat is 250 meter.",
            "Rectificatie: de pier is 250 meter lang, niet 300 meter.",
            "Sprostowanie: w poprzedniej wersji tego artykułu podaliśmy, że molo ma 300 metrów.",
            "تصحيح: ورد في نسخة سابقة من هذا الخبر أن طول الرصيف 300 متر، والصحيح 250 مترا.",
            "Исправление: в предыдущей версии этой статьи говорилось, что пострадали 120 человек.",
            "В предыдущей версии статьи была указана неверная длина причала.",
            "Oprava: v předchozí verzi článku jsme uvedli, že molo je dlouhé 300 metrů.",
            "Düzeltme: Haberin önceki versiyonunda 30 kişinin öldüğü yazılmıştı.",
            "Διόρθωση: σε προηγούμενη εκδοχή του άρθρου αναφέρθηκε λάθος μήκος.",
            "Ralat: berita sebelumnya menyebut panjang dermaga 300 meter.",
            "訂正：当初の記事で桟橋の長さを300メートルとしていました。"})
    void aCorrectionNoteInAnotherLanguageIsNoPartOfTheStory(String note) {
        Article a = clean("Council closes the old pier after cracks are found\n\n12 March 2026\n\n" + LEAD + "\n\n" + note
                + REST);
        assertThat(a.paragraphs()).noneMatch(p -> p.contains(note.substring(0, 20)));
        assertThat(a.removed()).anyMatch(r -> r.rule().equals("correction") && r.text().equals(note));
    }

    /**
     * A closing copyright names the publisher in the languages whose papers are called "news", "daily" or "today"
     * (Czech, Russian, Turkish, Greek, Indonesian, Hebrew), with the rights reserved written before or after it, at
     * the end of a footer line, or with the year after the name (QA tour 21: each was "unknown outlet").
     */
    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
            "© 2026 Novinky Vltavín;Novinky Vltavín",
            "© 2026 Děčínský deník;Děčínský deník",
            "© 2026 Deník Posázaví. Všechna práva vyhrazena.;Deník Posázaví",
            "© 2026 Волжские вести;Волжские вести",
            "Bizi Twitter'da takip edin. Tüm hakları saklıdır © 2026 Ege Haber;Ege Haber",
            "© 2026 Καθημερινή του Νότου;Καθημερινή του Νότου",
            "© 2026 Warta Padang;Warta Padang",
            "About us Contact Cookie settings Terms © Coastal Herald 2026;Coastal Herald"})
    void aClosingCopyrightInAnotherLanguageNamesThePublisher(String line, String outlet) {
        Article a = clean("Most uzavřen\n\nHlavní most byl ve čtvrtek uzavřen kvůli trhlinám, uvedla policie.\n\n"
                + "Opravy potrvají tři měsíce.\n\n" + line);
        assertThat(a.outlet()).isEqualTo(outlet);
    }

    /**
     * A closing copyright whose holder is a German or Nordic paper's one-word name, the title word joined to it
     * ("Kvällsposten", "Morgenbladet"), names the publisher, and the dateline's agency is kept as its source: the
     * reprint reads "agency (reprinted by paper)" (QA tour 20). A person's name is still no publisher.
     */
    @ParameterizedTest
    @ValueSource(strings = {"Vinterposten", "Fjordbladet", "Dalstidningen", "Heidebote"})
    void aCompoundPaperNameInTheClosingCopyrightIsThePublisherOfAWireText(String paper) {
        Article a = clean("Brand i lagerlokal i Ekvik\n\nEKVIK (NSB) - En brand bröt ut i en lagerlokal i Ekvik"
                + " natten till tisdag, uppger polisen.\n\nIngen person skadades.\n\n© 2026 " + paper);
        assertThat(a.outlet()).isEqualTo(paper);
        assertThat(a.wire()).isEqualTo("NSB");
        Article person = clean("Brand i lagerlokal i Ekvik\n\nEKVIK (NSB) - En brand bröt ut i en lagerlokal i Ekvik"
                + " natten till tisdag, uppger polisen.\n\nIngen person skadades.\n\n© 2026 Anna Lindberg");
        assertThat(person.outlet()).isNotEqualTo("Anna Lindberg");
    }

    @Test
    void anAgencysOwnShortNameInItsDatelineIsNoReprint() {
        Article own = new ArticleCleaner().clean(new RawDocument("w1", Path.of("w1.txt"), SourceFormat.TEXT,
                "Oberhollen (dna) - Der Sturm hat in der Nacht zum Montag schwere Schäden angerichtet, teilte die"
                        + " Polizei mit.\n\nDrei Menschen kamen ums Leben.",
                Map.of(dev.storybrief.ingest.MetaKey.OUTLET, "Deutsche Nachrichtenagentur")));
        assertThat(own.outlet()).isEqualTo("Deutsche Nachrichtenagentur");
        assertThat(own.wire()).as("the agency's own copy").isNull();

        Article reprint = new ArticleCleaner().clean(new RawDocument("w2", Path.of("w2.txt"), SourceFormat.TEXT,
                "Oberhollen (dna) - Der Sturm hat in der Nacht zum Montag schwere Schäden angerichtet, teilte die"
                        + " Polizei mit.\n\nDrei Menschen kamen ums Leben.",
                Map.of(dev.storybrief.ingest.MetaKey.OUTLET, "Hessischer Morgen")));
        assertThat(reprint.wire()).as("another paper's reprint keeps the agency").isEqualTo("dna");
        assertThat(ArticleCleaner.abbreviates("AP", "Alpine Post")).as("a listed agency is no other paper's short name")
                .isFalse();
    }

    @Test
    void anUpdateStampBesideThePublicationStampIsTheUpperBound() {
        Article a = clean("Council closes the old pier after cracks are found\n\nPublished Oct. 23, 2026 at 7:10 a.m. |"
                + " Updated Oct. 24, 2026 at 11:02 a.m.\n\n" + LEAD + REST);
        assertThat(a.published()).isEqualTo(LocalDate.of(2026, 10, 23));
        assertThat(a.dating().notAfter()).isEqualTo(LocalDate.of(2026, 10, 24));
    }
}
