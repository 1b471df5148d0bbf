package dev.storybrief.ingest.html;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** Interim extractor: paragraphs and meta tags only. */
public final class HtmlArticleExtractor {
    public ExtractedPage extract(byte[] bytes, String url) {
        return extract(new String(bytes, StandardCharsets.UTF_8), url);
    }

    public ExtractedPage extract(String html, String url) {
        Document doc = Jsoup.parse(html);
        List<String> paragraphs = new ArrayList<>();
        for (Element p : doc.select("article p, p")) {
            String t = p.text().trim();
            if (!t.isEmpty() && !paragraphs.contains(t)) {
                paragraphs.add(t);
            }
        }
        String published = doc.select("meta[property=article:published_time]").attr("content");
        String outlet = doc.select("meta[property=og:site_name]").attr("content");
        return new ExtractedPage(doc.title(), published.isEmpty() ? null : published, null,
                outlet.isEmpty() ? null : outlet, paragraphs, !paragraphs.isEmpty(),
                paragraphs.isEmpty() ? "no paragraphs" : null, List.of());
    }
}
