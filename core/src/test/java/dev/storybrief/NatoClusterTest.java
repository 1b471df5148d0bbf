package dev.storybrief;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storybrief.model.Article;
import dev.storybrief.model.Briefing;
import dev.storybrief.render.Renderer;
import java.io.IOException;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The real cluster in ../shared: boilerplate never reaches an output, and metadata is read from the text. */
class NatoClusterTest {
    private static Briefing briefing;
    private static List<String> boilerplate;

    @BeforeAll
    static void brief() throws IOException {
        briefing = Storybrief.builder().words(400).build().brief(List.of(SharedData.natoCluster()));
        boilerplate = boilerplateListedInReadme();
        assertThat(boilerplate).hasSizeGreaterThanOrEqualTo(8);
    }

    /** The quoted strings in the README's "Boilerplate that must never reach a summary" item. */
    static List<String> boilerplateListedInReadme() throws IOException {
        String readme = Files.readString(SharedData.natoCluster().resolve("README.md"));
        int start = readme.indexOf("Boilerplate that must never reach");
        assertThat(start).as("README lists the boilerplate").isPositive();
        Matcher m = Pattern.compile("\"([^\"]+)\"").matcher(readme.substring(start));
        List<String> found = new ArrayList<>();
        while (m.find()) {
            found.add(m.group(1).replaceAll("\\s+", " ").strip());
        }
        return found;
    }

    @ParameterizedTest
    @ValueSource(strings = {"text", "markdown", "json", "html"})
    void noListedBoilerplateReachesAnyFormat(String format) {
        String out = Renderer.forFormat(format).render(briefing, false);
        String visible = switch (format) {
            case "html" -> Jsoup.parse(out).text();
            case "markdown" -> out.replace("\\", "");
            default -> out;
        };
        String flat = visible.replaceAll("\\s+", " ");
        for (String line : boilerplate) {
            assertThat(flat.contains(line)).as("%s output contains boilerplate \"%s\"", format, line).isFalse();
        }
    }

    @Test
    void anUnknownOutletIsShownAsUnknownNeverAsItsFileName() {
        String text = Renderer.forFormat("text").render(briefing, false);
        String sources = text.substring(text.indexOf("Sources\n"));
        String beforeSources = text.substring(0, text.indexOf("Sources\n"));
        assertThat(beforeSources).doesNotContain("003_28c78a3a308af807").contains("unknown outlet #4");
        assertThat(sources).contains("4. unknown outlet #4");
    }

    @Test
    void explainListsEveryRemovedBoilerplateLine() {
        String out = Renderer.forFormat("text").render(briefing, true).replaceAll("\\s+", " ");
        assertThat(out.length()).isPositive();
        assertThat(out).contains("Removed as boilerplate").contains("[paywall]").contains("[photo-credit]")
                .contains("[trailing-links]").contains("[video-timestamp]").contains("[topics]");
    }

    @Test
    void readsOutletsAndDatesFromTheTexts() {
        assertThat(article("000_51dffeeb630ea331").outlet()).isEqualTo("CNN");
        Article aj = article("002_5c489a49197800e4");
        assertThat(aj.outlet()).isEqualTo("Al Jazeera");
        assertThat(aj.published()).as("a Last Modified stamp is a bound, not the date").isNotEqualTo(LocalDate.of(2011, 11, 19));
        assertThat(aj.dating().notAfter()).isEqualTo(LocalDate.of(2011, 11, 19));
        assertThat(article("003_28c78a3a308af807").published()).isEqualTo(LocalDate.of(2011, 10, 24));
        Article watch = article("004_f5c7c58687d27dfa");
        assertThat(watch.outlet()).isEqualTo("NATO Watch");
        assertThat(watch.author()).isEqualTo("Nigel Chamberlain");
        assertThat(article("001_ab7f095dadc793db").outlet()).as("\"the Monitor reports\"")
                .isEqualTo("The Christian Science Monitor");
        assertThat(article("003_28c78a3a308af807").outlet()).as("nothing in the text names it").isNull();
        assertThat(article("004_f5c7c58687d27dfa").published()).as("nothing supports a date: unknown, not guessed").isNull();
    }

    @Test
    void readsHeadlinesAndStripsTheWireHeader() {
        assertThat(article("000_51dffeeb630ea331").title()).isEqualTo("NATO Secy. General arrives in Libya");
        assertThat(article("002_5c489a49197800e4").title()).isEqualTo("NATO announces end of Libya mission");
        assertThat(article("003_28c78a3a308af807").title()).isNull();
        assertThat(article("003_28c78a3a308af807").paragraphs().get(0)).startsWith("NATO sees");
    }

    @Test
    void dateOverrideAppliesToOneArticleOrAll() {
        Briefing b = Storybrief.builder().date(LocalDate.of(2011, 10, 28))
                .date("000_51dffeeb630ea331", LocalDate.of(2011, 10, 31)).build().brief(List.of(SharedData.natoCluster()));
        assertThat(b.article("000_51dffeeb630ea331").orElseThrow().published()).isEqualTo(LocalDate.of(2011, 10, 31));
        assertThat(b.article("002_5c489a49197800e4").orElseThrow().published()).isEqualTo(LocalDate.of(2011, 10, 28));
        assertThat(b.article("002_5c489a49197800e4").orElseThrow().dateOrigin()).isEqualTo("--date");
    }

    private static Article article(String id) {
        return briefing.article(id).orElseThrow();
    }
}
