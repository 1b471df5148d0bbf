package dev.storybrief.clean;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storybrief.ingest.RawDocument;
import dev.storybrief.ingest.SourceFormat;
import dev.storybrief.model.Article;
import dev.storybrief.model.Removal;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A book excerpt's or a syndicated piece's rights line (the terms it is printed on, its distributor, its copyright)
 * goes in every language the credit rule reads; a report's own sentence with the same words stays. Every text is
 * made up.
 */
class RightsLinesTest {
    private static final String HEADLINE = "Harbor pier to close for repairs";
    private static final String BODY = "The harbor council voted on Monday to close the old pier for repairs.";
    private static final String LAST = "The repairs will take about two months, officials said.";

    private static Article clean(String text) {
        return new ArticleCleaner().clean(new RawDocument("r1", Path.of("r1.txt"), SourceFormat.TEXT, text, Map.of()));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "Reprinted by arrangement with Harbor Books.",
            "Republished with permission from Knots at Sea: A Sailor's Guide by Ann Lee. Copyright © 2019 by Ann Lee."
                    + " Reprinted by arrangement with Harbor Books. All rights reserved.",
            "Excerpted from Knots at Sea by Ann Lee. Copyright © 2019 by Ann Lee. Used by permission of Harbor Books.",
            "Used with permission of the author.",
            "Distributed by Pierline Features Syndicate.",
            "(c) 2019 The Bayside Gazette",
            "Abdruck mit freundlicher Genehmigung des Hafenverlags.",
            "Mit freundlicher Genehmigung von Hafen Bücher.",
            "Vertrieb: Hafen Medien GmbH",
            "Reproduit avec l'autorisation des Éditions du Port.",
            "Publié avec l'aimable autorisation de l'auteur.",
            "Distribué par Port Presse Agence.",
            "Przedruk za zgodą wydawnictwa Port.",
            "Dystrybucja: Agencja Portowa"})
    void aRightsLineGoes(String line) {
        Article a = clean(HEADLINE + "\n\n" + BODY + "\n\n" + LAST + "\n\n" + line);
        assertThat(a.paragraphs()).containsExactly(BODY, LAST);
        assertThat(a.removed()).extracting(Removal::rule).hasSize(1).first().asString()
                .isIn("rights-line", "copyright");
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "Food distributed by the Red Cross reached the harbor villages on Tuesday, the council said.",
            "Distributed by volunteers from the harbor church, the leaflets warned residents to stay away from the pier.",
            "Leaflets distributed by the council on Tuesday warned residents to keep away from the old pier.",
            "The council reprinted the old pier's plans with permission from the county archive, the harbor master said.",
            "Les vivres distribués par la Croix-Rouge sont arrivés mardi au port, selon la mairie."})
    void aReportsSentenceWithTheSameWordsStays(String sentence) {
        Article a = clean(HEADLINE + "\n\n" + BODY + "\n\n" + sentence + "\n\n" + LAST);
        assertThat(a.paragraphs()).containsExactly(BODY, sentence, LAST);
    }
}
