package dev.storybrief.brief;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.storybrief.TestArticle;
import dev.storybrief.group.StoryGrouper;
import dev.storybrief.model.QuoteItem;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Who said what in German, Italian and Portuguese: one speaker per person, the role written before the name (QA #22). */
class QuoteRolesBeyondEnglishTest {

    private static List<QuoteItem> quotes(String... paragraphs) {
        return new QuoteCollector().collect(new StoryGrouper().group("s",
                List.of(TestArticle.of("a", paragraphs).analyzed())));
    }

    @Test
    void aGermanDefenderIsOneSpeakerWithHisRole() {
        List<QuoteItem> found = quotes("Vor dem Landgericht begann am Dienstag der Prozess gegen den Bauunternehmer.",
                "„Mein Mandant weist alle Vorwürfe zurück“, sagte Verteidiger Martin Vogt vor Beginn der Verhandlung.",
                "Später sagte Vogt: „Wir werden Berufung einlegen, wenn das Gericht so entscheidet.“");
        assertThat(found).extracting(QuoteItem::speaker).containsOnly("Martin Vogt");
        assertThat(found).extracting(QuoteItem::role).contains("Verteidiger");
    }

    @Test
    void anItalianOfficeWithItsAdjectiveIsTheRole() {
        assertThat(quotes("I lavoratori hanno scioperato lunedì nello stabilimento contro il piano di tagli.",
                "L'amministratore delegato Giulia Conti ha detto che «l'azienda deve ridurre i costi».",
                "La sindaca di Lonato, Anna Ferri, ha detto che «servono risposte dal governo»."))
                .extracting(QuoteItem::speaker, QuoteItem::role)
                .contains(tuple("Giulia Conti", "amministratore delegato"), tuple("Anna Ferri", "sindaca di Lonato"));
    }

    @Test
    void aPortugueseOfficeOfABodyAfterTheVerbIsTheRole() {
        assertThat(quotes("Os estivadores do porto iniciaram na segunda-feira uma greve de três dias.",
                "«Não temos outra saída», disse o presidente do sindicato, Rui Carvalho.",
                "«Não temos tempo a perder», disse o dirigente do sindicato, Nuno Lopes."))
                .extracting(QuoteItem::speaker, QuoteItem::role)
                .contains(tuple("Rui Carvalho", "presidente do sindicato"), tuple("Nuno Lopes", "dirigente do sindicato"));
    }
}
