package dev.storybrief.spark;

/**
 * What a run of {@link StoryPipeline} did and how long each stage took.
 *
 * @param articles       articles read
 * @param blocks         time blocks grouped (the undated block included)
 * @param edgeLinks      stories linked across block edges
 * @param stories        stories written
 * @param briefings      stories briefed
 * @param notBriefed     stories without a briefing (no text left after cleaning)
 * @param groupSeconds   reading and grouping the blocks
 * @param linkSeconds    linking across block edges
 * @param briefSeconds   merging, briefing and writing
 * @param skipped        what of the input was skipped, as {@link SkippedInput#describe} words it; empty for none
 */
public record PipelineReport(long articles, long blocks, long edgeLinks, long stories, long briefings,
                             long notBriefed, double groupSeconds, double linkSeconds, double briefSeconds,
                             String skipped) {

    /** This report with what the reading skipped (known only to the caller that read the input). */
    public PipelineReport withSkipped(String phrase) {
        return new PipelineReport(articles, blocks, edgeLinks, stories, briefings, notBriefed, groupSeconds,
                linkSeconds, briefSeconds, phrase);
    }

    /** Wall time of the whole run. */
    public double seconds() {
        return groupSeconds + linkSeconds + briefSeconds;
    }

    /** One line for the log. */
    public String describe() {
        return String.format(java.util.Locale.ROOT,
                "%,d articles in %,d time blocks, %,d stories (%,d linked across block edges), %,d briefed"
                        + "%s; group %.1f s, link %.1f s, brief and write %.1f s, total %.1f s (%.0f articles/s)%s",
                articles, blocks, stories, edgeLinks, briefings,
                notBriefed > 0 ? ", " + notBriefed + " without text to brief" : "", groupSeconds, linkSeconds,
                briefSeconds, seconds(), articles / seconds(), skipped.isEmpty() ? "" : "; " + skipped);
    }
}
