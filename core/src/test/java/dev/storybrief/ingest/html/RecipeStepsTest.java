package dev.storybrief.ingest.html;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A recipe card inside the post whose names get it pruned (a style class with "header" in it) takes the recipe's steps
 * with it; the page's schema.org Recipe says what the steps are, and the box that holds most of them joins the article,
 * as the ingredients' box does.
 */
class RecipeStepsTest {

    private static final String[] STEPS = {
        "Dice the tofu and pat it dry with paper towels, then fry it in hot oil until the edges are golden brown.",
        "With two spoons of oil left in the wok, fry the minced garlic until it smells good.",
        "Add the noodles and the seasoning and stir fry everything until it is well mixed.",
        "Add the bean sprouts and the greens, and when they have wilted, the fried tofu; serve hot."};

    private static String page(boolean declared) {
        StringBuilder json = new StringBuilder("<script type='application/ld+json'>{\"@context\":\"https://schema.org\","
                + "\"@type\":\"Recipe\",\"name\":\"Vegan fried noodles\",\"recipeInstructions\":[");
        StringBuilder items = new StringBuilder();
        for (int i = 0; i < STEPS.length; i++) {
            json.append(i > 0 ? "," : "").append("{\"@type\":\"HowToStep\",\"text\":\"").append(STEPS[i]).append("\"}");
            items.append("<li class='direction-step'>").append(STEPS[i]).append("</li>");
        }
        json.append("]}</script>");
        return "<html><head><title>Vegan fried noodles</title>" + (declared ? json : "") + "</head><body><article>"
                + "<h1>Vegan fried noodles</h1><div class='entry-content'><p>Once in a while I like to cook without meat,"
                + " and I try to do it once or twice a month if I can; this time it was a plate of fried noodles.</p>"
                + "<p>The cooking itself is quick: the only part that takes time is frying the tofu until it is golden"
                + " brown, since tofu holds a lot of water that has to go first.</p><p>While I enjoyed this dish on its"
                + " own, and could tell myself that I was going without meat for the day, it also made me feel a little"
                + " less sinful, which is never a bad thing after a long week of eating out with friends.</p><p>So here"
                + " is to sharing this recipe, which I hope you will like as much as we did at home: it is cheap, quick"
                + " and filling, and the leftovers keep well in the fridge for lunch on the following day.</p><p>If you"
                + " cannot find fresh flat rice noodles at your grocer, dried ones will do as well: soak them in warm"
                + " water for half an hour and drain them well before they go into the wok with the rest.</p>"
                + "<div class='recipe-card header-content-align-left'><h2>Vegan fried noodles</h2><ol class='directions'>"
                + items + "</ol></div></div></article></body></html>";
    }

    @Test
    void theStepsTheRecipeDeclaresJoinTheArticle() {
        ExtractedPage page = new HtmlArticleExtractor().extract(page(true), null);

        assertThat(page.paragraphs()).contains(STEPS[0], STEPS[1], STEPS[3]);
        assertThat(page.text()).startsWith("Once in a while");
    }

    @Test
    void withoutADeclaredRecipeThePrunedCardStaysOut() {
        ExtractedPage page = new HtmlArticleExtractor().extract(page(false), null);

        assertThat(page.paragraphs()).doesNotContain(STEPS[1]);
    }
}
