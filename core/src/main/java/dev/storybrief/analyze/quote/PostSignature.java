package dev.storybrief.analyze.quote;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The signature under a post copied from a social network: "“The bridge reopens Monday.” — Lena Hart (@lenahart)
 * March 2, 2026". Pages embed posts so, and a reader copying the page keeps the author's line after the post's
 * words: a dash, the author's name and handle, or the handle alone, then nothing but the date. The post is the
 * author's written statement, credited to them as "wrote" would.
 */
final class PostSignature {

    /** A name of capitalised words followed by the handle in brackets, or a handle alone; then a date or nothing. */
    private static final Pattern SIGNATURE = Pattern.compile("^\\s*[—–-]{1,2}\\s*(?:(\\p{Lu}[\\p{L}.'’-]*"
            + "(?:\\s+\\p{Lu}[\\p{L}.'’-]*){0,3})\\s*\\(@\\w+\\)|(@\\w+))[\\s\\p{N}\\p{L},.]*$");
    /** After the handle only a date may follow: words of it are a month's name, or digits. */
    private static final Pattern DATE_TAIL = Pattern.compile("^[\\s,.]*(?:\\p{L}{3,9}\\.?\\s+\\p{N}{1,2},?\\s+\\p{N}{4}"
            + "|\\p{N}{1,2}\\s+\\p{L}{3,9}\\.?\\s+\\p{N}{4}|[\\p{N}\\s,./-]*)[\\s.]*$");

    private PostSignature() {
    }

    /** The author the signature after a post's closing mark at {@code closeEnd} names, or null. */
    static Attribution after(String sentence, int closeEnd) {
        String rest = sentence.substring(Math.min(closeEnd, sentence.length()));
        Matcher m = SIGNATURE.matcher(rest);
        if (!m.find()) {
            return null;
        }
        int end = m.group(1) != null ? rest.indexOf(')', m.end(1)) + 1 : m.end(2);
        if (!DATE_TAIL.matcher(rest.substring(end)).matches()) {
            return null;
        }
        int start = m.group(1) != null ? m.start(1) : m.start(2);
        String author = m.group(1) != null ? m.group(1) : m.group(2);
        return new Attribution(author, false, closeEnd + start);
    }
}
