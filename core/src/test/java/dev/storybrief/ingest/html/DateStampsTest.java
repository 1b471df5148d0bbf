package dev.storybrief.ingest.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A page's written stamps of publication and update, in the words of its language, give {@code published} and
 * {@code updated}; an update's date is never taken for the publication's.
 */
class DateStampsTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Mis à jour le 23/03/2026 à 08:10",
        "Actualizado el 23/03/2026 - 08:10",
        "Aktualisiert am 23.03.2026, 08:10 Uhr",
        "Aggiornato il 23/03/2026 alle 08:10",
        "Atualizado em 23/03/2026 às 08h10",
        "Bijgewerkt op 23 maart 2026 om 08:10",
        "Dernière mise à jour : 23 mars 2026"})
    void anUpdateStampInEachLanguageIsReadAsTheUpdateNeverThePublication(String stamp) {
        assertThat(DateStamps.updated("Par Marie Roux " + stamp + " La ville a voté.")).contains(LocalDate.of(2026, 3, 23));
        assertThat(DateStamps.published(stamp)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Publié le 03/04/2026 à 21:45",
        "Veröffentlicht am 03.04.2026",
        "Publicado el 3 de abril de 2026",
        "Pubblicato il 03/04/2026",
        "Gepubliceerd op 3 april 2026"})
    void aPublicationStampIsReadDayFirst(String stamp) {
        assertThat(DateStamps.published(stamp + " Mis à jour le 05/04/2026")).contains(LocalDate.of(2026, 4, 3));
    }

    @Test
    void anEnglishStampsAmbiguousSlashedDateIsNotGuessed() {
        assertThat(DateStamps.updated("Updated 03/04/2026")).isEmpty();
        assertThat(DateStamps.updated("Updated 03/24/2026")).contains(LocalDate.of(2026, 3, 24));
    }

    @Test
    void aWordWithoutADateRightAfterItIsNoStamp() {
        assertThat(DateStamps.updated("Le site a été mis à jour pour la rentrée, qui aura lieu le 01/09/2026")).isEmpty();
        assertThat(DateStamps.withoutUpdates("Mis à jour le 23/03/2026 à 08:10")).doesNotContain("2026");
    }

    private static String page(String stamps) {
        return "<html lang='fr'><head><title>Le port rouvre</title></head><body><article><h1>Le port rouvre</h1>"
                + "<p class='dates'>" + stamps + "</p>"
                + "<p>Le port de Ville a rouvert lundi après trois jours de tempête, a annoncé la capitainerie, qui"
                + " avait interdit toute sortie en mer depuis vendredi soir en raison de vents violents.</p>"
                + "<p>Les pêcheurs ont pu reprendre la mer dès l'aube, et les ferries vers les îles circulent de"
                + " nouveau selon l'horaire habituel, a précisé la compagnie dans un communiqué.</p></article></body></html>";
    }

    @Test
    void extractReadsBothStampsOfAFrenchPage() {
        ExtractedPage page = new HtmlArticleExtractor().extract(
                page("Publié le 22/03/2026 à 21:45 <br> Mis à jour le 23/03/2026 à 08:10"), null);

        assertThat(page.published()).isEqualTo("2026-03-22");
        assertThat(page.updated()).isEqualTo("2026-03-23");
    }

    @Test
    void aPageThatOnlySaysWhenItWasUpdatedHasNoPublicationDateFromIt() {
        ExtractedPage page = new HtmlArticleExtractor().extract(page("Mis à jour le 23/03/2026 à 08:10"), null);

        assertThat(page.updated()).isEqualTo("2026-03-23");
        assertThat(page.published()).isNull();
    }
}
