package dev.storybrief.ingest.html;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A recipe's ingredient box beside the text holds no prose and never wins as container; the page's schema.org Recipe
 * says what the ingredients are, and the box that holds most of them joins the article.
 */
class RecipeIngredientsTest {

    private static final String[] STEPS = {
        "First bring the milk to the boil with the sugar, stir in the pudding powder and let the cream cool down while you"
                + " prepare the base, covering it with film so that no skin forms on the top.",
        "Knead the flour, the butter and the egg into a smooth dough, press it into a greased tin and pull up a rim of"
                + " about three centimetres all around before you spread the cream over it.",
        "Bake the cake for about eighty minutes at one hundred and seventy degrees and let it cool completely before you"
                + " cover it with the glaze and cut it into twelve pieces."};

    private static final String JSON_LD = "<script type='application/ld+json'>{\"@context\":\"https://schema.org\","
            + "\"@type\":\"Recipe\",\"name\":\"Mandarin cake\",\"recipeIngredient\":[\"125 g flour\",\"65 g sugar\","
            + "\"65 g margarine or butter\",\"1 egg\",\"500 ml milk\",\"2 tins mandarins, about 300 g each\"]}</script>";

    private static final String TABLE = "<aside class='ingredients'><h2>Ingredients</h2><table>"
            + "<tr><th colspan='2'>For the base:</th></tr>"
            + "<tr><td>125 g</td><td><a href='/glossary/flour'>flour</a></td></tr>"
            + "<tr><td>65 g</td><td>sugar</td></tr>"
            + "<tr><td>65 g</td><td>margarine or butter</td></tr>"
            + "<tr><td>1</td><td><a href='/glossary/egg'>egg</a></td></tr>"
            + "<tr><th colspan='2'>For the filling:</th></tr>"
            + "<tr><td>500 ml</td><td>milk</td></tr>"
            + "<tr><td>2 tins</td><td><a href='/glossary/mandarin'>mandarins, about 300 g each</a></td></tr>"
            + "</table></aside>";

    private static String page(String head, String box) {
        StringBuilder steps = new StringBuilder();
        for (String s : STEPS) {
            steps.append("<p>").append(s).append("</p>");
        }
        return "<html><head><title>Mandarin cake</title>" + head + "</head><body><h1>Mandarin cake</h1>" + box
                + "<div class='preparation'><h2>Preparation</h2>" + steps + "</div></body></html>";
    }

    @Test
    void theIngredientBoxTheRecipeDeclaresJoinsTheArticleLinkedNamesIncluded() {
        ExtractedPage page = new HtmlArticleExtractor().extract(page(JSON_LD, TABLE), null);

        assertThat(page.paragraphs()).contains("For the base:", "65 g | margarine or butter", "1 | egg",
                "2 tins | mandarins, about 300 g each", STEPS[0], STEPS[2]);
        assertThat(page.paragraphs().indexOf("1 | egg")).isLessThan(page.paragraphs().indexOf(STEPS[0]));
    }

    @Test
    void withoutADeclaredRecipeTheBoxStaysOut() {
        ExtractedPage page = new HtmlArticleExtractor().extract(page("", TABLE), null);

        assertThat(page.paragraphs()).doesNotContain("For the base:", "65 g | margarine or butter");
    }

    @Test
    void aStepThatNamesAnIngredientDoesNotMakeTheBox() {
        // Only the steps name the ingredients here ("the milk", "the sugar"): no box, nothing added.
        String sidebar = "<div class='tips'><p>milk</p><p>sugar</p><p>Share this recipe with your friends today</p></div>";
        ExtractedPage page = new HtmlArticleExtractor().extract(page(JSON_LD, sidebar), null);

        assertThat(page.paragraphs()).containsExactly("Preparation", STEPS[0], STEPS[1], STEPS[2]);
    }
}
