package dev.storybrief.brief.summary;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storybrief.Storybrief;
import dev.storybrief.ingest.RawDocument;
import dev.storybrief.ingest.SourceFormat;
import dev.storybrief.model.AnalyzedArticle;
import dev.storybrief.model.Story;
import dev.storybrief.model.StoryView;
import dev.storybrief.model.vector.SentenceIndex;
import dev.storybrief.model.vector.TermVector;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A long read beside two short reports weighs as one article: its filler, repeated page after page, is not the
 * story's centre. The articles are made up.
 */
class LongReadWeightTest {
    private static RawDocument doc(String id, String text) {
        return new RawDocument(id, Path.of(id + ".txt"), SourceFormat.TEXT, text, Map.of());
    }

    private static List<RawDocument> docs() {
        StringBuilder longRead = new StringBuilder("The long story of the Dunmore mill\n\nPublished 2026-05-04\n\n"
                + "Dunmore Paper will close its mill in Kelby in July, with the loss of 600 jobs, the company said.\n\n"
                + "A regional grant of £12 million that might have saved the mill was refused in March, "
                + "this newspaper has learned.\n\n");
        String[] filler = {"The canteen was always full at noon.", "Nobody in the valley forgot that winter.",
                "The canteen was always full at noon.", "Rain fell on the drying sheds for weeks."};
        for (int i = 0; i < 60; i++) {
            longRead.append("Old hands still talk about drying shed ").append(i + 1)
                    .append(" and the canteen by the river. ")
                    .append(filler[i % filler.length]).append("\n\n");
        }
        String wire = "Dunmore Paper to shut Kelby mill\n\nPublished 2026-05-04\n\n"
                + "Dunmore Paper will shut its Kelby mill in July, cutting 600 jobs, the company said on Monday.\n\n"
                + "Chief executive Ruth Abbott blamed the price of pulp.";
        String daily = "Kelby mill closure: 600 jobs to go\n\nPublished 2026-05-04\n\n"
                + "Dunmore Paper confirmed on Monday that the Kelby mill will close in July with 600 jobs lost.\n\n"
                + "Union officer Sam Price said workers would ballot for a strike.";
        return List.of(doc("longread", longRead.toString()), doc("wire", wire), doc("daily", daily));
    }

    @Test
    void theCentreWeighsEachArticleOnceWhenOneOutweighsTheRest() {
        Story story = Storybrief.builder().build().story("dunmore", docs(), new java.util.ArrayList<>());
        SentenceIndex index = story.index(StoryView.MAIN);
        assertThat(ArticleCentre.outweighsTheRest(index.articles())).isTrue();
        TermVector centre = ArticleCentre.of(index, index.articles(), index.centroid());
        TermVector news = index.vectorOf("Dunmore Paper will shut its Kelby mill in July, cutting 600 jobs.");
        TermVector filler = index.vectorOf("The canteen was always full at noon.");
        // by sentences the long read's filler is the centre; by articles the reports' news is
        assertThat(index.centroid().cosine(filler)).isGreaterThan(index.centroid().cosine(news));
        assertThat(centre.cosine(news)).isGreaterThan(centre.cosine(filler));
        // articles of comparable length keep the sum of their sentences
        List<AnalyzedArticle> reports = index.articles().stream().filter(a -> !a.id().equals("longread")).toList();
        assertThat(ArticleCentre.outweighsTheRest(reports)).isFalse();
    }
}
