package dev.storybrief.clean;

import dev.storybrief.model.Words;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A rights line: the terms on which a text is printed or sold, not what it reports ("Reprinted by arrangement with
 * Touchstone.", "Republished with permission from ...", "Distributed by Tribune Content Agency.", "Abdruck mit
 * freundlicher Genehmigung des Verlags.", "Reproduit avec l'autorisation de ...", "Przedruk za zgodą wydawcy."), in the
 * languages {@link CreditRule} reads (English, German, French, Polish). A book excerpt closes on one, and a syndicated
 * column on its distributor; either read as a statement in a summary. The line opens on its words; a report's sentence
 * that merely says what was "distributed by" someone goes on to a verb of its own and is longer than a distributor's
 * name, so "distributed by" alone only takes a short line.
 */
final class RightsLineRule implements LineRule {
    private static final Pattern PERMISSION = Pattern.compile("(?iu)^\\(?(?:"
            + "(?:reprinted|republished|excerpted|reproduced|adapted|used|printed|posted) (?:here )?(?:by (?:special )?"
            + "arrangement with|with (?:the )?(?:kind |express )?permission (?:of|from)|by permission of)"
            + "|(?:nachdruck|abdruck|ver[öo]ffentlichung|wiedergabe|auszug) mit (?:freundlicher )?(?:genehmigung|erlaubnis)"
            + "|mit freundlicher genehmigung (?:von|des|der|vom)"
            + "|(?:reproduit|publi[ée]|republi[ée]|extrait|traduit)e?s? avec l[’']?(?:aimable )?(?:autorisation|accord|permission)"
            + "|(?:przedruk|publikacja|fragment) za (?:zgod[ąa]|uprzejm[ąa] zgod[ąa])"
            + ")\\b");
    /**
     * An excerpt's source line that goes on to its copyright or permission: "Excerpted from 100 Knots by Ann Lee.
     * Copyright © 2015 by Ann Lee. Reprinted by arrangement with Harbor Books."
     */
    private static final Pattern EXCERPT = Pattern.compile("(?iu)^\\(?(?:excerpted|adapted|taken|auszug) (?:from|aus)\\b.*"
            + "(?:©|\\(c\\)\\s*\\d{4}|\\bcopyright\\b|\\ball rights reserved\\b|\\bwith permission\\b|\\bby arrangement with\\b"
            + "|\\bmit (?:freundlicher )?genehmigung\\b)");
    /** A distributor's line: "Distributed by ...", "Vertrieb: ...", "Distribué par ...", "Dystrybucja: ...". */
    private static final Pattern DISTRIBUTOR = Pattern.compile("(?iu)^\\(?(?:distributed by|vertrieb(?:en)? (?:durch|von)"
            + "|vertrieb\\s*:|distribu[ée]e? par|dystrybucja\\s*:|rozpowszechnia)\\s+\\S");
    /** A permission may name the book, its author and its copyright: a line, not a paragraph. */
    private static final int MAX_WORDS = 60;
    /** A distributor's line is its name: "Distributed by The New York Times Special Features." */
    private static final int MAX_DISTRIBUTOR_WORDS = 10;

    @Override
    public String name() {
        return "rights-line";
    }

    @Override
    public Optional<String> match(LineContext context) {
        String line = context.line().strip();
        if (Words.atMost(line, MAX_WORDS)
                && (PERMISSION.matcher(line).find() || EXCERPT.matcher(line).find())
                || Words.atMost(line, MAX_DISTRIBUTOR_WORDS) && DISTRIBUTOR.matcher(line).find()) {
            return Optional.of("rights line (reprint permission or distributor)");
        }
        return Optional.empty();
    }
}
