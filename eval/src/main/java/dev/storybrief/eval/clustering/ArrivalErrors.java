package dev.storybrief.eval.clustering;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Tells where a stream's wrong joins are made on arrival, on the <em>tuning</em> part only: the grouping runs with
 * core's arrival trace ({@code storybrief.traceArrivals}), and each traced arrival is set beside the truth. A candidate
 * story stands for the true cluster of the article that started it. Each article that joined a story of another
 * cluster is counted by its runner-up (none, scoring below the join bar, or at or above it), by whether its own
 * cluster's story had started and was among the candidates, and by whether the two best candidates both share the
 * article's who or where (the twins a lead over the runner-up could part); each article that started a story by whether
 * its own cluster's story existed. What a rule at arrival can reach is read off the counts.
 *
 * <pre>{@code java ... ArrivalErrors [--ecbplus] [--seed 8]}</pre>
 */
public final class ArrivalErrors {
    private ArrivalErrors() {
    }

    /** What happened to one arriving article, against the truth. */
    enum Outcome {
        JOINED_OWN, JOINED_OTHER, STARTED_FIRST_OF_CLUSTER, STARTED_OWN_BELOW_BAR, STARTED_OWN_NOT_FOUND
    }

    /** A wrong join's runner-up: the second-best candidate story. */
    enum RunnerUp {
        NONE, BELOW_BAR, AT_OR_ABOVE_BAR
    }

    /** Where the article's own cluster's story was when it joined another. */
    enum OwnStory {
        NOT_STARTED, NOT_FOUND, AMONG_CANDIDATES
    }

    /** One candidate story of a traced arrival. */
    record Candidate(String label, double score, double terms, double names, double places) {
        boolean sharesWhoOrWhere() {
            return names > 0 || places > 0;
        }
    }

    /** One wrong join: the article, its cluster, its candidates best first, and the causes. */
    record WrongJoin(String id, String label, List<Candidate> candidates, RunnerUp runnerUp, OwnStory own,
                     boolean twinPlausible) {
    }

    /** The counts of one trace. */
    record Tally(Map<Outcome, Integer> outcomes, List<WrongJoin> wrongJoins) {
        long count(RunnerUp runnerUp) {
            return wrongJoins.stream().filter(w -> w.runnerUp() == runnerUp).count();
        }

        long count(OwnStory own) {
            return wrongJoins.stream().filter(w -> w.own() == own).count();
        }

        long twinsPlausible() {
            return wrongJoins.stream().filter(WrongJoin::twinPlausible).count();
        }
    }

    /**
     * Sets each traced arrival (lines as core's arrival trace writes them, in arrival order) beside the truth.
     *
     * @param lines the trace's lines: an article id, then per candidate "founder score terms names places", tab-separated
     * @param truth each article id's true cluster
     */
    static Tally tally(List<String> lines, Map<String, String> truth) {
        Map<Outcome, Integer> outcomes = new EnumMap<>(Outcome.class);
        List<WrongJoin> wrong = new ArrayList<>();
        Set<String> started = new HashSet<>();
        for (String line : lines) {
            if (line.isBlank()) {
                continue;
            }
            String[] fields = line.split("\t");
            String label = truth.get(fields[0]);
            List<Candidate> candidates = candidates(fields, truth);
            candidates.sort(Comparator.comparingDouble(Candidate::score).reversed());
            boolean ownFound = candidates.stream().anyMatch(c -> c.label().equals(label));
            Outcome outcome;
            if (!candidates.isEmpty() && candidates.get(0).score() >= 0) {
                outcome = candidates.get(0).label().equals(label) ? Outcome.JOINED_OWN : Outcome.JOINED_OTHER;
                if (outcome == Outcome.JOINED_OTHER) {
                    wrong.add(wrongJoin(fields[0], label, candidates, ownFound, started.contains(label)));
                }
            } else {
                outcome = !started.contains(label) ? Outcome.STARTED_FIRST_OF_CLUSTER
                        : ownFound ? Outcome.STARTED_OWN_BELOW_BAR : Outcome.STARTED_OWN_NOT_FOUND;
            }
            outcomes.merge(outcome, 1, Integer::sum);
            started.add(label);
        }
        return new Tally(outcomes, wrong);
    }

    /**
     * One trace line's candidates, in the trace's order, each labelled by the true cluster of the article that started
     * it.
     *
     * @param fields the line split at its tabs: the article id, then "founder score terms names places" per candidate
     */
    static List<Candidate> candidates(String[] fields, Map<String, String> truth) {
        List<Candidate> candidates = new ArrayList<>();
        for (int i = 1; i < fields.length; i++) {
            String[] c = fields[i].split(" ");
            candidates.add(new Candidate(truth.get(c[0]), Double.parseDouble(c[1]), Double.parseDouble(c[2]),
                    Double.parseDouble(c[3]), Double.parseDouble(c[4])));
        }
        return candidates;
    }

    private static WrongJoin wrongJoin(String id, String label, List<Candidate> candidates, boolean ownFound,
                                       boolean ownStarted) {
        RunnerUp runnerUp = candidates.size() < 2 ? RunnerUp.NONE
                : candidates.get(1).score() >= 0 ? RunnerUp.AT_OR_ABOVE_BAR : RunnerUp.BELOW_BAR;
        OwnStory own = ownFound ? OwnStory.AMONG_CANDIDATES : ownStarted ? OwnStory.NOT_FOUND : OwnStory.NOT_STARTED;
        boolean twin = runnerUp == RunnerUp.AT_OR_ABOVE_BAR && candidates.get(0).sharesWhoOrWhere()
                && candidates.get(1).sharesWhoOrWhere();
        return new WrongJoin(id, label, List.copyOf(candidates.subList(0, Math.min(3, candidates.size()))), runnerUp,
                own, twin);
    }

    /** Groups the tuning part with the trace on and prints the counts and each wrong join. */
    public static void main(String[] args) throws IOException {
        TracedTuningRun run = TracedTuningRun.of("ArrivalErrors", args);
        Tally tally = tally(run.trace(), run.stream().truth());
        print(tally);
    }

    private static void print(Tally tally) {
        tally.outcomes().forEach((outcome, n) -> System.out.println(outcome + " " + n));
        System.out.println("wrong joins by runner-up: none " + tally.count(RunnerUp.NONE) + ", below the bar "
                + tally.count(RunnerUp.BELOW_BAR) + ", at or above it " + tally.count(RunnerUp.AT_OR_ABOVE_BAR));
        System.out.println("wrong joins by own story: not started " + tally.count(OwnStory.NOT_STARTED) + ", not found "
                + tally.count(OwnStory.NOT_FOUND) + ", among the candidates " + tally.count(OwnStory.AMONG_CANDIDATES));
        System.out.println("wrong joins whose two best stories both share the article's who or where: "
                + tally.twinsPlausible());
        for (WrongJoin w : tally.wrongJoins()) {
            StringBuilder b = new StringBuilder(w.id() + " (" + w.label() + ")");
            for (Candidate c : w.candidates()) {
                b.append(String.format(Locale.ROOT, "  %.2f %s [words %.2f names %.2f places %.2f]", c.score(),
                        c.label(), c.terms(), c.names(), c.places()));
            }
            System.out.println(b);
        }
    }
}
