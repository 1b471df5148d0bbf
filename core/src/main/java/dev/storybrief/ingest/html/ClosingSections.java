package dev.storybrief.ingest.html;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Cuts the sections a page appends to an article inside the same element as its body: "more on this topic" teasers,
 * "about the author" boxes and contact boxes. Each opens with a short announcement line (a heading or a label such as
 * "Mehr zum Thema", "Über den Autor", "Kontakt:", "Czytaj także", "Diese Artikel könnten euch auch interessieren:", or
 * the label of the story's tags, "Tagged with", "Schlagwörter") and everything after it belongs to it, teaser
 * summaries included, which are prose and pass every per-block check. The announcement counts only once most of the
 * article's prose lies before it, so a box of links in the middle of a story does not cut the story's second half;
 * there the announcement line alone goes (its links were dropped as links).
 */
final class ClosingSections {

    /** Share of the kept prose that must come before an announcement for it to end the article. */
    static final double MIN_PROSE_BEFORE = 0.6;
    private static final int MAX_WORDS = 6;

    /**
     * Announcements of related links, author boxes and contact boxes, and the label of the tag list, which pages put
     * after the story's end, in English, German, French and Polish.
     */
    private static final Pattern ANNOUNCEMENT = Pattern.compile(
            "(more (on|about) this( topic| story)?|more from|related (articles|stories|posts|content|topics)|"
                    + "read (more|also|next)|you (may|might) also (like|enjoy|be interested( in)?)|about the author|"
                    + "(recommended|suggested) (for you|reading|articles|stories)|further reading|more stories|"
                    + "mehr zum thema|mehr zu diesem thema|weiterlesen|lesen sie auch|lesen sie mehr|auch interessant|"
                    + "(das|dies|diese( artikel| beitr[aä]ge| themen)?) k[oö]nnten? (sie|dich|euch|ihnen) (auch|ebenfalls)( noch)? interessieren|"
                    + "interessante (artikel|beitr[aä]ge)|([aä]hnliche|verwandte) (artikel|beitr[aä]ge|themen)|"
                    + "passend (dazu|zum thema)|schon gelesen|weitere (artikel|beitr[aä]ge|meldungen|nachrichten)|"
                    + "[uü]ber (den autor|die autorin|die autoren)|zur person|"
                    + "(à|a) lire aussi|lire aussi|(à|a) voir aussi|vous aimerez aussi|articles similaires|sur le m[eê]me sujet|"
                    + "dans la m[eê]me rubrique|(à|a) propos de l'auteur|"
                    + "(prze)?czytaj (tak[zż]e|te[zż]|r[oó]wnie[zż]|wi[eę]cej)|zobacz (tak[zż]e|te[zż]|r[oó]wnie[zż])|"
                    + "(podobne|powi[aą]zane) artyku[lł]y|polecamy|o autorze|"
                    + "kontakt|contact|pressekontakt|ansprechpartner(in)?( zum thema)?|"
                    + "tags|tagged( with| as)?|schlagw[oö]rter|stichw[oö]rter|markiert mit|mots[- ]cl[eé]s|"
                    + "[eé]tiquettes|tagi|s[lł]owa kluczowe)[\\s:?!.…]*",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private ClosingSections() {
    }

    /** Removes from {@code kept} an announcement after most of the prose and everything after it, noting each in {@code log}. */
    static void cut(List<TextBlock> kept, RemovalLog log) {
        int totalProse = 0;
        for (TextBlock b : kept) {
            if (b.isProse()) {
                totalProse += b.chars();
            }
        }
        int proseBefore = 0;
        for (int i = 0; i < kept.size(); i++) {
            TextBlock b = kept.get(i);
            if (proseBefore > 0 && proseBefore >= MIN_PROSE_BEFORE * totalProse && isAnnouncement(b)) {
                List<TextBlock> tail = kept.subList(i, kept.size());
                log.text(b.text(), "announces a section after the article");
                for (int j = 1; j < tail.size(); j++) {
                    log.text(tail.get(j).text(), "in a section after the article");
                }
                tail.clear();
                return;
            }
            if (b.isProse()) {
                proseBefore += b.chars();
            }
        }
        // Earlier, an announcement opens a box inside the story (its links were dropped as links); the line itself goes.
        kept.removeIf(b -> {
            boolean drop = isAnnouncement(b);
            if (drop) {
                log.text(b.text(), "announces a box of links");
            }
            return drop;
        });
    }

    /** A short line that is nothing but an announcement of a closing section. */
    static boolean isAnnouncement(TextBlock b) {
        return b.words() <= MAX_WORDS && ANNOUNCEMENT.matcher(b.text().strip()).matches();
    }
}
