package dev.storybrief.render;

import dev.storybrief.model.Article;
import dev.storybrief.model.Briefing;
import dev.storybrief.model.Claim;
import dev.storybrief.model.SourceNames;
import dev.storybrief.model.SummarySentence;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** How renderers name sources: "[CNN, Reuters +1]", outlet names where known, article ids otherwise. */
final class SourceLabels {
    private static final int SHOWN = 2;
    /** Reprinting outlets a label names before it counts the rest. */
    private static final int REPRINTERS_SHOWN = 3;

    private SourceLabels() {
    }

    /** Distinct labels of the sentence's source followed by its supporting articles. */
    static List<String> labels(Briefing briefing, SummarySentence sentence) {
        Set<String> labels = new LinkedHashSet<>();
        labels.add(label(briefing, sentence.source()));
        for (String id : sentence.support()) {
            labels.add(label(briefing, id));
        }
        return new ArrayList<>(labels);
    }

    /**
     * The compact chip text, e.g. "CNN, Reuters +1"; a sentence from a follow-up of another period says so ("Valley
     * Public Radio; later follow-up, 2026-09-01"), so that a later development is not read as part of the event.
     */
    static String chip(Briefing briefing, SummarySentence sentence) {
        String chip = compact(labels(briefing, sentence));
        String period = period(briefing, sentence.source());
        return period == null ? chip : chip + "; " + period + day(briefing, sentence.source());
    }

    /**
     * How an article of another period is shown: "later follow-up", or "earlier background" for one that appeared
     * before the story, or "another period" for an undated one, set apart by the months it names with no year to say
     * which way; null for an article of the story's own period.
     */
    static String period(Briefing briefing, String articleId) {
        if (!briefing.laterArticles().contains(articleId)) {
            return null;
        }
        if (briefing.isEarlier(articleId)) {
            return "earlier background";
        }
        boolean undated = briefing.article(articleId).map(a -> a.published() == null).orElse(false);
        return undated ? "another period" : "later follow-up";
    }

    /**
     * What a source's line says of it beside its date: its kind when it is no report ("opinion", "live blog"), and
     * its period ({@link #period}), or null for a report of the story's period.
     */
    static String tags(Briefing briefing, Article article) {
        String kind = article.kind() == dev.storybrief.model.ArticleKind.NEWS ? null : article.kind().key();
        String period = period(briefing, article.id());
        return kind == null ? period : period == null ? kind : kind + ", " + period;
    }

    /** The first {@value #SHOWN} labels and how many more: "CNN, Reuters +1". */
    static String compact(List<String> labels) {
        String shown = String.join(", ", labels.subList(0, Math.min(SHOWN, labels.size())));
        return labels.size() > SHOWN ? shown + " +" + (labels.size() - SHOWN) : shown;
    }

    /** ", 2011-10-28" for a dated article, "" otherwise. */
    private static String day(Briefing briefing, String articleId) {
        return briefing.article(articleId).map(Article::published).map(d -> ", " + d).orElse("");
    }

    /**
     * Whose text it is and who ran it: the source ({@link #source}: the wire a dateline names, else the outlet) and,
     * for a text other outlets ran too or that its own page ran as a reprint, those publishers: "Associated Press
     * (reprinted by Redfield Tribune)" is one report, counted once, and the reader still sees who ran it; a copy in the
     * list of sources says whose text it is, "Redfield Tribune (reprint of Associated Press)". Versions of one outlet's
     * text are "(+1 version)". More than {@value #REPRINTERS_SHOWN} publishers are counted, not named ("... and 9
     * more"): a wire story a dozen sites ran would fill a line.
     */
    static String label(Briefing briefing, String articleId) {
        String outlet = outlet(briefing, articleId);
        String source = source(briefing, articleId);
        Optional<String> original = briefing.reprintOf(articleId);
        if (original.isPresent()) {
            String theirs = source(briefing, original.get());
            return outlet + (theirs.equals(outlet) ? " (another version)" : " (reprint of " + theirs + ")");
        }
        List<String> copies = briefing.reprints().getOrDefault(articleId, List.of());
        Set<String> publishers = new LinkedHashSet<>();
        if (!source.equals(outlet)) {
            publishers.add(outlet);
        }
        long versions = 0;
        for (String id : copies) {
            String theirs = outlet(briefing, id);
            if (theirs.equals(outlet)) {
                versions++;
            } else if (!theirs.equals(source)) {
                publishers.add(theirs);
            }
        }
        List<String> parts = new ArrayList<>();
        if (!publishers.isEmpty()) {
            parts.add("reprinted by " + named(new ArrayList<>(publishers)));
        }
        if (versions > 0) {
            parts.add("+" + versions + (versions == 1 ? " version" : " versions"));
        }
        return parts.isEmpty() ? source : source + " (" + String.join("; ", parts) + ")";
    }

