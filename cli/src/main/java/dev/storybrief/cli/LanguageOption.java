package dev.storybrief.cli;

import dev.storybrief.Storybrief;

/** The {@code --language xx} option that brief, stories and annotate share: every article's language, not identified. */
final class LanguageOption {
    static final String LABEL = "CODE";
    static final String HELP = "The articles' language as an ISO 639-1 code (fr, de, ar, ...) instead of identifying "
            + "each article's; a mixed story is briefed in this language.";

    private LanguageOption() {
    }

    /** Applies the option when given. */
    static void apply(Storybrief.Builder builder, String code) {
        if (code != null) {
            try {
                builder.language(code);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("--language " + code + ": " + e.getMessage());
            }
        }
    }
}
