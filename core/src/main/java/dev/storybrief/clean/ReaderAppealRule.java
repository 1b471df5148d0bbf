package dev.storybrief.clean;

import dev.storybrief.model.Words;
import dev.storybrief.wording.NoticeWords;
import dev.storybrief.wording.ReaderAppeals;
import java.util.Optional;

/**
 * A paywall's or a newsletter's line in a text copied from a page ("Cet article est réservé aux abonnés", "Melden Sie
 * sich für unseren Newsletter an"): the line {@link ReaderAppeals} reads, the same the page extractor takes out of a
 * page, so a copy and its page give the same text. Taken out only where the text around it is a report: the text is
 * too long to be a lone notice ({@link SiteNotices#MAX_WORDS}), or another of its lines tells someone's act. A short
 * text of such lines alone is the site's notice itself, and stays whole for {@link SiteNotices} to weigh (removed line
 * by line, it would leave nothing to tell what the page was).
 */
final class ReaderAppealRule implements LineRule {

    @Override
    public String name() {
        return "reader-appeal";
    }

    @Override
    public Optional<String> match(LineContext context) {
        Optional<NoticeWords> language = ReaderAppeals.appealIn(context.line());
        if (language.isEmpty() || !inReport(context, language.get())) {
            return Optional.empty();
        }
        return Optional.of("the site's appeal to its reader (subscription, sign-up, log-in)");
    }

    /** Whether the text around the appeal is a report: too long for a notice, or another line tells an act. */
    private static boolean inReport(LineContext context, NoticeWords language) {
        int words = 0;
        for (int i = 0; i < context.size(); i++) {
            words += Words.count(context.lineAt(i));
            if (words > SiteNotices.MAX_WORDS) {
                return true;
            }
        }
        // by the appeal's own language's words: the report around it is written in that language
        for (int i = 0; i < context.size(); i++) {
            if (i != context.index() && language.tellsAnAct(context.lineAt(i))) {
                return true;
            }
        }
        return false;
    }
}
