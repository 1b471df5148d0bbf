package dev.storybrief.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

/**
 * The commands' JSON writers, made on first use: picocli creates every command to list them, so a mapper held by a
 * command would cost every run (even {@code --help}) Jackson's start-up.
 */
final class JsonOutput {
    /** One line per value (JSON Lines). */
    static final ObjectMapper LINES = new ObjectMapper();
    /** Indented, for one document. */
    static final ObjectMapper INDENTED = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private JsonOutput() {
    }
}
