package dev.storybrief.ingest;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One MIME entity (RFC 2045/2046) of a saved e-mail or web archive: its headers (names in lower case, folded lines
 * joined), its body, and its parts when it is a multipart, or the message it carries when it is a
 * {@code message/rfc822} (a forwarded message). Read from the text decoded as ISO-8859-1, byte for byte: headers and
 * structure are ASCII, and each part's own charset decodes its body.
 *
 * @param headers the entity's headers by lower-case name, the first of each name
 * @param body    the raw body, its transfer encoding not undone
 * @param parts   the entity's parts, or the one message a {@code message/rfc822} body holds; empty for a leaf
 */
record MimeEntity(Map<String, String> headers, String body, List<MimeEntity> parts) {
    /** Nested entities deeper than this are not opened: a message or archive is a few levels deep at most. */
    static final int MAX_DEPTH = 8;
    private static final Pattern PARAMETER = Pattern.compile("(?i);\\s*([a-z-]{1,40})\\s*=\\s*(\"[^\"]{0,200}\"|[^;\\s]{1,200})");

    /** The entity the text (decoded as ISO-8859-1) holds. */
    static MimeEntity parse(String entity) {
        return parse(entity, 0);
    }

    private static MimeEntity parse(String entity, int depth) {
        int split = headerEnd(entity);
        Map<String, String> headers = headers(split < 0 ? entity : entity.substring(0, split));
        String body = split < 0 ? "" : entity.substring(split).replaceFirst("^\\r?\\n\\r?\\n|^\\r\\r", "");
        List<MimeEntity> parts = new ArrayList<>();
        String type = headers.getOrDefault("content-type", "text/plain").toLowerCase(Locale.ROOT);
        String boundary = parameter(headers.getOrDefault("content-type", ""), "boundary");
        if (type.startsWith("multipart/") && boundary != null && depth < MAX_DEPTH) {
            String delimiter = "--" + boundary;
            int from = body.indexOf(delimiter);
            while (from >= 0) {
                int start = body.indexOf('\n', from);
                if (start < 0 || body.startsWith(delimiter + "--", from)) {
                    break;
                }
                int next = body.indexOf("\n" + delimiter, start);
                String content = body.substring(start + 1, next < 0 ? body.length() : next);
                parts.add(parse(content, depth + 1));
                from = next < 0 ? -1 : next + 1;
            }
        } else if (type.startsWith("message/rfc822") && depth < MAX_DEPTH) {
            // a forward "as attachment": the message it carries, with its own headers and parts
            parts.add(parse(new String(decodedBytes(headers, body), StandardCharsets.ISO_8859_1), depth + 1));
        }
        return new MimeEntity(headers, body, parts);
    }

    /** Whether the entity is a message carried inside another ({@code message/rfc822}). */
    boolean isMessage() {
        return contentType().startsWith("message/rfc822");
    }

    /** The content type without parameters, in lower case ("text/plain" when none is given). */
    String contentType() {
        String type = headers.getOrDefault("content-type", "text/plain").toLowerCase(Locale.ROOT);
        int semicolon = type.indexOf(';');
        return (semicolon < 0 ? type : type.substring(0, semicolon)).strip();
    }

    /** A parameter of a header ("boundary", "charset"), without quotes; null when it has none of that name. */
    static String parameter(String header, String name) {
        Matcher m = PARAMETER.matcher(header);
        while (m.find()) {
            if (m.group(1).equalsIgnoreCase(name)) {
                return m.group(2).replace("\"", "");
            }
        }
        return null;
    }

    /**
     * The first leaf of the type, depth first, that is no attachment; null when there is none. A forwarded message
     * inside is not entered: its text is the forward's, asked for by {@link #forwarded()}.
     */
    MimeEntity find(String wanted) {
        return find(wanted, 0);
    }

    private MimeEntity find(String wanted, int depth) {
        if (isMessage()) {
            return null;
        }
        if (parts.isEmpty()) {
            String disposition = headers.getOrDefault("content-disposition", "").toLowerCase(Locale.ROOT);
            return contentType().startsWith(wanted) && !disposition.startsWith("attachment") ? this : null;
        }
        for (MimeEntity part : parts) {
            MimeEntity found = depth < MAX_DEPTH ? part.find(wanted, depth + 1) : null;
            if (found != null) {
                return found;
            }
        }
        return null;
    }

