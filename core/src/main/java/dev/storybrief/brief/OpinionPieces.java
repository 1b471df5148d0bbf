package dev.storybrief.brief;

import dev.storybrief.model.Article;
import dev.storybrief.model.Removal;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Tells an opinion piece from a report, by the two marks a page gives one: its headline's label ("Opinion: ...",
 * "Comment: ...", "Editorial: ...") or a writer's note that calls the writer a columnist ("Harriet Lowe is a former
 * environment officer and a columnist for the Brenmoor Star"), whether cleaning kept the note or took it out. What a
 * column argues is its writer's view: told in a summary as a fact, it would pass for news. Paid content (an
 * advertorial, labelled "Sponsored content", "In partnership with ...", "This content was paid for by ...") reads as
 * news even more: the label cleaning took out ({@code paid-label}) marks it, and it is left out beside reports too.
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

    /** The cleaner's rule that takes out a paid text's label. */
    private static final String PAID_LABEL = "paid-label";

    /** True for an article that is not a report: an opinion piece, paid content or a standalone correction notice. */
    static boolean isNotReport(Article article) {
        return isOpinion(article) || isPaid(article) || isCorrectionNotice(article);
    }

    /**
     * True for a correction notice published on its own: it repeats what an earlier article got wrong, so the
     * withdrawn claim would read as news ({@link dev.storybrief.clean.CorrectionNotices}).
     */
    static boolean isCorrectionNotice(Article article) {
        return dev.storybrief.clean.CorrectionNotices.isNotice(article.removed());
    }

    /** True for an article labelled as paid content (its label is among the removals). */
    static boolean isPaid(Article article) {
        return article.removed().stream().anyMatch(r -> PAID_LABEL.equals(r.rule()));
    }

    /**
     * The ids of the paid texts and correction notices among {@code articles} that stand beside other texts: their
     * sponsor's (or withdrawn) quotes and dates stay out of the story's quotes and timeline (a story told only in
     * such texts keeps them).
     */
    static java.util.Set<String> paidBesideReports(List<dev.storybrief.model.AnalyzedArticle> articles) {
        // a correction notice's withdrawn claim is no event or quote either
        List<String> paid = articles.stream().filter(a -> isPaid(a.article()) || isCorrectionNotice(a.article()))
                .map(a -> a.id()).toList();
        return paid.size() < articles.size() ? java.util.Set.copyOf(paid) : java.util.Set.of();
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
