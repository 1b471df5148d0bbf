package dev.storybrief.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.storybrief.DefaultLocale;
import dev.storybrief.model.Article;
import dev.storybrief.model.Briefing;
import dev.storybrief.model.Claim;
import dev.storybrief.model.DateProvenance;
import dev.storybrief.model.DateSource;
import dev.storybrief.model.Disagreement;
import dev.storybrief.model.DisagreementKind;
import dev.storybrief.model.EntityItem;
import dev.storybrief.model.EntityType;
import dev.storybrief.model.QuoteItem;
import dev.storybrief.model.Removal;
import dev.storybrief.model.Section;
import dev.storybrief.model.Sentence;
import dev.storybrief.model.SummarySentence;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

class RendererTest {
    private static final String EVIL = "<script>alert('x')</script> Officials said the <b>vote</b> passed.";

    private static Briefing briefing() {
        Article a = new Article("a", Path.of("in/a.txt"), "Vote passes", "Wire One", null, LocalDate.of(2026, 3, 11),
                "text", List.of(EVIL, "Second paragraph."), List.of(new Removal("a", "Subscribe now", "paywall", "paywall prompt")));
        Article b = new Article("b", null, null, null, null, null, null, List.of("Other text."), List.of());
        Article c = new Article("c", null, null, "Gazette", null, null, null, List.of("Third text."), List.of());
        Article d = new Article("d", null, null, "Radio", null, null, null, List.of("Fourth text."), List.of());
        Sentence first = new Sentence("a", 0, 0, EVIL, 0, EVIL.length(), false);
        return new Briefing("Vote passes", List.of(a, b, c, d), 50, List.of(), List.of("note x"),
                Map.of(Section.SUMMARY.name(), List.of(new SummarySentence(first, List.of("b", "c", "d"), 1.0))));
    }

    @Test
    void textShowsChipsWithOutletsAndWrapsAt80() {
        String out = new TextRenderer().render(briefing(), false);
        assertThat(out.replaceAll("\\s+", " ")).contains("[Wire One, unknown outlet #2 +2]");
        assertThat(out.lines()).allSatisfy(l -> assertThat(l.length()).isLessThanOrEqualTo(80));
        assertThat(out).doesNotContain("Subscribe now");
        assertThat(new TextRenderer().render(briefing(), true)).contains("[paywall] paywall prompt: \"Subscribe now\"");
    }

    /** Counts and numbered lists are written in ASCII digits whatever the JVM's locale (ar-EG's are Arabic-Indic). */
    @Test
    void numbersDoNotFollowTheDefaultLocale() throws Exception {
        DefaultLocale.under("ar-EG", () -> {
            String text = new TextRenderer().render(briefing(), true);
            String markdown = new MarkdownRenderer().render(briefing(), true);
            assertThat(text).contains("1. ").doesNotContainPattern("[\\u0660-\\u0669]");
            assertThat(markdown).doesNotContainPattern("[\\u0660-\\u0669]");
        });
    }

    /** A JSON Lines file holds many articles: its sources name the line, or the record's own id. */
    @Test
    void jsonLinesSourcesNameTheirLineOrId() {
        Article lineOnly = new Article("wire-feed-3", Path.of("in/wire-feed.jsonl"), "Vote passes", "Wire One", null,
                null, null, List.of("Text."), List.of());
        Article withId = new Article("reuters-0412", Path.of("in/wire-feed.jsonl"), "Vote passes", "Reuters", null,
                null, null, List.of("Text."), List.of());
        Article file = new Article("a", Path.of("in/a.txt"), "Vote passes", "Gazette", null, null, null,
                List.of("Text."), List.of());
        Briefing briefing = new Briefing("Vote passes", List.of(lineOnly, withId, file), 50, List.of(), List.of(),
                Map.of());
        String text = new TextRenderer().render(briefing, false);
        assertThat(text).contains(Path.of("in/wire-feed.jsonl") + "#3\n", Path.of("in/wire-feed.jsonl") + "#reuters-0412\n",
                Path.of("in/a.txt") + "\n");
        assertThat(new MarkdownRenderer().render(briefing, false)).contains("wire-feed.jsonl\\#3", "wire-feed.jsonl\\#reuters-0412");
    }

