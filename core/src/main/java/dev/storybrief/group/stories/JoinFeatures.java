package dev.storybrief.group.stories;

/**
 * How well an article fits a story, one number per clue; {@link JoinModel} weighs them into one score.
 *
 * @param terms         cosine of the article's content words with the story's centroid
 * @param names         cosine of the names of people and organisations the article's lead mentions with the story's
 * @param places        cosine of the names of places the lead mentions with the story's
 * @param figures       cosine of the figures the lead states with the story's ("10 killed", "23 pirates")
 * @param years         cosine of the years the lead names with the story's
 * @param yearsDisjoint 1 when both name years and none is shared (a sign of another event of the same kind), else 0
 * @param storySize     natural log of the story's number of distinct articles
 */
public record JoinFeatures(double terms, double names, double places, double figures, double years,
                           double yearsDisjoint, double storySize) {

    /** The features in the order of {@link JoinModel#weights()}. */
    public double[] toArray() {
        return new double[] {terms, names, places, figures, years, yearsDisjoint, storySize};
    }

    /** Number of features. */
    public static final int COUNT = 7;
}
