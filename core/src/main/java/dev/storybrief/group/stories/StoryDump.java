package dev.storybrief.group.stories;

import dev.storybrief.ingest.RawDocument;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;

/**
 * A diagnostic: with {@code -Dstorybrief.dumpStories=FILE}, writes every story's distinct articles, each with its id,
 * day, the start of its text and the term frequencies and IDF of its words, names and places, so that cut rules can be
 * studied offline: when the last article has arrived ({@code FILE.arrival}), after the small stories' second chance
 * ({@code FILE.second}) and before the two-event split ({@code FILE}). Writes nothing without the property.
 */
final class StoryDump {
    private StoryDump() {
    }

    /** Writes the stories to the property's file with {@code stage} appended; nothing when the property is unset. */
    static void write(String stage, List<StoryCluster> stories, List<RawDocument> documents, List<Long> days,
                      List<ArticleProfile> profiles, Function<Facet, IncrementalIdf> idf) {
        String file = System.getProperty("storybrief.dumpStories");
        if (file == null) {
            return;
        }
        try (PrintWriter out = new PrintWriter(Files.newBufferedWriter(Path.of(file + stage), StandardCharsets.UTF_8))) {
            for (StoryCluster story : stories) {
                out.println("S\t" + story.number());
                for (int item : story.members()) {
                    ArticleProfile p = profiles.get(item);
                    if (p == null) {
                        continue;
                    }
                    String text = documents.get(item).text();
                    out.println("A\t" + documents.get(item).id() + "\t" + days.get(item) + "\t"
                            + text.substring(0, Math.min(600, text.length())).replaceAll("\\s+", " "));
                    for (Facet f : new Facet[] {Facet.TERMS, Facet.NAMES, Facet.PLACES}) {
                        SparseVector tf = p.tf(f);
                        StringBuilder b = new StringBuilder("F\t" + f);
                        for (int i = 0; i < tf.size(); i++) {
                            b.append('\t').append(tf.terms()[i]).append(' ').append(tf.weights()[i]).append(' ')
                                    .append(idf.apply(f).idf(tf.terms()[i]));
                        }
                        out.println(b);
                    }
                }
            }
        } catch (IOException e) {
            System.err.println("storybrief.dumpStories: " + e.getMessage());
        }
    }
}
