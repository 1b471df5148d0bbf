package dev.storybrief.clean;

import dev.storybrief.model.SentenceMarks;
import dev.storybrief.model.Words;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A byline without its opener ("Anna Kowal", "Redactie Marendam", "Da Redação"), as a page sets it: between the
 * headline and the date bar. Told by its place in any language: directly under the headline, the only line kept above
 * it, a short line of letters that opens with a capital and does not end like a sentence, with the date, the time or
 * how long ago directly under it. The story's first sentence never stands there.
 */
final class NameLineRule implements LineRule {
    /** Most words of a name line ("Redazione Cronaca Trento"). */
    private static final int NAME_WORDS = 4;
    private static final Pattern NAME = Pattern.compile("\\p{Lu}[\\p{L}'’.&-]*(?:\\s+[\\p{L}'’.&-]+)*");
    private static final Pattern STAMP = Pattern.compile("(?iu)^(?:" + TextMetadata.STAMP_WORDS + ")\\b.*\\d.*");

    @Override
    public String name() {
        return "byline-name";
    }

    @Override
    public Optional<String> match(LineContext context) {
        String line = context.line();
        if (!Words.atMost(line, NAME_WORDS) || !NAME.matcher(line).matches() || SentenceMarks.endsSentence(line)
                || context.keptBefore() != 1) {
            return Optional.empty();
        }
        int above = context.previousNonBlank();
        if (above < 0 || context.removedBy(above) != null || !ArticleCleaner.looksLikeHeadline(context.lineAt(above))) {
            return Optional.empty();
        }
        String next = context.nextNonBlank();
        boolean stamp = TextMetadata.isDateOnly(next) || RelativeTimes.isLine(next) || STAMP.matcher(next).matches();
        return stamp ? Optional.of("byline between the headline and the date (kept out of the text)") : Optional.empty();
    }
}