    /** The first message this entity carries as a part ({@code message/rfc822}), depth first; null when none. */
    MimeEntity forwarded() {
        return forwarded(0);
    }

    private MimeEntity forwarded(int depth) {
        for (MimeEntity part : parts) {
            if (part.isMessage() && !part.parts.isEmpty()) {
                return part.parts.get(0);
            }
            MimeEntity inner = depth < MAX_DEPTH ? part.forwarded(depth + 1) : null;
            if (inner != null) {
                return inner;
            }
        }
        return null;
    }

    /** The body's bytes, its transfer encoding undone. */
    byte[] decodedBytes() {
        return decodedBytes(headers, body);
    }

    private static byte[] decodedBytes(Map<String, String> headers, String body) {
        String encoding = headers.getOrDefault("content-transfer-encoding", "7bit").strip().toLowerCase(Locale.ROOT);
        return switch (encoding) {
            case "quoted-printable" -> quotedPrintable(body);
            case "base64" -> base64(body);
            default -> body.getBytes(StandardCharsets.ISO_8859_1);
        };
    }

    /** The body as text in the charset its part declares (UTF-8 when it names none or one Java lacks). */
    String decodedText() {
        return new String(decodedBytes(), charset(parameter(headers.getOrDefault("content-type", ""), "charset")));
    }

    /** Whether the part names a charset of its own. */
    boolean declaresCharset() {
        return parameter(headers.getOrDefault("content-type", ""), "charset") != null;
    }

    static Charset charset(String name) {
        try {
            return name == null ? StandardCharsets.UTF_8 : Charset.forName(name.strip().replace("\"", ""));
        } catch (RuntimeException e) {
            return StandardCharsets.UTF_8;
        }
    }

    static byte[] base64(String text) {
        try {
            return Base64.getMimeDecoder().decode(text);
        } catch (IllegalArgumentException e) {
            return text.getBytes(StandardCharsets.ISO_8859_1);
        }
    }

    /** Quoted-printable's bytes: "=C3=A9" is two bytes, a "=" at a line's end joins the lines. */
    static byte[] quotedPrintable(String text) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c != '=') {
                out.write(c <= 0xFF ? c : '?');
                continue;
            }
            if (i + 1 < text.length() && (text.charAt(i + 1) == '\n' || text.charAt(i + 1) == '\r')) {
                i += text.charAt(i + 1) == '\r' && i + 2 < text.length() && text.charAt(i + 2) == '\n' ? 2 : 1;
                continue;
            }
            int value = i + 2 < text.length() ? hex(text.charAt(i + 1), text.charAt(i + 2)) : -1;
            if (value < 0) {
                out.write(c);
            } else {
                out.write(value);
                i += 2;
            }
        }
        return out.toByteArray();
    }

    private static int hex(char high, char low) {
        int h = Character.digit(high, 16);
        int l = Character.digit(low, 16);
        return h < 0 || l < 0 ? -1 : h * 16 + l;
    }

    /** Where the headers end: the first empty line; -1 when there is none. */
    private static int headerEnd(String entity) {
        if (entity.startsWith("\n") || entity.startsWith("\r\n")) {
            return 0;
        }
        int lf = entity.indexOf("\n\n");
        int crlf = entity.indexOf("\r\n\r\n");
        if (lf < 0) {
            return crlf;
        }
        return crlf < 0 ? lf : Math.min(lf, crlf);
    }

    private static Map<String, String> headers(String block) {
        Map<String, String> headers = new LinkedHashMap<>();
        String last = null;
        for (String line : block.split("\\r?\\n")) {
            if (!line.isEmpty() && (line.charAt(0) == ' ' || line.charAt(0) == '\t') && last != null) {
                headers.put(last, headers.get(last) + " " + line.strip());
                continue;
            }
            int colon = line.indexOf(':');
            if (colon > 0) {
                last = line.substring(0, colon).strip().toLowerCase(Locale.ROOT);
                headers.putIfAbsent(last, line.substring(colon + 1).strip());
            }
        }
        return headers;
    }
}
