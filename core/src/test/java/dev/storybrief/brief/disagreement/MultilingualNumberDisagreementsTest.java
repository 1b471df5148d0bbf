package dev.storybrief.brief.disagreement;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storybrief.Storybrief;
import dev.storybrief.ingest.RawDocument;
import dev.storybrief.ingest.SourceFormat;
import dev.storybrief.model.Briefing;
import dev.storybrief.model.Claim;
import dev.storybrief.model.DisagreementKind;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Two outlets giving different counts of the same air campaign, in each language with quantity rules: the
 * briefing shows the disagreement, and says that opposing assessments are English only.
 */
class MultilingualNumberDisagreementsTest {

    private static RawDocument text(String id, String text) {
        return new RawDocument(id, Path.of(id + ".txt"), SourceFormat.TEXT, text, Map.of());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "fr | Les avions de l'alliance ont mené près de 10 000 raids aériens contre les forces du régime, selon l'état-major. "
                    + "Les habitants de la capitale ont entendu des explosions toute la nuit."
                    + "| Les avions de l'alliance ont effectué plus de 26 000 sorties contre les forces du régime, a annoncé l'état-major. "
                    + "Des explosions ont été entendues la nuit dans la capitale par les habitants."
                    + "| près de 10 000 raids aériens | plus de 26 000 sorties",
            "de | Die Flugzeuge des Bündnisses flogen fast 10.000 Angriffe gegen die Truppen des Regimes, teilte der Generalstab mit. "
                    + "Die Bewohner der Hauptstadt hörten die ganze Nacht Explosionen."
                    + "| Die Flugzeuge des Bündnisses flogen mehr als 26.000 Einsätze gegen die Truppen des Regimes, sagte der Generalstab. "
                    + "In der Hauptstadt hörten die Bewohner in der Nacht Explosionen."
                    + "| fast 10.000 Angriffe | mehr als 26.000 Einsätze",
            "es | Los aviones de la alianza realizaron casi 10.000 ataques contra las fuerzas del régimen, según el estado mayor. "
                    + "Los habitantes de la capital oyeron explosiones durante toda la noche."
                    + "| Los aviones de la alianza realizaron más de 26.000 salidas contra las fuerzas del régimen, anunció el estado mayor. "
                    + "Los habitantes de la capital oyeron explosiones por la noche."
                    + "| casi 10.000 ataques | más de 26.000 salidas",
            "it | Gli aerei dell'alleanza hanno condotto quasi 10.000 raid contro le forze del regime, secondo lo stato maggiore. "
                    + "Gli abitanti della capitale hanno sentito esplosioni tutta la notte."
                    + "| Gli aerei dell'alleanza hanno condotto più di 26.000 missioni contro le forze del regime, ha detto lo stato maggiore. "
                    + "Gli abitanti della capitale hanno sentito esplosioni durante la notte."
                    + "| quasi 10.000 raid | più di 26.000 missioni",
            "pt | Os aviões da aliança realizaram quase 10.000 ataques contra as forças do regime, segundo o estado-maior. "
                    + "Os habitantes da capital ouviram explosões durante toda a noite."
                    + "| Os aviões da aliança realizaram mais de 26.000 missões contra as forças do regime, anunciou o estado-maior. "
                    + "Os habitantes da capital ouviram explosões durante a noite."
                    + "| quase 10.000 ataques | mais de 26.000 missões",
    })
    void differingCountsOfTheSameCampaignAreShown(String language, String first, String second, String firstClaim,
                                                  String secondClaim) {
        Briefing b = Storybrief.builder().words(80).language(language).build()
                .briefDocuments("campagne", List.of(text("a", first), text("b", second)), List.of());
        assertThat(b.language()).isEqualTo(language);
        assertThat(b.disagreements()).filteredOn(d -> d.kind() == DisagreementKind.NUMBER).singleElement()
                .satisfies(d -> assertThat(d.claims()).extracting(Claim::statement)
                        .containsExactlyInAnyOrder(firstClaim, secondClaim));
        assertThat(b.warnings()).noneMatch(w -> w.startsWith("note disagreements: not made"))
                .anyMatch(w -> w.startsWith("note disagreements: differing figures only"));
    }
}
