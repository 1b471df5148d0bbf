package dev.storybrief;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The stages that read pages and texts (ingest, clean) depend on each other one way only: clean reads what ingest
 * gives it, and no package of ingest (its HTML reader too) reads clean, directly or through others. What both need
 * (the words pages use about themselves) lives in a package both may read. Read from core's sources: each file's
 * package and the storybrief packages it imports or names; a cycle of packages is one whose every package reaches every
 * other. A stage's own packages may lean on each other (ingest and ingest.html); two stages in one cycle may not.
 */
class PackageCyclesTest {

    private static final Path SOURCES = Path.of("src", "main", "java", "dev", "storybrief");
    private static final Pattern PACKAGE = Pattern.compile("(?m)^package (dev\\.storybrief(?:\\.\\w+)*);");
    /** An import or a fully written name of a storybrief class: the package is the lower-case part before it. */
    private static final Pattern REFERENCE = Pattern.compile("\\b(dev\\.storybrief(?:\\.[a-z]\\w*)*)\\.[A-Z]");

    @Test
    void ingestAndCleanAreInNoCycleOfPackages() throws IOException {
        Map<String, Set<String>> edges = packageEdges();
        List<Set<String>> cycles = cycles(edges);
        List<Set<String>> acrossStages = cycles.stream().filter(c -> c.stream().map(PackageCyclesTest::stage)
                .distinct().count() > 1).toList();
        System.out.println("storybrief package cycles across stages: " + acrossStages);
        assertThat(edges.get("dev.storybrief.clean")).contains("dev.storybrief.ingest");
        assertThat(acrossStages).noneMatch(c -> c.stream().map(PackageCyclesTest::stage)
                .anyMatch(s -> s.equals("ingest") || s.equals("clean")));
    }

    /** The stage of a package: its first part below {@code dev.storybrief}. */
    private static String stage(String pkg) {
        String[] parts = pkg.split("\\.");
        return parts.length > 2 ? parts[2] : "";
    }

    /** Each package with the packages its files read. */
    private static Map<String, Set<String>> packageEdges() throws IOException {
        Map<String, Set<String>> edges = new TreeMap<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path file : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                String source = Files.readString(file);
                Matcher own = PACKAGE.matcher(source);
                if (!own.find()) {
                    continue;
                }
                Set<String> targets = edges.computeIfAbsent(own.group(1), k -> new TreeSet<>());
                Matcher ref = REFERENCE.matcher(source);
                while (ref.find()) {
                    if (!ref.group(1).equals(own.group(1))) {
                        targets.add(ref.group(1));
                    }
                }
            }
        }
        return edges;
    }

    /** The groups of more than one package that each reach the others (by reachability: a few dozen packages). */
    private static List<Set<String>> cycles(Map<String, Set<String>> edges) {
        List<Set<String>> out = new ArrayList<>();
        Map<String, Set<String>> reach = new HashMap<>();
        for (String node : edges.keySet()) {
            Set<String> seen = new TreeSet<>();
            Deque<String> todo = new ArrayDeque<>(edges.get(node));
            while (!todo.isEmpty()) {
                String next = todo.pop();
                if (seen.add(next)) {
                    todo.addAll(edges.getOrDefault(next, Set.of()));
                }
            }
            reach.put(node, seen);
        }
        Set<String> placed = new TreeSet<>();
        for (String node : edges.keySet()) {
            if (placed.contains(node) || !reach.get(node).contains(node)) {
                continue;
            }
            Set<String> cycle = new TreeSet<>();
            for (String other : reach.get(node)) {
                if (reach.getOrDefault(other, Set.of()).contains(node)) {
                    cycle.add(other);
                }
            }
            placed.addAll(cycle);
            if (cycle.size() > 1) {
                out.add(cycle);
            }
        }
        return out;
    }
}
