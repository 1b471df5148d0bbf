package dev.storybrief.clean;

import dev.storybrief.model.Removal;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A correction notice published on its own ("Correction: Varnel landslide death toll" / "An article published on
 * November 4 incorrectly stated that 40 people had died. The correct figure was 33."): it says what an earlier article
 * got wrong, so its sentences repeat the withdrawn claim beside the right one. It is no report of the event: the clean
 * stage marks it (a {@code correction-notice} removal naming its label) and the briefing leaves it out of the summary,
 * the timeline and the quotes, saying so in a note. A notice is short, says in its opening paragraphs what was wrong
 * ("incorrectly stated", "misidentified", "an earlier version of this article said") and is labelled as a correction
 * above its text, or says so twice; a long report that opens with a correction note is a report and keeps its text.
 */
public final class CorrectionNotices {
    /** The rule name that marks an article as a standalone correction notice. */
    public static final String RULE = "correction-notice";
    /** A notice's label, on its first line or in its title. */
    private static final Pattern LABEL = Pattern.compile("(?iu)^(?:corrections?(?: and clarifications?)?|clarifications?"
            + "|correction and clarification|erratum|errata|berichtigung|korrektur|richtigstellung|corrección"
            + "|fe de errores|rectificación|rectificatif|rettifica|correção|rättelser?|rettelser?|correctie|rectificatie"
            + "|sprostowanie|تصحيح)\\s*(?:[:|–—-]|$)");
    /** What a notice says was wrong, in an earlier article's words. */
    private static final Pattern WRONG = Pattern.compile("(?iu)\\b(?:incorrectly|wrongly|erroneously|mistakenly)"
            + " (?:stated|said|reported|described|identified|gave|named|attributed|quoted|referred)"
            + "|\\bmis(?:identified|stated|quoted|spelled|attributed|named)\\b"
            + "|\\ban? (?:earlier|previous) version of this (?:article|story|report)\\b"
            + "|\\bregrets? (?:the|this|these) errors?\\b|\\bthe correct (?:figure|number|name|date|age) (?:is|was)\\b"
            // the same words in German, French, Spanish, Portuguese and Italian ("in einer früheren Version", "une
            // version précédente de cet article", "una versión anterior de esta noticia", "uma versão anterior deste
            // texto", "una versione precedente di questo articolo")
            + "|\\bin einer (?:fr[üu]heren|vorherigen|[äa]lteren) (?:version|fassung)\\b"
            + "|\\bune version (?:pr[ée]c[ée]dente|ant[ée]rieure) de cet article\\b"
            + "|\\buna versi[óo]n (?:anterior|previa) de (?:esta|este) (?:noticia|art[íi]culo|informaci[óo]n|texto)\\b"
            + "|\\buma vers[ãa]o anterior (?:deste|desta) (?:texto|not[íi]cia|reportagem|mat[ée]ria|artigo)\\b"
            + "|\\buna versione precedente di questo (?:articolo|testo)\\b"
            // and in Swedish, Danish, Norwegian, Dutch, Polish and Arabic ("en tidigare version av denna artikel", "en
            // tidligere version af denne artikel", "een eerdere versie van dit artikel", "w poprzedniej wersji tego
            // artykułu", "في نسخة سابقة من هذا الخبر")
            + "|\\ben (?:tidigare|tidligere) versi(?:on|jon) (?:av|af) (?:denna|den h[äa]r|denne|dette)"
            + " (?:artikel|artikkel|artikkelen|text|tekst|sak|saken)\\b"
            + "|\\been (?:eerdere|vorige) versie van (?:dit|het) (?:artikel|bericht)\\b"
            + "|\\bw (?:poprzedniej|wcze[śs]niejszej) wersji (?:tego )?(?:artyku[łl]u|tekstu)\\b"
            + "|(?:نسخة|صيغة) سابقة (?:من|ل)\\s?(?:هذا|هذه) (?:ال)?(?:خبر|مقال|تقرير|مادة)"
            // what was stated wrongly ("angav felaktigt", "oplyste fejlagtigt", "ten onrechte vermeld") and the right
            // figure beside it ("det rätta antalet var", "det korrekte tal er", "het juiste aantal is")
            + "|\\b(?:angav|uppgav|skrev|stod|angavs|uppgavs|oplyste|oppga|sto) (?:det )?"
            + "(?:felaktigt|fejlagtigt|feilaktig)\\b|\\bten onrechte (?:vermeld|geschreven|gemeld|vermeldde|stond)\\b"
            + "|\\bdet (?:r[äa]tta|korrekte|riktige) (?:antalet|tal|tallet|talet|navnet|namnet) (?:[äa]r|er|var)\\b"
            + "|\\bhet juiste (?:aantal|getal|cijfer) (?:is|was)\\b");
    /** Longest notice, in words: a paragraph or two, not a story. */
    private static final int MAX_WORDS = 200;
    /** Opening paragraphs in which a notice says what was wrong. */
    private static final int OPENING_PARAGRAPHS = 2;

    private CorrectionNotices() {
    }

    /**
     * Marks the text as a correction notice (adds a {@link #RULE} removal) when it is one; {@code lines} are its
     * lines as read, {@code title} its title or null, {@code paragraphs} what cleaning kept.
     */
    static void mark(String id, List<String> lines, String title, List<String> paragraphs, List<Removal> removals) {
        String label = noticeLabel(lines, title, paragraphs);
        if (label != null) {
            removals.add(new Removal(id, label, RULE, "a correction notice: what an"
                    + " earlier article got wrong, not a report of the event (kept out of the summary and timeline)"));
        }
    }

    /**
     * What marks the text as a notice (its label, else its first paragraph), or null when it is none: short, saying in
     * its opening paragraphs what was wrong, and labelled as a correction or saying so twice.
     */
    private static String noticeLabel(List<String> lines, String title, List<String> paragraphs) {
        if (paragraphs.isEmpty()) {
            return null;
        }
        int words = 0;
        for (String p : paragraphs) {
            words += p.split("\\s+").length;
        }
        if (words > MAX_WORDS) {
            return null;
        }
        int cues = 0;
        for (String p : paragraphs.subList(0, Math.min(OPENING_PARAGRAPHS, paragraphs.size()))) {
            cues += (int) WRONG.matcher(p).results().count();
        }
        if (cues == 0) {
            return null;
        }
        String label = title != null && LABEL.matcher(title.strip()).find() ? title.strip() : firstLine(lines);
        boolean labelled = label != null && LABEL.matcher(label).find();
        return labelled ? label : cues >= 2 ? paragraphs.get(0) : null;
    }

    /**
     * The text of a notice whose every line the reader-note rule took as a correction note: a notice published on its
     * own is all note ("Correction: Varnel ferry death toll" / "An earlier version of this article said 53 people had
     * died. The correct figure is 35."), and read as notes its lines left nothing, so the file was skipped and its
     * correction lost to the briefing. Then the lines the note rule took, in their order, with their removals
     * withdrawn, when they read as a notice ({@link #mark}'s test: a lone "This story has been updated." stays
     * furniture); {@code kept} as it is otherwise, or when anything else is left.
     *
     * @param noteRule the name of the reader-note rule that takes correction notes
     * @param lines    the text's lines as read
     * @param title    its title, or null
     */
    static List<String> noticeText(List<String> kept, List<Removal> removals, String noteRule, List<String> lines,
                                   String title) {
        if (!kept.isEmpty()) {
            return kept;
        }
        List<Removal> notes = removals.stream().filter(r -> noteRule.equals(r.rule())).toList();
        List<String> text = notes.stream().map(r -> r.text().strip()).toList();
        if (notes.isEmpty() || noticeLabel(lines, title, text) == null) {
            return kept;
        }
        removals.removeAll(notes);
        return new java.util.ArrayList<>(text);
    }

    /** True for an article the clean stage marked as a correction notice. */
    public static boolean isNotice(List<Removal> removals) {
        return removals.stream().anyMatch(r -> RULE.equals(r.rule()));
    }

    private static String firstLine(List<String> lines) {
        for (String line : lines) {
            if (!line.isBlank()) {
                return line.strip();
            }
        }
        return null;
    }
}
