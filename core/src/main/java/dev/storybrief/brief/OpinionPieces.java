package dev.storybrief.brief;

import dev.storybrief.model.Article;
import dev.storybrief.model.Removal;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Tells an opinion piece from a report, by the two marks a page gives one: its headline's label ("Opinion: ...",
 * "Comment: ...", "Editorial: ...") or a writer's note that calls the writer a columnist ("Harriet Lowe is a former
 * environment officer and a columnist for the Brenmoor Star"), whether cleaning kept the note or took it out. What a
 * column argues is its writer's view: told in a summary as a fact, it would pass for news.
 */
final class OpinionPieces {
    /** A headline's label, in the languages storybrief reads. */
    private static final Pattern LABEL = Pattern.compile("(?iu)^(?:opinion|comment|commentary|editorial|column|op-ed"
            + "|opinión|opinião|opinione|meinung|kommentar|gastbeitrag|éditorial|tribune|chronique|editoriale"
            + "|opinia|komentarz)\\s*[:|–—-]\\s*");
    /** A writer's note naming the writer a columnist, or a page's disclaimer of its writer's views. */
    private static final Pattern COLUMNIST = Pattern.compile("(?i)\\b(?:is|was) (?:a|an|the)\\b[^.]{0,80}?\\bcolumnist\\b"
            + "|\\bthe views expressed (?:here |in this (?:article|column|piece) )?are (?:the author's|those of the author)");

    private OpinionPieces() {
    }

    /** True for an article its headline labels as opinion, or whose closing writer's note names a columnist. */
    static boolean isOpinion(Article article) {
        if (article.title() != null && LABEL.matcher(article.title().strip()).find()) {
            return true;
        }
        List<String> paragraphs = article.paragraphs();
        if (!paragraphs.isEmpty() && COLUMNIST.matcher(paragraphs.get(paragraphs.size() - 1)).find()) {
            return true;
        }
        return article.removed().stream().map(Removal::text).anyMatch(t -> COLUMNIST.matcher(t).find());
    }
}
