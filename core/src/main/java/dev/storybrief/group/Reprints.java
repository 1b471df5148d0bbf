package dev.storybrief.group;

import dev.storybrief.group.stories.WireCopies;
import dev.storybrief.model.AnalyzedArticle;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A story's articles with copies of one text ({@link WireCopies}) told apart as one report. The report is the
 * earliest copy, the first read on a tie (a reprint is not earlier than what it reprints; the order is the reader's).
 * <ul>
 *   <li>A copy under another outlet's name (an agency's story that a site ran as its own) is folded into the report:
 *   it is no independent evidence, so it leaves the briefed articles (support, quotes, timeline count it once, as the
 *   stories listing does) and the briefing names its outlet beside the report's.</li>
 *   <li>An outlet's own earlier version of an article ({@link Versions}: same stamp or headline stem, mostly the same
 *   text) is folded into its newest version like a copy: the outlet replaced its figures, and briefed beside the new
 *   ones they would stand against them.</li>
 *   <li>Another version of the report under the same outlet (a wire service's updated write-through), a copy of
 *   which either outlet is unknown, or a copy under another name that gives a figure the report does not (an outlet
 *   edited the wire's "about 80" to "120"), stays among the briefed articles, because its update is news (folding them cost
 *   DUC 2004, whose copies are all such versions, R-1 40.09 -> 39.71 and R-2 10.55 -> 10.32), but it is one report
 *   as shown: it backs none of the report's sentences, and its quotes are the report's.</li>
 * </ul>
 *
 * @param kept      the articles briefed, in input order
 * @param reprints  for each kept article that other outlets ran as a copy, those copies, in input order
 * @param versionOf for each kept article that is another version of a kept report, that report's id
 */
public record Reprints(List<AnalyzedArticle> kept, Map<String, List<AnalyzedArticle>> reprints,
                       Map<String, String> versionOf) {

    /** A number as a text writes it ("3,500", "6", "1.200"). */
    private static final java.util.regex.Pattern FIGURE = java.util.regex.Pattern.compile("\\d+(?:[.,]\\d+)*");

    public Reprints {
        kept = List.copyOf(kept);
        Map<String, List<AnalyzedArticle>> copy = new LinkedHashMap<>();
        reprints.forEach((id, copies) -> copy.put(id, List.copyOf(copies)));
        reprints = Collections.unmodifiableMap(copy);
        versionOf = Map.copyOf(versionOf);
    }

    /**
     * Tells the copies among {@code articles} apart (compared by their cleaned text). An outlet's article superseded
     * by its own newer version ({@link Versions}) is folded into the newest like a reprint: briefed, its old figures
     * would be set against the outlet's new ones, as if the outlet disagreed with itself.
     */
    public static Reprints fold(List<AnalyzedArticle> articles) {
        List<String> texts = articles.stream().map(a -> String.join("\n", a.article().paragraphs())).toList();
        Map<String, List<AnalyzedArticle>> reprints = new LinkedHashMap<>();
        Map<String, String> versionOf = new LinkedHashMap<>();
        Set<Integer> folded = new HashSet<>();
        // an outlet's older version is folded into its newest: the outlet itself replaced its figures
        Map<Integer, Integer> superseded = Versions.superseded(articles);
        superseded.forEach((older, newest) -> {
            reprints.computeIfAbsent(articles.get(newest).id(), id -> new ArrayList<>()).add(articles.get(older));
            folded.add(older);
        });
        List<LocalDate> days = articles.stream().map(a -> a.article().published()).toList();
        for (List<Integer> all : WireCopies.groups(texts, days)) {
            List<Integer> group = all.stream().filter(i -> !superseded.containsKey(i)).toList();
            if (group.size() < 2) {
                continue;
            }
            int report = group.stream().min(Comparator.comparing((Integer i) -> dayOf(articles.get(i)))
                    .thenComparing(i -> i)).orElseThrow();
            AnalyzedArticle original = articles.get(report);
            List<AnalyzedArticle> copies = new ArrayList<>();
            for (int i : group) {
                if (i == report) {
                    continue;
                }
                if (underAnotherName(original, articles.get(i)) && !newFigures(texts.get(report), texts.get(i))) {
                    copies.add(articles.get(i));
                    folded.add(i);
                } else {
                    versionOf.put(articles.get(i).id(), original.id());
                }
            }
            if (!copies.isEmpty()) {
                reprints.computeIfAbsent(original.id(), id -> new ArrayList<>()).addAll(copies);
            }
        }
        List<AnalyzedArticle> kept = new ArrayList<>();
        for (int i = 0; i < articles.size(); i++) {
            if (!folded.contains(i)) {
                kept.add(articles.get(i));
            }
        }
        return new Reprints(kept, reprints, versionOf);
    }

    /**
     * The copy runs under another outlet's name than the report. When either outlet is unknown, nothing tells a
     * reprint from a revision, and it is taken as a version: shown as one report, still ranked (the cautious side).
     */
    private static boolean underAnotherName(AnalyzedArticle report, AnalyzedArticle copy) {
        String outlet = report.article().outlet();
        String theirs = copy.article().outlet();
        return outlet != null && theirs != null && !outlet.equals(theirs);
    }

    /**
     * The copy gives a figure the report does not ("120 firefighters" in a copy of "about 80"): an outlet edited the
     * wire's text, or ran a later write-through. Folded, its figure would vanish from the briefing; kept as a version of
     * the report, it is still one report as shown and its figure stays a claim of its own.
     */
    private static boolean newFigures(String report, String copy) {
        Set<String> theirs = figures(report);
        return figures(copy).stream().anyMatch(f -> !theirs.contains(f));
    }

    private static Set<String> figures(String text) {
        Set<String> figures = new HashSet<>();
        java.util.regex.Matcher m = FIGURE.matcher(text);
        while (m.find()) {
            figures.add(m.group().replaceAll("[,.]", ""));
        }
        return figures;
    }

    private static LocalDate dayOf(AnalyzedArticle article) {
        LocalDate day = article.article().published();
        return day == null ? LocalDate.MAX : day;
    }
}
