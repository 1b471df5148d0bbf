package dev.storybrief.ingest;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
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
 * neither part is one problem line. Only the headers and parts are parsed: no attachment is read, but a message
 * forwarded "as attachment" ({@code message/rfc822}) is the article a reader passed on: when it says more than the
 * forward's own note, it is read in the note's place, with its own subject, sender and date (the forwarder is no
 * outlet, and the day of forwarding no publication date). A subject's "Fwd:"/"Fw:" is no part of a title.
 */
final class EmailMessages {
    /** Where the date came from, as a document's {@link MetaKey#PUBLISHED_ORIGIN}. */
    static final String ORIGIN = "e-mail Date header";
    private static final Pattern ENCODED_WORD = Pattern.compile("=\\?([^?\\s]{1,40})\\?([bBqQ])\\?([^?\\s]*)\\?=");
    /** What parts a newsletter's name from the article's headline in a subject line: a colon, a bar, a dash. */
    private static final Pattern SUBJECT_BREAK = Pattern.compile("\\s*[:|–—-]\\s+");
    /** What a mail program puts before a forwarded message's subject: "Fwd:", "Fw:", "FW:", repeated. */
    private static final Pattern FORWARD_MARK = Pattern.compile("^(?:(?i:fwd?)\\s*:\\s*)+");
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
        MimeEntity root = MimeEntity.parse(new String(bytes, StandardCharsets.ISO_8859_1));
        ReadOutcome own = readMessage(file, root, htmlReader, textReading);
        MimeEntity forwarded = root.forwarded();
        if (forwarded != null) {
            ReadOutcome passedOn = readMessage(file, forwarded, htmlReader, textReading);
            if (words(passedOn) > words(own)) {
                return passedOn;
            }
        }
        return own;
    }

    /** One message's article, its headers filling what the body does not say. */
    private static ReadOutcome readMessage(Path file, MimeEntity message, HtmlReader htmlReader,
                                           TextReading textReading) {
        MimeEntity html = message.find("text/html");
        MimeEntity plain = html == null ? message.find("text/plain") : null;
        if (html == null && plain == null) {
            return ReadOutcome.problem(new InputProblem(file, "e-mail has no text or HTML part to read", true));
        }
        // an HTML part is handed on with a byte-order mark, which the page's own charset sniffing honours first
        ReadOutcome outcome = html != null
                ? htmlReader.read(file, ("\uFEFF" + html.decodedText()).getBytes(StandardCharsets.UTF_8))
                : textReading.read(file, plain.decodedText());
        List<RawDocument> documents = new ArrayList<>();
        for (RawDocument doc : outcome.documents()) {
            documents.add(withHeaders(doc, message.headers()));
        }
        return new ReadOutcome(documents, outcome.problems());
    }

    /** The words of the outcome's documents' texts (0 when it read none). */
    private static int words(ReadOutcome outcome) {
        int words = 0;
        for (RawDocument doc : outcome.documents()) {
            words += doc.text().isBlank() ? 0 : doc.text().strip().split("\\s+").length;
        }
        return words;
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
            subject = FORWARD_MARK.matcher(subject.strip()).replaceFirst("");
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
            byte[] bytes = m.group(2).equalsIgnoreCase("b") ? MimeEntity.base64(m.group(3))
                    : MimeEntity.quotedPrintable(m.group(3).replace('_', ' '));
            m.appendReplacement(out, Matcher.quoteReplacement(new String(bytes, MimeEntity.charset(m.group(1)))));
        }
        m.appendTail(out);
        return out.toString();
    }
}
