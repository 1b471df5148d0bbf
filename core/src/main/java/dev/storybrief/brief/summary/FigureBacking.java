package dev.storybrief.brief.summary;

import dev.storybrief.model.Disagreement;
import dev.storybrief.model.Story;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The articles a summary line is credited to: those the story shows backing its sentence ({@link Story#shownBackingOf}),
 * without those that state another figure for what the line gives a figure of. Two outlets' sentences can be alike
 * in every word but the figure ("About 35000 homes in Kelby were left without power" and "About 30000 homes ...");
 * the story counts them alike when the figures are told apart only by the disagreements part, which pairs them as two
 * sides of one disagreement. An outlet on the other side tells the same event, not the same fact: it backs no line
 * that states the figure it contradicts. The disagreements are read only for a line that has backing to check (a
 * score such as "won 3-2" is no figure the quantity rules read, but its sentence is a claim of the disagreement).
 */
final class FigureBacking {
    private final Story story;
    private final Supplier<List<Disagreement>> disagreements;
    private FigureSides sides;

    /** The backing of the lines of {@code story}, checked against its number disagreements (asked for when needed). */
    FigureBacking(Story story, Supplier<List<Disagreement>> disagreements) {
        this.story = story;
        this.disagreements = disagreements;
    }

    /** The ids of the articles shown backing the candidate's line. */
    List<String> of(SummaryCandidate line) {
        List<String> backing = story.shownBackingOf(line.sentence());
        if (backing.isEmpty()) {
            return backing;
        }
        if (sides == null) {
            sides = new FigureSides(story, disagreements.get());
        }
        Set<String> against = sides.sourcesAgainst(sides.of(line.article(), line.sentence()));
        return against.isEmpty() ? backing : backing.stream().filter(id -> !against.contains(id)).toList();
    }
}
