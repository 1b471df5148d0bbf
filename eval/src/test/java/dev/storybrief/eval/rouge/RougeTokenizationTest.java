package dev.storybrief.eval.rouge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.storybrief.SharedData;
import dev.storybrief.eval.dataset.EvalCluster;
import dev.storybrief.eval.dataset.EvalData;
import dev.storybrief.eval.run.PeerSummaries;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The Unicode tokenization mode: what it keeps in other scripts, and that it changes nothing on ASCII text. */
class RougeTokenizationTest {
    private static final RougeResources NO_DATA = RougeResources.of(Set.of(), Map.of());

    @Test
    void keepsLettersAndDigitsOfAnyScriptLowerCased() {
        assertThat(RougeTokenizer.unicodeTokens("Le Président a été ÉLU, l'an 2011."))
                .containsExactly("le", "président", "a", "été", "élu", "l", "an", "2011");
        assertThat(RougeTokenizer.unicodeTokens("Vláda schválila rozpočet")).containsExactly("vláda", "schválila", "rozpočet");
        assertThat(RougeTokenizer.unicodeTokens("Ο Πρόεδρος")).containsExactly("ο", "πρόεδρος");
    }

    @Test
    void combiningMarksStayInsideTheirWord() {
        // Devanagari vowel signs and the virama are marks (Mc/Mn): "नमस्ते" is one word, not four pieces.
        assertThat(RougeTokenizer.unicodeTokens("नमस्ते दुनिया")).containsExactly("नमस्ते", "दुनिया");
        // Arabic with a vowel mark (fatha) and Arabic-Indic digits.
        assertThat(RougeTokenizer.unicodeTokens("كَتب في ٢٠١١")).containsExactly("كَتب", "في", "٢٠١١");
    }

    @Test
    void asciiRuleSeesOnlyTheNumbersOfAnArabicSummary() {
        String arabic = "قتل 15 شخصا في انفجار";
        assertThat(RougeTokenizer.tokens(arabic)).containsExactly("15");
        assertThat(RougeTokenizer.unicodeTokens(arabic)).hasSize(5);
    }

    @Test
    void unicodeScorerCountsNonLatinWords() {
        RougeScorer ascii = new RougeScorer(RougeOptions.defaults(), NO_DATA);
        RougeScorer unicode = new RougeScorer(RougeOptions.defaults(), NO_DATA, RougeTokenization.UNICODE);
        String peer = "قتل 15 شخصا في انفجار";
        List<String> refs = List.of("انفجار قتل 15 شخصا");
        assertThat(ascii.score(peer, refs).rouge1().hitCount()).isEqualTo(1);
        RougeResult result = unicode.score(peer, refs);
        assertThat(result.rouge1().hitCount()).isEqualTo(4);
        assertThat(result.rouge1().recall()).isEqualTo(1.0);
        assertThat(result.rouge1().precision()).isEqualTo(0.8);
        // bigrams: peer has 4 (qatala-15, 15-shakhsan, shakhsan-fi, fi-infijar); the reference's 3 share 2
        assertThat(result.rouge2().hitCount()).isEqualTo(2);
    }

    @Test
    void byteLimitCutInsideACharacterDropsThatCharacterOnly() {
        RougeScorer unicode = new RougeScorer(RougeOptions.builder().byteLimit(5).build(), NO_DATA,
                RougeTokenization.UNICODE);
        // "élan" is 5 bytes in UTF-8 (é takes 2); a 4-byte cut would split nothing, a 5-byte cut keeps all of it.
        assertThat("élan".getBytes(StandardCharsets.UTF_8)).hasSize(5);
        assertThat(unicode.score("élan vital", List.of("élan")).rouge1().hitCount()).isEqualTo(1);
        RougeScorer three = new RougeScorer(RougeOptions.builder().byteLimit(2).build(), NO_DATA,
                RougeTokenization.UNICODE);
        assertThat(three.score("aé", List.of("a")).rouge1().peerCount()).isEqualTo(1);
    }

    @Test
    void refusesStemmingBecauseTheStemmerIsEnglish() {
        assertThatThrownBy(() -> new RougeScorer(RougeOptions.builder().stem(true).build(), NO_DATA,
                RougeTokenization.UNICODE)).isInstanceOf(RougeOptionsException.class).hasMessageContaining("-m");
    }

    /**
     * Every DUC 2004 reference and published peer summary that is pure ASCII scores exactly the same under both
     * tokenizations (no stemming, as the Unicode mode never stems): the mode is a strict extension.
     */
    @Test
    void changesNothingOnAsciiEnglishSummaries() {
        RougeResources resources = EvalData.rouge();
        RougeOptions options = RougeOptions.builder().wordLimit(100).build();
        RougeScorer ascii = new RougeScorer(options, resources);
        RougeScorer unicode = new RougeScorer(options, resources, RougeTokenization.UNICODE);
        Map<String, Map<String, String>> peers = PeerSummaries.load(SharedData.evalData("duc2004/sumrepo-peers.jsonl"));
        int compared = 0;
        int skipped = 0;
        for (EvalCluster cluster : EvalData.duc2004().clusters()) {
            List<String> refs = cluster.references();
            for (Map<String, String> bySystem : peers.values()) {
                String peer = bySystem.get(cluster.id());
                if (peer == null || !isAscii(peer) || !refs.stream().allMatch(RougeTokenizationTest::isAscii)) {
                    skipped++;
                    continue;
                }
                assertThat(unicode.score(peer, refs)).as(cluster.id()).isEqualTo(ascii.score(peer, refs));
                compared++;
            }
        }
        System.out.printf("unicode vs ascii tokens on DUC 2004: %d peer summaries identical, %d with non-ASCII text skipped%n",
                compared, skipped);
        assertThat(compared).isGreaterThan(400);
    }

    private static boolean isAscii(String text) {
        return text.chars().allMatch(c -> c < 0x80);
    }
}
