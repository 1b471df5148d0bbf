package dev.storybrief.group;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storybrief.analyze.AnnotatorChain;
import dev.storybrief.model.Article;
import dev.storybrief.model.DateProvenance;
import dev.storybrief.model.DateSource;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The day a reader printed a copy is no update: a printed copy of an article does not supersede the page it was
 * printed from, while an update stamp still would (made-up texts).
 */
class PrintDayVersionsTest {
    private static final String TITLE = "Quarry blast rattles homes in Denvale";
    private static final List<String> SHORT = List.of(
            "A controlled blast at the Brannock quarry shook houses across the north of Denvale on Friday afternoon,"
                    + " cracking windows on at least six streets and setting off car alarms along the ring road.",
            "The quarry's operator, Halden Aggregates, said the charge had been larger than planned and that it had"
                    + " stopped all blasting until an inquiry was finished.");

    private static Article article(String id, List<String> paragraphs, DateProvenance dating) {
        return new Article(id, null, TITLE, "Denvale Herald", null, null, null, paragraphs, List.of(), dating);
    }

    @Test
    void aPrintedCopySupersedesNothingAnUpdateStampDoes() {
        AnnotatorChain chain = AnnotatorChain.standard();
        List<String> longer = new java.util.ArrayList<>(SHORT);
        longer.add("The town council said engineers would inspect the damaged homes next week and that the operator"
                + " would pay for repairs.");
        Article page = article("page", longer, DateProvenance.UNDATED);
        LocalDate day = LocalDate.of(2026, 12, 5);
        Article print = article("print", SHORT, DateProvenance.UNDATED.withNotAfter(day, DateSource.PRINTED));
        // the longer page is the fuller version: the print is superseded by it, not the other way round
        assertThat(Versions.superseded(List.of(chain.annotate(page), chain.annotate(print)))).containsEntry(1, 0)
                .doesNotContainKey(0);
        Article updated = article("updated", SHORT, DateProvenance.UNDATED.withNotAfter(day, DateSource.PAGE));
        assertThat(Versions.superseded(List.of(chain.annotate(page), chain.annotate(updated)))).containsEntry(0, 1);
    }
}
