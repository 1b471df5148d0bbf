package dev.storybrief.ingest.html;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A gallery article writes its text into its figures' captions, two paragraphs or more each, slide after slide; an
 * article's illustrations have captions of a line and stay out of the text.
 */
class GalleryFiguresTest {

    private static final String INTRO = "<p>Autumn walks need not be long to be good: these short routes start at a"
            + " bus stop, pass a place to eat and end where they began, so anyone can try one on a free afternoon.</p>";

    private static String slide(int n, String place, String first, String second) {
        return "<figure class='slide'><div class='slide-header'><h2><a href='/s/" + n + "'>" + n + ". " + place
                + "</a></h2></div><img src='" + n + ".jpg' alt=''><figcaption class='slide-caption'><p>" + first
                + "</p><p>" + second + "</p></figcaption></figure>";
    }

    private static String page(String figures) {
        return "<html><head><title>Short autumn walks</title></head><body><article><h1>Short autumn walks</h1>" + INTRO
                + "<div class='slides'>" + figures + "</div></article></body></html>";
    }

    @Test
    void theCaptionsOfASeriesOfToldFiguresAreTheArticle() {
        String text = new HtmlArticleExtractor().extract(page(
                slide(1, "The river path", "The path follows the river for three kilometres under old willows.",
                        "What you need: shoes that can take mud, and a thermos for the bench at the weir.")
                + slide(2, "The quarry lake", "A ring of beech trees turns the water copper in the second half of"
                        + " October.", "What you need: a camera, since the light on the cliffs changes every minute.")
                + slide(3, "The old railway", "The line closed in 1962, and its embankment is now a level walk"
                        + " between two villages.", "What you need: a bicycle, if you would rather ride it both ways.")),
                null).text();

        assertThat(text).contains("these short routes start at a bus stop", "follows the river for three kilometres",
                "shoes that can take mud", "turns the water copper", "embankment is now a level walk");
    }

    @Test
    void anArticlesIllustrationsKeepTheirCaptionsOut() {
        StringBuilder figures = new StringBuilder();
        for (int n = 1; n <= 3; n++) {
            figures.append("<p>Walk number ").append(n).append(" starts at the bus stop by the church, crosses the"
                    + " market square and follows the lane up the hill to the old mill before it turns back.</p>")
                    .append("<figure><img src='").append(n).append(".jpg' alt=''><figcaption><p>The lane up the hill"
                    + " in October, seen from the mill.</p></figcaption></figure>");
        }
        String text = new HtmlArticleExtractor().extract(page(figures.toString()), null).text();

        assertThat(text).contains("Walk number 3 starts").doesNotContain("seen from the mill");
    }
}
