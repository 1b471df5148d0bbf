package dev.storybrief.ingest;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads an e-mail saved as a file ({@code .eml}, RFC 5322 with MIME), the way a newsletter that carries an article
 * reaches a reader: its HTML part is read as a saved page (the page's extractor finds the article among the
 * newsletter's masthead, links and footer), else its plain-text part as a text copy. The message's headers fill what
 * the body does not say: the subject as the title, the sender's name as a hint of the outlet (the text's own
 * publisher beats it, as a feed's title does), and the Date header's day, in the sender's own offset, as the date.
 * Quoted-printable and base64 parts and RFC 2047 encoded headers ("=?UTF-8?Q?...?=") are decoded; a message with
 * neither part is one problem line. Only the headers and parts are parsed: no attachment is read.
 */
final class EmailMessages {
    /** Where the date came from, as a document's {@link MetaKey#PUBLISHED_ORIGIN}. */
    static final String ORIGIN = "e-mail Date header";
    /** Nested multiparts deeper than this are not opened: a message is a few levels deep at most. */
    private static final int MAX_DEPTH = 8;
    private static final Pattern ENCODED_WORD = Pattern.compile("=\\?([^?\\s]{1,40})\\?([bBqQ])\\?([^?\\s]*)\\?=");
    private static final Pattern PARAMETER = Pattern.compile("(?i);\\s*([a-z-]{1,40})\\s*=\\s*(\"[^\"]{0,200}\"|[^;\\s]{1,200})");
    /** What parts a newsletter's name from the article's headline in a subject line: a colon, a bar, a dash. */
    private static final Pattern SUBJECT_BREAK = Pattern.compile("\\s*[:|–—-]\\s+");
    private static final Pattern SENDER_NAME = Pattern.compile("^\\s*\"?([^\"<]{1,120}?)\"?\\s*<[^>]{1,200}>\\s*$");

    private EmailMessages() {
    }

    /** Whether a file's name says it is a saved e-mail. */
    static boolean isEmailName(Path file) {
        return file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".eml");
    }

    /** The message's article as a raw document, or a problem when it holds no text part. */
    static ReadOutcome read(Path file, byte[] bytes, HtmlReader htmlReader, TextReading textReading) {
        // headers and the MIME structure are ASCII; each part's own charset decodes its body
        String message = new String(bytes, StandardCharsets.ISO_8859_1);
        Part root = Part.parse(message);
        Part html = root.find("text/html", 0);
        Part plain = html == null ? root.find("text/plain", 0) : null;
        if (html == null && plain == null) {
            return ReadOutcome.problem(new InputProblem(file, "e-mail has no text or HTML part to read", true));
        }
        ReadOutcome outcome = html != null
                ? htmlReader.read(file, ("\uFEFF" + html.decodedText()).getBytes(StandardCharsets.UTF_8))
                : textReading.read(file, plain.decodedText());
        List<RawDocument> documents = new ArrayList<>();
        for (RawDocument doc : outcome.documents()) {
            documents.add(withHeaders(doc, root.headers()));
        }
        return new ReadOutcome(documents, outcome.problems());
    }

    /** Reads a plain-text body as a text file of the given path is read. */
    @FunctionalInterface
    interface TextReading {
        ReadOutcome read(Path file, String text);
    }

    /** The document with the subject, sender and date wherever the body said nothing of them. */
    private static RawDocument withHeaders(RawDocument doc, Map<String, String> headers) {
        Map<MetaKey, String> meta = new EnumMap<>(MetaKey.class);
        meta.putAll(doc.meta());
        String text = doc.text();
        String subject = decodeWords(headers.get("subject"));
        if (subject != null && !subject.isBlank()) {
            subject = subject.strip();
            String title = meta.get(MetaKey.TITLE);
            if (title == null) {
                meta.put(MetaKey.TITLE, subject);
            } else if (subject.length() > title.length() + 3 && subject.regionMatches(true, 0, title, 0, title.length())
                    && SUBJECT_BREAK.matcher(subject.substring(title.length())).lookingAt()) {
                // "The Morning Harbour: Ferry strikes cargo ship": the page's first heading is the newsletter's
                // name, and the subject names the article after it
                String headline = SUBJECT_BREAK.matcher(subject.substring(title.length())).replaceFirst("");
                meta.put(MetaKey.TITLE, headline);
                text = withoutOpening(text, headline);
            }
        }
        String sender = senderName(decodeWords(headers.get("from")));
        if (sender != null && !meta.containsKey(MetaKey.OUTLET)) {
            // a sender's name is whoever sent the message, not always who wrote the article: a hint only
            meta.put(MetaKey.OUTLET, sender);
            meta.put(MetaKey.OUTLET_ORIGIN, ORIGIN);
        }
        String day = day(headers.get("date"));
        if (day != null && !meta.containsKey(MetaKey.PUBLISHED)) {
            meta.put(MetaKey.PUBLISHED, day);
            meta.put(MetaKey.PUBLISHED_ORIGIN, ORIGIN);
        }
        return new RawDocument(doc.id(), doc.path(), doc.format(), text, meta);
    }

    /** The text without its first paragraph when that is the headline (now the title: it would be told twice). */
    private static String withoutOpening(String text, String headline) {
        int end = text.indexOf("\n\n");
        String first = end < 0 ? text : text.substring(0, end);
        return first.strip().equalsIgnoreCase(headline.strip()) && end >= 0 ? text.substring(end).strip() : text;
    }

    /** "Kellport Courier" of "Kellport Courier <newsletter@...>"; null for a bare address. */
    static String senderName(String from) {
        if (from == null) {
            return null;
        }
        Matcher m = SENDER_NAME.matcher(from);
        if (!m.matches()) {
            return null;
        }
        String name = m.group(1).strip();
        return name.isEmpty() || name.contains("@") ? null : name;
    }

    /** The ISO day of an RFC 5322 date, in the offset it was written with; null when it does not parse. */
    static String day(String date) {
        if (date == null) {
            return null;
        }
        // "Thu, 03 Dec 2026 06:30:00 +0100 (CET)": the comment is no part of the date
        String bare = date.replaceAll("\\s*\\([^)]{0,40}\\)\\s*$", "").strip();
        try {
            return ZonedDateTime.parse(bare, DateTimeFormatter.RFC_1123_DATE_TIME).toLocalDate().toString();
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** A header with its RFC 2047 encoded words decoded; null stays null. */
    static String decodeWords(String header) {
        if (header == null) {
            return null;
        }
        // white space between two encoded words is no part of the text
        String joined = header.replaceAll("(\\?=)\\s+(?==\\?)", "$1");
        Matcher m = ENCODED_WORD.matcher(joined);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            Charset charset = charset(m.group(1));
            byte[] bytes = m.group(2).equalsIgnoreCase("b") ? base64(m.group(3))
                    : quotedPrintable(m.group(3).replace('_', ' '));
            m.appendReplacement(out, Matcher.quoteReplacement(new String(bytes, charset)));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static Charset charset(String name) {
        try {
            return name == null ? StandardCharsets.UTF_8 : Charset.forName(name.strip().replace("\"", ""));
        } catch (RuntimeException e) {
            return StandardCharsets.UTF_8;
        }
    }

    private static byte[] base64(String text) {
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

    /** One MIME entity: its headers (names in lower case, folded lines joined), its body, its parts if multipart. */
    private record Part(Map<String, String> headers, String body, List<Part> parts) {

        static Part parse(String entity) {
            return parse(entity, 0);
        }

        private static Part parse(String entity, int depth) {
            int split = headerEnd(entity);
            Map<String, String> headers = headers(split < 0 ? entity : entity.substring(0, split));
            String body = split < 0 ? "" : entity.substring(split).replaceFirst("^\\r?\\n\\r?\\n|^\\r\\r", "");
            List<Part> parts = new ArrayList<>();
            String type = headers.getOrDefault("content-type", "text/plain");
            String boundary = parameter(type, "boundary");
            if (type.toLowerCase(Locale.ROOT).startsWith("multipart/") && boundary != null && depth < MAX_DEPTH) {
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
            }
            return new Part(headers, body, parts);
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

        private static String parameter(String header, String name) {
            Matcher m = PARAMETER.matcher(header);
            while (m.find()) {
                if (m.group(1).equalsIgnoreCase(name)) {
                    return m.group(2).replace("\"", "");
                }
            }
            return null;
        }

        /** The first part of the type, depth first, that is no attachment; null when there is none. */
        Part find(String wanted, int depth) {
            if (parts.isEmpty()) {
                String type = headers.getOrDefault("content-type", "text/plain").toLowerCase(Locale.ROOT);
                String disposition = headers.getOrDefault("content-disposition", "").toLowerCase(Locale.ROOT);
                return type.startsWith(wanted) && !disposition.startsWith("attachment") ? this : null;
            }
            for (Part part : parts) {
                Part found = depth < MAX_DEPTH ? part.find(wanted, depth + 1) : null;
                if (found != null) {
                    return found;
                }
            }
            return null;
        }

        /** The body's bytes, its transfer encoding undone. */
        byte[] decodedBytes() {
            String encoding = headers.getOrDefault("content-transfer-encoding", "7bit").strip().toLowerCase(Locale.ROOT);
            return switch (encoding) {
                case "quoted-printable" -> quotedPrintable(body);
                case "base64" -> base64(body);
                default -> body.getBytes(StandardCharsets.ISO_8859_1);
            };
        }

        /**
         * The body as text in the charset its part declares (UTF-8 when it names none or one Java lacks); an HTML part
         * is handed on with a byte-order mark, which the page's own charset sniffing honours first.
         */
        String decodedText() {
            return new String(decodedBytes(), charset(parameter(headers.getOrDefault("content-type", ""), "charset")));
        }
    }
}
