package dev.storybrief.brief;

import dev.storybrief.model.AnalyzedArticle;
import dev.storybrief.model.Article;
import dev.storybrief.model.ArticleKind;
import java.util.List;
import java.util.Set;

/**
 * What the briefing parts do with the articles that are not reports ({@link Article#kind}, read by the clean stage
 * from the marks a page gives: an opinion piece's label, section, schema.org type or columnist, a paid text's label, a
 * correction notice's). What a column argues is its writer's view: told in a summary, a timeline or what only one
 * outlet reports as a fact, it would pass for news. Paid content reads as news even more, and a standalone correction
 * repeats the claim it withdraws. Beside reports all three support no fact; a story told only in such texts is still
 * briefed from them.
 */
public final class OpinionPieces {

    private OpinionPieces() {
    }

    /** True for an article that is not a report: an opinion piece, paid content or a standalone correction notice. */
    public static boolean isNotReport(Article article) {
        return !article.kind().reports();
    }

    /**
     * True for a correction notice published on its own: it repeats what an earlier article got wrong, so the
     * withdrawn claim would read as news ({@link dev.storybrief.clean.CorrectionNotices}).
     */
    static boolean isCorrectionNotice(Article article) {
        return article.kind() == ArticleKind.CORRECTION;
    }

    /** True for an article labelled as paid content. */
    static boolean isPaid(Article article) {
        return article.kind() == ArticleKind.SPONSORED;
    }

    /** True for an opinion piece: a column, an editorial, a comment or an analysis. */
    static boolean isOpinion(Article article) {
        return article.kind() == ArticleKind.OPINION;
    }

    /**
     * The ids of the paid texts and correction notices among {@code articles} that stand beside other texts: their
     * sponsor's (or withdrawn) quotes stay out of the story's quotes (a story told only in such texts keeps them).
     */
    static Set<String> paidBesideReports(List<AnalyzedArticle> articles) {
        List<String> paid = articles.stream().filter(a -> isPaid(a.article()) || isCorrectionNotice(a.article()))
                .map(AnalyzedArticle::id).toList();
        return paid.size() < articles.size() ? Set.copyOf(paid) : Set.of();
    }

    /**
     * The ids of the articles among {@code articles} that are no reports (opinion, paid, corrections) when reports
     * stand beside them: they support no fact of the story, so they give no timeline row, no support, no disagreement
     * and nothing that only one outlet reports. Empty when no report is among them.
     */
    public static Set<String> notReportsBesideReports(List<AnalyzedArticle> articles) {
        List<String> others = articles.stream().filter(a -> isNotReport(a.article())).map(AnalyzedArticle::id).toList();
        return others.size() < articles.size() ? Set.copyOf(others) : Set.of();
    }
}
