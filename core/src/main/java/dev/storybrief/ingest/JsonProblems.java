package dev.storybrief.ingest;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;

/**
 * A JSON parser's complaint in a reader's words, on one line: where it stopped and why, without Jackson's description
 * of its input ("(start marker at [Source: REDACTED (`StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION` disabled); line:
 * 1, column: 1])"), which means nothing to a reader and repeats the place. Shared by every reader of JSON input: the
 * command line's JSON Lines and the server's request bodies.
 */
public final class JsonProblems {
    private JsonProblems() {
    }

    /** "invalid JSON at line 1, column 13 (Unexpected end-of-input: expected close marker for Object)". */
    public static String describe(JsonProcessingException e) {
        return "invalid JSON" + where(e) + " (" + reason(e) + ")";
    }

    /** Where the parser stopped, as a reader counts: " at line 1, column 13"; nothing when it does not say. */
    public static String where(JsonProcessingException e) {
        JsonLocation at = e.getLocation();
        return at == null || at.getLineNr() < 1 ? "" : " at line " + at.getLineNr() + ", column " + at.getColumnNr();
    }

    /** " at column 13": where in a line of JSON Lines the parser stopped; nothing when it does not say. */
    public static String column(JsonProcessingException e) {
        JsonLocation at = e.getLocation();
        return at == null || at.getColumnNr() < 1 ? "" : " at column " + at.getColumnNr();
    }

    /** The parser's reason alone, on one line. */
    public static String reason(JsonProcessingException e) {
        String why = e.getOriginalMessage() == null ? e.getClass().getSimpleName() : e.getOriginalMessage();
        return why.replaceAll("\\s*\\(start marker at \\[Source:[^\\]]*\\]\\)", "")
                .replaceAll("\\s*at \\[Source:[^\\]]*\\]", "")
                .replaceAll("\\s*\\R\\s*", " ").strip();
    }
}
