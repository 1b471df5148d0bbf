package dev.storybrief.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class DecodedTextTest {
    @Test
    void byteOrderMarkWinsAndIsDropped() {
        byte[] bytes = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, 'h', 'i'};
        DecodedText d = DecodedText.decode(bytes, null);
        assertThat(d.text()).isEqualTo("hi");
        assertThat(d.guessed()).isFalse();
    }

    @Test
    void validUtf8IsNotAGuess() {
        DecodedText d = DecodedText.decode("Gaddafi’s “forces”".getBytes(StandardCharsets.UTF_8), null);
        assertThat(d.charset()).isEqualTo(StandardCharsets.UTF_8);
        assertThat(d.guessed()).isFalse();
    }

    @Test
    void invalidUtf8FallsBackToWindows1252() {
        DecodedText d = DecodedText.decode(new byte[]{'a', (byte) 0x93, 'b', (byte) 0x94}, null);
        assertThat(d.text()).isEqualTo("a“b”");
        assertThat(d.guessed()).isTrue();
    }

    @Test
    void binaryDetection() {
        assertThat(DecodedText.looksBinary(new byte[]{'a', 0, 'b'})).isTrue();
        assertThat(DecodedText.looksBinary("plain text\nwith lines\t and tabs".getBytes(StandardCharsets.UTF_8))).isFalse();
    }
}
