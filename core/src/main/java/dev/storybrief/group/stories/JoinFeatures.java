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
 * @param act           cosine of the lead's act ({@link LeadAct}: its title and first sentence without the names) with
 *                      the story's, times the larger of the names' and the places' cosines: one act told of the same
 *                      people or place is one event, one act alone is one kind of event. Both articles are of one
 *                      language, as every join the model scores is (stories in other languages are the bridge's)
 */
public record JoinFeatures(double terms, double names, double places, double figures, double years,
                           double yearsDisjoint, double storySize, double act) {

    /** The features in the order of {@link JoinModel#weights()}. */
    public double[] toArray() {
        return new double[] {terms, names, places, figures, years, yearsDisjoint, storySize, act};
    }

    /** Number of features. */
    public static final int COUNT = 8;
}
