package dev.storybrief.render;

import dev.storybrief.model.Briefing;
import dev.storybrief.model.Claim;
import dev.storybrief.model.Disagreement;
import dev.storybrief.model.DisagreementKind;
import dev.storybrief.model.EntityItem;
import dev.storybrief.model.EntityType;
import dev.storybrief.model.QuoteItem;
import dev.storybrief.model.TimelineEvent;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/** Shared wording of the timeline, quotes and entities for the text-like renderers. */
final class InsightText {
    static final int QUOTED_SPEAKERS = 8;
    static final int QUOTES_PER_SPEAKER = 2;
    /** A story of hundreds of reports can hold dozens of differing figures; a reader takes in a handful. */
    static final int DISAGREEMENTS_SHOWN = 6;
    static final int FIGURES_SHOWN = 5;
    static final int STANCES_SHOWN = 2;
    /** The most mentioned names of each kind; a story of hundreds of reports names hundreds. */
    static final int ENTITIES_SHOWN = 10;

    /**
     * One figure of a disagreement as shown: its first report, and how many more reports give the same figure or one
     * it allows ("80" beside "about 80": the claims' side).
     */
    record ShownClaim(Claim claim, int moreReports, boolean withdrawn) {
        ShownClaim(Claim claim, int moreReports) {
            this(claim, moreReports, false);
        }

        /**
         * " (and 3 more reports)", or "" when the figure was given once; a figure a later report withdrew says so
         * (" (and 2 more reports; retracted)"), as the correction's topic credits the report that corrects it.
         */
        String moreNote() {
            String more = moreReports == 0 ? "" : "and " + moreReports + " more report" + (moreReports == 1 ? "" : "s");
            String note = withdrawn ? (more.isEmpty() ? "retracted" : more + "; retracted") : more;
            return note.isEmpty() ? "" : " (" + note + ")";
        }
    }

    private InsightText() {
    }

    /**
     * A briefing's warning as a page's Notes list shows it: its kind is the first word the command line prints
     * ("note ...", "warning ...", "skipped ..."); on a page "note" says nothing the heading does not, a warning is
     * labelled as one, and "skipped" reads as a sentence.
     */
    static String noteLine(String warning) {
        if (warning.startsWith("note ")) {
            return warning.substring("note ".length());
        }
        if (warning.startsWith("warning ")) {
            return "Warning: " + warning.substring("warning ".length());
        }
        return warning.startsWith("skipped ") ? "Skipped " + warning.substring("skipped ".length()) : warning;
    }

    /** "115 of 120 words, from 5 articles" under the summary (an article set apart as another story is none of them). */
    static String summaryMeta(Briefing briefing) {
        int articles = briefing.storyArticleCount();
        return String.format(Locale.ROOT, "%d of %d words, from %d article%s", briefing.summaryWords(), briefing.wordBudget(),
                articles, articles == 1 ? "" : "s");
    }

    /**
     * The disagreements a text-like briefing shows, in the finder's order: the largest differing figures, and
     * opposing assessments and causes too (a few), which the many figures of a long story would otherwise push out. The JSON
     * keeps them all.
     */
    static List<Disagreement> shownDisagreements(Briefing briefing) {
        List<Disagreement> stances = briefing.disagreements().stream()
                .filter(d -> d.kind().isPosition()).limit(STANCES_SHOWN).toList();
        List<Disagreement> figures = briefing.disagreements().stream()
                .filter(d -> !d.kind().isPosition()).limit(DISAGREEMENTS_SHOWN - stances.size()).toList();
        return briefing.disagreements().stream().filter(d -> stances.contains(d) || figures.contains(d)).toList();
    }

    /**
     * The figures of a disagreement, each once with its first report, the first few in the finder's order; claims on
     * one side (figures that can all be true) are one figure.
     */
    static List<ShownClaim> shownClaims(Disagreement disagreement) {
        Map<String, List<Claim>> byFigure = new LinkedHashMap<>();
        for (Claim c : disagreement.claims()) {
            String figure = c.side() >= 0 ? "side " + c.side() : c.statement().strip().toLowerCase(Locale.ROOT);
            byFigure.computeIfAbsent(figure, k -> new ArrayList<>()).add(c);
        }
        // a correction's side 1 is the figure it withdrew (DisagreementKind.CORRECTION)
        return byFigure.values().stream().limit(FIGURES_SHOWN).map(l -> new ShownClaim(l.get(0), l.size() - 1,
                disagreement.kind() == DisagreementKind.CORRECTION && l.get(0).side() == 1)).toList();
    }

    /** How many figures {@link #shownClaims} leaves out. */
    static int hiddenFigures(Disagreement disagreement, List<ShownClaim> shown) {
        return disagreement.claims().size() - shown.stream().mapToInt(c -> 1 + c.moreReports()).sum();
    }

