package dev.storybrief.group.stories;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A story of two events of one kind is cut in two; one story told from several angles is not. */
class MixedStoriesTest {
    private static final List<String> COMMON = List.of("said", "officials", "tuesday");

    /** An IDF that has seen a large stream: the common words in every article, each article's own word once. */
    private static IncrementalIdf streamIdf() {
        IncrementalIdf idf = new IncrementalIdf();
        for (int i = 0; i < 300; i++) {
            List<String> terms = new ArrayList<>(COMMON);
            terms.add("other" + i);
            idf.count(terms);
        }
        return idf;
    }

    private static ArticleProfile article(IncrementalIdf idf, String... words) {
        List<String> terms = new ArrayList<>(COMMON);
        terms.addAll(List.of(words));
        idf.count(terms);
        Map<String, Integer> counts = new LinkedHashMap<>();
        terms.forEach(term -> counts.put(term, 1));
        Map<Facet, SparseVector.Weighted> vectors = new EnumMap<>(Facet.class);
        for (Facet facet : Facet.values()) {
            vectors.put(facet, SparseVector.weigh(facet == Facet.TERMS ? counts : Map.of(), idf, 60));
        }
        return new ArticleProfile(vectors);
    }

    @Test
    void twoEventsInOneStoryAreCutAndTheLaterEventSplitOff() {
        IncrementalIdf idf = streamIdf();
        List<ArticleProfile> members = List.of(
                article(idf, "budget", "congress", "deadline", "spending"),
                article(idf, "airport", "gaza", "palestinian", "runway"),
                article(idf, "budget", "congress", "deadline", "shutdown"),
                article(idf, "airport", "gaza", "palestinian", "inaugurated"),
                article(idf, "budget", "congress", "spending", "shutdown"),
                article(idf, "airport", "gaza", "runway", "inaugurated"));
        assertThat(MixedStories.partsToSplitOff(members, facet -> idf)).containsExactly(List.of(1, 3, 5));
    }

    @Test
    void oneStoryToldFromSeveralAnglesStaysWhole() {
        IncrementalIdf idf = streamIdf();
        List<ArticleProfile> members = List.of(
                article(idf, "mill", "kellport", "fire", "brigade"),
                article(idf, "mill", "kellport", "insurance", "owner"),
                article(idf, "mill", "kellport", "fire", "river"),
                article(idf, "mill", "kellport", "arson", "police"),
                article(idf, "mill", "kellport", "police", "suspect"));
        assertThat(MixedStories.partsToSplitOff(members, facet -> idf)).isEmpty();
    }

    /** An article of a quake report: the kind's words, a word of its own angle, and the names and places given. */
    private static ArticleProfile report(IncrementalIdf idf, String angle, List<String> names, List<String> places) {
        List<String> terms = new ArrayList<>(COMMON);
        terms.addAll(List.of("quake", "magnitude", "struck", "killed", "rescuers", angle));
        terms.addAll(names);
        terms.addAll(places);
        idf.count(terms);
        Map<Facet, SparseVector.Weighted> vectors = new EnumMap<>(Facet.class);
        for (Facet facet : Facet.values()) {
            List<String> keys = facet == Facet.TERMS ? terms : facet == Facet.NAMES ? names
                    : facet == Facet.PLACES ? places : List.of();
            Map<String, Integer> counts = new LinkedHashMap<>();
            keys.forEach(key -> counts.put(key, 1));
            vectors.put(facet, SparseVector.weigh(counts, idf, 60));
        }
        return new ArticleProfile(vectors);
    }

    private static final List<String> ANGLES = List.of("toll", "aftershock", "aid", "homeless", "hospital", "schools");

    @Test
    void twoQuakesOfOneWireStyleAreToldApartByWhoAndWhere() {
        IncrementalIdf idf = streamIdf();
        List<ArticleProfile> members = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            String angle = ANGLES.get(i % ANGLES.size());
            members.add(i % 2 == 0
                    ? report(idf, angle, List.of("okafor", "governor"), List.of("tarvia", "kellport"))
                    : report(idf, angle, List.of("larsen", "mayor"), List.of("osmund", "brena")));
        }
        // the words alone find no two events: every report shares the kind's words
        assertThat(TwoWayCut.of(MixedStories.cosines(members, idf)).orElseThrow().cross())
                .isGreaterThan(MixedStories.MAX_CROSS);
        assertThat(MixedStories.partsToSplitOff(members, facet -> idf)).containsExactly(List.of(1, 3, 5, 7));
    }

    @Test
    void oneQuakeReportedFromTwoTownsWithTheSamePeopleStaysWhole() {
        IncrementalIdf idf = streamIdf();
        List<ArticleProfile> members = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            members.add(report(idf, ANGLES.get(i % ANGLES.size()), List.of("okafor", "governor"),
                    i % 2 == 0 ? List.of("tarvia", "kellport") : List.of("osmund", "brena")));
        }
        assertThat(MixedStories.partsToSplitOff(members, facet -> idf)).isEmpty();
    }

    @Test
    void threeQuakesInOneStoryAreCutIntoThree() {
        IncrementalIdf idf = streamIdf();
        List<List<String>> names = List.of(List.of("okafor", "governor"), List.of("larsen", "mayor"),
                List.of("ferreira", "minister"));
        List<List<String>> places = List.of(List.of("tarvia", "kellport"), List.of("osmund", "brena"),
                List.of("quillon", "marsh"));
        List<ArticleProfile> members = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            members.add(report(idf, ANGLES.get(i % ANGLES.size()), names.get(i % 3), places.get(i % 3)));
        }
        assertThat(MixedStories.partsToSplitOff(members, facet -> idf))
                .containsExactlyInAnyOrder(List.of(1, 4, 7, 10), List.of(2, 5, 8, 11));
    }

    /** Cosines of 8 articles: {@code a} between two of 0 to 3, {@code b} between two of 4 to 7, {@code x} across. */
    private static double[][] blocks(double a, double b, double x) {
        double[][] cosine = new double[8][8];
        for (int i = 0; i < 8; i++) {
            for (int j = 0; j < 8; j++) {
                cosine[i][j] = i == j ? 1 : i < 4 && j < 4 ? a : i >= 4 && j >= 4 ? b : x;
            }
        }
        return cosine;
    }

    @Test
    void aPartWhoseArticlesNameNoOneInCommonIsNoEvent() {
        double[][] words = blocks(0.3, 0.3, 0.3);
        double[][] noPlaces = blocks(0, 0, 0);
        // the second half shares its people as the first does: two events
        assertThat(MixedStories.twoEvents(new MixedStories.Similarities(words, blocks(0.8, 0.8, 0), noPlaces))
                .map(cut -> cut.first().contains(0) ? cut.first() : cut.second())).contains(List.of(0, 1, 2, 3));
        // the second half names no one in common: an angle of the first half's story, not another event
        assertThat(MixedStories.twoEvents(new MixedStories.Similarities(words, blocks(0.8, 0, 0), noPlaces)))
                .isEmpty();
    }

    @Test
    void aStoryTooSmallToCutIsLeftAlone() {
        IncrementalIdf idf = streamIdf();
        List<ArticleProfile> members = List.of(
                article(idf, "budget", "congress", "deadline"),
                article(idf, "airport", "gaza", "runway"),
                article(idf, "budget", "congress", "shutdown"));
        assertThat(MixedStories.partsToSplitOff(members, facet -> idf)).isEmpty();
    }
}
