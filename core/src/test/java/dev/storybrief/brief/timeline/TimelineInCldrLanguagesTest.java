package dev.storybrief.brief.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storybrief.TestArticle;
import dev.storybrief.group.StoryGrouper;
import dev.storybrief.model.AnalyzedArticle;
import dev.storybrief.model.TimelineEvent;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Timelines of stories in languages whose date words come from CLDR alone (Greek, Finnish, Hungarian, Malay), with
 * their "N days ago"; a second Turkish outlet credited on a row whose figure it writes with another case ending;
 * and an announcement dated by its own day. Every article is of Thursday, 2026-12-03.
 */
class TimelineInCldrLanguagesTest {
    private static final LocalDate THURSDAY = LocalDate.of(2026, 12, 3);

    private static AnalyzedArticle article(String id, String outlet, String... paragraphs) {
        return TestArticle.of(id, paragraphs).outlet(outlet).published(THURSDAY, "page").analyzed();
    }

    private static List<TimelineEvent> rows(AnalyzedArticle... articles) {
        return new TimelineBuilder(15).build(new StoryGrouper().group("s", List.of(articles)));
    }

    @Test
    void aGreekStoryHasATimelineOfItsDays() {
        List<TimelineEvent> rows = rows(
                article("kriti", "Kritiki Enimerosi",
                        "Σεισμός μεγέθους 5,2 Ρίχτερ σημειώθηκε τη Δευτέρα στο Ηράκλειο της Κρήτης.",
                        "Χθες οι μηχανικοί επιθεώρησαν 40 σχολεία της πόλης.",
                        "Πριν από δύο ημέρες είχε προηγηθεί μικρότερη δόνηση στην ίδια περιοχή."),
                article("notos", "Nea tou Notou",
                        "Ο σεισμός των 5,2 Ρίχτερ που έπληξε το Ηράκλειο τη Δευτέρα δεν προκάλεσε τραυματισμούς.",
                        "Οι μηχανικοί έλεγξαν χθες 40 σχολεία της πόλης."));
        assertThat(new TimelineBuilder(15).supports("el")).isTrue();
        assertThat(rows).extracting(TimelineEvent::date).contains("2026-11-30", "2026-12-01", "2026-12-02");
        assertThat(rows).filteredOn(r -> r.date().equals("2026-11-30")).anySatisfy(
                r -> assertThat(r.sources()).containsExactlyInAnyOrder("kriti", "notos"));
    }

    @Test
    void finnishHungarianAndMalayStoriesAreDated() {
        List<TimelineEvent> finnish = rows(
                article("savo", "Savon Testi", "Tulipalo tuhosi suuren varaston Kuopion teollisuusalueella maanantaina.",
                        "Poliisi kertoi eilen, että palon syy on vielä epäselvä."),
                article("ita", "Itä-Suomen Testi", "Kuopion teollisuusalueella maanantaina syttynyt tulipalo tuhosi"
                        + " varaston kokonaan.", "Kaksi päivää sitten poliisi aloitti tutkinnan."));
        assertThat(finnish).extracting(TimelineEvent::date).contains("2026-11-30", "2026-12-01", "2026-12-02");
        List<TimelineEvent> hungarian = rows(
                article("alfold", "Alföldi Testi", "A Tisza vízszintje hétfőn érte el a csúcsot Szolnoknál.",
                        "A katasztrófavédelem tegnap közölte, hogy a gátak stabilak."),
                article("tisza", "Tiszamenti Testi", "A folyó hétfőn tetőzött Szolnoknál.",
                        "Három nappal ezelőtt a polgármester rendkívüli állapotot hirdetett."));
        assertThat(hungarian).extracting(TimelineEvent::date).containsOnly("2026-11-30", "2026-12-02");
        assertThat(hungarian).filteredOn(r -> r.text().startsWith("Három")).singleElement()
                .satisfies(r -> assertThat(r.date()).isEqualTo("2026-11-30"));
        List<TimelineEvent> malay = rows(
                article("harian", "Harian Testi", "Banjir kilat melanda Kuala Selangor pada hari Isnin selepas hujan lebat.",
                        "Semalam, paras air sungai mula surut, kata jurucakap bomba."),
                article("utusan", "Utusan Testi", "Penduduk yang terjejas akibat banjir kilat pada Isnin lalu mula pulang.",
                        "Menteri Besar melawat kawasan itu dua hari lalu."));
        assertThat(malay).extracting(TimelineEvent::date).contains("2026-11-30", "2026-12-01", "2026-12-02");
    }

    @Test
    void aSecondTurkishOutletIsCreditedThoughItsFigureHasAnotherEnding() {
        List<TimelineEvent> rows = rows(
                article("ege", "Ege Testi", "İzmir açıklarında pazar sabahı 5,4 büyüklüğünde bir deprem meydana geldi.",
                        "Okullar pazartesiye kadar kapalı kalacak."),
                article("korfez", "Körfez Testi", "Pazar sabahı 5,4 büyüklüğündeki deprem İzmir'i salladı.",
                        "Valilik dün hasar tespit çalışmalarının tamamlandığını açıkladı."));
        assertThat(rows).filteredOn(r -> r.date().startsWith("2026-11-29")).as(rows.toString()).singleElement()
                .satisfies(r -> assertThat(r.sources()).containsExactlyInAnyOrder("ege", "korfez"));
    }

    @Test
    void theEndOfAStrikeAnnouncedOnWednesdayIsNoComingDay() {
        List<TimelineEvent> rows = rows(
                article("valle", "Diario del Valle", "La huelga del metro de Valdoria paralizó 14 líneas durante tres días.",
                        "El sindicato anunció el fin de la huelga el miércoles tras un acuerdo con la empresa."),
                article("voz", "La Voz de Valdoria", "El metro de Valdoria recuperó ayer el servicio en sus 14 líneas.",
                        "Los trabajadores celebrarán una asamblea el lunes."));
        assertThat(rows).as(rows.toString()).anySatisfy(r -> {
            assertThat(r.text()).contains("anunció el fin de la huelga");
            assertThat(r.date()).isEqualTo("2026-12-02");
        });
    }
}
