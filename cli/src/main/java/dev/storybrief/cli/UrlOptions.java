package dev.storybrief.cli;

import dev.storybrief.fetch.FetchPolicy;
import picocli.CommandLine.Option;

/** The options of every command that takes URLs beside files. */
final class UrlOptions {
    @Option(names = "--allow-private",
            description = "Let URLs reach loopback, private and link-local addresses (refused by default).")
    boolean allowPrivate;

    /** The polite defaults, with private addresses allowed when asked. */
    FetchPolicy policy() {
        return FetchPolicy.defaults().withAllowPrivate(allowPrivate);
    }
}
