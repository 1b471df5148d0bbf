package dev.storybrief.brief.disagreement;

import static dev.storybrief.brief.disagreement.DisagreementFixtures.article;
import static dev.storybrief.brief.disagreement.DisagreementFixtures.story;
import static org.assertj.core.api.Assertions.assertThat;

import dev.storybrief.Storybrief;
import dev.storybrief.ingest.RawDocument;
import dev.storybrief.ingest.SourceFormat;
import dev.storybrief.model.Briefing;
import dev.storybrief.model.Claim;
import dev.storybrief.model.Disagreement;
import dev.storybrief.model.DisagreementKind;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Figures that sources give differently even where the sentences alone would not say so: a dispute one report tells
 * between two sources it names (in one sentence or two), two sides' figures further apart than two reports of one
 * figure, a rate given per the same period in other words, and one side's figure in an article of another language.
 */
class SourcedFigureDisputesTest {
    private static RawDocument text(String id, String text) {
        return new RawDocument(id, Path.of(id + ".txt"), SourceFormat.TEXT, text, Map.of());
    }

    private static List<Disagreement> numbers(Briefing b) {
        return b.disagreements().stream().filter(d -> d.kind() == DisagreementKind.NUMBER).toList();
    }

    @Test
    void aDisputeToldInOneSentenceBetweenTwoNamedSourcesIsReported() {
        List<Disagreement> found = new NumberDisagreements().find(story(
                article("a", "The teachers' strike closed schools across the region on Thursday. The union says 600 "
                        + "schools were shut, the ministry 140. Talks resume next week.")));
        assertThat(found).singleElement().satisfies(d -> assertThat(d.claims()).extracting(Claim::statement)
                .anyMatch(s -> s.contains("600")).anyMatch(s -> s.contains("140")));
        // one source giving two figures of two things is no dispute
        assertThat(new NumberDisagreements().find(story(
                article("a", "The teachers' strike closed schools across the region on Thursday. The ministry says 600 "
                        + "schools were shut and 140 schools stayed open. Talks resume next week.")))).isEmpty();
    }

    @Test
    void aReportCreditingTwoFiguresToTwoSourcesInTwoSentencesIsADispute() {
        Briefing b = Storybrief.builder().words(80).language("de").build().briefDocuments("stellen", List.of(
                text("a", "Der Autozulieferer Brenner will in Elbstadt Stellen abbauen. Das Unternehmen nennt 1.200 Stellen. "
                        + "Die Gewerkschaft rechnet mit rund 1.500 Stellen, weil auch Leiharbeiter betroffen seien."),
                text("b", "Vor dem Werkstor in Elbstadt wurde am Mittwoch gegen den Abbau protestiert. Rund 2.000 Beschäftigte "
                        + "haben sich nach Angaben der Polizei versammelt. Die Gewerkschaft spricht von 3.000 Teilnehmern.")),
                List.of());
        assertThat(numbers(b)).extracting(d -> d.claims().stream().map(Claim::statement).toList())
                .anySatisfy(s -> assertThat(s).anyMatch(x -> x.contains("1.200")).anyMatch(x -> x.contains("1.500")))
                .anySatisfy(s -> assertThat(s).anyMatch(x -> x.contains("2.000")).anyMatch(x -> x.contains("3.000")));
    }

    @Test
    void twoSourcesFiguresMayLieFurtherApartThanTwoReportsOfOneFigure() {
        List<Disagreement> found = new NumberDisagreements().find(story(
                article("a", "The union says 600 schools were closed across the country during the teachers' strike."),
                article("b", "According to the ministry, 140 schools were closed across the country during the "
                        + "teachers' strike.")));
        assertThat(found).singleElement().satisfies(d -> assertThat(d.claims()).extracting(Claim::source)
                .containsExactlyInAnyOrder("a", "b"));
    }

    @Test
    void aSentenceGivingBothSourcesFiguresDoesNotHideTheirDispute() {
        List<Disagreement> found = new NumberDisagreements().find(story(
                article("a", "The union says 600 schools were closed across the country during the teachers' strike."),
                article("b", "The union says 600 schools were closed across the country during the teachers' strike, "
                        + "while the ministry puts the figure at 140 schools."),
                article("c", "According to the ministry, 140 schools were closed across the country during the "
                        + "teachers' strike.")));
        assertThat(found).anySatisfy(d -> assertThat(d.claims()).extracting(Claim::source).contains("a", "c"));
    }

