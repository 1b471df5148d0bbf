package dev.storybrief.eval.extraction;

import java.nio.file.Path;

/** One benchmark page: its key (file name stem), source URL, ground-truth body and gzipped HTML file. */
public record BenchmarkPage(String key, String url, String truth, Path htmlFile) {
}
