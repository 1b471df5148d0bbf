package dev.storybrief.analyze.entity;

import dev.storybrief.model.EntityType;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Merging rules of {@link AliasMerger} and the spelling tests behind them. */
class AliasMergerTest {

    private final AliasMerger merger = new AliasMerger();

    private static List<EntityMention> mentions(EntityType type, String... texts) {
        List<EntityMention> out = new ArrayList<>();
        for (String text : texts) {
            out.add(new EntityMention(0, text.length(), text, type));
        }
        return out;
    }

    @Test
    void transliterationVariantsMergeIntoTheFullName() {
        List<CanonicalEntity> merged = merger.merge(
                mentions(EntityType.PERSON, "Gadhafi", "Moammar Gadhafi", "Gaddafi", "Qaddafi", "Muammar Qaddafi"));
        assertThat(merged).singleElement().satisfies(e -> {
            assertThat(e.name()).isEqualTo("Moammar Gadhafi");
            assertThat(e.aliases()).containsExactly("Gadhafi", "Moammar Gadhafi", "Gaddafi", "Qaddafi",
                    "Muammar Qaddafi");
            assertThat(e.mentionCount()).isEqualTo(5);
        });
    }

    @Test
    void acronymMergesWithItsExpansion() {
        List<EntityMention> all = new ArrayList<>(mentions(EntityType.ORGANIZATION, "NTC", "NTC",
                "National Transitional Council", "U.N.", "United Nations"));
        List<CanonicalEntity> merged = merger.merge(all);
        assertThat(merged).extracting(CanonicalEntity::name)
                .containsExactlyInAnyOrder("National Transitional Council", "United Nations");
        assertThat(merged.get(0).name()).isEqualTo("National Transitional Council");
        assertThat(merged.get(0).hasAlias("NTC")).isTrue();
        assertThat(merged.get(1).hasAlias("U.N.")).isTrue();
    }

    @Test
    void surnameJoinsTheFullName() {
        List<CanonicalEntity> merged = merger.merge(
                mentions(EntityType.PERSON, "Rasmussen", "Anders Fogh Rasmussen", "Rasmussen"));
        assertThat(merged).singleElement().satisfies(e -> {
            assertThat(e.name()).isEqualTo("Anders Fogh Rasmussen");
            assertThat(e.mentionCount()).isEqualTo(3);
        });
    }

    @Test
    void ambiguousShortNameStaysApart() {
        List<CanonicalEntity> merged = merger.merge(
                mentions(EntityType.PERSON, "Norodom Ranariddh", "Norodom Sihanouk", "Norodom"));
        assertThat(merged).hasSize(3);
    }

    @Test
    void placesDoNotMergeOnAShorterTail() {
        assertThat(merger.merge(mentions(EntityType.PLACE, "North Korea", "Korea", "South Africa", "Africa")))
                .hasSize(4);
    }

    @Test
    void typesMustAgreeForNames() {
        List<EntityMention> all = new ArrayList<>(mentions(EntityType.PERSON, "Jordan"));
        all.addAll(mentions(EntityType.PLACE, "Jordan"));
        assertThat(merger.merge(all)).hasSize(1);
        all.addAll(mentions(EntityType.PERSON, "Michael Jordan"));
        assertThat(merger.merge(all)).extracting(CanonicalEntity::name).contains("Michael Jordan");
    }

    @Test
    void organisationTailMerges() {
        assertThat(merger.merge(mentions(EntityType.ORGANIZATION, "UN Security Council", "Security Council")))
                .singleElement().extracting(CanonicalEntity::name).isEqualTo("UN Security Council");
    }

    @Test
    void findUsesTheSameRules() {
        List<CanonicalEntity> entities = merger.merge(mentions(EntityType.PERSON, "David Hartwell", "Dan Hamilton"));
        assertThat(merger.find(entities, "Hartwell", EntityType.PERSON)).get()
                .extracting(CanonicalEntity::name).isEqualTo("David Hartwell");
        assertThat(merger.find(entities, "Harwood", null)).isEmpty();
    }

    @Test
    void spellingTestKeepsDifferentNamesApart() {
        assertThat(NameVariants.sameWord("Gadhafi", "Kadafi")).isTrue();
        assertThat(NameVariants.sameWord("Muammar", "Moammar")).isTrue();
        assertThat(NameVariants.sameWord("Hussein", "Hassan")).isFalse();
        assertThat(NameVariants.sameWord("Rice", "Rise")).isFalse();
        assertThat(NameVariants.isAcronymOf("NATO", List.of("North", "Atlantic", "Treaty", "Organization"))).isTrue();
        assertThat(NameVariants.isAcronymOf("NTC", List.of("National", "Council"))).isFalse();
    }
}
