package dev.storybrief.group.stories;

import java.util.Map;

/**
 * Tells a page template from a wire copy. Software prints a notice (an archived-page note, an embedded post's
 * fallback text) word for word on pages of every story a site serves, and a crawler that finds no article on a page
 * keeps the notice instead; as a copy, it would join pages of different stories without the join model's check. A
 * short text repeated word for word ({@link NearDuplicates#repeatsShortText}) is such a notice when its lead says
 * neither where nor when: a report, however short (a wire brief resent), names a place or a day.
 */
final class PageTemplates {
    private PageTemplates() {
    }

    /**
     * True for a page the clean stage found to be no article (the site's notice to its reader, {@code MetaKey.KIND}
     * "not an article"): like a template, it tells no story, so it may neither found nor join one.
     */
    static boolean isNoArticle(dev.storybrief.ingest.RawDocument doc) {
        return dev.storybrief.model.ArticleKind.NOT_AN_ARTICLE.key().equals(doc.meta(dev.storybrief.ingest.MetaKey.KIND));
    }

    /**
     * True when two pages carry the same headline (letter case and spacing aside; a page without one has none to
     * share). A template is printed on pages of different stories, each under its own story's headline, so the same
     * headline over the same text is one report sent or saved twice, whatever its language.
     */
    static boolean sameHeadline(String a, String b) {
        return a != null && b != null && !a.isBlank() && normal(a).equals(normal(b));
    }

    private static String normal(String headline) {
        return headline.strip().replaceAll("\\s+", " ").toLowerCase(java.util.Locale.ROOT);
    }

    /** True when the lead's keys ({@link CueReader#read}) hold no place and no year. */
    static boolean saysNeitherWhereNorWhen(Map<Facet, Map<String, Integer>> cues) {
        return cues.getOrDefault(Facet.PLACES, Map.of()).isEmpty() && cues.getOrDefault(Facet.YEARS, Map.of()).isEmpty();
    }
}