    /** Dates of any precision ("1962", "2026-03", "2026-03-10") line up, and wrapped text stays in its column. */
    @Test
    void textTimelineKeepsDatesAndTextInTheirColumns() {
        Briefing base = briefing();
        String longText = "The council approved the repair budget after a long debate about which of the three spans"
                + " should be replaced first and who would pay for the temporary ferry.";
        var timeline = List.of(new dev.storybrief.model.TimelineEvent("1962", "The bridge opened.", "a", List.of("a"), false),
                new dev.storybrief.model.TimelineEvent("2026-03", longText, "a", List.of("a"), false),
                new dev.storybrief.model.TimelineEvent("2026-03-10", longText, "a", List.of("a", "c"), false),
                new dev.storybrief.model.TimelineEvent("2026-09-01", "The bridge reopened.", "d", List.of("d"), true));
        Briefing withTimeline = new Briefing(base.headline(), base.articles(), base.wordBudget(),
                base.laterArticles(), base.warnings(), Map.of(Section.SUMMARY.name(), base.summary(),
                Section.TIMELINE.name(), timeline));
        String out = new TextRenderer().render(withTimeline, false);
        List<String> block = out.lines().dropWhile(l -> !l.equals("Timeline")).skip(2)
                .takeWhile(l -> !l.isEmpty() && !l.startsWith("Later")).toList();
        assertThat(block).hasSizeGreaterThan(3).allSatisfy(l -> {
            assertThat(l.length()).isLessThanOrEqualTo(80);
            assertThat(l).matches("(?:\\d{4}(?:-\\d{2}){0,2} +| {12})\\S.*");
            assertThat(l.indexOf(l.substring(12).strip())).isEqualTo(12);
        });
        assertThat(block.get(0)).isEqualTo("1962        The bridge opened. [Wire One]");
        assertThat(out).contains("Later developments (follow-up articles from another period):\n2026-09-01  The bridge reopened.");
        String html = new HtmlRenderer().render(withTimeline, false);
        assertThat(html.indexOf("Later developments")).isPositive().isLessThan(html.indexOf("The bridge reopened."))
                .isEqualTo(html.lastIndexOf("Later developments"));
    }

    /** A stance claim is its whole sentence: shown once, not once as the statement and again as its context. */
    @Test
    void aClaimThatIsItsWholeSentenceIsShownOnce() {
        Briefing base = briefing();
        String whole = "The mayor said the repair was a success.";
        String sentence = "The council said the repair cost 4 million euros in all.";
        var disagreement = new Disagreement("the repair", DisagreementKind.STANCE,
                List.of(new Claim(whole, "a", whole, "Ines Varga"), new Claim(sentence, "c", "4 million euros")));
        Briefing withDisagreement = new Briefing(base.headline(), base.articles(), base.wordBudget(),
                base.laterArticles(), base.warnings(), Map.of(Section.SUMMARY.name(), base.summary(),
                Section.DISAGREEMENTS.name(), List.of(disagreement)));
        for (Renderer renderer : List.of(new TextRenderer(), new MarkdownRenderer(), new HtmlRenderer())) {
            String out = renderer.render(withDisagreement, false).replaceAll("\\s+", " ");
            assertThat(out.split("repair was a success", -1)).as(renderer.getClass().getSimpleName()).hasSize(2);
            assertThat(out).contains("4 million euros").contains("cost 4 million euros in all");
            assertThat(out).as("a claim names its outlet and day").contains("Wire One, 2026-03-11");
            assertThat(out).as("and whom it quotes").contains("Wire One, 2026-03-11, quoting Ines Varga");
        }
    }

