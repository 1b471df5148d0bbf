package dev.storybrief.render;

import dev.storybrief.model.Briefing;
import dev.storybrief.model.QuoteItem;
import dev.storybrief.model.TimelineEvent;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Shared wording of the timeline, quotes and entities for the text-like renderers. */
final class InsightText {
    static final int QUOTED_SPEAKERS = 8;
    static final int QUOTES_PER_SPEAKER = 2;

    private InsightText() {
    }

    /** "115 of 120 words, from 5 articles" under the summary. */
    static String summaryMeta(Briefing briefing) {
        int articles = briefing.articles().size();
        return String.format("%d of %d words, from %d article%s", briefing.summaryWords(), briefing.wordBudget(),
                articles, articles == 1 ? "" : "s");
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
     * What a timeline row says after its description: its outlets, and for an event the articles only announce or
     * expect, since when ("CNN; expected as of 2011-10-24"), so a plan is not read as done.
     */
    static String chip(Briefing briefing, TimelineEvent event) {
        String sources = sources(briefing, event);
        return event.expected() ? sources + "; expected as of " + event.expectedAsOf() : sources;
    }

    /** "CNN, Reuters +1" for the articles of a timeline event. */
    static String sources(Briefing briefing, TimelineEvent event) {
        return SourceLabels.compact(
                event.sources().stream().map(id -> SourceLabels.label(briefing, id)).distinct().toList());
    }

    /** Quotes by speaker, the most quoted first, at most a few per speaker. */
    static Map<String, List<QuoteItem>> bySpeaker(Briefing briefing) {
        Map<String, List<QuoteItem>> grouped = new LinkedHashMap<>();
        for (QuoteItem q : briefing.quotes()) {
            if (q.speaker() == null) {
                continue;
            }
            List<QuoteItem> list = grouped.computeIfAbsent(q.speaker(), k -> new ArrayList<>());
            if (list.size() < QUOTES_PER_SPEAKER && !q.partial()) {
                list.add(q);
            }
        }
        grouped.values().removeIf(List::isEmpty);
        return grouped.entrySet().stream().limit(QUOTED_SPEAKERS)
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a, LinkedHashMap::new));
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
        for (String type : List.of("PERSON", "ORGANIZATION", "PLACE")) {
            String names = briefing.entities().stream().filter(e -> e.type().equals(type))
                    .map(e -> e.name() + " (" + e.total() + ")").collect(Collectors.joining(", "));
            if (!names.isEmpty()) {
                lines.put(switch (type) {
                    case "PERSON" -> "People";
                    case "ORGANIZATION" -> "Organisations";
                    default -> "Places";
                }, names);
            }
        }
        return lines;
    }
}
