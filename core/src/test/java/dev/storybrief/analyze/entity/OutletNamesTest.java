package dev.storybrief.analyze.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.storybrief.model.EntityType;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Outlets and platforms after "in"/"on" ("wrote on Facebook", "an op-ed in Politico") are organisations, a place is
 * where something is; a ship named in quotation marks is neither (QA tour 24's #11 and #13). Made-up sentences.
 */
class OutletNamesTest {
    private final EntityRecognizer recognizer = new EntityRecognizer();

    private List<EntityMention> article(String language, String... sentences) {
        return recognizer.recognizeDocument(List.of(sentences), Set.of(), Set.of(), language).stream()
                .flatMap(List::stream).toList();
    }

    private EntityType typeOf(String name, List<EntityMention> mentions) {
        return mentions.stream().filter(m -> m.text().equals(name)).map(EntityMention::type).findFirst().orElse(null);
    }

    @Test
    void aMediumAfterAWordOfWritingOrPostingIsAnOrganisation() {
        List<EntityMention> en = article("en", "Mayor Ann Whitley wrote on Facebook that the plan will bring jobs.",
                "In an op-ed in Politico, council member Tom Grady called the vote rushed.",
                "Whitley said on Twitter that the council would meet again in Eastport.");
        assertThat(typeOf("Facebook", en)).isEqualTo(EntityType.ORGANIZATION);
        assertThat(typeOf("Politico", en)).isEqualTo(EntityType.ORGANIZATION);
        assertThat(typeOf("Twitter", en)).isEqualTo(EntityType.ORGANIZATION);
        assertThat(typeOf("Eastport", en)).isEqualTo(EntityType.PLACE);
        assertThat(typeOf("Facebook", article("fr", "Charles Médard a écrit sur Facebook que l'équipe méritait mieux.")))
                .isEqualTo(EntityType.ORGANIZATION);
        assertThat(typeOf("Instagram", article("es", "Carlos Medina publicó en Instagram un mensaje para la afición.")))
                .isEqualTo(EntityType.ORGANIZATION);
    }

    @Test
    void aNameAfterANounOfAnOutletIsAnOrganisation() {
        assertThat(typeOf("El Heraldo", article("es", "Según Carlos Medina, el diario El Heraldo publicó la crónica.")))
                .isEqualTo(EntityType.ORGANIZATION);
        assertThat(typeOf("Eastport Echo", article("en", "Tom Grady told the newspaper Eastport Echo about the plan.")))
                .isEqualTo(EntityType.ORGANIZATION);
    }

    /** "selon Le Figaro", "según El País" (a person and a place before): a title opening with a capitalised article after "according to" is a paper. */
    @Test
    void aTitleAfterAccordingToIsAnOrganisation() {
        assertThat(typeOf("Le Figaro", article("fr", "« Nous n'avons rien pu sauver », selon Le Figaro.")))
                .isEqualTo(EntityType.ORGANIZATION);
        assertThat(typeOf("El País", article("es", "«No pudimos salvar nada», según El País.")))
                .isEqualTo(EntityType.ORGANIZATION);
    }

    /** Said in a town, an interview in a city: "in" after a verb of saying is still where it happened. */
    @Test
    void aPlaceAfterSayingInStaysAPlace() {
        assertThat(article("en", "Tom Grady said in Eastport that the vote was rushed.",
                "The council met in Tessford on Monday."))
                .extracting(EntityMention::text, EntityMention::type)
                .contains(tuple("Eastport", EntityType.PLACE), tuple("Tessford", EntityType.PLACE));
        assertThat(typeOf("Villanueva", article("es", "Carlos Medina dijo en Villanueva que el equipo merecía más.")))
                .isEqualTo(EntityType.PLACE);
    }

    /** "el presidente del club, Luis Ortega": the body is what the office is held over, the name its holder's. */
    @Test
    void aNameAfterAnOfficeOfABodyIsAPerson() {
        assertThat(typeOf("Luis Ortega", article("es", "El presidente del club, Luis Ortega, afirmó que habrá queja.")))
                .isEqualTo(EntityType.PERSON);
        assertThat(typeOf("Jane Doe", article("en", "The head of the union, Jane Doe, said the talks had failed.")))
                .isEqualTo(EntityType.PERSON);
        assertThat(typeOf("Transit Workers Skarvik",
                article("en", "The drivers' union, Transit Workers Skarvik, says the strike will go on.")))
                .isEqualTo(EntityType.ORGANIZATION);
    }

    @Test
    void aShipNamedInQuotationMarksIsNoPerson() {
        assertThat(article("fr", "Le navire « Ocean Star » a transporté les supporters jusqu'à Villeneuve."))
                .extracting(EntityMention::text).doesNotContain("Ocean Star");
        assertThat(article("it", "La nave «Stella del Mare» ha portato i tifosi fino a Villanova."))
                .extracting(EntityMention::text).doesNotContain("Stella del Mare");
    }
}
