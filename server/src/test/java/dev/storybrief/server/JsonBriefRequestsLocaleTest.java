package dev.storybrief.server;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.storybrief.DefaultLocale;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * A bad request's message names the JSON type it got in plain English under every default locale: lower-casing
 * "STRING" by the Turkish rules gives "strıng" (dotless i).
 */
class JsonBriefRequestsLocaleTest {

    @Test
    void theTypeOfAWrongBodyIsSpelledTheSameUnderTurkish() throws Exception {
        DefaultLocale.under("tr-TR", () -> {
            JsonBriefRequests requests = new JsonBriefRequests(10, 500);
            assertThatThrownBy(() -> requests.parse("\"a bridge closed\"".getBytes(StandardCharsets.UTF_8)))
                    .isInstanceOf(ApiProblem.class).hasMessageEndingWith("got string");
            assertThatThrownBy(() -> requests.parse("{\"articles\": [{\"text\": 7}]}".getBytes(StandardCharsets.UTF_8)))
                    .isInstanceOf(ApiProblem.class).hasMessageContaining("got number");
        });
    }
}
