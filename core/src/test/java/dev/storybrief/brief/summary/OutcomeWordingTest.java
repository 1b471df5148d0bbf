package dev.storybrief.brief.summary;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storybrief.brief.summary.OutcomeWording.Outcome;
import org.junit.jupiter.api.Test;

/**
 * Each language's outcome read by its build, not by a word: the sentencing build of a verb that also condemns, the
 * done passive of an election beside its noun and its vote to come, a verb split around its clause, agreement in
 * gender and number. Made-up sentences.
 */
class OutcomeWordingTest {
    @Test
    void aVerbThatAlsoCondemnsSentencesOnlyInItsSentencingBuild() {
        assertThat(OutcomeWording.of("Aldo Renner a été condamnée à sept ans de prison.", "fr"))
                .containsExactly(Outcome.SENTENCED);
        assertThat(OutcomeWording.of("Le maire a condamné l'attaque contre la mairie.", "fr")).isEmpty();
        assertThat(OutcomeWording.of("Das Gericht hat Renner zu sieben Jahren Haft verurteilt.", "de"))
                .containsExactly(Outcome.SENTENCED);
        assertThat(OutcomeWording.of("Der Bürgermeister verurteilt den Angriff auf das Rathaus.", "de")).isEmpty();
        assertThat(OutcomeWording.of("El alcalde condenó el ataque contra el ayuntamiento.", "es")).isEmpty();
        assertThat(OutcomeWording.of("De burgemeester heeft de aanval veroordeeld.", "nl")).isEmpty();
        assertThat(OutcomeWording.of("Renner werd dinsdag tot zeven jaar cel veroordeeld.", "nl"))
                .containsExactly(Outcome.SENTENCED);
    }

    @Test
    void anElectionsParticipleCountsAfterTheAuxiliaryOfADonePassiveOnly() {
        assertThat(OutcomeWording.of("Les élus de l'opposition ont quitté la salle.", "fr")).isEmpty();
        assertThat(OutcomeWording.of("Marie Ferrand a été élue maire dimanche.", "fr")).containsExactly(Outcome.ELECTED);
        assertThat(OutcomeWording.of("In Kelby wird am Sonntag ein neuer Bürgermeister gewählt.", "de")).isEmpty();
        assertThat(OutcomeWording.of("Ferrand wurde am Sonntag zur Bürgermeisterin gewählt.", "de"))
                .containsExactly(Outcome.ELECTED);
        assertThat(OutcomeWording.of("Реннер, избранный ранее казначеем, отрицает вину.", "ru")).isEmpty();
        assertThat(OutcomeWording.of("Дорси переизбран мэром Кельби.", "ru")).containsExactly(Outcome.ELECTED);
    }

    @Test
    void aSplitVerbIsReadWithinItsClause() {
        assertThat(OutcomeWording.of("Der Minister tritt nach dem Skandal am Montag zurück.", "de"))
                .containsExactly(Outcome.RESIGNED);
        assertThat(OutcomeWording.of("De minister treedt na het schandaal af.", "nl")).containsExactly(Outcome.RESIGNED);
        // the particle of another clause is not the verb's
        assertThat(OutcomeWording.of("Der Minister tritt vor die Presse. Er kommt morgen zurück.", "de")).isEmpty();
    }

    @Test
    void everyGenderAndNumberOfAFormIsOneOutcome() {
        assertThat(OutcomeWording.of("Marie Ferrand wygrała wybory.", "pl")).containsExactly(Outcome.WON);
        assertThat(OutcomeWording.of("Paul Dorsey wygrał wybory.", "pl")).containsExactly(Outcome.WON);
        assertThat(OutcomeWording.of("Starostka Ferrandová rezignovala.", "cs")).containsExactly(Outcome.RESIGNED);
        assertThat(OutcomeWording.of("Los dos acusados fueron absueltos.", "es")).containsExactly(Outcome.ACQUITTED);
        assertThat(OutcomeWording.of("Renner dömdes till fängelse.", "sv")).containsExactly(Outcome.SENTENCED);
        // the noun of a resignation is what the opposition asks for, no outcome
        assertThat(OutcomeWording.of("La oposición pide la dimisión del alcalde.", "es")).isEmpty();
        assertThat(OutcomeWording.of("L'opposition réclame la démission du maire.", "fr")).isEmpty();
    }

    @Test
    void aPleaIsNoVerdict() {
        assertThat(OutcomeWording.of("Renner pleaded not guilty to 14 counts of fraud.", "en")).isEmpty();
        assertThat(OutcomeWording.of("A jury found Renner guilty of fraud.", "en")).containsExactly(Outcome.CONVICTED);
        assertThat(OutcomeWording.of("A jury found Renner not guilty of fraud.", "en"))
                .containsExactly(Outcome.ACQUITTED);
        // a language without its own forms is read with the English ones
        assertThat(OutcomeWording.of("Paul Dorsey won a third term.", "xx")).containsExactly(Outcome.WON);
    }
}
