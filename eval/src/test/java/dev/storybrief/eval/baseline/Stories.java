package dev.storybrief.eval.baseline;

import dev.storybrief.eval.dataset.StoryFactory;
import dev.storybrief.ingest.RawDocument;
import dev.storybrief.ingest.SourceFormat;
import dev.storybrief.model.AnalyzedArticle;
import dev.storybrief.model.Sentence;
import dev.storybrief.model.Story;
import dev.storybrief.model.SummarySentence;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Hand-made stories and lookups shared by the baseline tests. */
final class Stories {
    private Stories() {
    }

    /** A story of plain-text articles, one string each (paragraphs separated by blank lines). */
    static Story of(String id, String... articles) {
        List<RawDocument> docs = new ArrayList<>();
        for (int i = 0; i < articles.length; i++) {
            String name = id + "-" + (i + 1);
            docs.add(new RawDocument(name, Path.of(name + ".txt"), SourceFormat.TEXT, articles[i], Map.of()));
        }
        return new StoryFactory().story(id, docs);
    }

    /** The story sentence a summary sentence claims to come from. */
    static Sentence source(Story story, SummarySentence s) {
        AnalyzedArticle article = story.articles().stream().filter(a -> a.id().equals(s.source())).findFirst()
                .orElseThrow(() -> new AssertionError("no article " + s.source() + " in " + story.id()));
        return article.sentences().get(s.sentenceIndex());
    }

    /** Position of an article in the story. */
    static int articlePosition(Story story, String articleId) {
        for (int i = 0; i < story.articles().size(); i++) {
            if (story.articles().get(i).id().equals(articleId)) {
                return i;
            }
        }
        throw new AssertionError("no article " + articleId);
    }

    /** Total whitespace words of a summary. */
    static int words(List<SummarySentence> summary) {
        return summary.stream().mapToInt(s -> dev.storybrief.model.Words.count(s.text())).sum();
    }
}
