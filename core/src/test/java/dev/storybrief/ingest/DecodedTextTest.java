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

    /**
     * UTF-32's byte-order marks are read as UTF-32, not as UTF-16LE's mark followed by a NUL (QA tour 26 #26: a file
     * of the mark alone was an article of one NUL, with a blank headline in `stories`).
     */
    @Test
    void utf32ByteOrderMarksAreUtf32() throws Exception {
        byte[] text = "Ferry halted in Orkly.".getBytes("UTF-32LE");
        byte[] little = new byte[text.length + 4];
        little[0] = (byte) 0xFF;
        little[1] = (byte) 0xFE;
        System.arraycopy(text, 0, little, 4, text.length);
        assertThat(DecodedText.decode(little, null).text()).isEqualTo("Ferry halted in Orkly.");
        byte[] bigText = "Ferry halted.".getBytes("UTF-32BE");
        byte[] big = new byte[bigText.length + 4];
        big[2] = (byte) 0xFE;
        big[3] = (byte) 0xFF;
        System.arraycopy(bigText, 0, big, 4, bigText.length);
        assertThat(DecodedText.looksBinary(big)).isFalse();
        assertThat(DecodedText.decode(big, null).text()).isEqualTo("Ferry halted.");
        assertThat(DecodedText.decode(new byte[]{(byte) 0xFF, (byte) 0xFE, 0, 0}, null).text()).isEmpty();
    }
}
