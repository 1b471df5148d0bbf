package dev.storybrief.brief.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storybrief.TestArticle;
import dev.storybrief.group.StoryGrouper;
import dev.storybrief.model.AnalyzedArticle;
import dev.storybrief.model.TimelineEvent;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * French, Spanish and Italian name an earlier event by its date after its noun ("l'incendie du 3 novembre", "el
 * incendio del 3 de noviembre"); after "of" or "after" the clause tells a later event, which its own date dates:
 * the sentence was the row of 3 November, the day of the fire it only names. A sentence naming one day twice, once
 * with its year, was also dated by the year-less mention in the article's year. Every article is of Thursday,
 * 2026-12-03; its second paragraph, undated, is in the sentence's language.
 */
class EventsNamedByTheirDateTest {
    private static final LocalDate THURSDAY = LocalDate.of(2026, 12, 3);

    private static List<TimelineEvent> rows(String sentence, String other) {
        AnalyzedArticle article = TestArticle.of("a", sentence, other).outlet("Gazette")
                .published(THURSDAY, "page").analyzed();
        return new TimelineBuilder(15).build(new StoryGrouper().group("s", List.of(article)));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Les noms des auteurs de l'incendie du 3 novembre ont été publiés mardi par le parquet de la ville."
                + "|Le maire a remercié les pompiers et les habitants du quartier pour leur courage.",
        "Los nombres de los autores del incendio del 3 de noviembre fueron publicados el martes por la fiscalía."
                + "|El alcalde agradeció a los bomberos y a los vecinos del barrio su valentía.",
        "I nomi degli autori dell'incendio del 3 novembre sono stati diffusi martedì dalla procura della città."
                + "|Il sindaco ha ringraziato i vigili del fuoco e gli abitanti del quartiere per il coraggio."})
    void theNamedEventsDateDoesNotDateTheClause(String sentence, String other) {
        assertThat(rows(sentence, other)).as(sentence).singleElement()
                .satisfies(r -> assertThat(r.date()).isEqualTo("2026-12-01"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Les inondations du 7 novembre ont frappé la vallée le matin du 7 novembre 2019 selon la préfecture.|2019-11-07",
        "La réunion du 7 novembre a eu lieu à la mairie de Valdemora avec les habitants du quartier.|2026-11-07",
        "Le pont de Valdemora a été fermé à partir du 7 novembre selon la mairie et la préfecture.|2026-11-07"})
    void aDayOfItsOwnStillDatesTheSentence(String sentence, String day) {
        assertThat(rows(sentence, "Le maire a remercié les pompiers et les habitants du quartier pour leur courage."))
                .as(sentence).singleElement().satisfies(r -> assertThat(r.date()).isEqualTo(day));
    }
}
