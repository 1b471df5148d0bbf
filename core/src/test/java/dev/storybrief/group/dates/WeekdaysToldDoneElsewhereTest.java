package dev.storybrief.group.dates;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storybrief.model.AnalyzedArticle;
import dev.storybrief.model.Article;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * An undated French or German report that tells a weekday as done ("Samedi, l'incendie a contraint ...", "Am Samstag
 * zerstörte das Feuer ...") was written on that day or after it. Read against the day before, the weekday is the
 * article's next day, which agrees with the dated reports as well as the day itself, and the earlier of the two won:
 * the copies were dated a day early, because only English sentences were read as told done and only English weekday
 * names as bare weekdays.
 */
class WeekdaysToldDoneElsewhereTest {
    private static final LocalDate SATURDAY = LocalDate.of(2026, 12, 5);
    private final ReportsToDate reports = new ReportsToDate();

    private AnalyzedArticle article(String id, LocalDate date, String... paragraphs) {
        return reports.article(id, date, paragraphs);
    }

    private static void assertDatedOnTheDayOrAfter(List<AnalyzedArticle> out, int firstCopy) {
        for (AnalyzedArticle a : out.subList(firstCopy, out.size())) {
            Article got = a.article();
            assertThat(got.published()).as("%s: %s", got.id(), got.dating()).isNotNull()
                    .isBetween(SATURDAY, SATURDAY.plusDays(1));
        }
    }

    @Test
    void frenchCopiesAreNotDatedTheDayBefore() {
        List<AnalyzedArticle> story = List.of(
                article("phare", SATURDAY,
                        "Un incendie a ravagé samedi un entrepôt du port de Valmont, a indiqué la préfecture.",
                        "Samedi, les pompiers ont évacué 200 habitants du quartier des Quais.",
                        "Les flammes ont été maîtrisées en fin de journée, selon les pompiers."),
                article("courrier", SATURDAY,
                        "Samedi, un violent incendie a détruit un entrepôt sur le port de Valmont.",
                        "Deux cents habitants du quartier des Quais ont dû quitter leurs maisons samedi.",
                        "La préfecture a ouvert une enquête sur l'origine du feu."),
                article("copie-a", null,
                        "Samedi, l'incendie d'un entrepôt du port de Valmont a contraint 200 habitants à quitter leurs"
                                + " maisons.",
                        "La préfecture a ouvert une enquête sur l'origine du feu."),
                article("copie-b", null,
                        "Samedi, un incendie a ravagé un entrepôt du port de Valmont.",
                        "Les pompiers ont évacué 200 habitants du quartier des Quais."));
        assertDatedOnTheDayOrAfter(reports.infer(story), 2);
    }

    @Test
    void germanCopiesAreNotDatedTheDayBefore() {
        List<AnalyzedArticle> story = List.of(
                article("bote", SATURDAY,
                        "Ein Großbrand hat am Samstag eine Lagerhalle im Hafen von Kaltenbach zerstört.",
                        "Am Samstag mussten 200 Anwohner des Hafenviertels ihre Häuser verlassen.",
                        "Die Polizei hat Ermittlungen zur Brandursache aufgenommen."),
                article("anzeiger", SATURDAY,
                        "Am Samstag zerstörte ein Großbrand eine Lagerhalle im Hafen von Kaltenbach.",
                        "Die Feuerwehr brachte 200 Anwohner des Hafenviertels am Samstag in Sicherheit.",
                        "Die Polizei hat Ermittlungen zur Brandursache aufgenommen."),
                article("kopie-a", null,
                        "Am Samstag, so die Polizei, zerstörte ein Großbrand eine Lagerhalle im Hafen von Kaltenbach.",
                        "Die Polizei hat Ermittlungen zur Brandursache aufgenommen."),
                article("kopie-b", null,
                        "Am Samstag räumte die Feuerwehr wegen eines Großbrands im Hafen von Kaltenbach das"
                                + " Hafenviertel.",
                        "200 Anwohner mussten ihre Häuser verlassen."));
        assertDatedOnTheDayOrAfter(reports.infer(story), 2);
    }
}
