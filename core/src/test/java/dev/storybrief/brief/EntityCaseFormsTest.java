package dev.storybrief.brief;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storybrief.TestArticle;
import dev.storybrief.group.StoryGrouper;
import dev.storybrief.model.EntityItem;
import dev.storybrief.model.EntityType;
import dev.storybrief.model.Story;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The entity section of a Czech story lists a place once, whatever case the reports name it in. */
class EntityCaseFormsTest {

    @Test
    void aPlaceNamedInTwoCasesIsOneLine() {
        Story story = new StoryGrouper().group("s", List.of(
                TestArticle.of("a", "Srí Lanka v pondělí vyhlásila výjimečný stav kvůli velkým povodním na jihu země.",
                        "Vláda uvedla, že Srí Lanka požádá sousední státy o pomoc s evakuací obyvatel.")
                        .title("Srí Lanka vyhlásila výjimečný stav").analyzed(),
                TestArticle.of("b", "Povodně na Srí Lance si podle úřadů vyžádaly nejméně dvacet obětí.",
                        "Záchranáři na Srí Lance pracují i v noci, řekl mluvčí armády.")
                        .title("Povodně na Srí Lance").analyzed()));
        assertThat(story.language()).isEqualTo("cs");
        List<EntityItem> places = new EntityCollector(25).collect(story).stream()
                .filter(e -> e.type() == EntityType.PLACE && e.name().startsWith("Srí")).toList();
        System.out.println(places);
        assertThat(places).hasSize(1);
        assertThat(places.get(0).aliases()).contains("Srí Lance");
    }
}
