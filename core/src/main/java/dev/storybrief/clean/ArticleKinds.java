package dev.storybrief.clean;

import dev.storybrief.ingest.MetaKey;
import dev.storybrief.ingest.RawDocument;
import dev.storybrief.model.Article;
import dev.storybrief.model.ArticleKind;
import dev.storybrief.model.Removal;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads what kind of text an article is ({@link ArticleKind}) from the marks pages and copies give it, in the languages
 * storybrief reads: a correction notice or a paid text by the label cleaning took out; an opinion piece by the
 * schema.org type its page declares ({@code OpinionNewsArticle}, {@code AnalysisNewsArticle}), the section it is filed
 * under ({@code article:section} "Opinion", "Meinung"; a section line above the headline), its headline's label
 * ("Opinion: ...", "Kommentar: ...", "Tribune - ..."), a byline that names the writer a columnist ("By Jane Doe,
 * Columnist") or a writer's note that does ("Jane Doe is a columnist for ...", "Jane Doe writes a weekly column"); a
 * live blog by its entries' time stamps or its page's {@code LiveBlogPosting}; a page that is no article but the site's
 * notice to its reader by how such a page is built ({@link SiteNotices}). Anything else is a report.
 */
final class ArticleKinds {
    /** The names of opinion sections and labels: opinion, comment, analysis, editorial, column, op-ed, tribune. */
    private static final String OPINION_WORDS = "opinions?|comments?|commentary|analysis|editorials?|columns?|op-ed"
            + "|meinung|kommentare?|gastbeitrag|analyse|leitartikel"
            + "|opini[oó]n|opiniones|an[aá]lisis|columna|tribuna|editorial"
            + "|opini[aã]o|an[aá]lise|coluna|cr[oô]nica"
            + "|opinione|opinioni|commento|commenti|analisi|editoriale|rubrica"
            + "|tribunes?|chroniques?|[ée]ditorial|point de vue"
            + "|opinia|komentarz";
    /**
     * The section names a line of its own may give: not "Comments", "Kommentare" or "Column", which a page's comment
     * thread or layout also writes on a line of its own.
     */
    private static final String LINE_WORDS = "opinions?|commentary|analysis|editorials?|op-ed|meinung|kommentar"
            + "|gastbeitrag|leitartikel|opini[oó]n|an[aá]lisis|opini[aã]o|an[aá]lise|opinione|opinioni|commento"
            + "|analisi|editoriale|tribune|[ée]ditorial|point de vue|opinia|komentarz";
    /** A headline's label. */
    private static final Pattern TITLE_LABEL = Pattern.compile("(?iu)^(" + OPINION_WORDS + ")\\s*[:|–—-]\\s*\\S");
    /** A section's name on its own: the page's section, or a line above the headline. */
    private static final Pattern SECTION = section(OPINION_WORDS);
    /** A section line above the headline. */
    private static final Pattern SECTION_LINE = section(LINE_WORDS);
    /** The words that call a writer a columnist, in the six languages. */
    private static final String COLUMNIST_WORDS = "columnist|kolumnist(?:in)?|chroniqueu(?:r|se)|[ée]ditorialiste"
            + "|columnista|colunista|cronista|editorialista|opinionista|opinion (?:writer|editor)|leitartikler(?:in)?";
    /** A byline that names the writer a columnist: "By Jane Doe, Columnist", "Von Anna Berg | Kolumnistin". */
    private static final Pattern BYLINE = Pattern.compile("(?iu)^(?:by|par|von|por|di|de|da|door)\\s+[^,|–—:]{2,60}"
            + "[,|–—:]\\s*(?:(?:a|an|the|notre|unser[e]?|nuestra?|il|la|o|a)\\s+)?(?:\\p{L}+\\s+){0,2}(" + COLUMNIST_WORDS
            + ")\\b");
    /** A writer's note naming the writer a columnist, or a page's disclaimer of its writer's views. */
    private static final Pattern WRITERS_NOTE = Pattern.compile("(?iu)\\b(?:is|was) (?:a|an|the)\\b[^.]{0,80}?\\b"
            + "columnist\\b|\\bwrites? (?:a|an|the) (?:[\\p{L}-]+ ){0,3}column\\b"
            + "|\\bthe views expressed (?:here |in this (?:article|column|piece) )?are (?:the author's|those of the author)");
    /** The schema.org types of an opinion piece. */
    private static final List<String> OPINION_TYPES = List.of("OpinionNewsArticle", "AnalysisNewsArticle",
            "ReviewNewsArticle", "SatiricalArticle");
    /** The first paragraphs a section line or a byline stands in, when cleaning kept it. */
    private static final int OPENING = 3;

    private ArticleKinds() {
    }

    /** The article with its kind and what marked it. */
    static Article marked(RawDocument doc, Article article) {
        Optional<String> opinion = opinionMark(doc, article);
        if (CorrectionNotices.isNotice(article.removed())) {
            return article.withKind(ArticleKind.CORRECTION, "a correction notice's label");
        }
        if (article.removed().stream().anyMatch(r -> "paid-label".equals(r.rule()))) {
            return article.withKind(ArticleKind.SPONSORED, "a paid content label");
        }
        if ("AdvertiserContentArticle".equals(doc.meta(MetaKey.SCHEMA_TYPE))) {
            return article.withKind(ArticleKind.SPONSORED, "schema.org AdvertiserContentArticle");
        }
        if (opinion.isPresent()) {
            return article.withKind(ArticleKind.OPINION, opinion.get());
        }
        if (article.entryDays().isEmpty() && "LiveBlogPosting".equals(doc.meta(MetaKey.SCHEMA_TYPE))) {
            return article.withKind(ArticleKind.LIVE_BLOG, "schema.org LiveBlogPosting");
        }
        // a dateline ("KELLPORT (Baltic Wire) -") opens a report filed from a place, never a site's notice
        if (article.kind() == ArticleKind.NEWS && article.filedFrom() == null) {
            Optional<String> notice = SiteNotices.why(article.title(), article.paragraphs());
            if (notice.isPresent()) {
                return article.withKind(ArticleKind.NOT_AN_ARTICLE, notice.get());
            }
        }
        return article; // a report, or a live blog by its entries' stamps
    }

    /** What marks the article as an opinion piece, in words, if anything does. */
    static Optional<String> opinionMark(RawDocument doc, Article article) {
        String type = doc.meta(MetaKey.SCHEMA_TYPE);
        if (type != null && OPINION_TYPES.contains(type)) {
            return Optional.of("schema.org " + type);
        }
        String section = doc.meta(MetaKey.SECTION);
        if (section != null && SECTION.matcher(section.strip()).matches()) {
            return Optional.of("section \"" + section.strip() + "\"");
        }
        if (article.title() != null) {
            Matcher label = TITLE_LABEL.matcher(article.title().strip());
            if (label.find()) {
                return Optional.of("headline label \"" + label.group(1) + "\"");
            }
        }
        List<String> paragraphs = article.paragraphs();
        List<String> opening = paragraphs.subList(0, Math.min(OPENING, paragraphs.size()));
        List<String> removed = article.removed().stream().map(Removal::text).map(String::strip).toList();
        for (String line : concat(removed, opening)) {
            String bare = line.replaceAll("[\\s:]+$", "");
            if (bare.length() <= 40 && SECTION_LINE.matcher(bare).matches()) {
                return Optional.of("section line \"" + bare + "\"");
            }
        }
        for (String line : concat(removed, opening, article.author() == null ? List.of() : List.of("By " + article.author()))) {
            Matcher byline = BYLINE.matcher(line);
            if (line.length() <= 120 && byline.find()) {
                return Optional.of("byline \"" + byline.group(1) + "\"");
            }
        }
        if (!paragraphs.isEmpty() && WRITERS_NOTE.matcher(paragraphs.get(paragraphs.size() - 1)).find()
                || removed.stream().anyMatch(t -> WRITERS_NOTE.matcher(t).find())) {
            return Optional.of("a writer's note naming a columnist");
        }
        return Optional.empty();
    }

    @SafeVarargs
    private static List<String> concat(List<String>... lists) {
        return java.util.Arrays.stream(lists).flatMap(List::stream).toList();
    }

    /** A section's name, alone or beside a parent section's ("Opinion | Business", "News > Meinung"). */
    private static Pattern section(String words) {
        return Pattern.compile("(?iu)^(?:[\\p{L} ]{1,30}\\s*[|/>»›]\\s*)?(" + words
                + ")\\s*(?:[|/>»›:]\\s*[\\p{L} ]{1,30})?$");
    }
}
