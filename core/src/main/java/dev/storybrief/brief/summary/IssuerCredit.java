package dev.storybrief.brief.summary;

import dev.storybrief.group.StoryGrouper;
import dev.storybrief.model.AnalyzedArticle;
import dev.storybrief.model.ArticleKind;
import dev.storybrief.model.QuantitySpan;
import dev.storybrief.model.Sentence;
import dev.storybrief.model.Story;
import dev.storybrief.model.Words;
import dev.storybrief.model.vector.SentenceIndex;
import dev.storybrief.model.vector.TermVector;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A figure the reports took from a press release is the issuer's: "Tessel Robotics will cut 1,200 jobs, the company
 * said" told by two outlets is one company's number relayed twice, not a count two outlets found. The release itself
 * backs no line (it is no report), so the line is credited to the outlets that ran it, and, once trimmed of its
 * closing attribution, reads as a fact they established. A line giving a count or an amount that a release of the
 * story gives in an alike sentence (as support counts alike: {@link StoryGrouper#DEFAULT_SUPPORT_THRESHOLD} and
 * {@link StoryGrouper#MIN_SHARED_TERMS}) is marked after the figure with whose it is: "1,200 jobs (figure from a
 * press release by Tessel Robotics, 2026-12-01)". The outlets that report it stay its credit.
 */
final class IssuerCredit {
    private IssuerCredit() {
    }

    /**
     * The chosen lines with each figure a press release gives credited to its issuer; the lowest-scored unmarked
     * lines give way when the marks take the summary past its words. The same list when no line gives such a figure.
     */
    static List<SummaryCandidate> credited(List<SummaryCandidate> chosen, Story story, SentenceIndex index, int budget) {
        List<AnalyzedArticle> releases = story.articles().stream()
                .filter(a -> a.article().kind() == ArticleKind.PRESS_RELEASE).toList();
        if (releases.isEmpty()) {
            return chosen;
        }
        List<SummaryCandidate> result = new ArrayList<>(chosen);
        Set<SummaryCandidate> marked = new java.util.HashSet<>();
        for (int i = 0; i < result.size(); i++) {
            SummaryCandidate line = result.get(i);
            String text = marked(line, releases, index);
            if (!text.equals(line.text())) {
                SummaryCandidate credited = new SummaryCandidate(line.article(), line.sentence(), text,
                        Words.count(text), line.score(), line.trimmer(), line.stead());
                result.set(i, credited);
                marked.add(credited);
            }
        }
        while (SummaryCandidate.words(result) > budget && result.stream().anyMatch(s -> !marked.contains(s))) {
            result.remove(result.stream().filter(s -> !marked.contains(s))
                    .min(Comparator.comparingDouble(SummaryCandidate::score)).get());
        }
        return result;
    }

    /** The line's text with its first figure a release gives marked with the issuers; the text as it is otherwise. */
    private static String marked(SummaryCandidate line, List<AnalyzedArticle> releases, SentenceIndex index) {
        TermVector v = index.vectorOf(line.sentence().text());
        for (QuantitySpan figure : line.article().quantities(line.sentence())) {
            int at = line.text().indexOf(figure.text());
            if (at < 0) {
                continue;
            }
            Set<String> issuers = new LinkedHashSet<>();
            java.time.LocalDate day = null;
            for (AnalyzedArticle release : releases) {
                if (release.article().outlet() != null && gives(release, figure, v, index)) {
                    issuers.add(release.article().outlet());
                    day = day == null ? CorrectedFigures.dateOf(release) : day;
                }
            }
            if (!issuers.isEmpty()) {
                int end = at + figure.text().length();
                return line.text().substring(0, end) + " (figure from a press release by " + String.join(" and ", issuers)
                        + (day == null ? "" : ", " + day) + ")" + line.text().substring(end);
            }
        }
        return line.text();
    }

    /** True when a sentence of the release alike to the line's ({@code v}) gives the figure again. */
    private static boolean gives(AnalyzedArticle release, QuantitySpan figure, TermVector v, SentenceIndex index) {
        for (Sentence s : release.sentences()) {
            if (!QuantitySpan.givesOneOf(List.of(figure), release.quantities(s))) {
                continue;
            }
            TermVector r = index.vectorOf(s.text());
            if (r.cosine(v) >= StoryGrouper.DEFAULT_SUPPORT_THRESHOLD && r.sharedTerms(v) >= StoryGrouper.MIN_SHARED_TERMS) {
                return true;
            }
        }
        return false;
    }
}