    /** "Brenmoor Star, Eastgate Gazette, Valley Record and 9 more". */
    private static String named(List<String> publishers) {
        if (publishers.size() <= REPRINTERS_SHOWN + 1) {
            return String.join(", ", publishers);
        }
        return String.join(", ", publishers.subList(0, REPRINTERS_SHOWN)) + " and "
                + (publishers.size() - REPRINTERS_SHOWN) + " more";
    }

    /**
     * Where an article came from, for the list of sources: its address, else its file, or null. A JSON Lines file
     * holds many articles, so its line is given too ("news.jsonl#3"), or the record's own id when it has one
     * ("news.jsonl#reuters-0412"): the file alone would send the reader to all of them.
     */
    static String where(Article a) {
        if (a.url() != null) {
            return a.url();
        }
        if (a.path() == null) {
            return null;
        }
        String file = a.path().toString();
        String name = a.path().getFileName() == null ? file : a.path().getFileName().toString();
        String stem = name.replaceFirst("(?i)\\.(?:jsonl|ndjson|json)$", "");
        if (stem.equals(name)) {
            return file;
        }
        // a line without an id was named by the reader after its file and line ("news-3")
        String id = a.id();
        boolean lineNumber = id.startsWith(stem + "-") && id.substring(stem.length() + 1).matches("\\d+");
        return file + "#" + (lineNumber ? id.substring(stem.length() + 1) : id);
    }

    /** Whose text an article is: the wire that wrote it when another outlet ran it, else its outlet ({@link #outlet}). */
    static String source(Briefing briefing, String articleId) {
        return briefing.article(articleId).map(Article::wire).orElseGet(() -> outlet(briefing, articleId));
    }

    /**
     * The outlet's name, or "unknown outlet #3" (its number in the list of sources) when nothing names it: a file
     * name is no outlet, and the reader did not choose it.
     */
    static String outlet(Briefing briefing, String articleId) {
        return SourceNames.of(briefing.articles(), articleId);
    }

    /**
     * "CNN, 2011-10-31, quoting Anders Fogh Rasmussen": the outlet and the article's day (in a disagreement the day
     * tells a changing count, a toll that grows over days, from outlets that differ on the same day), and whose claim
     * it is, as far as the article names them.
     */
    static String claimLabel(Briefing briefing, Claim claim) {
        String label = label(briefing, claim.source()) + day(briefing, claim.source());
        return claim.speaker() == null ? label : label + ", quoting " + claim.speaker();
    }

    static String headline(Briefing briefing) {
        return briefing.headline() != null ? briefing.headline() : "Briefing";
    }

    /**
     * The date as a reader should weigh it: "2011-10-24", "2011-10-28, inferred from Reuters", "2011-10-28, inferred
     * from Reuters, uncertain", "date unknown",
     * "date unknown, not after 2011-11-19".
     */
    static String dateOf(Briefing briefing, Article article) {
        if (article.published() == null) {
            return article.dating().notAfter() == null ? "date unknown"
                    : "date unknown (not after " + article.dating().notAfter() + ")";
        }
        if (!article.dateInferred()) {
            return article.published().toString();
        }
        List<String> from = article.dating().basis().stream().map(id -> label(briefing, id)).distinct().toList();
        return article.published() + ", inferred" + (from.isEmpty() ? "" : " from " + String.join(", ", from))
                + (article.dating().uncertain() ? ", uncertain" : "");
    }
}
