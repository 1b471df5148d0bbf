package dev.storybrief.ingest.html;

import dev.storybrief.wording.ClosingAnnouncements;

import java.util.List;

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
        return ClosingAnnouncements.isAnnouncement(b.text());
    }
}
