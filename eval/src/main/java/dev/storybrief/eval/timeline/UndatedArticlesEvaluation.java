package dev.storybrief.eval.timeline;

import dev.storybrief.NothingToBriefException;
import dev.storybrief.Storybrief;
import dev.storybrief.ingest.MetaKey;
import dev.storybrief.ingest.RawDocument;
import dev.storybrief.ingest.SourceFormat;
import dev.storybrief.model.AnalyzedArticle;
import dev.storybrief.model.DateProvenance;
import dev.storybrief.model.DateSource;
import dev.storybrief.model.Story;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * How well {@code brief} dates articles that come without a date, measured on a timeline collection: in each topic,
 * taken in date order, every other article (the 2nd, 4th, ...) loses its date and the rest keep theirs; the topic
 * then goes through core's {@link Storybrief#story} as {@code brief} runs it, and each date it gives an undated
 * article is compared with the one taken away. A wrong date is worse than none, so what counts is how many of the
 * dates given are right (exact, within 1 and 3 days, and how many are off by more than 7), and whether the
 * confidence sorts the right from the wrong (AUC of within a day against further off, and per confidence band).
 *
 * <p>Timeline17's development topics are split once: {@link #TUNING} is looked at while rules are made,
 * {@link #GATE} is only measured as a check of those rules (see docs/BENCHMARKS.md for how often it was run).
 */
public final class UndatedArticlesEvaluation {
    /** Topics looked at while tuning: haiti (the dense story the weakness was found on), MJ, EgyptianProtest. */
    public static final Set<String> TUNING = Set.of("haiti", "MJ", "EgyptianProtest");
    /** Topics measured only as a gate: Finan and bpoil (five outlets merged). */
    public static final Set<String> GATE = Set.of("Finan", "bpoil");
    /** A date this close to the truth counts as right when the confidence is judged. */
    static final int RIGHT_DAYS = 1;

    /** What happened to one article whose date was taken away. */
    public record Outcome(String topic, String id, LocalDate truth, LocalDate inferred, DateSource source,
                          double confidence, List<String> basis) {
        /** Days between the date given and the true one, or -1 when the article stayed undated. */
        public long off() {
            return inferred == null ? -1 : Math.abs(ChronoUnit.DAYS.between(truth, inferred));
        }
    }

    private final Storybrief storybrief;

    /** An evaluation through core's default stages. */
    public UndatedArticlesEvaluation() {
        this(Storybrief.builder().build());
    }

    /** An evaluation through the given pipeline. */
    public UndatedArticlesEvaluation(Storybrief storybrief) {
        this.storybrief = storybrief;
    }

    /** The topics of a part: {@code tuning}, {@code gate} or {@code all}. */
    public static List<TimelineTopic> part(List<TimelineTopic> topics, String part) {
        return switch (part.toLowerCase(Locale.ROOT)) {
            case "all" -> topics;
            case "tuning" -> topics.stream().filter(t -> TUNING.contains(t.collection().id())).toList();
            case "gate" -> topics.stream().filter(t -> GATE.contains(t.collection().id())).toList();
            default -> throw new IllegalArgumentException("--undated must be tuning, gate or all, got \"" + part + "\"");
        };
    }

    /** Runs every topic; {@code progress} hears each finished topic's name. */
    public List<Outcome> run(List<TimelineTopic> topics, Consumer<String> progress) {
        List<Outcome> outcomes = new ArrayList<>();
        for (TimelineTopic topic : topics) {
            outcomes.addAll(run(topic.collection()));
            progress.accept(topic.collection().id());
        }
        return outcomes;
    }

    /** One topic: every other article in date order undated, the story built, the undated ones compared. */
    public List<Outcome> run(TimelineCollection collection) {
        List<RawDocument> documents = new ArrayList<>();
        Map<String, LocalDate> hidden = new LinkedHashMap<>();
        List<TimelineArticle> articles = collection.articles();
        for (int i = 0; i < articles.size(); i++) {
            TimelineArticle a = articles.get(i);
            boolean hide = i % 2 == 1;
            if (hide) {
                hidden.put(a.id(), a.date());
            }
            Map<MetaKey, String> meta = hide ? Map.of() : Map.of(MetaKey.PUBLISHED, a.date().toString());
            documents.add(new RawDocument(a.id(), Path.of(a.id() + ".txt"), SourceFormat.TEXT, a.text(), meta));
        }
        Story story;
        try {
            story = storybrief.story(collection.id(), documents, new ArrayList<>());
        } catch (NothingToBriefException e) {
            return List.of();
        }
        List<Outcome> outcomes = new ArrayList<>();
        for (AnalyzedArticle a : story.articles()) {
            LocalDate truth = hidden.get(a.id());
            if (truth == null) {
                continue;
            }
            DateProvenance dating = a.article().dating();
            outcomes.add(new Outcome(collection.id(), a.id(), truth, a.article().published(), dating.source(),
                    dating.confidence(), dating.basis()));
        }
        return outcomes;
    }

    /** Counts over a set of outcomes. */
    public record Counts(int undated, int dated, int exact, int withinOne, int withinThree, int beyondSeven,
                         double auc) {
        static Counts of(List<Outcome> outcomes) {
            int dated = 0;
            int exact = 0;
            int one = 0;
            int three = 0;
            int seven = 0;
            List<Double> right = new ArrayList<>();
            List<Double> wrong = new ArrayList<>();
            for (Outcome o : outcomes) {
                if (o.inferred() == null) {
                    continue;
                }
                dated++;
                long off = o.off();
                exact += off == 0 ? 1 : 0;
                one += off <= 1 ? 1 : 0;
                three += off <= 3 ? 1 : 0;
                seven += off > 7 ? 1 : 0;
                (off <= RIGHT_DAYS ? right : wrong).add(o.confidence());
            }
            return new Counts(outcomes.size(), dated, exact, one, three, seven, UndatedArticlesEvaluation.auc(right, wrong));
        }

        private static String share(int n, int of) {
            return of == 0 ? "-" : String.format(Locale.ROOT, "%d (%.2f)", n, n / (double) of);
        }
    }

    /** The chance that a date within a day is more confident than one further off (ties half; NaN without both). */
    static double auc(List<Double> right, List<Double> wrong) {
        if (right.isEmpty() || wrong.isEmpty()) {
            return Double.NaN;
        }
        double wins = 0;
        for (double r : right) {
            for (double w : wrong) {
                wins += r > w ? 1 : r == w ? 0.5 : 0;
            }
        }
        return wins / (right.size() * (double) wrong.size());
    }

    /** Confidence bands a reader sees: below {@link DateProvenance#UNCERTAIN_BELOW} is shown "uncertain". */
    private static final double[] BANDS = {0, DateProvenance.UNCERTAIN_BELOW, 0.6, 1.01};

    /** The Markdown report: one row per topic and a pooled row, then the confidence bands pooled. */
    public static String markdown(String part, List<Outcome> outcomes) {
        Map<String, List<Outcome>> byTopic = new LinkedHashMap<>();
        outcomes.forEach(o -> byTopic.computeIfAbsent(o.topic(), t -> new ArrayList<>()).add(o));
        StringBuilder md = new StringBuilder(String.format(Locale.ROOT, "undated articles (%s part): every other "
                + "article of each topic without its date; the dates given compared with the true ones%n%n", part));
        md.append("| topic | undated | dated | exact | within 1 day | within 3 days | off > 7 days | AUC (conf.) |\n");
        md.append("|---|---|---|---|---|---|---|---|\n");
        byTopic.forEach((topic, list) -> md.append(row(topic, Counts.of(list))));
        md.append(row("**pooled**", Counts.of(outcomes)));
        md.append("\n(shares are of the articles dated; AUC: a date within 1 day is more confident than one further"
                + " off)\n\n| confidence | dated | within 1 day | off > 7 days |\n|---|---|---|---|\n");
        for (int b = 0; b + 1 < BANDS.length; b++) {
            double lo = BANDS[b];
            double hi = BANDS[b + 1];
            Counts c = Counts.of(outcomes.stream().filter(o -> o.inferred() != null && o.confidence() >= lo
                    && o.confidence() < hi).toList());
            md.append(String.format(Locale.ROOT, "| %.1f-%.1f | %d | %s | %s |%n", lo, Math.min(1, hi), c.dated(),
                    Counts.share(c.withinOne(), c.dated()), Counts.share(c.beyondSeven(), c.dated())));
        }
        return md.toString();
    }

    private static String row(String label, Counts c) {
        return String.format(Locale.ROOT, "| %s | %d | %d | %s | %s | %s | %s | %s |%n", label, c.undated(), c.dated(),
                Counts.share(c.exact(), c.dated()), Counts.share(c.withinOne(), c.dated()),
                Counts.share(c.withinThree(), c.dated()), Counts.share(c.beyondSeven(), c.dated()),
                Double.isNaN(c.auc()) ? "-" : String.format(Locale.ROOT, "%.3f", c.auc()));
    }

    /** One line per undated article (topic, id, truth, date given, source, confidence, basis), for reading errors. */
    public static String lines(List<Outcome> outcomes) {
        StringBuilder out = new StringBuilder();
        for (Outcome o : outcomes) {
            out.append(String.join("\t", o.topic(), o.id(), o.truth().toString(),
                    o.inferred() == null ? "undated" : o.inferred().toString(), String.valueOf(o.off()),
                    o.source() == null ? "-" : o.source().key(), String.format(Locale.ROOT, "%.2f", o.confidence()),
                    String.join(",", o.basis()))).append('\n');
        }
        return out.toString();
    }
}
