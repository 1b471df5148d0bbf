package dev.storybrief.clean;

import dev.storybrief.model.Words;
import dev.storybrief.wording.ClosingAnnouncements;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The other stories' headlines under a "Read more", "Related" or "You might also like" heading that a rule removed,
 * wherever in the page it stands: a page puts such a box between the story's paragraphs too. Each headline is a short
 * line that does not end like a statement (a headline may ask a question); the first line that does, a paragraph,
 * is the story again. In the lower half of the page {@link BoilerplateRules.TrailingListRule} takes the rest of the page.
 */
final class LinkListRule implements LineRule {
    /** A headline is short. */
    private static final int HEADLINE_WORDS = 16;
    /** A list's heading, as the link prompt writes it ("Read more", "See also:", "Related:", "More:"). */
    private static final Pattern HEADING = Pattern.compile("(?iu)^(?:read (?:more|also|next)|see also|also read|related"
            + "|more|more on this(?: story)?)\\s*:?$");
    /** A contact box's heading, which ClosingAnnouncements also names: a name follows it, not a headline. */
    private static final Pattern CONTACT = Pattern.compile("(?iu)contact|kontakt|ansprechpartner");
    /** A headline: a capital, a digit or a list mark first; no full stop, colon or comma at the end. */
    private static final Pattern ITEM = Pattern.compile("^(?:[-–•·▪►■*]\\s*|\\d{1,2}[.)]\\s*)?[\\p{Lu}\\d\"“‘'].*[^.,;:…]$");

    @Override
    public String name() {
        return "link-list";
    }

    @Override
    public Optional<String> match(LineContext context) {
        int previous = context.previousNonBlank();
        String removedBy = context.previousRemovedBy();
        // a list at the end of the page is the trailing-links rule's, which takes the rest of the page
        if (previous < 0 || removedBy == null || "trailing-links".equals(removedBy)) {
            return Optional.empty();
        }
        String above = context.lineAt(previous);
        boolean inList = name().equals(removedBy) || HEADING.matcher(above).matches()
                || ClosingAnnouncements.isAnnouncement(above) && !CONTACT.matcher(above).find();
        String line = context.line();
        return inList && Words.atMost(line, HEADLINE_WORDS) && ITEM.matcher(line).matches()
                && !ReportedSpeech.isReported(line) ? Optional.of("headline of another story in a list of links")
                : Optional.empty();
    }
}
