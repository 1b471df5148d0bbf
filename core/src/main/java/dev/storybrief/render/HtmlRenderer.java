package dev.storybrief.render;

import dev.storybrief.model.Article;
import dev.storybrief.model.Briefing;
import dev.storybrief.model.Claim;
import dev.storybrief.model.Disagreement;
import java.util.List;
import dev.storybrief.model.TimelineEvent;
import dev.storybrief.model.TimelinePart;
import dev.storybrief.model.Removal;
import dev.storybrief.model.SummarySentence;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.jsoup.nodes.Entities;

/**
 * A self-contained HTML page (inline style, no scripts, no external resources): the summary with source chips,
 * each sentence linked to its article, and the articles' cleaned text below. All article text is escaped.
 */
public final class HtmlRenderer implements Renderer {
    private static final String STYLE = loadStyle();

    @Override
    public String render(Briefing briefing, boolean explain) {
        String ui = TextDirection.interfaceAttributes(briefing);
        StringBuilder out = new StringBuilder("<!DOCTYPE html>\n<html" + TextDirection.pageAttributes(briefing)
                + ">\n<head>\n<meta charset=\"utf-8\">\n");
        out.append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
        out.append("<title>").append(esc(SourceLabels.headline(briefing))).append("</title>\n<style>")
                .append(STYLE).append("</style>\n</head>\n<body>\n<main>\n");
        out.append("<h1 dir=\"auto\">").append(esc(SourceLabels.headline(briefing))).append("</h1>\n<section class=\"summary\">\n");
        for (SummarySentence s : briefing.summary()) {
            out.append("<p").append(TextDirection.blockAttributes(briefing, s.source())).append("><a href=\"#")
                    .append(esc(anchor(s.source()))).append('"');
            if (s.trimmed()) {
                out.append(" title=\"").append(esc(s.verbatim())).append('"');
            }
            out.append('>').append(esc(TypographicQuotes.of(s.text())))
                    .append("</a> <span class=\"chip\" dir=\"auto\" title=\"").append(esc(String.join(", ",
                            SourceLabels.labels(briefing, s)))).append("\">").append(chip(SourceLabels.chip(briefing, s)))
                    .append("</span></p>\n");
        }
        out.append("<p class=\"meta\"" + ui + ">").append(esc(InsightText.summaryMeta(briefing)))
                .append(".</p>\n</section>\n");
        appendInsights(briefing, out);
        appendNotes(briefing, out);
        out.append("<h2" + ui + ">Sources</h2>\n");
        for (Article a : briefing.articles()) {
            appendArticle(briefing, a, out, explain);
        }
        return out.append("</main>\n</body>\n</html>\n").toString();
    }

    private static void appendInsights(Briefing briefing, StringBuilder out) {
        String ui = TextDirection.interfaceAttributes(briefing);
        if (!briefing.timeline().isEmpty()) {
            out.append("<section class=\"timeline\"><h2" + ui + ">Timeline</h2><table>\n");
            TimelinePart shown = null;
            for (TimelineEvent e : briefing.timeline()) {
                String row = e.later() ? " class=\"later-row\"" : "";
                if (e.part() != shown && !(shown == null && e.part() == TimelinePart.STORY)) {
                    out.append("<tr").append(row).append("><td colspan=\"2\"><strong>")
                            .append(esc(InsightText.partHeading(e.part()))).append("</strong></td></tr>\n");
                }
                shown = e.part();
                out.append("<tr").append(row).append("><th>").append(esc(e.date()))
                        .append("</th><td").append(TextDirection.blockAttributes(briefing, e.source())).append(">")
                        .append(esc(TypographicQuotes.of(e.description()))).append(" <span class=\"chip\" dir=\"auto\">")
                        .append(chip(InsightText.chip(briefing, e))).append("</span></td></tr>\n");
            }
            out.append("</table></section>\n");
        }
        var bySpeaker = InsightText.bySpeaker(briefing);
        if (!bySpeaker.isEmpty()) {
            out.append("<section class=\"quotes\"><h2" + ui + ">Who said what</h2>\n");
            bySpeaker.forEach((speaker, quotes) -> {
                out.append("<h3>").append(esc(InsightText.speakerLine(quotes))).append("</h3>\n");
                quotes.forEach(q -> out.append("<blockquote").append(TextDirection.blockAttributes(briefing, q.source()))
                        .append(">").append(esc(q.text())).append(" <span class=\"chip\" dir=\"auto\">")
                        .append(esc(SourceLabels.label(briefing, q.source()))).append("</span></blockquote>\n"));
            });
            int hidden = InsightText.hiddenSpeakers(briefing);
            if (hidden > 0) {
                out.append("<p class=\"more\">").append(esc(InsightText.leftOut(hidden, "speaker"))).append("</p>\n");
            }
            out.append("</section>\n");
        }
        var entities = InsightText.entitiesByType(briefing);
        if (!entities.isEmpty()) {
            out.append("<section class=\"entities\"><h2" + ui
                    + ">Key people, organisations and places</h2><ul>\n");
            entities.forEach((type, names) -> out.append("<li><b>").append(esc(type)).append("</b>: ").append(esc(names))
                    .append("</li>\n"));
            out.append("</ul></section>\n");
        }
        if (!briefing.disagreements().isEmpty()) {
            out.append("<section class=\"disagreements\"><h2" + ui + ">Where sources disagree</h2>\n");
            List<Disagreement> shown = InsightText.shownDisagreements(briefing);
            for (Disagreement d : shown) {
                out.append("<h3>").append(esc(d.topic())).append("</h3><ul>\n");
                List<InsightText.ShownClaim> claims = InsightText.shownClaims(d);
                for (InsightText.ShownClaim shownClaim : claims) {
                    Claim c = shownClaim.claim();
                    out.append("<li").append(TextDirection.blockAttributes(briefing, c.source()))
                            .append("><span class=\"chip\" dir=\"auto\">")
                            .append(chip(SourceLabels.claimLabel(briefing, c) + shownClaim.moreNote()))
                            .append("</span> <b>").append(esc(TypographicQuotes.of(c.statement()))).append("</b>")
                            .append(c.isWholeSentence() ? "" : ": " + esc(TypographicQuotes.of(c.text()))).append("</li>\n");
                }
                int hidden = InsightText.hiddenFigures(d, claims);
                if (hidden > 0) {
                    out.append("<li class=\"more\">").append(esc(InsightText.leftOut(hidden, "report"))).append("</li>\n");
                }
                out.append("</ul>\n");
            }
            int hiddenTopics = briefing.disagreements().size() - shown.size();
            if (hiddenTopics > 0) {
                out.append("<p class=\"more\">").append(esc(InsightText.leftOut(hiddenTopics, "disagreement")))
                        .append("</p>\n");
            }
            out.append("</section>\n");
        }
        if (!briefing.unique().isEmpty()) {
            out.append("<section class=\"unique\"><h2" + ui + ">" + esc(InsightText.uniqueHeading(briefing))
                    + "</h2><ul>\n");
            for (Claim c : briefing.unique()) {
                out.append("<li").append(TextDirection.blockAttributes(briefing, c.source())).append(">")
                        .append(esc(TypographicQuotes.of(c.text()))).append(" <span class=\"chip\" dir=\"auto\">")
                        .append(esc(SourceLabels.label(briefing, c.source()))).append("</span></li>\n");
            }
            out.append("</ul></section>\n");
        }
    }

