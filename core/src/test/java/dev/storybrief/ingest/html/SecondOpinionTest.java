package dev.storybrief.ingest.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * The second, jusText-style view of a page (function-word density, length, links, neighbours) and the rule that lets it
 * stand in for a container that holds less than half of the article text; and class names made by CSS modules, whose
 * random hash must not be read as words.
 */
class SecondOpinionTest {

    private static final String[] ARTICLE = {
        "The council met on Tuesday evening and decided that the old bridge over the river will be closed for repairs"
                + " from the first of March until the end of the summer, after engineers found cracks in two of its piers.",
        "Residents who cross the bridge on their way to work will have to take the ferry or drive around by the"
                + " northern road, which adds about twenty minutes to the trip in the morning when the traffic is heavy.",
        "The mayor said that she was sorry for the trouble but that there was no other way to keep the bridge safe,"
                + " and that the town would pay for the ferry so that the people who use it do not have to buy a ticket.",
        "Work on the piers is expected to cost about two million euros, most of which will come from a fund that the"
                + " region set aside for its bridges after a smaller one in the hills had to be closed a few years ago."};

    @Test
    void runningTextIsDenseInFunctionWordsInEachLanguageAndMenusAreNot() {
        assertThat(StopWords.density(ARTICLE[0])).isGreaterThan(0.32);
        assertThat(StopWords.density("Der Stadtrat hat am Dienstag beschlossen, dass die alte Brücke über den Fluss"
                + " ab März für die Reparatur gesperrt wird, weil die Ingenieure Risse in den Pfeilern gefunden haben."))
                .isGreaterThan(0.32);
        assertThat(StopWords.density("Le conseil a décidé mardi que le vieux pont sur la rivière sera fermé pour des"
                + " travaux à partir du mois de mars, car les ingénieurs ont trouvé des fissures dans les piles."))
                .isGreaterThan(0.32);
        assertThat(StopWords.density("Rada miasta zdecydowała we wtorek, że stary most na rzece zostanie zamknięty"
                + " od marca, bo inżynierowie znaleźli pęknięcia w jego filarach i nie ma innej drogi, by był bezpieczny."))
                .isGreaterThan(0.30);
        assertThat(StopWords.density("Home News Sport Weather Culture Business Technology Science Health Travel"))
                .isLessThan(0.1);
        assertThat(StopWords.density("")).isZero();
    }

    @Test
    void blocksAreRatedByLengthLinksAndFunctionWordsThenByTheirNeighbours() {
        List<TextBlock> blocks = BlockSegmenter.segment(Jsoup.parse("<div><p>" + ARTICLE[0] + "</p>"
                + "<p><a href=/a>Bridge closed for repairs until the summer, the council says in a long statement</a></p>"
                + "<p>Short line here.</p><p>" + ARTICLE[1] + "</p></div>").body());

        assertThat(ProseClassifier.rate(blocks.get(0))).isEqualTo(ProseClassifier.Rating.GOOD);
        assertThat(ProseClassifier.rate(blocks.get(1))).isEqualTo(ProseClassifier.Rating.BAD);
        assertThat(ProseClassifier.rate(blocks.get(2))).isEqualTo(ProseClassifier.Rating.SHORT);

        ProseClassifier.Rating g = ProseClassifier.Rating.GOOD;
        ProseClassifier.Rating n = ProseClassifier.Rating.NEAR_GOOD;
        ProseClassifier.Rating s = ProseClassifier.Rating.SHORT;
        ProseClassifier.Rating b = ProseClassifier.Rating.BAD;
        // A short block between good ones is good, between bad ones bad; near-good is good beside a good block only.
        assertThat(ProseClassifier.inContext(new ProseClassifier.Rating[] {g, s, g})).containsExactly(true, true, true);
        assertThat(ProseClassifier.inContext(new ProseClassifier.Rating[] {b, s, b})).containsExactly(false, false, false);
        assertThat(ProseClassifier.inContext(new ProseClassifier.Rating[] {b, n, b})).containsExactly(false, false, false);
        assertThat(ProseClassifier.inContext(new ProseClassifier.Rating[] {g, n, b})).containsExactly(true, true, false);
        assertThat(ProseClassifier.inContext(new ProseClassifier.Rating[] {s, g})).containsExactly(false, true);
    }

    @Test
    void articleTextOutsideAFragmentContainerIsRecovered() {
        // Each paragraph sits in a box of its own whose tag reads as page furniture; the one ordinary box with two
        // sentences (an embed's consent notice) wins the container and the article is lost without the second view.
        StringBuilder html = new StringBuilder("<html><head><title>Bridge closed</title></head><body>"
                + "<nav><a href=/>Home</a> <a href=/news>News</a> <a href=/sport>Sport</a></nav><main><h1>Bridge closed</h1>");
        for (int i = 0; i < ARTICLE.length; i++) {
            html.append("<header class='ImageText_Description__x2Ab9'><p>").append(ARTICLE[i]).append("</p></header>");
            if (i == 1) {
                html.append("<div class='box'><p>To protect your data, loading of this external content was blocked.</p>"
                        + "<p>I agree that this content is shown to me and that my data is passed to its provider.</p>"
                        + "</div>");
            }
        }
        html.append("</main><footer><p>© 2024 The Town Paper. All rights reserved.</p></footer></body></html>");

        ExtractedPage page = new HtmlArticleExtractor().extract(html.toString(), null);

        assertThat(page.paragraphs()).contains(ARTICLE);
        assertThat(page.removedBlocks()).anyMatch(s -> s.contains("less than half of the text rated as article text"));
    }

    @Test
    void theContainerStandsWhenItHoldsMostOfTheArticleText() {
        String html = "<html><body><article><h1>Bridge closed</h1><p>" + String.join("</p><p>", ARTICLE)
                + "</p></article><aside><p>" + ARTICLE[0].replace("council", "committee") + "</p></aside></body></html>";

        ExtractedPage page = new HtmlArticleExtractor().extract(html, null);

        assertThat(page.paragraphs()).containsExactly(ARTICLE);
        assertThat(page.removedBlocks()).noneMatch(s -> s.contains("less than half"));
    }

    @Test
    void theHashOfACssModulesClassNameIsNotReadAsWords() {
        // "BasePageLayout_Main__2pNav": file BasePageLayout, class Main, hash 2pNav; the hash spells "nav" by chance.
        Element main = Jsoup.parse("<div class='BasePageLayout_Main__2pNav'>x</div>").selectFirst("div");
        assertThat(ClassIdSignals.isHardBoilerplate(main)).isFalse();
        assertThat(ClassIdSignals.judge(main)).isNotEqualTo(ClassIdSignals.Verdict.BOILERPLATE);
        // The class's own name still counts, and BEM names with a word after "__" are left whole.
        Element comments = Jsoup.parse("<div class='ArticleComments_List__x1Ab2'>x</div>").selectFirst("div");
        assertThat(ClassIdSignals.isHardBoilerplate(comments)).isTrue();
        assertThat(ClassIdSignals.tokens("share_bar__share")).containsExactly("share", "bar", "share");
    }
}