    /**
     * A story of hundreds of reports: each figure once with how many more reports give it, a few figures and
     * topics, the opposing assessments kept beside them, and what is left out said and left to the JSON.
     */
    @Test
    void aLongStorysDisagreementsShowEachFigureOnceAndSayWhatIsLeftOut() {
        Briefing base = briefing();
        List<Claim> claims = new java.util.ArrayList<>();
        for (int i = 0; i < 12; i++) {
            String figure = (i < 4 ? 3 : i) + " million people";
            claims.add(new Claim("The agency said " + figure + " need help.", "a", figure));
        }
        List<Disagreement> all = new java.util.ArrayList<>();
        all.add(new Disagreement("people", DisagreementKind.NUMBER, claims));
        for (int t = 0; t < 7; t++) {
            all.add(new Disagreement("tents " + t, DisagreementKind.NUMBER, List.of(
                    new Claim("It sent 5 tents.", "a", "5 tents"), new Claim("It sent 9 tents.", "c", "9 tents"))));
        }
        String pro = "The mayor said the relief was a success.";
        String con = "The governor said the relief was a failure.";
        all.add(new Disagreement("the relief", DisagreementKind.STANCE,
                List.of(new Claim(pro, "a", pro), new Claim(con, "c", con))));
        Briefing many = new Briefing(base.headline(), base.articles(), base.wordBudget(), base.laterArticles(),
                base.warnings(), Map.of(Section.SUMMARY.name(), base.summary(), Section.DISAGREEMENTS.name(), all));
        for (Renderer renderer : List.of(new TextRenderer(), new MarkdownRenderer(), new HtmlRenderer())) {
            String out = renderer.render(many, false).replaceAll("\\s+", " ");
            String name = renderer.getClass().getSimpleName();
            assertThat(out.split("\"3 million people\"|<b>3 million people</b>", -1)).as(name).hasSize(2);
            assertThat(out).as(name).contains("(and 3 more reports)").contains("4 more reports in --format json")
                    .contains("relief was a failure").contains("3 more disagreements in --format json")
                    .contains("tents 3").doesNotContain("tents 4");
        }
        assertThat(new JsonRenderer().render(many, false)).contains("tents 6").contains("11 million people");
    }

    /**
     * Claims on one side of a figure ("about 80" and "80", both allowed by the rounded figure) are one row with its
     * count of more reports, not two figures that seem to disagree; the JSON names each claim's side.
     */
    @Test
    void claimsOnOneSideAreOneFigure() {
        Briefing base = briefing();
        List<Claim> claims = List.of(new Claim("About 80 firefighters fought it.", "a", "About 80 firefighters", null, 0),
                new Claim("Some 120 firefighters fought it.", "c", "Some 120 firefighters", null, 1),
                new Claim("A crew of 80 firefighters fought it.", "a", "80 firefighters", null, 0));
        Briefing sided = new Briefing(base.headline(), base.articles(), base.wordBudget(), base.laterArticles(),
                base.warnings(), Map.of(Section.SUMMARY.name(), base.summary(), Section.DISAGREEMENTS.name(),
                        List.of(new Disagreement("firefighters", DisagreementKind.NUMBER, claims))));
        for (Renderer renderer : List.of(new TextRenderer(), new MarkdownRenderer(), new HtmlRenderer())) {
            String out = renderer.render(sided, false).replaceAll("\\s+", " ");
            String name = renderer.getClass().getSimpleName();
            assertThat(out).as(name).contains("(and 1 more report)").contains("About 80 firefighters")
                    .contains("Some 120 firefighters").doesNotContain("\"80 firefighters\"")
                    .doesNotContain("<b>80 firefighters</b>");
        }
        assertThat(new JsonRenderer().render(sided, false).replaceAll("\\s+", "")).contains("\"side\":0").contains("\"side\":1");
    }

    /** A story quoting many people shows a few and says how many more the JSON holds. */
    @Test
    void manySpeakersShowAFewAndSayHowManyAreLeftOut() {
        Briefing base = briefing();
        List<QuoteItem> quotes = new java.util.ArrayList<>();
        for (int i = 0; i < InsightText.QUOTED_SPEAKERS + 3; i++) {
            quotes.add(new QuoteItem("Speaker Number" + (char) ('A' + i), null, "We will rebuild part " + i + ".", "a", false));
        }
        quotes.add(new QuoteItem("Partial Only", null, "rebuild", "a", true));
        Briefing many = new Briefing(base.headline(), base.articles(), base.wordBudget(), base.laterArticles(),
                base.warnings(), Map.of(Section.SUMMARY.name(), base.summary(), Section.QUOTES.name(), quotes));
        for (Renderer renderer : List.of(new TextRenderer(), new MarkdownRenderer(), new HtmlRenderer())) {
            String out = renderer.render(many, false).replaceAll("\\s+", " ");
            String name = renderer.getClass().getSimpleName();
            assertThat(out).as(name).contains("Speaker NumberA").contains("Speaker NumberH")
                    .doesNotContain("Speaker NumberI").as(name + ": a speaker quoted only in part counts too")
                    .contains("4 more speakers in --format json");
        }
        Briefing few = new Briefing(base.headline(), base.articles(), base.wordBudget(), base.laterArticles(),
                base.warnings(), Map.of(Section.SUMMARY.name(), base.summary(), Section.QUOTES.name(), quotes.subList(0, 2)));
        assertThat(new TextRenderer().render(few, false)).contains("Speaker NumberB").doesNotContain("more speaker");
    }

