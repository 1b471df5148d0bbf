package dev.storybrief.server;

import java.util.List;

/**
 * A page of the briefing list.
 *
 * @param total  briefings matching the search, on all pages
 * @param briefs this page, newest first
 */
public record BriefPage(int total, List<BriefListing> briefs) {
    public BriefPage {
        briefs = List.copyOf(briefs);
    }
}
