package dev.storybrief.analyze.terms;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Serbian names written in Cyrillic meet their Latin spelling; other scripts are transliterated as before. */
class ScriptFoldingTest {

    @Test
    void serbianCyrillicIsWrittenAsSerbiasLatinAlphabetWritesIt() {
        // ISO 9 (ICU's Any-Latin alone) writes Љ, Њ, Џ as l̂, n̂, d̂: "lublana" would never meet "ljubljana"
        assertThat(ScriptFolding.toAscii("Љубљана")).isEqualTo(ScriptFolding.toAscii("Ljubljana")).isEqualTo("ljubljana");
        assertThat(ScriptFolding.toAscii("Жељко")).isEqualTo("zeljko");
        assertThat(ScriptFolding.toAscii("Џеко")).isEqualTo(ScriptFolding.toAscii("Džeko")).isEqualTo("dzeko");
        assertThat(ScriptFolding.toAscii("Његош")).isEqualTo("njegos");
        assertThat(ScriptFolding.toLatin("Ђорђевић")).isEqualTo("Đorđević");
        assertThat(ScriptFolding.toLatin("Љиљана Николић")).isEqualTo("Ljiljana Nikolić");
    }

    @Test
    void otherScriptsAndLatinAreFoldedAsBefore() {
        assertThat(ScriptFolding.toAscii("Путин")).isEqualTo("putin");
        assertThat(ScriptFolding.toAscii("Ségolène")).isEqualTo("segolene");
        assertThat(ScriptFolding.toAscii("Αθήνα")).isEqualTo("athena");
        assertThat(ScriptFolding.toAscii("O'Neill-2")).isEqualTo("oneill2");
        assertThat(ScriptFolding.toLatin("Vučić")).isEqualTo("Vučić");
        assertThat(ScriptFolding.hasCyrillic("Vučić")).isFalse();
        assertThat(ScriptFolding.hasCyrillic("Vučić и Путин")).isTrue();
    }
}
