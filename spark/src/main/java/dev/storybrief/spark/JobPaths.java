package dev.storybrief.spark;

import java.io.IOException;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.SparkConf;
import scala.Tuple2;

/**
 * Checks the job's paths before any work: an {@code --output} that exists and an {@code --input} that matches nothing
 * are a user's mistakes, answered with one line instead of the stack trace Spark's writer or reader throws minutes
 * later.
 */
final class JobPaths {
    private static final String HADOOP_PREFIX = "spark.hadoop.";

    private JobPaths() {
    }

    /** The Hadoop settings a Spark session would use ({@code spark.hadoop.*} of the configuration), without one. */
    static Configuration hadoopConfiguration(SparkConf conf) {
        Configuration hadoop = new Configuration();
        for (Tuple2<String, String> entry : conf.getAll()) {
            if (entry._1().startsWith(HADOOP_PREFIX)) {
                hadoop.set(entry._1().substring(HADOOP_PREFIX.length()), entry._2());
            }
        }
        return hadoop;
    }

    /**
     * Checks the paths.
     *
     * @throws IllegalArgumentException with one line naming the option and the path
     */
    static void check(Configuration hadoop, List<String> inputs, String output) {
        if (matches(hadoop, "--output", output, false)) {
            throw new IllegalArgumentException("--output " + output
                    + " already exists (the job never overwrites: remove it or name a new folder)");
        }
        for (String input : inputs) {
            if (!matches(hadoop, "--input", input, true)) {
                throw new IllegalArgumentException("--input " + input + ": "
                        + (isGlob(input) ? "matches no file" : "no such file or folder"));
            }
        }
    }

    private static boolean matches(Configuration hadoop, String option, String name, boolean glob) {
        try {
            Path path = new Path(name);
            FileSystem fs = path.getFileSystem(hadoop);
            if (!glob) {
                return fs.exists(path);
            }
            FileStatus[] found = fs.globStatus(path);
            return found != null && found.length > 0;
        } catch (IOException | IllegalArgumentException e) {
            // an unknown scheme, a bad URI or a store that does not answer
            throw new IllegalArgumentException(option + " " + name + ": cannot be read ("
                    + String.valueOf(e.getMessage()).lines().findFirst().orElse("") + ")", e);
        }
    }

    private static boolean isGlob(String name) {
        return name.chars().anyMatch(c -> c == '*' || c == '?' || c == '[' || c == '{');
    }
}
