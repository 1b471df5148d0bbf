package dev.storybrief.render;

import dev.storybrief.model.ArticleLanguage;
import dev.storybrief.model.Briefing;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The HTML language and direction attributes of a briefing's page and of each block of article text in it. The page
 * takes the story's language, right to left for the scripts written so (Arabic, Hebrew, Persian, Urdu ...), so that
 * a sentence's full stop and its figures land where its reader expects them. Each block of article text (a summary
 * sentence, a quotation, a paragraph) gets {@code dir="auto"}, the browser's own reading of its first strong
 * letter, and its article's language where that is another than the page's: a Latin-script outlet's name or an
 * English quotation stays left to right inside an Arabic page, and the other way round.
 */
final class TextDirection {
    /** Languages written right to left (ISO 639-1, and the 639-3 codes that have no two-letter form). */
    private static final Set<String> RIGHT_TO_LEFT = Set.of("ar", "he", "fa", "ur", "ps", "yi", "sd", "ug", "dv",
            "ckb", "ku-arab", "syr", "arz", "azb", "pnb");

    /** An ISO date or month, as the chips write them. */
    private static final Pattern ISO_DATE = Pattern.compile("(?<![\\d-])\\d{4}-\\d{2}(?:-\\d{2})?(?![\\d-])");

    private TextDirection() {
    }

    /**
     * The escaped text with each ISO date in a left-to-right span when the text holds a right-to-left letter: after
     * an Arabic letter the Unicode bidi rules make digits Arabic numbers, which a hyphen does not join, so
     * "2026-05-10" would show as "10-05-2026". A text of left-to-right letters only is returned as it is.
     */
    static String isolateDates(String escaped) {
        boolean rightToLeft = escaped.codePoints().anyMatch(c -> {
            byte d = Character.getDirectionality(c);
            return d == Character.DIRECTIONALITY_RIGHT_TO_LEFT || d == Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC;
        });
        return rightToLeft ? ISO_DATE.matcher(escaped).replaceAll("<span dir=\"ltr\">$0</span>") : escaped;
    }

    /** The story's language, or English (the page's own words) when it is not known. */
    static String pageLanguage(Briefing briefing) {
        String code = briefing.language();
        return code == null || code.isBlank() ? "en" : code.toLowerCase(Locale.ROOT);
    }

    /** True for a language written right to left. */
    static boolean isRightToLeft(String language) {
        return language != null && RIGHT_TO_LEFT.contains(language.toLowerCase(Locale.ROOT));
    }

    /** {@code lang="ar" dir="rtl"}: the attributes of the page's {@code <html>} element. */
    static String pageAttributes(Briefing briefing) {
        String language = pageLanguage(briefing);
        return " lang=\"" + language + "\" dir=\"" + (isRightToLeft(language) ? "rtl" : "ltr") + "\"";
    }

    /**
     * {@code dir="auto"}, and {@code lang="fr"} when the block's article is in another language than the page: the
     * attributes of a block of text taken from the article {@code articleId}.
     */
    static String blockAttributes(Briefing briefing, String articleId) {
        ArticleLanguage language = articleId == null ? null : briefing.languages().get(articleId);
        boolean other = language != null && language.code() != null
                && !language.code().equalsIgnoreCase(pageLanguage(briefing));
        return (other ? " lang=\"" + language.code() + "\"" : "") + " dir=\"auto\"";
    }

    /** {@code lang="en" dir="auto"} on the page's own words when the page is in another language; else nothing. */
    static String interfaceAttributes(Briefing briefing) {
        return pageLanguage(briefing).equals("en") ? "" : " lang=\"en\" dir=\"auto\"";
    }
}
