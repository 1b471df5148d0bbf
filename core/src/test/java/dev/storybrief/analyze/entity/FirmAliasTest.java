package dev.storybrief.analyze.entity;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storybrief.model.EntityType;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A firm's name with and without its legal form, and by one founder's word, is one entity; made-up names. */
class FirmAliasTest {
    private static EntityMention m(String text, EntityType type) {
        return new EntityMention(0, text.length(), text, type);
    }

    @Test
    void aNameWithoutItsLegalFormJoinsTheFirmWhateverASentenceMadeOfIt() {
        List<CanonicalEntity> merged = new AliasMerger().merge(List.of(m("Harlow Brandt Ltd", EntityType.ORGANIZATION),
                m("Harlow Brandt", EntityType.PERSON), m("Harlow Brandt", EntityType.PERSON),
                m("Ana Brandt", EntityType.PERSON), m("Brandt", EntityType.PERSON)));
        assertThat(merged).extracting(CanonicalEntity::name, CanonicalEntity::type).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple("Harlow Brandt Ltd", EntityType.ORGANIZATION),
                org.assertj.core.groups.Tuple.tuple("Ana Brandt", EntityType.PERSON));
        assertThat(new AliasMerger().find(merged, "Harlow Brandt", EntityType.PERSON))
                .hasValueSatisfying(e -> assertThat(e.name()).isEqualTo("Harlow Brandt Ltd"));
    }

    @Test
    void aFirmCalledByAFoundersNameIsOneEntity() {
        assertThat(new AliasMerger().merge(List.of(m("Morgan Stanley", EntityType.ORGANIZATION),
                m("Morgan", EntityType.ORGANIZATION))))
                .extracting(CanonicalEntity::name).containsExactly("Morgan Stanley");
        // the last word before a legal form is the tail of the firm's name
        assertThat(new AliasMerger().merge(List.of(m("Corvel Stanley Ltd", EntityType.ORGANIZATION),
                m("Stanley", EntityType.ORGANIZATION))))
                .extracting(CanonicalEntity::name).containsExactly("Corvel Stanley Ltd");
    }
}
