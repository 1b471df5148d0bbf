package dev.storybrief.eval.timeline;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.NavigableSet;
import java.util.TreeMap;

/**
 * A timeline: dates, each with a short summary of one or more sentences. Gold timelines written by journalists
 * and the timelines a system returns have this one shape.
 *
 * @param entries the summary sentences of each date, in date order; a date is never without a sentence
 */
public record Timeline(NavigableMap<LocalDate, List<String>> entries) {

    /** Copies the entries, dropping empty sentences and dates left without one. */
    public Timeline {
        TreeMap<LocalDate, List<String>> copy = new TreeMap<>();
        entries.forEach((date, sentences) -> {
            List<String> kept = sentences.stream().map(String::strip).filter(s -> !s.isEmpty()).toList();
            if (!kept.isEmpty()) {
                copy.put(date, kept);
            }
        });
        entries = java.util.Collections.unmodifiableNavigableMap(copy);
    }

    /** A timeline from a map of dates to sentences. */
    public static Timeline of(Map<LocalDate, List<String>> entries) {
        return new Timeline(new TreeMap<>(entries));
    }

    /** The dates, in order. */
    public NavigableSet<LocalDate> dates() {
        return entries.navigableKeySet();
    }

    /** The sentences of a date; empty when the timeline does not have it. */
    public List<String> sentences(LocalDate date) {
        return entries.getOrDefault(date, List.of());
    }

    /** Every sentence, in date order. */
    public List<String> allSentences() {
        List<String> all = new ArrayList<>();
        entries.values().forEach(all::addAll);
        return all;
    }

    /** Number of dates. */
    public int size() {
        return entries.size();
    }

    /** Mean number of sentences per date (0 for an empty timeline). */
    public double meanSentencesPerDate() {
        return entries.isEmpty() ? 0 : (double) allSentences().size() / entries.size();
    }
}
