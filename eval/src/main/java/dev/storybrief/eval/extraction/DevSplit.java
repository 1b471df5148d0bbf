package dev.storybrief.eval.extraction;

import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;

/**
 * The part of a development set a page belongs to: rules are tuned on {@link #TUNING} pages only, and
 * {@link #HELD_BACK} pages show whether a change generalises. The split is a hash of the page's file name
 * (one page in four held back), so it needs no list, never changes, and ignores what is on the page.
 */
public enum DevSplit {
    /** Pages the rules may be tuned on. */
    TUNING,
    /** Pages looked at only to report, never to tune. */
    HELD_BACK;

    /** The part of the page whose file name stem (key) is {@code key}. */
    public static DevSplit of(String key) {
        CRC32 crc = new CRC32();
        crc.update(key.getBytes(StandardCharsets.UTF_8));
        return crc.getValue() % 4 == 0 ? HELD_BACK : TUNING;
    }

    /** The label used in tables ("tuning", "held back"). */
    public String label() {
        return this == TUNING ? "tuning" : "held back";
    }
}
