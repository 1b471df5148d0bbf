package dev.storybrief.server;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A JSON body in the charset its {@code Content-Type} declares ({@code application/json; charset=iso-8859-1}), as
 * UTF-8 bytes for the JSON reader. JSON is UTF-8 by its standard (RFC 8259), but a client that says which charset it
 * sent is taken at its word rather than refused; a charset the server does not know is refused with 415.
 */
final class BodyCharset {
    private static final Pattern CHARSET = Pattern.compile(";\\s*charset\\s*=\\s*\"?([^\";\\s]+)\"?", Pattern.CASE_INSENSITIVE);

    private BodyCharset() {
    }

    /** The body as UTF-8: unchanged when it declares no charset or UTF-8, else decoded from the declared one. */
    static byte[] asUtf8(byte[] body, String contentType) {
        Matcher m = CHARSET.matcher(contentType == null ? "" : contentType);
        if (!m.find()) {
            return body;
        }
        String name = m.group(1).toLowerCase(Locale.ROOT);
        Charset charset;
        try {
            charset = Charset.forName(name);
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            throw new ApiProblem(415, "unknown charset \"" + JsonBriefRequests.oneLine(name) + "\": send JSON as UTF-8");
        }
        if (charset.equals(StandardCharsets.UTF_8)) {
            return body;
        }
        try {
            String text = charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(body)).toString();
            return text.getBytes(StandardCharsets.UTF_8);
        } catch (CharacterCodingException e) {
            throw ApiProblem.badRequest("the body is not " + charset.name() + " as its Content-Type says: send JSON as UTF-8");
        }
    }
}
