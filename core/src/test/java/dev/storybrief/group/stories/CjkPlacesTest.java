package dev.storybrief.group.stories;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CjkPlacesTest {
    @Test
    void readsProvincesFromTheDictionaryAndCountiesAndVillagesItDoesNotKnow() {
        assertThat(CjkPlaces.of("云南省昭通市镇雄县塘房镇2日凌晨发生山体滑坡，掩埋了凉水村的16户民房").keySet())
                .contains("云南省", "昭通市", "镇雄县", "塘房镇", "凉水村");
        assertThat(CjkPlaces.of("四川省雅安市汉源县永利乡3日上午发生泥石流").keySet())
                .contains("四川省", "雅安市", "汉源县", "永利乡");
    }

    @Test
    void aCommonNounEndingInAUnitIsNoPlace() {
        assertThat(CjkPlaces.of("当局将对全县地质灾害隐患点开展排查，城市和农村都受到影响。").keySet())
                .doesNotContain("全县", "城市", "农村");
    }

    @Test
    void cueReaderGivesChinesePlacesAndCounts() {
        var keys = new CueReader(8).read("云南镇雄县发生山体滑坡\n\n云南省昭通市镇雄县2日凌晨发生山体滑坡，已造成5人遇难，另有12人失联。",
                ArticleDates.UNDATED, "zh");
        assertThat(keys.get(Facet.PLACES)).containsKey("镇雄县");
        assertThat(keys.get(Facet.FIGURES)).isNotEmpty();
    }
}
