package dev.storybrief.brief.summary;

import java.util.regex.Pattern;

/**
 * A title that is a photo's caption or credit, not a headline: a line wholly in brackets ("(Metropolitan Police
 * Department)", a picture's credit a page set above its text), a line closing on a picture's credit ("Seaman ... died
 * during training on Friday. (U.S. Navy photo)", "(AP Photo/Jane Doe)") or a wire caption's opening ("In this undated
 * photo ...", {@link CandidateFilter#isPhotoCaption}). Texts without a title of their own get one from their first
 * line, and on a copied page that line is often the picture's; heading a briefing with it tells the reader nothing.
 */
final class CaptionTitles {
    /** Wholly in round or square brackets. */
    private static final Pattern BRACKETED = Pattern.compile("^\\s*[(\\[][^()\\[\\]]+[)\\]]\\s*$");
    /** A picture's credit in brackets closing the line: "(U.S. Navy photo)", "(Photo: Reuters)", "[AP Photo/J. Doe]". */
    private static final Pattern CLOSING_CREDIT = Pattern.compile("(?i)[(\\[][^()\\[\\]]*\\b(?:photos?|images?"
            + "|pictures?|photograph|credit|courtesy|handout|file)\\b[^()\\[\\]]*[)\\]]\\s*$");

    private CaptionTitles() {
    }

    /** True when the title is a caption or a credit ({@link CaptionTitles}). */
    static boolean isCaption(String title) {
        return BRACKETED.matcher(title).matches() || CLOSING_CREDIT.matcher(title).find()
                || CandidateFilter.isPhotoCaption(title.strip());
    }
}
