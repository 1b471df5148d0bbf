package dev.storybrief.spark;

import org.apache.spark.SparkConf;
import org.apache.spark.sql.SparkSession;

/**
 * The Spark job: reads articles, groups them into stories and writes one JSON line per story with its briefing.
 *
 * <pre>
 * spark-submit --class dev.storybrief.spark.StoryJob --master local[2] spark/target/storybrief-spark-job.jar \
 *     --input articles.jsonl --output stories/
 * </pre>
 *
 * Without spark-submit (plain {@code java}), the master defaults to {@code local[*]}.
 */
public final class StoryJob {
    private StoryJob() {
    }

    /** Runs the job and exits with its status. */
    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs the job; 0 on success, 2 for a usage mistake, 1 when the job failed. Messages are one line. */
    public static int run(String... args) {
        JobOptions options;
        try {
            options = JobOptions.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println("storybrief-spark: error: " + e.getMessage());
            System.err.println(JobOptions.USAGE);
            return 2;
        }
        SparkConf conf = new SparkConf().setAppName("storybrief-stories");
        if (!conf.contains("spark.master")) {
            conf.setMaster("local[*]");
        }
        try {
            // before Spark starts: a mistaken path is answered in a second, not after the session's start-up
            JobPaths.check(JobPaths.hadoopConfiguration(conf), options.inputs(), options.output());
        } catch (IllegalArgumentException e) {
            System.err.println("storybrief-spark: error: " + e.getMessage());
            return 2;
        }
        SparkSession spark = SparkSession.builder().config(conf).getOrCreate();
        try {
            PipelineReport report = run(spark, options);
            if (!report.skipped().isEmpty()) {
                System.err.println("storybrief-spark: warning: " + report.skipped());
            }
            System.err.println("storybrief-spark: " + report.describe() + "; wrote " + options.output());
            return 0;
        } catch (Exception e) {
            // Spark and Hadoop throw checked exceptions undeclared (Scala): every failure gets its one line
            if (System.getenv("STORYBRIEF_DEBUG") != null) {
                e.printStackTrace();
            }
            System.err.println("storybrief-spark: error: " + oneLine(e));
            return 1;
        } finally {
            spark.stop();
        }
    }

    /**
     * Runs the pipeline in a session the caller owns.
     *
     * @throws IllegalArgumentException with one line when the output exists or an input matches nothing
     */
    public static PipelineReport run(SparkSession spark, JobOptions options) {
        JobPaths.check(spark.sparkContext().hadoopConfiguration(), options.inputs(), options.output());
        StoryPipeline pipeline = new StoryPipeline(options.options(), options.words(), options.minArticles(),
                options.partitions());
        SkippedInput skipped = new SkippedInput(spark.sparkContext());
        PipelineReport report = pipeline.run(ArticleSources.read(spark, options.format(), options.inputs(), skipped),
                options.output());
        return report.withSkipped(skipped.describe(options.format().unit()));
    }

    private static String oneLine(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
        return message.lines().findFirst().orElse(message).strip();
    }
}