    /**
     * The heading of the facts one report alone gives. Support is counted by article, so each listed fact is one
     * article's; beside other outlets that is "Only one outlet reports". When every article of the story comes from
     * one outlet (ten wire stories of one agency), that heading is true of every line of the briefing and tells the
     * reader nothing, or suggests outlets that are not there: the list is what only one of its articles reports.
     */
    static String uniqueHeading(Briefing briefing) {
        java.util.Set<String> sources = new java.util.HashSet<>();
        briefing.articles().stream().filter(a -> !briefing.isApart(a.id()))
                .forEach(a -> sources.add(SourceLabels.source(briefing, a.id())));
        return sources.size() == 1 && briefing.storyArticleCount() > 1 ? "Only one article reports"
                : "Only one outlet reports";
    }

    /** "2 more reports", "1 more disagreement": what a renderer says it left out, pointing to the JSON. */
    static String leftOut(int count, String what) {
        return count + " more " + what + (count == 1 ? "" : "s") + " in --format json";
    }

    /** The heading of a part of the timeline; the story's own events need none when they come first. */
    static String partHeading(dev.storybrief.model.TimelinePart part) {
        return switch (part) {
            case BACKGROUND -> "Background (before the story)";
            case STORY -> "The story";
            case FOLLOW_UP -> "Later developments (follow-up articles from another period)";
        };
    }

    /**
     * What a timeline row says after its description: its outlets, the outlets that tell the event with another
     * figure and that figure ("Gazette, Valley Wire; Kelby Courier: Around 2,000 people"), and for an event the
     * articles only announce or expect, since when ("CNN; expected as of 2011-10-24"), so a plan is not read as done.
     */
    static String chip(Briefing briefing, TimelineEvent event) {
        String sources = sources(briefing, event);
        for (TimelineEvent.OtherFigure other : event.otherFigures()) {
            // the other side of the event's figure, so a row does not state one outlet's count as the event's
            sources += "; " + SourceLabels.compact(other.sources().stream().map(id -> SourceLabels.label(briefing, id))
                    .distinct().toList()) + ": " + other.figure();
        }
        return event.expected() ? sources + "; expected as of " + event.expectedAsOf() : sources;
    }

    /** "CNN, Reuters +1" for the articles of a timeline event. */
    static String sources(Briefing briefing, TimelineEvent event) {
        return SourceLabels.compact(
                event.sources().stream().map(id -> SourceLabels.label(briefing, id)).distinct().toList());
    }

    /** Quotes by speaker, the most quoted first, at most a few per speaker and a few speakers. */
    static Map<String, List<QuoteItem>> bySpeaker(Briefing briefing) {
        return quotedSpeakers(briefing).entrySet().stream().limit(QUOTED_SPEAKERS)
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a, LinkedHashMap::new));
    }

    /** How many quoted speakers {@link #bySpeaker} leaves out. */
    static int hiddenSpeakers(Briefing briefing) {
        return Math.max(0, quotedSpeakers(briefing).size() - QUOTED_SPEAKERS);
    }

    /**
     * Every quoted speaker, in the briefing's order, with their first few quotes: whole quotes first, then the
     * fragments the reporter worked into a sentence ("Lindqvist called the delay “unacceptable and avoidable”"),
     * which are often all a speaker gets; a fragment of a quote already shown is left out.
     */
    private static Map<String, List<QuoteItem>> quotedSpeakers(Briefing briefing) {
        Map<String, List<QuoteItem>> grouped = new LinkedHashMap<>();
        for (boolean partial : new boolean[] {false, true}) {
            for (QuoteItem q : briefing.quotes()) {
                if (q.speaker() == null || q.partial() != partial) {
                    continue;
                }
                List<QuoteItem> list = grouped.computeIfAbsent(q.speaker(), k -> new ArrayList<>());
                String words = q.text().toLowerCase(java.util.Locale.ROOT);
                boolean shown = list.stream().anyMatch(o -> o.text().toLowerCase(java.util.Locale.ROOT).contains(words));
                if (list.size() < QUOTES_PER_SPEAKER && !shown) {
                    list.add(q);
                }
            }
        }
        grouped.values().removeIf(List::isEmpty);
        return grouped;
    }

    /** The speaker with their role, as first given. */
    static String speakerLine(List<QuoteItem> quotes) {
        QuoteItem first = quotes.get(0);
        String role = quotes.stream().map(QuoteItem::role).filter(r -> r != null).findFirst().orElse(null);
        return role == null ? first.speaker() : first.speaker() + " (" + role + ")";
    }

    /** "Anders Fogh Rasmussen (9)" lines grouped by type. */
    static Map<String, String> entitiesByType(Briefing briefing) {
        Map<String, String> lines = new LinkedHashMap<>();
        for (EntityType type : EntityType.values()) {
            List<EntityItem> ofType = briefing.entities().stream().filter(e -> e.type() == type).toList();
            String names = ofType.stream().limit(ENTITIES_SHOWN).map(e -> e.name() + " (" + e.total() + ")")
                    .collect(Collectors.joining(", "));
            if (ofType.size() > ENTITIES_SHOWN) {
                names += ", " + leftOut(ofType.size() - ENTITIES_SHOWN, "name");
            }
            if (!names.isEmpty()) {
                lines.put(switch (type) {
                    case PERSON -> "People";
                    case ORGANIZATION -> "Organisations";
                    case PLACE -> "Places";
                }, names);
            }
        }
        return lines;
    }
}
