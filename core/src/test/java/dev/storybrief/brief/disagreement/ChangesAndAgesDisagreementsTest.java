package dev.storybrief.brief.disagreement;

import static dev.storybrief.brief.disagreement.DisagreementFixtures.statements;
import static dev.storybrief.brief.disagreement.DisagreementFixtures.twoReports;
import static org.assertj.core.api.Assertions.assertThat;

import dev.storybrief.model.Disagreement;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Figures a reader must see disagree: the share a stock fell by (6.2% against 4.1%, but not 6% against 6.2%, a
 * rounding), in English and German; a fall never against a rise; ages written two ways ("aged 81" against "the
 * 82-year-old"). Made-up reports.
 */
class ChangesAndAgesDisagreementsTest {

    @Test
    void twoFallsOfOneStockDisagree() {
        List<Disagreement> found = twoReports(
                "Shares in Harlow Foods fell 6.2% on Wednesday after the grocer warned that annual profit would miss forecasts.",
                "Harlow Foods shares dropped 4.1% on Wednesday after the grocer said its annual profit would miss forecasts.");
        assertThat(found).hasSize(1);
        assertThat(found.get(0).topic()).isEqualTo("shares fell (per cent)");
        assertThat(statements(found)).containsExactlyInAnyOrder("6.2%", "4.1%");
    }

    @Test
    void aRoundedFallAgrees() {
        assertThat(twoReports(
                "Shares in Harlow Foods fell 6.2% on Wednesday after the grocer warned that annual profit would miss forecasts.",
                "Shares of Harlow Foods fell 6% on Wednesday after the supermarket chain said profit would miss forecasts."))
                .isEmpty();
    }

    @Test
    void aFallIsNeverComparedWithARise() {
        assertThat(twoReports(
                "Shares in Harlow Foods fell 6.2% on Wednesday after the grocer warned that annual profit would miss forecasts.",
                "Shares in Harlow Foods rose 4.1% on Wednesday after the grocer warned that annual profit would miss forecasts."))
                .isEmpty();
    }

    @Test
    void germanFallsDisagree() {
        AnalyzedPair pair = new AnalyzedPair(
                "Die Aktie der Harlow AG fiel am Mittwoch um 6,2 Prozent, nachdem der Konzern vor einem geringeren Jahresgewinn gewarnt hatte.",
                "Die Aktie des Lebensmittelhändlers Harlow fiel am Mittwoch um 4,1 Prozent, nachdem das Unternehmen vor einem geringeren Jahresgewinn gewarnt hatte.");
        assertThat(statements(pair.found())).containsExactlyInAnyOrder("6,2 Prozent", "4,1 Prozent");
    }

    @Test
    void agesWrittenTwoWaysDisagree() {
        List<Disagreement> found = twoReports(
                "The actor Harold Brine has died aged 81, his family said on Tuesday.",
                "Harold Brine, the 82-year-old actor, has died, his family said on Tuesday.");
        assertThat(statements(found)).containsExactlyInAnyOrder("81", "82");
    }

    /** Two undated reports of one sentence each, analysed as their language's. */
    private record AnalyzedPair(String first, String second) {
        List<Disagreement> found() {
            return new NumberDisagreements().find(DisagreementFixtures.story(DisagreementFixtures.article("a", first),
                    DisagreementFixtures.article("b", second)));
        }
    }
}