    private static void appendNotes(Briefing briefing, StringBuilder out) {
        if (briefing.warnings().isEmpty()) {
            return;
        }
        String ui = TextDirection.interfaceAttributes(briefing);
        out.append("<section class=\"notes\"" + ui + "><h2>Notes</h2><ul>\n");
        briefing.warnings().forEach(w -> out.append("<li>").append(esc(InsightText.noteLine(w))).append("</li>\n"));
        out.append("</ul></section>\n");
    }

    private static void appendArticle(Briefing briefing, Article a, StringBuilder out, boolean explain) {
        String period = SourceLabels.tags(briefing, a);
        String later = period == null ? "" : " <span class=\"later\">" + period + "</span>";
        // the outlet, the title and the date line are each isolated: on a right-to-left page an English date
        // "(2026-11-30)" between a Hebrew title and the line's end would otherwise lose its closing bracket's side
        out.append("<details class=\"article\" id=\"").append(esc(anchor(a.id()))).append("\">\n<summary><b")
                .append(TextDirection.blockAttributes(briefing, a.id())).append(">")
                .append(esc(SourceLabels.label(briefing, a.id()))).append("</b>: <span")
                .append(TextDirection.blockAttributes(briefing, a.id())).append(">")
                .append(esc(a.title() == null ? a.id() : a.title())).append("</span>")
                .append(" <span class=\"meta\" dir=\"ltr\">(").append(esc(SourceLabels.dateOf(briefing, a))).append(")</span>")
                .append(later).append("</summary>\n");
        if (a.url() != null && a.url().matches("(?i)https?://\\S+")) {
            // only web addresses become links: a feed or a JSON line could carry "javascript:" in its link field
            out.append("<p class=\"meta\"><a href=\"").append(esc(a.url())).append("\" rel=\"noopener noreferrer\">")
                    .append(esc(a.url())).append("</a></p>\n");
        }
        for (String paragraph : a.paragraphs()) {
            out.append("<p").append(TextDirection.blockAttributes(briefing, a.id())).append(">").append(esc(TypographicQuotes.of(paragraph)))
                    .append("</p>\n");
        }
        if (explain && !a.removed().isEmpty()) {
            out.append("<h3>Removed as boilerplate</h3><ul class=\"removed\">\n");
            for (Removal r : a.removed()) {
                out.append("<li><code>").append(esc(r.rule())).append("</code> ").append(esc(r.reason()))
                        .append(": <q>").append(esc(r.text())).append("</q></li>\n");
            }
            out.append("</ul>\n");
        }
        out.append("</details>\n");
    }

    private static String anchor(String articleId) {
        return "article-" + articleId.replaceAll("[^A-Za-z0-9_-]", "_");
    }

    /**
     * A chip's text, escaped, its dates kept left to right: in a chip that opens with an Arabic outlet's name the
     * digits of "2026-05-10" are Arabic numbers, which the hyphens part, and the date read "10-05-2026".
     */
    private static String chip(String text) {
        return TextDirection.isolateDates(esc(text));
    }

    private static String esc(String text) {
        return Entities.escape(text == null ? "" : text);
    }

    private static String loadStyle() {
        try (InputStream in = HtmlRenderer.class.getResourceAsStream("briefing.css")) {
            if (in == null) {
                throw new IllegalStateException("briefing.css missing from the class path");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
