package dev.storybrief.analyze.entity;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storybrief.model.EntityType;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** {@link AliasMerger} told the story's language joins one name's case forms, and keeps a woman's surname apart. */
class CaseFormsMergeTest {

    private static List<EntityMention> mentions(EntityType type, String... texts) {
        return Stream.of(texts).map(t -> new EntityMention(0, t.length(), t, type)).toList();
    }

    private static List<EntityMention> both(List<EntityMention> a, List<EntityMention> b) {
        List<EntityMention> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    private static CanonicalEntity only(List<CanonicalEntity> merged) {
        assertThat(merged).hasSize(1);
        return merged.get(0);
    }

    @Test
    void czechPlaceInTheLocativeIsTheNominativesPlace() {
        List<EntityMention> places = mentions(EntityType.PLACE, "Srí Lance", "Srí Lanka", "Srí Lanka", "Praze",
                "Praha", "Prahy", "Praha");
        List<CanonicalEntity> merged = new AliasMerger().merge(places, "cs");
        assertThat(merged).extracting(CanonicalEntity::name).containsExactlyInAnyOrder("Srí Lanka", "Praha");
        assertThat(merged).extracting(CanonicalEntity::mentionCount).containsExactlyInAnyOrder(3, 4);
    }

    @Test
    void czechSurnameInItsCasesJoinsTheFullName() {
        List<CanonicalEntity> merged = new AliasMerger().merge(mentions(EntityType.PERSON,
                "Andrej Babiš", "Babiše", "Babišovi", "Babiše", "Andreje Babiše"), "cs");
        CanonicalEntity babis = only(merged);
        assertThat(babis.mentionCount()).isEqualTo(5);
        assertThat(babis.name()).isEqualTo("Andrej Babiš"); // the full name, in the case written as often, shorter
    }

    @Test
    void polishNameInItsCasesIsOnePersonShownInTheFormWrittenMost() {
        List<CanonicalEntity> merged = new AliasMerger().merge(mentions(EntityType.PERSON,
                "Donalda Tuska", "Donald Tusk", "Tuskiem", "Donalda Tuska", "Tuskowi"), "pl");
        CanonicalEntity tusk = only(merged);
        assertThat(tusk.mentionCount()).isEqualTo(5);
        assertThat(tusk.name()).isEqualTo("Donalda Tuska"); // written twice, the nominative once
    }

    @Test
    void ofCaseFormsWrittenAsOftenTheShorterIsShown() {
        assertThat(only(new AliasMerger().merge(mentions(EntityType.PERSON, "Tuska", "Tusk"), "pl")).name())
                .isEqualTo("Tusk");
    }

    @Test
    void aWomansSurnameIsAnotherPersonNotACase() {
        List<CanonicalEntity> czech = new AliasMerger().merge(both(
                mentions(EntityType.PERSON, "Jan Novák", "Jana Nováka", "Jan Novák"),
                mentions(EntityType.PERSON, "Jana Nováková", "Janou Novákovou")), "cs");
        assertThat(czech).extracting(CanonicalEntity::name).containsExactly("Jan Novák", "Jana Nováková");
        assertThat(czech).extracting(CanonicalEntity::mentionCount).containsExactly(3, 2);

        List<CanonicalEntity> polish = new AliasMerger().merge(
                mentions(EntityType.PERSON, "Kowalski", "Kowalska", "Kowalskiego", "Kowalską"), "pl");
        assertThat(polish).extracting(CanonicalEntity::name).containsExactlyInAnyOrder("Kowalski", "Kowalska");
        assertThat(polish).extracting(CanonicalEntity::mentionCount).containsExactly(2, 2);
    }

    @Test
    void withoutALanguageThatDeclinesCaseFormsStayApart() {
        List<EntityMention> places = mentions(EntityType.PLACE, "Srí Lance", "Srí Lanka");
        assertThat(new AliasMerger().merge(places)).hasSize(2);
        assertThat(new AliasMerger().merge(places, "en")).hasSize(2);
    }

    @Test
    void aCaseFormOfASpellingVariantJoinsTheName() {
        // the instrumental of one spelling, the nominative of another: without the variant the short surname ties
        List<CanonicalEntity> merged = new AliasMerger().merge(mentions(EntityType.PERSON, "Mahmúdem Ahmadínežádem",
                "Mahmoud Ahmadínežád", "Mahmúd Ahmadínežád", "Ahmadínežád", "Ahmadínežáda", "Mahmúd Ahmadínežád"), "cs");
        CanonicalEntity one = only(merged);
        assertThat(one.mentionCount()).isEqualTo(6);
        assertThat(one.name()).isEqualTo("Mahmúd Ahmadínežád");
    }
}