    @Test
    void figuresGivenPerTheSamePeriodInOtherWordsCountTheSameFlow() {
        List<Disagreement> found = new NumberDisagreements().find(story(
                article("a", "About 80,000 passengers a day are affected by the bus drivers' strike in Tarnby, the city said."),
                article("b", "Bus drivers across Tarnby walked out on Wednesday in a dispute over pay, leaving 120,000 daily "
                        + "passengers without buses.")));
        assertThat(found).singleElement().satisfies(d -> assertThat(d.claims()).extracting(Claim::statement)
                .containsExactlyInAnyOrder("About 80,000 passengers", "120,000 daily passengers"));
    }

    @Test
    void oneSidesFigureInAnotherLanguageSupportsThatSide() {
        Briefing b = Storybrief.builder().words(80).build().briefDocuments("cumbre", List.of(
                text("a", "Leaders of twelve Mediterranean countries agreed on Thursday to create a €30 billion fund to help "
                        + "regions hit by drought, after two days of talks in the city of Valdoria. The fund will run for six "
                        + "years from 2028, the summit's statement said."),
                text("b", "Mediterranean leaders have signed off a €35 billion drought fund at their summit in Valdoria. "
                        + "The fund will run for six years from 2028, leaders said after two days of talks."),
                text("c", "Los líderes de doce países mediterráneos aprobaron este jueves en Valdoria un fondo de 30.000 "
                        + "millones de euros para las regiones afectadas por la sequía. El fondo funcionará durante seis "
                        + "años a partir de 2028, según el comunicado de la cumbre.")), List.of());
        assertThat(numbers(b)).singleElement().satisfies(d -> assertThat(d.claims())
                .extracting(Claim::source, Claim::side).containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple("a", 0), org.assertj.core.groups.Tuple.tuple("c", 0),
                        org.assertj.core.groups.Tuple.tuple("b", 1)));
    }

    @Test
    void oneHarmCountedAsAGroupAndAsPeopleIsShownUnlessTheGroupsOutletCountsPeopleToo() {
        java.time.LocalDate day = java.time.LocalDate.of(2026, 12, 5);
        String flash = "Fourteen workers were taken to hospital after a chemical leak at the port of Kelby on Saturday, "
                + "the harbour master said.";
        String report = "Forty-one people were treated in hospital for breathing problems after the leak at the Kelby "
                + "terminal, the hospital said.";
        assertThat(new NumberDisagreements().find(story(article("a", day, flash), article("b", day, report))))
                .singleElement().satisfies(d -> assertThat(d.claims()).extracting(Claim::statement)
                        .containsExactlyInAnyOrder("Fourteen workers", "Forty-one people"));
        // the outlet that counts the workers also counts everyone: the two are told apart
        assertThat(new NumberDisagreements().find(story(
                article("a", day, flash + " In all, 41 people were treated at Kelby General."), article("b", day, report))))
                .isEmpty();
        // another day's group of the same place is another harm
        assertThat(new NumberDisagreements().find(story(article("a", day.minusDays(5), flash),
                article("b", day, report)))).isEmpty();
    }

    /** The source a sentence credits its figure to, as {@link FigureSources#of} reads it. */
    private static java.util.Set<String> creditOf(String sentence, String figure) {
        int at = sentence.indexOf(figure);
        return FigureSources.of(sentence, at, at + figure.length());
    }

    /**
     * A verb of the list that is also a noun ("por conta de", "compte tenu", "la cifra", "l'avance") credits no one;
     * the verb itself still does ("La CGT compte 3 000 grévistes").
     */
    @Test
    void aVerbOfCountingUsedAsANounCreditsNoOne() {
        assertThat(creditOf("La CGT compte 3 000 grévistes dans la région.", "3 000")).containsExactly("cgt");
        assertThat(creditOf("As escolas fecharam por conta da greve e 600 professores ficaram em casa.", "600")).isNull();
        assertThat(creditOf("Compte tenu des dégâts, 300 maisons restent inhabitables.", "300")).isNull();
        assertThat(creditOf("Los bomberos llegaron con la cifra de 40 heridos ya confirmada.", "40")).isNull();
        assertThat(creditOf("Le chantier a pris de l'avance et 200 ouvriers y travaillent.", "200")).isNull();
    }
}
