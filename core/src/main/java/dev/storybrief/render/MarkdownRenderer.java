package dev.storybrief.render;

import dev.storybrief.model.Article;
import dev.storybrief.model.Briefing;
import dev.storybrief.model.Claim;
import dev.storybrief.model.Disagreement;
import java.util.List;
import java.util.Locale;
import dev.storybrief.model.TimelineEvent;
import dev.storybrief.model.Removal;
import dev.storybrief.model.SummarySentence;

/** Markdown: a heading, the summary as a list with source chips, and a table of sources. */
public final class MarkdownRenderer implements Renderer {

    @Override
    public String render(Briefing briefing, boolean explain) {
        StringBuilder out = new StringBuilder();
        out.append("# ").append(escape(SourceLabels.headline(briefing))).append("\n\n");
        for (SummarySentence s : briefing.summary()) {
            out.append("- ").append(escape(TypographicQuotes.of(s.text()))).append(" *[").append(escape(SourceLabels.chip(briefing, s)))
                    .append("]*\n");
        }
        out.append("\n_").append(InsightText.summaryMeta(briefing)).append("._\n\n");
        if (!briefing.timeline().isEmpty()) {
            out.append("## Timeline\n\n| date | what happened | sources |\n|---|---|---|\n");
            for (TimelineEvent e : briefing.timeline()) {
                out.append("| ").append(e.date()).append(switch (e.part()) {
                    case BACKGROUND -> " (background)";
                    case FOLLOW_UP -> " (later)";
                    case STORY -> "";
                }).append(" | ").append(cell(TypographicQuotes.of(e.description())))
                        .append(" | ").append(cell(InsightText.chip(briefing, e))).append(" |\n");
            }
            out.append('\n');
        }
        var bySpeaker = InsightText.bySpeaker(briefing);
        if (!bySpeaker.isEmpty()) {
            out.append("## Who said what\n\n");
            bySpeaker.forEach((speaker, quotes) -> {
                out.append("- **").append(escape(InsightText.speakerLine(quotes))).append("**\n");
                quotes.forEach(q -> out.append("  - \u201c").append(escape(q.text())).append("\u201d *[")
                        .append(escape(SourceLabels.label(briefing, q.source()))).append("]*\n"));
            });
            int hidden = InsightText.hiddenSpeakers(briefing);
            if (hidden > 0) {
                out.append("- *").append(escape(InsightText.leftOut(hidden, "speaker"))).append("*\n");
            }
            out.append('\n');
        }
        var entities = InsightText.entitiesByType(briefing);
        if (!entities.isEmpty()) {
            out.append("## Key people, organisations and places\n\n");
            entities.forEach((type, names) -> out.append("- **").append(type).append("**: ").append(escape(names)).append('\n'));
            out.append('\n');
        }
        if (!briefing.disagreements().isEmpty()) {
            out.append("## Where sources disagree\n\n");
            List<Disagreement> shown = InsightText.shownDisagreements(briefing);
            for (Disagreement d : shown) {
                out.append("- **").append(escape(d.topic())).append("**\n");
                List<InsightText.ShownClaim> claims = InsightText.shownClaims(d);
                for (InsightText.ShownClaim shownClaim : claims) {
                    Claim c = shownClaim.claim();
                    out.append("  - ").append(escape(SourceLabels.claimLabel(briefing, c) + shownClaim.moreNote()))
                            .append(": \"")
                            .append(escape(TypographicQuotes.of(c.statement()))).append('"')
                            .append(c.isWholeSentence() ? "" : " — " + escape(TypographicQuotes.of(c.text()))).append('\n');
                }
                int hidden = InsightText.hiddenFigures(d, claims);
                if (hidden > 0) {
                    out.append("  - *").append(escape(InsightText.leftOut(hidden, "report"))).append("*\n");
                }
            }
            int hiddenTopics = briefing.disagreements().size() - shown.size();
            if (hiddenTopics > 0) {
                out.append("- *").append(escape(InsightText.leftOut(hiddenTopics, "disagreement"))).append("*\n");
            }
            out.append('\n');
        }
        if (!briefing.unique().isEmpty()) {
            out.append("## ").append(InsightText.uniqueHeading(briefing)).append("\n\n");
            for (Claim c : briefing.unique()) {
                out.append("- ").append(escape(TypographicQuotes.of(c.text()))).append(" *[").append(escape(SourceLabels.label(briefing, c.source())))
                        .append("]*\n");
            }
            out.append('\n');
        }
        out.append("## Sources\n\n| id | outlet | title | published | file or address |\n|---|---|---|---|---|\n");
        for (Article a : briefing.articles()) {
            String period = SourceLabels.tags(briefing, a);
            String later = period == null ? "" : " (" + period + ")";
            out.append(String.format(Locale.ROOT, "| %s | %s | %s | %s%s | %s |%n", cell(a.id()), cell(a.outlet()), cell(a.title()),
                    SourceLabels.dateOf(briefing, a), later,
                    cell(SourceLabels.where(a))));
        }
        if (!briefing.warnings().isEmpty()) {
            out.append("\n## Notes\n\n");
            briefing.warnings().forEach(w -> out.append("- ").append(escape(InsightText.noteLine(w))).append('\n'));
        }
        if (explain) {
            out.append("\n## Removed as boilerplate\n\n| article | rule | reason | text |\n|---|---|---|---|\n");
            for (Article a : briefing.articles()) {
                for (Removal r : a.removed()) {
                    out.append(String.format(Locale.ROOT, "| %s | %s | %s | %s |%n", cell(a.id()), r.rule(), cell(r.reason()),
                            cell(Wrap.shorten(r.text(), 80))));
                }
            }
        }
        return out.toString();
    }

    private static String cell(String text) {
        return text == null ? "" : escape(text).replace("|", "\\|");
    }

    private static String escape(String text) {
        return text.replaceAll("([\\\\`*_\\[\\]<>#])", "\\\\$1");
    }
}
