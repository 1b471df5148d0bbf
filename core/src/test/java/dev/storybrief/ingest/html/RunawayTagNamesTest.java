package dev.storybrief.ingest.html;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RunawayTagNamesTest {

    @Test
    void aPageWithoutRunawayNamesIsReturnedAsItIs() {
        String page = "<html><body><my-custom-element data-x=\"1\">Text</my-custom-element><p>a < b</p></body></html>";
        assertThat(RunawayTagNames.escape(page)).isSameAs(page);
    }

    @Test
    void aTagNameLongerThanAnyPageWritesIsReadAsText() {
        String noise = "Rx" + "x".repeat(RunawayTagNames.LONGEST_NAME) + " rest";
        String page = "<p>Before</p><" + noise + "<p>After</p>";
        String escaped = RunawayTagNames.escape(page);
        assertThat(escaped).isEqualTo("<p>Before</p>&lt;" + noise + "<p>After</p>");
        assertThat(org.jsoup.Jsoup.parse(escaped).select("p")).extracting(e -> e.text())
                .containsExactly("Before", "After");
    }

    @Test
    void aNameOfExactlyTheLongestLengthIsStillATag() {
        String name = "a" + "b".repeat(RunawayTagNames.LONGEST_NAME - 1);
        String page = "<" + name + ">x</" + name + ">";
        assertThat(RunawayTagNames.escape(page)).isSameAs(page);
    }
}