    /**
     * A fragment the reporter worked into a sentence ("Lindqvist called the delay “unacceptable and avoidable”") is
     * the speaker's words too: it shows after their whole quotes, unless a shown quote already holds it.
     */
    @Test
    void aSpeakersQuotedFragmentShowsAfterTheirWholeQuotes() {
        Briefing base = briefing();
        List<QuoteItem> quotes = List.of(
                new QuoteItem("Rosa Lindqvist", "union leader", "unacceptable and avoidable", "a", true),
                new QuoteItem("Rosa Lindqvist", "union leader", "Not this year.", "a", false),
                new QuoteItem("Ola Berg", null, "too late", "a", true),
                new QuoteItem("Ola Berg", null, "It came too late for us.", "a", false));
        Briefing quoted = new Briefing(base.headline(), base.articles(), base.wordBudget(), base.laterArticles(),
                base.warnings(), Map.of(Section.SUMMARY.name(), base.summary(), Section.QUOTES.name(), quotes));
        assertThat(InsightText.bySpeaker(quoted).get("Rosa Lindqvist")).extracting(QuoteItem::text)
                .containsExactly("Not this year.", "unacceptable and avoidable");
        assertThat(InsightText.bySpeaker(quoted).get("Ola Berg")).extracting(QuoteItem::text)
                .containsExactly("It came too late for us.");
        for (Renderer renderer : List.of(new TextRenderer(), new MarkdownRenderer(), new HtmlRenderer())) {
            assertThat(renderer.render(quoted, false)).as(renderer.getClass().getSimpleName())
                    .contains("unacceptable and avoidable");
        }
    }

    /** The key people, organisations and places show in every text-like format, the most mentioned first, a few each. */
    @Test
    void keyNamesShowInEveryFormat() {
        Briefing base = briefing();
        List<EntityItem> entities = new java.util.ArrayList<>();
        entities.add(new EntityItem("Anna Berg", EntityType.PERSON, List.of(), Map.of("a", 3)));
        entities.add(new EntityItem("Harbour Council", EntityType.ORGANIZATION, List.of(), Map.of("a", 2)));
        for (int i = 0; i < InsightText.ENTITIES_SHOWN + 2; i++) {
            entities.add(new EntityItem("Town" + (char) ('A' + i), EntityType.PLACE, List.of(), Map.of("a", 1)));
        }
        Briefing named = new Briefing(base.headline(), base.articles(), base.wordBudget(), base.laterArticles(),
                base.warnings(), Map.of(Section.SUMMARY.name(), base.summary(), Section.ENTITIES.name(), entities));
        for (Renderer renderer : List.of(new TextRenderer(), new MarkdownRenderer(), new HtmlRenderer())) {
            String out = renderer.render(named, false).replaceAll("\\s+", " ");
            assertThat(out).as(renderer.getClass().getSimpleName()).contains("Key people, organisations and places")
                    .contains("Anna Berg (3)").contains("Harbour Council (2)").contains("TownA (1)")
                    .doesNotContain("TownL").contains("2 more names in --format json");
        }
    }

    /** "from 1 article", "from 4 articles" under the summary, in every format. */
    @Test
    void theArticleCountIsSingularForOne() {
        Briefing base = briefing();
        Briefing one = new Briefing(base.headline(), base.articles().subList(0, 1), base.wordBudget(),
                base.laterArticles(), base.warnings(), Map.of(Section.SUMMARY.name(), base.summary()));
        for (Renderer renderer : List.of(new TextRenderer(), new MarkdownRenderer(), new HtmlRenderer())) {
            assertThat(renderer.render(one, false)).as(renderer.getClass().getSimpleName()).containsPattern("from 1 article[.)]")
                    .doesNotContain("1 articles");
            assertThat(renderer.render(base, false)).contains("from 4 articles");
        }
    }

