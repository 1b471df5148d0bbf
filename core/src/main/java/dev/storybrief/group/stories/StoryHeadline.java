package dev.storybrief.group.stories;

import dev.storybrief.analyze.SentenceSplitter;
import dev.storybrief.clean.Datelines;
import dev.storybrief.ingest.MetaKey;
import dev.storybrief.ingest.RawDocument;
import java.util.List;

/**
 * The group stage's label of a story, until its briefing heads it: the title of its first article, else the headline
 * the clean stage found in its text, or, when that article has neither, the first sentence of its first paragraph
 * without the dateline (split by core's {@link SentenceSplitter}), cut to {@value #MAX_WORDS} words.
 *
 * <p>A story has one headline, the one its briefing gives it ({@code dev.storybrief.brief.StoryHeadlines}): it reads
 * the briefing's figures and disagreements, which the group stage cannot. {@code stories}, the Spark job and the
 * desk head every story they can brief by that rule ({@code Storybrief.headline} makes only the part of a briefing
 * it needs); this label stands only for a story no briefing can be made of (no text left), so it is neutral rather
 * than a second rule that would head one story two ways.
 */
public final class StoryHeadline {
    static final int MAX_WORDS = 16;
    private static final SentenceSplitter SPLITTER = new SentenceSplitter();
    /** Sentences below which a text is a flash ("BREAKING: ..."), which heads no story that has a full report. */
    static final int REPORT_SENTENCES = 3;

    private StoryHeadline() {
    }

    /** The label of a story made of these articles (at least one), in the order they arrived. */
    public static String of(List<RawDocument> articles) {
        RawDocument first = articles.get(0);
        String title = titleOf(first);
        return title != null ? title : firstSentence(first.text());
    }

    /**
     * True for a flash: a text of fewer than {@value #REPORT_SENTENCES} sentences ("BREAKING: Four killed in fire at
     * warehouse, fire chief says."), sent before the report and replaced by it. Its few words all sit at the story's
     * centre, and its headline is a cry, not the story's.
     */
    public static boolean isFlash(String text) {
        return text != null && SPLITTER.split(text.strip().replaceAll("\\s+", " ")).size() < REPORT_SENTENCES;
    }

    private static String titleOf(RawDocument article) {
        for (MetaKey key : List.of(MetaKey.TITLE, MetaKey.HEADLINE)) {
            String title = article.meta(key);
            if (title != null && !title.isBlank()) {
                return title.strip();
            }
        }
        return null;
    }

    /** The first sentence of a text without its dateline, at most {@value #MAX_WORDS} words ("..." when cut). */
    static String firstSentence(String text) {
        String paragraph = text.strip().split("\\n\\s*\\n", 2)[0];
        String flat = paragraph.substring(0, Math.min(paragraph.length(), 1000)).replaceAll("\\s+", " ");
        flat = Datelines.skip(flat);
        List<String> sentences = SPLITTER.split(flat);
        String sentence = sentences.isEmpty() ? flat : sentences.get(0).strip();
        String[] words = sentence.split(" ");
        if (words.length <= MAX_WORDS) {
            return sentence;
        }
        return String.join(" ", java.util.Arrays.copyOf(words, MAX_WORDS)) + " ...";
    }
}
