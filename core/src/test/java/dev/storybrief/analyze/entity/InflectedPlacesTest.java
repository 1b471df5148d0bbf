package dev.storybrief.analyze.entity;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storybrief.model.EntityType;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Places written in a case after a lower-case preposition of place in Czech, Slovak, Polish and Croatian; a name
 * written with a web domain's ending; French country names written without their hyphen; a Dutch office holder's
 * town after "van". Made-up names.
 */
class InflectedPlacesTest {
    private final EntityRecognizer recognizer = new EntityRecognizer();

    private List<String> of(EntityType type, String language, String... sentences) {
        return recognizer.recognizeDocument(List.of(sentences), Set.of(), Set.of(), language).stream()
                .flatMap(List::stream).filter(m -> m.type() == type).map(EntityMention::text).toList();
    }

    @Test
    void aNameAfterASlavicPrepositionOfPlaceIsAPlaceInAnyCase() {
        assertThat(of(EntityType.PLACE, "cs", "Záplavy na Vrchní Lance zabily tři lidi.")).containsExactly("Vrchní Lance");
        assertThat(of(EntityType.PLACE, "sk", "Polícia v Dolnej Lehote zadržala dvoch mužov."))
                .containsExactly("Dolnej Lehote");
        assertThat(of(EntityType.PLACE, "pl", "Powódź na Zielonych Mazurach zabiła trzy osoby."))
                .containsExactly("Zielonych Mazurach");
        assertThat(of(EntityType.PLACE, "hr", "Policija u Gornjem Selcu uhitila je dvojicu muškaraca."))
                .containsExactly("Gornjem Selcu");
        assertThat(of(EntityType.PERSON, "cs", "Záplavy na Vrchní Lance zabily tři lidi.")).isEmpty();
    }

    @Test
    void anAdjectiveOpeningANameWrittenWithOneCapitalIsNoPlace() {
        // Czech capitalises a name's first word alone: "Lesnický" is the adjective of "Lesnický spolek", a body
        assertThat(of(EntityType.PLACE, "cs", "Obec poslala peníze na Lesnický spolek v Horní Lhotce."))
                .containsExactly("Horní Lhotce");
    }

    @Test
    void aGivenNameInItsCaseAfterNaStaysAPerson() {
        // "na" also takes the accusative: "Jana" is Jan's, found by its base form
        assertThat(of(EntityType.PERSON, "cs", "Novináři čekali na Jana Dvořáka dvě hodiny."))
                .containsExactly("Jana Dvořáka");
        assertThat(of(EntityType.PLACE, "cs", "Novináři čekali na Jana Dvořáka dvě hodiny.")).isEmpty();
    }

    @Test
    void aNameWrittenWithAWebDomainIsAnOrganisation() {
        assertThat(of(EntityType.ORGANIZATION, "fr", "Le libraire Amazon.com a annoncé des pertes."))
                .containsExactly("Amazon");
        assertThat(of(EntityType.PLACE, "fr", "Le libraire Amazon.com a annoncé des pertes.")).isEmpty();
        // a full stop between two sentences run together is no domain: a space or a capital follows it
        assertThat(of(EntityType.PLACE, "en", "The boats sailed up the Amazon. Com was not there.")).containsExactly("Amazon");
    }

    @Test
    void aCountryOfTwoWordsIsAPlaceWithOrWithoutItsHyphen() {
        assertThat(of(EntityType.PLACE, "fr", "Les autorités du Royaume Uni et des Etats Unis ont réagi."))
                .containsExactly("Royaume Uni", "Etats Unis");
        assertThat(of(EntityType.PLACE, "fr", "Les autorités du Royaume-Uni ont réagi.")).containsExactly("Royaume-Uni");
        assertThat(of(EntityType.PERSON, "fr", "Les autorités du Royaume Uni ont réagi.")).isEmpty();
    }

    @Test
    void oneNameWithAndWithoutItsHyphenAndAccentsIsOneEntity() {
        List<EntityMention> mentions = java.util.stream.Stream.of("Etats Unis", "États-Unis", "Royaume Uni",
                "Royaume-Uni", "Royaume-Uni").map(t -> new EntityMention(0, t.length(), t, EntityType.PLACE)).toList();
        List<CanonicalEntity> merged = new AliasMerger().merge(mentions);
        assertThat(merged).extracting(CanonicalEntity::name).containsExactly("Royaume-Uni", "États-Unis");
        assertThat(merged).extracting(CanonicalEntity::mentionCount).containsExactly(3, 2);
    }

    @Test
    void theTownAfterADutchOfficeHoldersFullNameIsAPlace() {
        assertThat(of(EntityType.PLACE, "nl", "Burgemeester Anna de Wit van Zutphen sprak de inwoners toe."))
                .containsExactly("Zutphen");
        assertThat(of(EntityType.PERSON, "nl", "Burgemeester Anna de Wit van Zutphen sprak de inwoners toe."))
                .containsExactly("Anna de Wit");
        // a name's own particle after the given name is no town's "van"
        assertThat(of(EntityType.PLACE, "nl", "De burgemeester Piet van Dijk sprak de inwoners toe.")).isEmpty();
    }
}
