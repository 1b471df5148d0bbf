package dev.storybrief.render;

import dev.storybrief.model.Article;
import dev.storybrief.model.Briefing;
import dev.storybrief.model.Claim;
import dev.storybrief.model.Disagreement;
import java.util.List;
import java.util.Locale;
import dev.storybrief.model.QuoteItem;
import dev.storybrief.model.TimelineEvent;
import dev.storybrief.model.TimelinePart;
import dev.storybrief.model.Removal;
import dev.storybrief.model.SummarySentence;

/** Plain terminal text, wrapped to 80 columns: headline, summary with source chips, sources. */
public final class TextRenderer implements Renderer {
    private static final int WIDTH = 80;

    @Override
    public String render(Briefing briefing, boolean explain) {
        StringBuilder out = new StringBuilder();
        String headline = SourceLabels.headline(briefing);
        out.append(headline).append('\n').append("=".repeat(Math.min(WIDTH, Wrap.columns(headline)))).append("\n\n");
        for (SummarySentence s : briefing.summary()) {
            out.append(Wrap.wrap(TypographicQuotes.of(s.text()) + " [" + SourceLabels.chip(briefing, s) + "]", WIDTH, "")).append("\n\n");
        }
        out.append('(').append(InsightText.summaryMeta(briefing)).append(")\n\n");
        appendInsights(briefing, out);
        out.append("Sources\n-------\n");
        int n = 1;
        // each entry hangs under its own text: "10. " is a column wider than "9. ", and its address lines up with it
        for (Article a : briefing.articles()) {
            String hang = " ".repeat(String.valueOf(n).length() + 2);
            String period = SourceLabels.tags(briefing, a);
            String later = period == null ? "" : " [" + period + "]";
            String line = String.format(Locale.ROOT, "%d. %s: %s (%s)%s", n++, SourceLabels.label(briefing, a.id()), a.title() == null ? "(no headline)" : a.title(),
                    SourceLabels.dateOf(briefing, a), later);
            out.append(Wrap.wrap(line, WIDTH, hang)).append('\n');
            String where = SourceLabels.where(a);
            if (where != null) {
                out.append(hang).append(where).append('\n');
            }
        }
        if (explain) {
            appendRemovals(briefing, out);
        }
        return out.toString();
    }

    private static void appendInsights(Briefing briefing, StringBuilder out) {
        appendTimeline(briefing, out);
        appendQuotes(briefing, out);
        var entities = InsightText.entitiesByType(briefing);
        if (!entities.isEmpty()) {
            out.append("Key people, organisations and places\n------------------------------------\n");
            entities.forEach((type, names) -> out.append(Wrap.wrap(type + ": " + names, WIDTH, "  ")).append('\n'));
            out.append('\n');
        }
        if (!briefing.disagreements().isEmpty()) {
            out.append("Where sources disagree\n----------------------\n");
            List<Disagreement> shown = InsightText.shownDisagreements(briefing);
            for (Disagreement d : shown) {
                out.append(Wrap.wrap("* " + d.topic() + ":", WIDTH, "  ")).append('\n');
                List<InsightText.ShownClaim> claims = InsightText.shownClaims(d);
                for (InsightText.ShownClaim shownClaim : claims) {
                    Claim c = shownClaim.claim();
                    String context = c.isWholeSentence() ? "" : " (" + Wrap.shorten(TypographicQuotes.of(c.text()), 140) + ")";
                    String claim = "  - " + SourceLabels.claimLabel(briefing, c) + shownClaim.moreNote() + ": \""
                            + TypographicQuotes.of(c.statement()) + "\"" + context;
                    out.append(Wrap.wrap(claim, WIDTH, "    ")).append('\n');
                }
                int hidden = InsightText.hiddenFigures(d, claims);
                if (hidden > 0) {
                    out.append("  - ").append(InsightText.leftOut(hidden, "report")).append('\n');
                }
            }
            int hiddenTopics = briefing.disagreements().size() - shown.size();
            if (hiddenTopics > 0) {
                out.append("* ").append(InsightText.leftOut(hiddenTopics, "disagreement")).append('\n');
            }
            out.append('\n');
        }
        if (!briefing.unique().isEmpty()) {
            String heading = InsightText.uniqueHeading(briefing);
            out.append(heading).append('\n').append("-".repeat(heading.length())).append('\n');
            for (Claim c : briefing.unique()) {
                out.append(Wrap.wrap("* " + TypographicQuotes.of(c.text()) + " [" + SourceLabels.label(briefing, c.source()) + "]", WIDTH, "  "))
                        .append('\n');
            }
            out.append('\n');
        }
    }

    private static void appendTimeline(Briefing briefing, StringBuilder out) {
        if (briefing.timeline().isEmpty()) {
            return;
        }
        out.append("Timeline\n--------\n");
        TimelinePart shown = null;
        for (TimelineEvent e : briefing.timeline()) {
            if (e.part() != shown && !(shown == null && e.part() == TimelinePart.STORY)) {
                out.append(InsightText.partHeading(e.part())).append(":\n");
            }
            shown = e.part();
            out.append(Wrap.hanging(String.format(Locale.ROOT, "%-10s  ", e.date()),
                    TypographicQuotes.of(e.description()) + " [" + InsightText.chip(briefing, e) + "]", WIDTH)).append('\n');
        }
        out.append('\n');
    }

    private static void appendQuotes(Briefing briefing, StringBuilder out) {
        var bySpeaker = InsightText.bySpeaker(briefing);
        if (bySpeaker.isEmpty()) {
            return;
        }
        out.append("Who said what\n-------------\n");
        bySpeaker.forEach((speaker, quotes) -> {
            out.append(Wrap.wrap(InsightText.speakerLine(quotes), WIDTH, "  ")).append('\n');
            for (QuoteItem q : quotes) {
                out.append(Wrap.wrap("  \u201c" + q.text() + "\u201d [" + SourceLabels.label(briefing, q.source()) + "]",
                        WIDTH, "   ")).append('\n');
            }
        });
        int hidden = InsightText.hiddenSpeakers(briefing);
        if (hidden > 0) {
            out.append(InsightText.leftOut(hidden, "speaker")).append('\n');
        }
        out.append('\n');
    }

    private static void appendRemovals(Briefing briefing, StringBuilder out) {
        out.append("\nRemoved as boilerplate\n----------------------\n");
        for (Article a : briefing.articles()) {
            for (Removal r : a.removed()) {
                out.append(Wrap.wrap(String.format(Locale.ROOT, "%s [%s] %s: \"%s\"", a.id(), r.rule(), r.reason(),
                        Wrap.shorten(r.text(), 70)), WIDTH, "    ")).append('\n');
            }
        }
    }
}