    /** A timeline event the articles only announce says since when it is expected, in every format. */
    @Test
    void anEventOnlyAnnouncedIsShownAsExpected() {
        Briefing base = briefing();
        var planned = new dev.storybrief.model.TimelineEvent("2026-04-01", "The bridge will reopen on April 1.",
                "The bridge will reopen on April 1.", "a", List.of("a"), dev.storybrief.model.TimelinePart.STORY,
                java.time.LocalDate.of(2026, 3, 11));
        Briefing withTimeline = new Briefing(base.headline(), base.articles(), base.wordBudget(),
                base.laterArticles(), base.warnings(), Map.of(Section.SUMMARY.name(), base.summary(),
                Section.TIMELINE.name(), List.of(planned)));
        for (Renderer renderer : List.of(new TextRenderer(), new MarkdownRenderer(), new HtmlRenderer())) {
            assertThat(renderer.render(withTimeline, false).replaceAll("\\s+", " "))
                    .as(renderer.getClass().getSimpleName()).contains("Wire One; expected as of 2026-03-11");
        }
        assertThat(new JsonRenderer().render(withTimeline, false)).contains("\"expectedAsOf\" : \"2026-03-11\"");
    }

    /** A summary sentence from a follow-up of another period is marked as such in every format. */
    @Test
    void aSummarySentenceFromAFollowUpSaysSo() {
        Briefing base = briefing();
        Briefing withLater = new Briefing(base.headline(), base.articles(), base.wordBudget(), List.of("a"),
                base.warnings(), Map.of(Section.SUMMARY.name(), base.summary()));
        for (Renderer renderer : List.of(new TextRenderer(), new MarkdownRenderer(), new HtmlRenderer())) {
            assertThat(renderer.render(withLater, false).replaceAll("\\s+", " ")).as(renderer.getClass().getSimpleName())
                    .contains("+2; later follow-up, 2026-03-11");
            assertThat(renderer.render(base, false)).doesNotContain("later follow-up");
        }
    }

    /** An undated article set apart by the months it names is of "another period": nothing says earlier or later. */
    @Test
    void anUndatedArticleOfAnotherPeriodIsNotCalledAFollowUp() {
        Briefing base = briefing();
        List<Article> articles = new java.util.ArrayList<>(base.articles());
        Article first = articles.get(0);
        articles.set(0, new Article(first.id(), first.path(), first.title(), first.outlet(), first.author(), null, null,
                first.paragraphs(), List.of()));
        Briefing undated = new Briefing(base.headline(), articles, base.wordBudget(), List.of("a"),
                base.warnings(), Map.of(Section.SUMMARY.name(), base.summary()));
        for (Renderer renderer : List.of(new TextRenderer(), new MarkdownRenderer(), new HtmlRenderer())) {
            String out = renderer.render(undated, false).replaceAll("\\s+", " ");
            assertThat(out).as(renderer.getClass().getSimpleName()).contains("another period")
                    .doesNotContain("later follow-up");
        }
    }

    /** An article set apart as another period that appeared before the story's own is background, in every format. */
    @Test
    void aSummarySentenceFromAnEarlierPeriodIsBackground() {
        Briefing base = briefing();
        Article main = new Article("e", null, null, "Evening Post", null, LocalDate.of(2026, 9, 1), "text",
                List.of("Fifth text."), List.of());
        List<Article> articles = new java.util.ArrayList<>(base.articles());
        articles.add(main);
        Briefing withEarlier = new Briefing(base.headline(), articles, base.wordBudget(), List.of("a"),
                base.warnings(), Map.of(Section.SUMMARY.name(), base.summary()));
        for (Renderer renderer : List.of(new TextRenderer(), new MarkdownRenderer(), new HtmlRenderer())) {
            String out = renderer.render(withEarlier, false).replaceAll("\\s+", " ");
            assertThat(out).as(renderer.getClass().getSimpleName()).contains("+2; earlier background, 2026-03-11")
                    .doesNotContain("later follow-up");
        }
        assertThat(new JsonRenderer().render(withEarlier, false)).contains("\"earlier\" : true");
    }

