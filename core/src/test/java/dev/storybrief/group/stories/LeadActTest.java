package dev.storybrief.group.stories;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The act a lead tells ({@link LeadAct}): what happened, without who and where. Made-up inputs. */
class LeadActTest {
    private final CueReader reader = new CueReader(8);

    private Map<String, Integer> act(String text) {
        return reader.read(text, ArticleDates.UNDATED, "en").get(Facet.ACT);
    }

    @Test
    void theActIsTheLeadsWordsWithoutItsNames() {
        Map<String, Integer> act = act("""
                Harbour town opens its new ferry terminal

                Elena Varga opened the Lisbon ferry terminal on Tuesday, the council said.

                The terminal cost 40 million and took three years to build.
                """);
        assertTrue(act.keySet().stream().anyMatch(t -> t.startsWith("ferri") || t.startsWith("ferry")), "act " + act);
        assertTrue(act.keySet().stream().anyMatch(t -> t.startsWith("open")), "act " + act);
        assertFalse(act.containsKey("varga"), "act " + act);
        assertFalse(act.containsKey("lisbon"), "act " + act);
        // only the title and the first sentence: what the third paragraph adds is no part of the act
        assertFalse(act.keySet().stream().anyMatch(t -> t.startsWith("million") || t.startsWith("build")),
                "act " + act);
    }

    @Test
    void twoEventsOfOneWeekShareTheirNamesAndDifferByTheirActs() {
        String opening = """
                Lisbon celebrates as its ferry terminal opens

                Elena Varga opened the Lisbon ferry terminal on Tuesday before a crowd of thousands.
                """;
        String visit = """
                Tomas Hale arrives in Lisbon for talks

                Tomas Hale met Elena Varga in Lisbon on Friday to discuss the budget.
                """;
        Map<Facet, Map<String, Integer>> a = reader.read(opening, ArticleDates.UNDATED, "en");
        Map<Facet, Map<String, Integer>> b = reader.read(visit, ArticleDates.UNDATED, "en");
        // who and where are shared, so the name facets cannot part them
        assertTrue(a.get(Facet.NAMES).containsKey("varga") && b.get(Facet.NAMES).containsKey("varga"),
                a.get(Facet.NAMES) + " " + b.get(Facet.NAMES));
        Set<String> shared = new java.util.HashSet<>(a.get(Facet.ACT).keySet());
        shared.retainAll(b.get(Facet.ACT).keySet());
        assertTrue(shared.isEmpty(), "acts share " + shared);
    }

    @Test
    void theJoinModelWeighsASharedActForTheJoin() {
        JoinModel model = StoryOptions.defaults().join();
        JoinFeatures without = new JoinFeatures(0.3, 0.4, 0.2, 0, 0, 0, Math.log(3), 0);
        JoinFeatures with = new JoinFeatures(0.3, 0.4, 0.2, 0, 0, 0, Math.log(3), 0.5);
        assertTrue(model.logit(with) > model.logit(without), model.toString());
    }

    @Test
    void oneActInTwoPlacesIsOneKindOfEventNotOneEvent() {
        // two quakes of one week in two countries, led alike: the act is shared, who and where are not, so the act
        // must not speak for the join; a second report of the first quake shares its act and its places, and does
        String first = """
                A strong earthquake strikes Varnholm and kills dozens

                A strong earthquake struck the port of Varnholm in Ostria on Monday, killing dozens, Mayor Ilse Brandvik said.
                """;
        String again = """
                Strong earthquake strikes Varnholm, dozens killed

                Dozens were killed when a strong earthquake struck Varnholm in Ostria on Monday, Ilse Brandvik said.
                """;
        String elsewhere = """
                A strong earthquake strikes Quillamba and kills dozens

                A strong earthquake struck the port of Quillamba in Peravia on Wednesday, killing dozens, Governor Tomas Ruel said.
                """;
        java.time.LocalDate day = java.time.LocalDate.parse("2026-03-02");
        java.util.List<dev.storybrief.ingest.RawDocument> docs = java.util.List.of(
                SyntheticNews.doc("first", first, day, null), SyntheticNews.doc("again", again, day, null),
                SyntheticNews.doc("elsewhere", elsewhere, day.plusDays(2), null));
        StoryClusterer clusterer = new StoryClusterer(StoryOptions.defaults().withWarmupArticles(1));
        Map<String, java.util.List<JoinFeatures>> seen = new java.util.HashMap<>();
        for (dev.storybrief.ingest.RawDocument doc : docs) {
            clusterer.addLabelled(doc, doc.id().equals("elsewhere") ? "other quake" : "quake",
                    (features, same) -> seen.computeIfAbsent(doc.id(), id -> new java.util.ArrayList<>()).add(features));
        }
        assertTrue(seen.containsKey("again") && seen.get("again").get(0).act() > 0, "same quake " + seen);
        // the other quake is a candidate (its words are the first one's) and the act gives it nothing
        assertTrue(seen.containsKey("elsewhere") && seen.get("elsewhere").get(0).terms() > 0, "other quake " + seen);
        assertTrue(seen.get("elsewhere").stream().allMatch(f -> f.act() == 0), "other quake " + seen);
    }
}
