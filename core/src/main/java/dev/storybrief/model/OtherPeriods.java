package dev.storybrief.model;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Which of the articles set apart as another period than the story's came before it rather than after it. Grouping
 * sets apart any article far from the bulk of the story's dates, earlier or later; one published before the first
 * article of the story's own period is background that led up to it, not a follow-up.
 */
public final class OtherPeriods {

    private OtherPeriods() {
    }

    /** The ids of {@code apart} whose article appeared before every dated article of the story's own period. */
    public static Set<String> earlier(List<Article> articles, List<String> apart) {
        LocalDate start = articles.stream().filter(a -> !apart.contains(a.id())).map(Article::published)
                .filter(Objects::nonNull).min(LocalDate::compareTo).orElse(null);
        Set<String> earlier = new LinkedHashSet<>();
        if (start == null) {
            return earlier;
        }
        for (Article a : articles) {
            if (apart.contains(a.id()) && a.published() != null && a.published().isBefore(start)) {
                earlier.add(a.id());
            }
        }
        return earlier;
    }
}
