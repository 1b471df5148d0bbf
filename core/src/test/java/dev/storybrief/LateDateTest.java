package dev.storybrief;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storybrief.ingest.RawDocument;
import dev.storybrief.ingest.SourceFormat;
import dev.storybrief.model.Briefing;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * An article dated well after the others that tells the same event is warned of (QA24 #15): its date is more likely
 * wrong than its report late. A follow-up that tells something new is not. Every text is made up.
 */
class LateDateTest {
    private static RawDocument text(String id, String date, String title, String body) {
        return new RawDocument(id, Path.of(id + ".txt"), SourceFormat.TEXT, title + "\nPublished " + date + "\n\n" + body,
                Map.of());
    }

    private static List<RawDocument> story(String lateDate, String lateTitle, String lateBody) {
        return List.of(
                text("a", "December 1, 2026", "Ferry service halted after collision", "KELLPORT (Baltic Wire) - A"
                        + " passenger ferry struck a moored cargo ship in Kellport harbour on Tuesday, the port authority"
                        + " said. Nobody was hurt and the ferry line suspended its crossings for the rest of the day."),
                text("b", "December 1, 2026", "Kellport ferry hits cargo ship", "A Kellport Lines ferry struck a"
                        + " cargo ship moored in Kellport harbour on Tuesday morning, port officials said. The line"
                        + " suspended its crossings for the day while divers checked the hull."),
                text("c", "December 2, 2026", "Ferry crossings resume at Kellport", "Kellport Lines resumed its ferry"
                        + " crossings on Wednesday, a day after one of its ferries struck a moored cargo ship in the"
                        + " harbour, the company said."),
                text("d", lateDate, lateTitle, lateBody));
    }

    private static List<String> late(List<RawDocument> documents) {
        Briefing briefing = Storybrief.builder().build().briefDocuments("ferry", documents, new ArrayList<>());
        return briefing.warnings().stream().filter(w -> w.contains("days after the other articles")).toList();
    }

    @Test
    void theSameEventElevenDaysLaterIsWarnedOf() {
        assertThat(late(story("December 12, 2026", "Ferry strikes cargo ship in Kellport harbour", "A passenger ferry"
                + " struck a cargo ship moored in Kellport harbour on Tuesday, the port authority said. Nobody was"
                + " hurt, and the ferry line suspended its crossings for the day.")))
                .containsExactly("warning d: dated 2026-12-12, 10 days after the other articles (2026-12-01 to"
                        + " 2026-12-02), yet its lead tells what they tell: check its date (give --date d=YYYY-MM-DD)");
    }

    @Test
    void aFollowUpOrADateCloseToTheOthersIsNot() {
        assertThat(late(story("December 12, 2026", "Ferry captain suspended after inquiry", "Kellport Lines"
                + " suspended the captain of the ferry Solvind pending a safety inquiry into navigation errors,"
                + " the maritime board announced."))).isEmpty();
        assertThat(late(story("December 3, 2026", "Ferry strikes cargo ship in Kellport harbour", "A passenger ferry"
                + " struck a cargo ship moored in Kellport harbour on Tuesday, the port authority said. Nobody was"
                + " hurt, and the ferry line suspended its crossings for the day."))).isEmpty();
    }
}
