package dev.storybrief.ingest.html;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * A page whose own metadata says it is something other than news: a shop's product page (schema.org {@code Product}
 * with its offer, Open Graph type "product"), a recipe, a how-to, a job or property listing, an app's store page.
 * Its text reads as prose ("the perfect kettle for busy mornings", "Free delivery on orders over $35"), so the body
 * finder takes it for an article; a briefing would then state shop copy as news. The page is still extracted (its
 * text is what a page extractor is judged on), but marked as having no news article, with the reason.
 *
 * <p>Only the page's own things count (its JSON-LD's top objects and graph members): the product a review or a
 * news story speaks of ({@code itemReviewed}, {@code about}) is not what the page is.
 *
 * <p>A page that also declares a news article ({@code NewsArticle} and its kinds, a live blog, a report) is a news
 * story about the product or the dish and stays. A plain {@code Article} or Open Graph "article" beside a recipe does
 * not: blog engines' SEO plugins declare every post an article, and the recipe is what the post is.
 */
final class NonNewsPages {
    /** schema.org types of a page's main thing that is no news, with how a reader calls such a page. */
    private static final Map<String, String> KINDS = Map.ofEntries(
            Map.entry("product", "product page"), Map.entry("productgroup", "product page"),
            Map.entry("productmodel", "product page"), Map.entry("individualproduct", "product page"),
            Map.entry("car", "product page"), Map.entry("vehicle", "product page"),
            Map.entry("recipe", "recipe page"), Map.entry("howto", "how-to page"),
            Map.entry("jobposting", "job listing"), Map.entry("realestatelisting", "property listing"),
            Map.entry("softwareapplication", "app's page"), Map.entry("mobileapplication", "app's page"),
            Map.entry("course", "course listing"));
    /** Open Graph types of a page that is no news ("product", "product.item", "product.group"). */
    private static final Set<String> OG_KINDS = Set.of("product", "product.item", "product.group", "og:product",
            "recipe");
    /** schema.org types that make the page a news story whatever else it declares. */
    private static final Set<String> NEWS_TYPES = Set.of("newsarticle", "liveblogposting", "report");

    private NonNewsPages() {
    }

    /** Why the page is no news article (its declared kind), or empty when it declares none or also declares news. */
    static Optional<String> why(Document doc, JsonLdFacts jsonLd) {
        Set<String> types = jsonLd.declaredTypes();
        if (types.stream().anyMatch(t -> NEWS_TYPES.contains(t) || t.endsWith("newsarticle"))) {
            return Optional.empty();
        }
        for (String type : types) {
            String kind = KINDS.get(type);
            if (kind != null) {
                return Optional.of("a " + kind + ", " + HtmlArticleExtractor.NOT_NEWS + ": its metadata declares"
                        + " schema.org " + display(type));
            }
        }
        Element ogType = doc.selectFirst("meta[property=og:type]");
        String og = ogType == null ? "" : ogType.attr("content").strip().toLowerCase(Locale.ROOT);
        if (OG_KINDS.contains(og) && !types.contains("article") && !types.contains("blogposting")) {
            return Optional.of("a " + (og.contains("recipe") ? "recipe page" : "product page") + ", "
                    + HtmlArticleExtractor.NOT_NEWS + ": its metadata declares og:type " + og);
        }
        return Optional.empty();
    }

    /** The type as schema.org spells it ("Product", "JobPosting"). */
    private static String display(String type) {
        return switch (type) {
            case "productgroup" -> "ProductGroup";
            case "productmodel" -> "ProductModel";
            case "individualproduct" -> "IndividualProduct";
            case "howto" -> "HowTo";
            case "jobposting" -> "JobPosting";
            case "realestatelisting" -> "RealEstateListing";
            case "softwareapplication" -> "SoftwareApplication";
            case "mobileapplication" -> "MobileApplication";
            default -> Character.toUpperCase(type.charAt(0)) + type.substring(1);
        };
    }
}
