package dev.storybrief.brief.summary;

import dev.storybrief.model.AnalyzedArticle;
import dev.storybrief.model.Sentence;
import dev.storybrief.model.Story;
import dev.storybrief.model.StoryView;
import dev.storybrief.model.SummarySentence;
import dev.storybrief.model.Words;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Says why a summary stops well short of its budget: a reader who sees "45 of 120 words" beside articles with more
 * to tell should know whether the rest repeats what is shown (or takes the other side of a figure it states) or
 * cannot stand alone (a heading, a question, a quotation's fragment, a line too short to carry a fact).
 */
final class ShortSummaryNote {
    private ShortSummaryNote() {
    }

    /**
     * The note for a summary that uses less than half of {@code budget} while the articles the summary reads have
     * sentences it did not take; empty otherwise (an empty summary has its own note).
     *
     * @param filter the candidate filter the summary was drawn with
     */
    static Optional<String> of(Story story, List<SummarySentence> summary, int budget, Set<String> apart,
                               CandidateFilter filter) {
        int used = summary.stream().mapToInt(s -> Words.count(s.text())).sum();
        if (summary.isEmpty() || used * 2 >= budget) {
            return Optional.empty();
        }
        Set<Sentence> chosen = new HashSet<>();
        summary.forEach(s -> chosen.add(s.sentence()));
        int repeats = 0;
        int fragments = 0;
        // the articles the summary draws from: the main period's (every period's in a developing story), in its language
        StoryView view = DevelopingStory.is(story) ? StoryView.ALL : StoryView.MAIN;
        for (AnalyzedArticle article : story.articles(view)) {
            if (apart.contains(article.id()) || !story.inStoryLanguage().test(article)) {
                continue;
            }
            for (Sentence sentence : article.sentences()) {
                if (!chosen.contains(sentence)) {
                    if (filter.accepts(article, sentence)) {
                        repeats++;
                    } else {
                        fragments++;
                    }
                }
            }
        }
        if (repeats + fragments == 0) {
            return Optional.of("note summary: " + used + " of " + budget + " words: the articles tell no more");
        }
        StringBuilder note = new StringBuilder("note summary: " + used + " of " + budget + " words: of the articles' "
                + (repeats + fragments) + " other sentence" + (repeats + fragments == 1 ? "" : "s") + ", ");
        if (repeats > 0) {
            String s = repeats == 1 ? "s" : "";
            note.append(repeats).append(" repeat").append(s).append(" a line shown or take").append(s)
                    .append(" the other side of a figure it states");
        }
        if (fragments > 0) {
            note.append(repeats > 0 ? " and " : "").append(fragments).append(" cannot")
                    .append(" stand alone (headings, questions, quotations' fragments, lines too short to carry a fact)");
        }
        return Optional.of(note.toString());
    }
}
