package dev.storybrief.brief;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storybrief.Storybrief;
import dev.storybrief.ingest.RawDocument;
import dev.storybrief.ingest.SourceFormat;
import dev.storybrief.model.Briefing;
import dev.storybrief.model.EntityItem;
import dev.storybrief.model.EntityType;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The key people of a story of three outlets are people: a firm, a club and a ballot measure are not listed among
 * them, a councillor whose surname is a place noun is one person with her bare surname, and a role opening a
 * sentence is not part of a name (QA tour 17 #12/#13). Made-up reports.
 */
class StoryPeopleTest {
    private static final List<RawDocument> LEVY = List.of(
            text("courier", "Voters approve Measure K stadium levy\n\n"
                    + "Voters in Port Aldren approved Measure K on Tuesday, a sales tax that will pay for a new stadium "
                    + "for Ashby Rovers, the city's football club.\n\n"
                    + "Harlow Brandt, the Brentford construction firm that drew up the plans, said it expected to start "
                    + "work in the spring.\n\n"
                    + "\"This is a vote for the whole town,\" said Lena Park, the councillor who led the campaign. Park "
                    + "said the club would pay back a third of the cost.\n\n"
                    + "Librarian Jo Vance, who organised the No campaign, said the money should have gone to schools. "
                    + "\"We lost the vote, but the questions have not gone away,\" Vance said."),
            text("wire", "Port Aldren backs stadium tax\n\n"
                    + "Port Aldren voters backed a sales tax to build a stadium for Ashby Rovers, results showed on "
                    + "Wednesday. Measure K won 54 percent of the vote.\n\n"
                    + "Councillor Lena Park, who campaigned for the measure, said the stadium would bring 400 jobs. "
                    + "Opponents led by Jo Vance said they would watch the spending closely.\n\n"
                    + "Harlow Brandt Ltd, which will build the stadium, said it would hire local workers."),
            text("radio", "Port Aldren says yes to a stadium\n\n"
                    + "Measure K passed easily in Port Aldren on Tuesday. Park, the councillor who led the Yes side, "
                    + "thanked volunteers on Wednesday.\n\n"
                    + "Vance said the No side would ask the council to publish the stadium contract with Harlow Brandt."));

    private static RawDocument text(String id, String text) {
        return new RawDocument(id, Path.of(id + ".txt"), SourceFormat.TEXT, text, Map.of());
    }

    @Test
    void theStorysPeopleArePeopleEachOnce() {
        Briefing b = Storybrief.builder().words(120).build().briefDocuments("levy", LEVY, List.of());
        List<String> people = b.entities().stream().filter(e -> e.type() == EntityType.PERSON)
                .map(EntityItem::name).toList();
        assertThat(people).containsExactlyInAnyOrder("Lena Park", "Jo Vance");
        assertThat(b.entities()).filteredOn(e -> e.name().equals("Lena Park")).singleElement()
                .satisfies(e -> assertThat(e.aliases()).contains("Park"));
        assertThat(b.entities()).filteredOn(e -> e.name().startsWith("Harlow Brandt")).singleElement()
                .satisfies(e -> assertThat(e.type()).isEqualTo(EntityType.ORGANIZATION));
    }
}
