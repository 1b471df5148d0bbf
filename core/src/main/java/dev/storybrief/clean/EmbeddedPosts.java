package dev.storybrief.clean;

import dev.storybrief.model.Removal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A social media post a page embeds (X/Twitter, Bluesky, Mastodon, Threads), as a saved or copied page gives it: the
 * post's words, then its signature line, a dash, the author's name, the account in brackets and the day it was posted
 * ("— Jane Doe (@janedoe) March 3, 2026"), on a line of its own or at the end of the words' line. The signature is no
 * sentence of the article, and its date is the post's, not the article's; the words are the author's. The post is
 * written as news writes a post ({@code Jane Doe posted: “We are safe”}), so the quotes layer credits its author, and
 * the signature is listed among the removals.
 */
final class EmbeddedPosts {
    /** The name a signature gives: anything but brackets, up to the account. */
    private static final String NAME = "([^()\\n]{1,80}?)";
    /** An account: "@janedoe", "@kelbyfire.bsky.social", "@jane@mastodon.social". */
    private static final String ACCOUNT = "\\((@[\\p{L}\\p{N}_.-]{1,60}(?:@[\\p{L}\\p{N}_.-]{1,60})?)\\)";
    /** The day it was posted, as the embed writes it ("March 3, 2026", "3 Mar 2026 at 9:15 PM"), or nothing. */
    private static final String DAY = "((?:[\\p{L}\\p{N}.,:/ -]{0,30}\\d{4}(?: at [\\p{L}\\p{N}.: ]{1,12})?)?)";
    /** A signature on a line of its own. */
    private static final Pattern SIGNATURE = Pattern.compile("^[—–-]{1,2}\\s*" + NAME + "\\s*" + ACCOUNT + "\\s*" + DAY + "\\s*$");
    /** A signature closing the post's own line, after a dash set apart by spaces. */
    private static final Pattern SIGNED_LINE = Pattern.compile("^(\\S.*?)\\s+[—–]{1,2}\\s*" + NAME + "\\s*" + ACCOUNT
            + "\\s*" + DAY + "\\s*$");
    /** A picture's or a link's address the post ends with: no words of its author. */
    private static final Pattern MEDIA_LINK = Pattern.compile("\\s*(?:pic\\.twitter\\.com/\\S+|https?://\\S+)\\s*");
    /** The longest post the networks allow (Mastodon's 500 characters), with room for a link's address. */
    private static final int POST_CHARS = 600;
    /** Rule name of a removed signature. */
    static final String RULE = "post-signature";

    private EmbeddedPosts() {
    }

    /** The lines with every signed post written as its author's words, each signature listed in {@code removals}. */
    static List<String> attributed(String id, List<String> lines, List<Removal> removals) {
        List<String> out = new ArrayList<>(lines);
        for (int i = 0; i < out.size(); i++) {
            String line = out.get(i).replace('\u00A0', ' ').strip();
            if (!line.contains("(@")) {
                continue; // no account named: no signature (and no pattern tried on a long paragraph)
            }
            Matcher alone = SIGNATURE.matcher(line);
            Matcher signed = alone.matches() ? null : SIGNED_LINE.matcher(line);
            if (alone.matches()) {
                int last = i - 1;
                while (last >= 0 && out.get(last).isBlank()) {
                    last--; // a page's paragraphs stand apart: the post's is the one above
                }
                int first = postStart(out, last);
                String words = last < 0 ? "" : words(String.join(" ", out.subList(first, last + 1)));
                if (words.isEmpty()) {
                    continue;
                }
                removals.add(new Removal(id, line, RULE, reason(alone.group(1))));
                out.set(first, posted(alone.group(1), alone.group(2), words));
                for (int j = first + 1; j <= i; j++) {
                    out.set(j, "");
                }
            } else if (signed.matches() && !words(signed.group(1)).isEmpty()) {
                removals.add(new Removal(id, line.substring(signed.end(1)).strip(), RULE, reason(signed.group(2))));
                out.set(i, posted(signed.group(2), signed.group(3), words(signed.group(1))));
            }
        }
        return out;
    }

    /**
     * The first line of the post whose last line is {@code last}: the lines above it as far as a blank line, when one
     * comes within a post's length; else the last line alone (a text that sets no paragraph apart).
     */
    private static int postStart(List<String> lines, int last) {
        int chars = 0;
        for (int j = last; j >= 0; j--) {
            if (lines.get(j).isBlank()) {
                return j + 1;
            }
            chars += lines.get(j).length();
            if (chars > POST_CHARS) {
                return last;
            }
        }
        return 0;
    }

    private static String reason(String name) {
        return "the embedded post's signature: account and day (its words are kept as " + name.strip() + "'s)";
    }

    /** The post's words without the addresses of its picture or links. */
    private static String words(String text) {
        return MEDIA_LINK.matcher(text).replaceAll(" ").replaceAll("\\s+", " ").strip();
    }

    /** The post as news writes one; an account with no name stands for its author. */
    private static String posted(String name, String account, String words) {
        String who = name.isBlank() ? account : name.strip();
        String inner = words.replace('“', '‘').replace('”', '’').replace('"', '\'');
        return who + " posted: “" + inner + "”";
    }
}
