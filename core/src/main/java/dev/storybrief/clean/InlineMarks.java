package dev.storybrief.clean;

import dev.storybrief.model.Removal;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Marks inside a kept paragraph that are not its words: an encyclopedia's reference markers glued to the word or
 * stop they follow ("at Berth 4.[1][2]", "[citation needed]"), and the prefix a mail program puts before the subject
 * of a forwarded message ("Fwd: Tanker blast: ..."), which would otherwise head the story. Each cut is listed among
 * the removals.
 */
final class InlineMarks {
    /** A reference or maintenance marker right after a word or a stop (never after a space, as "[sic]" is written). */
    private static final Pattern REFERENCE = Pattern.compile("(?<=[\\p{L}\\d.,;:!?)\"”’'])(?:\\[(?:\\d{1,3}|[a-z]"
            + "|(?:note|nb|n) \\d{1,3}|[\\p{L} ]{2,30} needed|who\\?|when\\?|where\\?|which\\?|by whom\\?"
            + "|according to whom\\?|dubious[^\\]]{0,20}|edit)])+");
    /** A forward's or reply's subject prefix, as mail programs write it in several languages. */
    private static final Pattern FORWARD = Pattern.compile("^(?:(?:Fwd?|FWD?|Tr|TR|WG|Rv|RV|Fw)\\s*:\\s*)+(?=\\S)");

    private InlineMarks() {
    }

    /** The paragraph without its marks; each cut mark is added to {@code removals}. */
    static String strip(String id, String paragraph, List<Removal> removals) {
        Matcher forward = FORWARD.matcher(paragraph);
        String text = paragraph;
        if (forward.find()) {
            removals.add(new Removal(id, forward.group().strip(), "forward-prefix", "a forwarded e-mail's subject prefix"));
            text = text.substring(forward.end());
        }
        Matcher reference = REFERENCE.matcher(text);
        if (!reference.find()) {
            return text;
        }
        StringBuilder out = new StringBuilder();
        StringBuilder cut = new StringBuilder();
        do {
            cut.append(reference.group());
            reference.appendReplacement(out, "");
        } while (reference.find());
        reference.appendTail(out);
        removals.add(new Removal(id, cut.toString(), "reference-marker", "an encyclopedia's reference markers"));
        return out.toString().replaceAll("\\s{2,}", " ").strip();
    }
}
