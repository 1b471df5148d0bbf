package dev.storybrief.group.stories;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;

class CueReaderTest {
    private final CueReader reader = new CueReader(8);

    @Test
    void placesAreAFacetOfTheirOwnApartFromPeopleAndOrganisations() {
        Map<Facet, Map<String, Integer>> keys = reader.read("""
                Flood waters rise in Portugal

                Maria Costa, the mayor of Lisbon, said the Red Cross had sent 40 workers to the city.
                """, ArticleDates.UNDATED);
        Map<String, Integer> places = keys.get(Facet.PLACES);
        Map<String, Integer> names = keys.get(Facet.NAMES);
        assertTrue(places.containsKey("lisbon"), "places " + places);
        assertTrue(places.containsKey("portugal"), "places " + places);
        assertFalse(names.containsKey("lisbon"), "names " + names);
        assertFalse(names.containsKey("portugal"), "names " + names);
        assertEquals(1, names.get("costa"), "names " + names);
        assertTrue(names.containsKey("cross"), "names " + names);
        assertFalse(places.containsKey("costa"), "places " + places);
    }

    @Test
    void aYearThatNamesAnEventIsNoYearOfTheStory() {
        Map<Facet, Map<String, Integer>> keys = reader.read("""
                Suspect held over the 1996 Olympic bombing

                Police in 2003 arrested a man they linked to the 1996 Olympic bombing in Atlanta.
                """, ArticleDates.UNDATED);
        Map<String, Integer> years = keys.get(Facet.YEARS);
        assertTrue(years.containsKey("2003"), "years " + years);
        assertFalse(years.containsKey("1996"), "years " + years);
    }
    /** "Hundreds of people" is said of every other event of its kind: no figure of this one. */
    @Test
    void aVagueAmountIsNoFigureOfTheEvent() {
        Map<String, Integer> figures = reader.read("""
                Flood waters rise in Portugal

                Hundreds of people left their homes and 14 people were killed, the mayor of Lisbon said.
                """, ArticleDates.UNDATED).get(Facet.FIGURES);
        assertEquals(1, figures.size(), "figures " + figures);
        assertTrue(figures.containsKey("people killed=14.0"), "figures " + figures);
    }

    @Test
    void anUndatedTextIsToldSinceTheLatestDateItTellsAsPast() {
        String text = "Floods hit the valley again\n\nThe river burst its banks in 1998, and it did so again in December"
                + " 2011, officials said.\n\nA new dam will be finished in 2031.";
        // a report is written after what it tells as done; a plan may name any later year
        assertEquals(java.time.LocalDate.of(2011, 12, 1).toEpochDay(), CueReader.toldSince(text));
        assertEquals(ArticleDates.UNDATED, CueReader.toldSince("The new dam will be finished in 2031."));
    }
}
