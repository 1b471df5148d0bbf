package dev.storybrief.ingest.html;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The character tests the text passes run on every character of a page answer ASCII without Unicode tables; they must
 * answer exactly as the JDK does for every character, and the comparison key must ignore case, spacing and punctuation.
 */
class TextNormalizerTest {

    @Test
    void asciiShortcutsAnswerAsTheJdkForEveryCharacter() {
        for (char c = 0; c < Character.MAX_VALUE; c++) {
            assertThat(TextNormalizer.isLetterOrDigit(c)).as("letter or digit %04x", (int) c)
                    .isEqualTo(Character.isLetterOrDigit(c));
            boolean space = Character.isWhitespace(c) || c == '\u00A0' || c == '\u2007' || c == '\u202F' || c == '\u3000';
            assertThat(TextNormalizer.isSpace(c)).as("space %04x", (int) c).isEqualTo(space);
        }
    }

    @Test
    void keyKeepsLowerCaseLettersAndNumbersOfAnyScript() {
        assertThat(TextNormalizer.key("Élections : 3 Fragen an die Bürgermeisterin!")).isEqualTo("élections3fragenandiebürgermeisterin");
        assertThat(TextNormalizer.key("Zażółć gęślą jaźń – ½ ²")).isEqualTo("zażółćgęśląjaźń½²");
        assertThat(TextNormalizer.key(null)).isEmpty();
    }

    @Test
    void keyKeepsWhatTheRegularExpressionForLettersAndNumbersKeeps() {
        java.util.regex.Pattern other = java.util.regex.Pattern.compile("[^\\p{L}\\p{N}]+");
        StringBuilder all = new StringBuilder();
        for (int cp = 0; cp < 0x30000; cp++) {
            if (Character.isDefined(cp) && !Character.isSurrogate((char) cp) || cp > 0xFFFF) {
                all.appendCodePoint(cp);
            }
            if (all.length() > 4000 || cp == 0x2FFFF) {
                String s = all.toString();
                assertThat(TextNormalizer.key(s)).isEqualTo(other.matcher(s.toLowerCase(java.util.Locale.ROOT)).replaceAll(""));
                all.setLength(0);
            }
        }
    }
}
