package dev.storybrief.server;

/**
 * The language of a front page card's gist (the first summary sentence of a stored briefing), read in SQL as the gist
 * is: the language of the article the sentence is quoted from, else the briefing's. The page gives the gist that
 * language and its direction, so an Arabic or Hebrew gist reads right to left on a left-to-right page.
 */
public final class GistLanguage {
    private GistLanguage() {
    }

    /** The SQL expression of the gist's language in the briefing JSON held by {@code briefing} (a column). */
    public static String of(String briefing) {
        return "coalesce((SELECT json_extract(g.value, '$.language') FROM json_each(" + briefing + ", '$.articles') g "
                + "WHERE json_extract(g.value, '$.id') = json_extract(" + briefing + ", '$.summary[0].source')), "
                + "json_extract(" + briefing + ", '$.language'))";
    }
}
