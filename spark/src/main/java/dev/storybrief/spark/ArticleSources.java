package dev.storybrief.spark;

import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;

/**
 * Reads articles from any path Hadoop can read (local, {@code hdfs://}, {@code s3a://}, ...; folders and globs too):
 * JSON Lines (gzip allowed), Parquet with columns {@code id, title, date, outlet, text} (all but {@code text}
 * optional), or WARC web archives. Every article gets a key unique in the run. What cannot be taken as an article (a
 * torn JSON line, a row without text, a WARC record cut short or not a page) is skipped and counted in a
 * {@link SkippedInput}.
 */
public final class ArticleSources {
    /** The input formats. */
    public enum Format {
        JSONL, PARQUET, WARC;

        /** The format named on the command line, or guessed from the first path's name when {@code auto}. */
        public static Format of(String name, List<String> paths) {
            String chosen = name.toLowerCase(Locale.ROOT);
            if (chosen.equals("auto")) {
                String first = paths.get(0).toLowerCase(Locale.ROOT);
                if (first.contains(".parquet")) {
                    return PARQUET;
                }
                return first.contains(".warc") ? WARC : JSONL;
            }
            return switch (chosen) {
                case "jsonl", "json" -> JSONL;
                case "parquet" -> PARQUET;
                case "warc" -> WARC;
                default -> throw new IllegalArgumentException("unknown input format \"" + name
                        + "\" (use auto, jsonl, parquet or warc)");
            };
        }

        /** What one piece of input of this format is called in the summary line. */
        public String unit() {
            return switch (this) {
                case JSONL -> "JSON line";
                case PARQUET -> "Parquet row";
                case WARC -> "WARC record";
            };
        }
    }

    private ArticleSources() {
    }

    /**
     * The articles at the paths, keyed.
     *
     * @param skipped counts what was read but not taken as an article (filled as the articles are computed)
     */
    public static JavaRDD<ArticleRecord> read(SparkSession spark, Format format, List<String> paths,
                                              SkippedInput skipped) {
        JavaRDD<ArticleRecord> articles = switch (format) {
            case JSONL -> jsonLines(spark, paths, skipped);
            case PARQUET -> parquet(spark, paths, skipped);
            case WARC -> warc(spark, paths, skipped);
        };
        // unique ids need no extra pass over the input, unlike zipWithIndex
        return articles.zipWithUniqueId().map(t -> t._1().withKey(t._2()));
    }

    private static JavaRDD<ArticleRecord> jsonLines(SparkSession spark, List<String> paths, SkippedInput skipped) {
        Dataset<Row> lines = spark.read().text(paths.toArray(String[]::new))
                .withColumn("source", functions.input_file_name());
        return lines.javaRDD().flatMap(row -> JsonArticleLines.parse(row.getString(0), row.getString(1),
                skipped::add).iterator());
    }

    private static JavaRDD<ArticleRecord> parquet(SparkSession spark, List<String> paths, SkippedInput skipped) {
        Dataset<Row> rows = spark.read().parquet(paths.toArray(String[]::new));
        List<String> columns = Arrays.asList(rows.columns());
        if (!columns.contains("text")) {
            throw new IllegalArgumentException("the Parquet input has no \"text\" column (it has " + columns + ")");
        }
        List<String> wanted = List.of("id", "title", "date", "outlet", "text");
        List<org.apache.spark.sql.Column> select = new ArrayList<>();
        for (String column : wanted) {
            select.add(columns.contains(column) ? functions.col(column).cast("string").as(column)
                    : functions.lit(null).cast("string").as(column));
        }
        select.add(functions.input_file_name().as("source"));
        return rows.select(select.toArray(org.apache.spark.sql.Column[]::new)).javaRDD()
                .filter(row -> {
                    boolean hasText = row.getString(4) != null && !row.getString(4).isBlank();
                    if (!hasText) {
                        skipped.add(SkippedInput.Reason.NO_TEXT);
                    }
                    return hasText;
                })
                .map(row -> new ArticleRecord(null, row.getString(0) != null ? row.getString(0)
                        : "article-" + Integer.toHexString(row.getString(4).hashCode()),
                        row.getString(1), row.getString(2), row.getString(3), row.getString(4), row.getString(5), false));
    }

    private static JavaRDD<ArticleRecord> warc(SparkSession spark, List<String> paths, SkippedInput skipped) {
        JavaSparkContext context = JavaSparkContext.fromSparkContext(spark.sparkContext());
        return context.binaryFiles(String.join(",", paths)).flatMap(file -> {
            try (InputStream in = file._2().open()) {
                return WarcArticles.read(in, file._1(), skipped::add).iterator();
            } catch (java.io.IOException e) {
                throw new UncheckedIOException("cannot read WARC " + file._1() + ": " + e.getMessage(), e);
            }
        });
    }
}
