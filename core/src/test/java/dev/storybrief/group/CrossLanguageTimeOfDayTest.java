package dev.storybrief.group;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storybrief.Storybrief;
import dev.storybrief.ingest.MetaKey;
import dev.storybrief.ingest.RawDocument;
import dev.storybrief.ingest.SourceFormat;
import dev.storybrief.model.AnalyzedArticle;
import dev.storybrief.model.Sentence;
import dev.storybrief.model.Story;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A time of a day ("Thursday evening", TIME 2026-03-12TEV) meets the same day told in another language. */
class CrossLanguageTimeOfDayTest {

    private static RawDocument doc(String id, String text) {
        return new RawDocument(id, Path.of(id + ".txt"), SourceFormat.TEXT, text,
                Map.of(MetaKey.PUBLISHED, "2026-03-13"));
    }

    @Test
    void aTimeOfDayIsAnAnchorOnItsDay() {
        RawDocument english = doc("en", "The harbour council of Port Aldren voted on Thursday evening to close the old "
                + "ferry terminal, and 14 workers will lose their jobs at the end of the month. The mayor said the "
                + "decision was hard but that the pier had become unsafe after the winter storms. Residents of the "
                + "old town said they would appeal against the closure before the regional court.");
        RawDocument french = doc("fr", "Le conseil portuaire a voté jeudi la fermeture de l'ancien terminal des "
                + "ferries, et 14 salariés perdront leur emploi à la fin du mois. Le maire a expliqué que la décision "
                + "était difficile mais que la jetée était devenue dangereuse après les tempêtes de l'hiver. Les "
                + "habitants de la vieille ville ont annoncé un recours devant le tribunal régional.");
        Story story = Storybrief.builder().build().story("s", List.of(english, french), new ArrayList<>());
        AnalyzedArticle en = story.articles().stream().filter(a -> a.id().equals("en")).findFirst().orElseThrow();
        assertThat(en.language()).isEqualTo("en");
        assertThat(en.timexes()).anyMatch(t -> "2026-03-12TEV".equals(t.value()));
        Sentence vote = en.sentences().get(0);
        assertThat(story.supportOf(vote)).as("the French article tells the same vote of the same day").contains("fr");
    }
}