    /** An inferred date with little support says so beside its basis. */
    @Test
    void anInferredDateWithLittleSupportIsShownAsUncertain() {
        Briefing base = briefing();
        Article sure = inferred(base.articles().get(1), 0.6);
        Article guess = inferred(base.articles().get(2), DateProvenance.UNCERTAIN_BELOW - 0.05);
        Briefing withDates = new Briefing(base.headline(), List.of(base.articles().get(0), sure, guess,
                base.articles().get(3)), base.wordBudget(), base.laterArticles(), base.warnings(),
                Map.of(Section.SUMMARY.name(), base.summary()));
        assertThat(SourceLabels.dateOf(withDates, sure)).isEqualTo("2026-03-10, inferred from Wire One");
        assertThat(SourceLabels.dateOf(withDates, guess)).isEqualTo("2026-03-10, inferred from Wire One, uncertain");
    }

    private static Article inferred(Article article, double confidence) {
        return article.withDating(LocalDate.of(2026, 3, 10), "inferred from a",
                new DateProvenance(DateSource.INFERRED, confidence, List.of("a"), null, null));
    }

    @Test
    void jsonKeepsTheContractFields() throws Exception {
        JsonNode json = new ObjectMapper().readTree(new JsonRenderer().render(briefing(), true));
        assertThat(json.get("schema").asText()).isEqualTo(JsonRenderer.SCHEMA);
        JsonNode article = json.get("articles").get(0);
        assertThat(article.get("id").asText()).isEqualTo("a");
        assertThat(article.get("published").asText()).isEqualTo("2026-03-11");
        assertThat(article.get("path").asText()).isEqualTo(Path.of("in/a.txt").toString());
        assertThat(json.get("articles").get(1).get("outlet").isNull()).isTrue();
        JsonNode sentence = json.get("summary").get(0);
        assertThat(sentence.get("text").asText()).isEqualTo(EVIL);
        assertThat(sentence.get("source").asText()).isEqualTo("a");
        assertThat(sentence.get("support")).extracting(JsonNode::asText).containsExactly("b", "c", "d");
        assertThat(json.get("removed").get(0).get("rule").asText()).isEqualTo("paywall");
    }

    @Test
    void htmlEscapesArticleTextAndIsSelfContained() {
        String html = new HtmlRenderer().render(briefing(), false);
        Document doc = Jsoup.parse(html);
        assertThat(doc.select("script")).isEmpty();
        assertThat(doc.select("main p b")).isEmpty();
        assertThat(doc.select("link[rel=stylesheet], img, iframe")).isEmpty();
        assertThat(doc.select(".summary p").text()).contains("<script>alert('x')</script>");
        assertThat(doc.select(".summary a").attr("href")).isEqualTo("#article-a");
        assertThat(doc.getElementById("article-a")).isNotNull();
        assertThat(doc.select(".chip").text()).isEqualTo("Wire One, unknown outlet #2 +2");
    }

    @Test
    void markdownEscapesMarkup() {
        String md = new MarkdownRenderer().render(briefing(), false);
        assertThat(md).startsWith("# Vote passes").contains("\\<script\\>").contains("| a | Wire One | Vote passes |");
    }

    @Test
    void unknownFormatIsAClearError() {
        assertThatThrownBy(() -> Renderer.forFormat("pdf")).hasMessageContaining("unknown format \"pdf\"");
    }

    @Test
    void htmlOfAnArabicStoryIsRightToLeftAndEachBlockFindsItsOwnDirection() {
        String arabic = "قال المحافظ إن 23 شخصا أصيبوا.";
        Article a = new Article("a", null, "فيضانات", "Wire One", null, null, null, List.of(arabic), List.of());
        Article b = new Article("b", null, "Floods", null, null, null, null, List.of("Officials said 23 people were hurt."),
                List.of());
        Sentence first = new Sentence("a", 0, 0, arabic, 0, arabic.length(), false);
        Briefing briefing = new Briefing("فيضانات", List.of(a, b), 50, List.of(), List.of(),
                Map.of(Section.SUMMARY.name(), List.of(new SummarySentence(first, List.of("b"), 1.0))), "ar",
                Map.of("a", new dev.storybrief.model.ArticleLanguage("ar", 0.99),
                        "b", new dev.storybrief.model.ArticleLanguage("en", 0.99)));
        Document page = Jsoup.parse(new HtmlRenderer().render(briefing, false));
        assertThat(page.selectFirst("html").attr("lang")).isEqualTo("ar");
        assertThat(page.selectFirst("html").attr("dir")).isEqualTo("rtl");
        assertThat(page.selectFirst(".summary p").attr("dir")).isEqualTo("auto");
        assertThat(page.selectFirst(".summary p").hasAttr("lang")).isFalse();
        // the English article's paragraph keeps its language and finds its direction
        assertThat(page.select("#article-b p").first().attr("lang")).isEqualTo("en");
        assertThat(page.select("#article-b p").first().attr("dir")).isEqualTo("auto");
        // the article list's outlet finds its own direction and its English date line stays left to right whole
        assertThat(page.selectFirst("#article-a summary b").attr("dir")).isEqualTo("auto");
        assertThat(page.selectFirst("#article-a summary .meta").attr("dir")).isEqualTo("ltr");
        // the page's own words are English
        assertThat(page.select("h2").first().attr("lang")).isEqualTo("en");
        // an English story's page stays as it was
        assertThat(Jsoup.parse(new HtmlRenderer().render(briefing(), false)).selectFirst("html").attr("dir")).isEqualTo("ltr");
    }

