package dev.storybrief.eval.extraction;

import dev.storybrief.ingest.html.ExtractedPage;
import java.text.Normalizer;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiPredicate;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * How often the extracted title, date, site name and authors agree with trafilatura-eval's annotations, per field,
 * over the pages that annotate the field: exactly (the same string; for dates the same day) and normalised (case,
 * accents, double quotes, dash forms and spacing ignored; authors as a set of names in any order).
 */
public final class MetadataAgreement {

    /**
     * One field's figures.
     *
     * @param annotated pages whose annotation has the field
     * @param given     of those, pages where the extractor gave a value
     * @param exact     pages where the value matches exactly
     * @param normalised pages where it matches once normalised
     */
    public record Field(int annotated, int given, int exact, int normalised) {
    }

    private MetadataAgreement() {
    }

    /** Figures per field ("title", "date", "site name", "authors"), over {@code pages}. */
    public static Map<String, Field> measure(List<SnippetPage> pages, Map<String, ExtractedPage> extracted) {
        Map<String, Field> out = new LinkedHashMap<>();
        out.put("title", field(pages, extracted, SnippetPage::title, ExtractedPage::title, String::equals,
                (a, b) -> norm(a).equals(norm(b))));
        out.put("date", field(pages, extracted, SnippetPage::date, ExtractedPage::published,
                (gold, ours) -> ours.length() >= 10 && ours.substring(0, 10).equals(gold),
                (gold, ours) -> ours.length() >= 10 && ours.substring(0, 10).equals(gold)));
        out.put("site name", field(pages, extracted, SnippetPage::sitename, ExtractedPage::outlet, String::equals,
                (a, b) -> norm(a).equals(norm(b))));
        out.put("authors", field(pages, extracted, p -> p.authors().isEmpty() ? null : String.join(", ", p.authors()),
                ExtractedPage::author, String::equals, (a, b) -> names(a).equals(names(b))));
        return out;
    }

    private static Field field(List<SnippetPage> pages, Map<String, ExtractedPage> extracted,
            Function<SnippetPage, String> gold, Function<ExtractedPage, String> ours, BiPredicate<String, String> exact,
            BiPredicate<String, String> normalised) {
        int annotated = 0;
        int given = 0;
        int exactCount = 0;
        int normCount = 0;
        for (SnippetPage p : pages) {
            String g = gold.apply(p);
            if (g == null) {
                continue;
            }
            annotated++;
            ExtractedPage page = extracted.get(p.key());
            String o = page == null ? null : ours.apply(page);
            if (o == null || o.isBlank()) {
                continue;
            }
            given++;
            exactCount += exact.test(g, o) ? 1 : 0;
            normCount += normalised.test(g, o) ? 1 : 0;
        }
        return new Field(annotated, given, exactCount, normCount);
    }

    /** Lower case without accents and double quotes, with apostrophes, dashes and runs of spaces made plain. */
    static String norm(String s) {
        String t = Normalizer.normalize(s, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
        t = t.replaceAll("[\"\u201C\u201D\u201E\u201F\u00AB\u00BB\u2033\u2039\u203A]", "")
                .replaceAll("[\u2018\u2019\u201A\u201B\u2032`\u00B4]", "'").replaceAll("[\u2010-\u2015\u2212]", "-");
        return t.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").replaceAll("^[\\s\"'.:-]+|[\\s\"'.:-]+$", "").strip();
    }

    /** Author names as a set, split at commas, semicolons and "and"/"und"/"et"/"i". */
    static Set<String> names(String s) {
        return Arrays.stream(s.split("\\s*(?:,|;|\\s(?:and|und|et|i|&)\\s)\\s*")).map(MetadataAgreement::norm)
                .filter(n -> !n.isEmpty()).collect(Collectors.toCollection(TreeSet::new));
    }
}
