package dev.storybrief.group.dates;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storybrief.model.AnalyzedArticle;
import dev.storybrief.model.Article;
import dev.storybrief.model.DateSource;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Wire copy without a date line gives the day of its news in its lead, with the year; that day dates it. Made-up
 * texts; 2026-03-12 is a Thursday.
 */
class LeadDateTest {
    private final ReportsToDate reports = new ReportsToDate();

    private AnalyzedArticle article(String id, LocalDate date, String... paragraphs) {
        return reports.article(id, date, paragraphs);
    }

    private Article alone(String... paragraphs) {
        return reports.infer(List.of(article("wire", null, paragraphs))).get(0).article();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "weekday in the date | The harbour council voted on Thursday, March 12, 2026, to close the old ferry terminal at Kestrel Point. | The vote was seven to two.",
            "today beside it     | Il consiglio del porto ha chiuso il vecchio terminal dei traghetti di Punta Falco dopo il voto. | Lo ha confermato oggi, 12 marzo 2026, il sindaco Marco Riva.",
            "weekday in the lead | De havenraad van Kestrel heeft donderdag besloten de oude veerterminal te sluiten. Dat meldde de gemeente op 12 maart 2026. | De stemming was zeven tegen twee."})
    void aLeadsDayOfTheNewsDatesAnUndatedArticle(String shape, String first, String second) {
        Article a = alone(first, second);
        assertThat(a.published()).isEqualTo(LocalDate.of(2026, 3, 12));
        assertThat(a.dating().source()).isEqualTo(DateSource.TEXT);
        assertThat(a.dating().confidence()).isEqualTo(LeadDate.CONFIDENCE);
        assertThat(a.dateOrigin()).startsWith("text: the lead's day of the news");
    }

    /** "condannato ieri, 12 marzo 2026": the date is the news's, the report the next day's. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "it | L'ex sindaco Roberto Galli, condannato ieri, 12 marzo 2026, a sei anni, ha presentato ricorso. | Lo ha detto il suo legale.",
            "en | The former mayor, sentenced yesterday, March 12, 2026, to six years, has lodged an appeal. | His lawyer said so.",
            "fr | L'ancien maire, condamné hier, 12 mars 2026, à six ans de prison, a fait appel. | Son avocat l'a dit.",
            "de | Der frühere Bürgermeister, gestern, 12. März 2026, zu sechs Jahren verurteilt, ist in Berufung gegangen. | Das sagte sein Anwalt."})
    void yesterdayBesideTheFullDateDatesTheArticleADayLater(String language, String first, String second) {
        Article a = alone(first, second);
        assertThat(a.published()).as(language).isEqualTo(LocalDate.of(2026, 3, 13));
        assertThat(a.dating().source()).isEqualTo(DateSource.TEXT);
    }

    @Test
    void aFullDateTheLeadOnlyRecallsOrExpectsDatesNothing() {
        assertThat(alone("The company, founded on March 3, 1998, said it would close the old ferry terminal.",
                "The vote was seven to two.").published()).as("an older day, no weekday or today beside it").isNull();
        assertThat(alone("The council will vote on Thursday, March 19, 2026, on closing the old ferry terminal.",
                "The vote is expected to pass.").published()).as("a day still to come").isNull();
        assertThat(alone("The council voted on Thursday, March 12, 2026, to close the terminal, after a first vote on"
                + " Friday, March 6, 2026, failed.", "The vote was seven to two.").published())
                .as("two days of news: which is the article's is unknown").isNull();
        assertThat(alone("The council voted on Monday, March 12, 2026, to close the old ferry terminal.",
                "The vote was seven to two.").published()).as("a weekday the date does not fall on").isNull();
        assertThat(alone("Today the harbour council said its accounts for the year ended March 31, 2025 showed a loss.",
                "The vote was seven to two.").published()).as("'today' far from the date names another day").isNull();
    }

    @Test
    void theLeadsDayCountsAmongDatedArticlesAndBeforeAnyInference() {
        AnalyzedArticle dated = article("dated", LocalDate.of(2026, 3, 13),
                "The harbour council voted on Thursday to close the old ferry terminal at Kestrel Point.");
        AnalyzedArticle wire = article("wire", null,
                "The harbour council voted on Thursday, March 12, 2026, to close the old ferry terminal at Kestrel Point.");
        List<AnalyzedArticle> out = reports.infer(List.of(dated, wire));
        assertThat(out.get(1).article().published()).isEqualTo(LocalDate.of(2026, 3, 12));
        assertThat(out.get(1).article().dating().source()).isEqualTo(DateSource.TEXT);
    }
}