    /**
     * A claim's chip that opens with an Arabic outlet keeps its date left to right (QA tour 26 #16: "صحيفة الشرق
     * اليوم, 2026-05-10" showed "10-05-2026", its digits made Arabic numbers by the letters before them), and the
     * timeline's date cell pads the side toward its text in either direction. A Latin chip is left as it was.
     */
    @Test
    void anArabicOutletsChipKeepsItsDateLeftToRight() {
        String arabic = "قتل 12 شخصا في الفيضانات.";
        Article a = new Article("a", null, "فيضانات", "صحيفة الشرق اليوم", null, LocalDate.of(2026, 5, 10), null,
                List.of(arabic), List.of());
        Article b = new Article("b", null, "Floods", "Wire One", null, LocalDate.of(2026, 5, 11), null,
                List.of("Officials said 15 people died."), List.of());
        var disagreement = new Disagreement("people killed", DisagreementKind.NUMBER,
                List.of(new Claim(arabic, "a", "12 شخصا"), new Claim("Officials said 15 people died.", "b", "15 people")));
        Briefing briefing = new Briefing("فيضانات", List.of(a, b), 50, List.of(), List.of(),
                Map.of(Section.DISAGREEMENTS.name(), List.of(disagreement)), "ar",
                Map.of("a", new dev.storybrief.model.ArticleLanguage("ar", 0.99),
                        "b", new dev.storybrief.model.ArticleLanguage("en", 0.99)));
        String html = new HtmlRenderer().render(briefing, false);
        Document page = Jsoup.parse(html);
        var chips = page.select(".disagreements .chip");
        assertThat(chips).hasSize(2);
        assertThat(chips.get(0).text()).isEqualTo("صحيفة الشرق اليوم, 2026-05-10");
        assertThat(chips.get(0).select("span[dir=ltr]")).singleElement()
                .satisfies(date -> assertThat(date.text()).isEqualTo("2026-05-10"));
        assertThat(chips.get(1).html()).isEqualTo("Wire One, 2026-05-11");
        assertThat(html).contains(".timeline th{").contains("text-align:start").contains("padding-inline-end:.8rem")
                .doesNotContain("padding:.3rem .8rem .3rem 0");
    }

    /** The Notes list says a warning is one and drops the word "note" the command line opens its lines with (#17). */
    @Test
    void notesShowNoSeverityWordAndLabelAWarning() {
        Briefing base = briefing();
        Briefing noted = new Briefing(base.headline(), base.articles(), base.wordBudget(), base.laterArticles(),
                List.of("note d-opinion is read as an opinion piece", "warning in/a.txt: \"05/11/2026\" could be"
                        + " day or month first"), Map.of(Section.SUMMARY.name(), base.summary()));
        Document page = Jsoup.parse(new HtmlRenderer().render(noted, false));
        assertThat(page.select(".notes li")).extracting(org.jsoup.nodes.Element::text).containsExactly(
                "d-opinion is read as an opinion piece", "Warning: in/a.txt: \"05/11/2026\" could be day or month first");
        assertThat(new MarkdownRenderer().render(noted, false))
                .contains("\n- d-opinion is read as an opinion piece\n").contains("\n- Warning: in/a.txt:");
    }
}
