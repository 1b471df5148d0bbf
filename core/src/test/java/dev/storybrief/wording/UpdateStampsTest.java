package dev.storybrief.wording;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Update stamps cut out of sentences a scrape glued them into; sentences that only use the words keep them. */
class UpdateStampsTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "3 March 2026 Last updated at 14:59 GMT The harbour council voted to close the terminal."
                + "|The harbour council voted to close the terminal.",
        "Page last updated at 07:41 GMT, Tuesday, 3 March 2026 08:41 UK Ferries will run from Marlow Bay."
                + "|Ferries will run from Marlow Bay.",
        "Last updated: 3 March, 2026 - 17:26 GMT Kestrel Point: residents fear for the pier Residents met on Monday."
                + "|Kestrel Point: residents fear for the pier Residents met on Monday.",
        "Council shuts terminal 3 March 2026 Last updated at 06:54 GMT The council voted on Tuesday."
                + "|Council shuts terminal The council voted on Tuesday.",
        "(Updated 7:40 p.m. (0240 local time)) The mayor spoke to reporters.|The mayor spoke to reporters.",
        "(Posted 7:25 a.m.) Residents lodged an appeal.|Residents lodged an appeal.",
        "Updated March 3, 2026 at 10:15 am The council voted.|The council voted.",
        "The agency updated its figures on 3 March 2026.|The agency updated its figures on 3 March 2026.",
        "Updated figures show 12 deaths.|Updated figures show 12 deaths.",
        "Published reports said the pier was unsafe in 2024.|Published reports said the pier was unsafe in 2024.",
        "The page was last updated by volunteers.|The page was last updated by volunteers."})
    void cutsStampsAndKeepsSentences(String sentence, String rest) {
        assertThat(UpdateStamps.strip(sentence)).isEqualTo(rest);
    }

    @Test
    void aStampAloneIsOnlyAStamp() {
        assertThat(UpdateStamps.isOnlyStamp("Last updated at 14:59 GMT")).isTrue();
        assertThat(UpdateStamps.isOnlyStamp("3 March 2026 Last updated at 14:59 GMT Help")).as("and a link label").isTrue();
        assertThat(UpdateStamps.isOnlyStamp("Updated figures show 12 deaths.")).isFalse();
        assertThat(UpdateStamps.isOnlyStamp("The council voted.")).isFalse();
    }
}
