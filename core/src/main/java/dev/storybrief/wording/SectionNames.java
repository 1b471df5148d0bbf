package dev.storybrief.wording;

import java.util.Arrays;
import java.util.Locale;
import java.util.Set;

/**
 * The names sites give their sections ("World News", "Politik", "Últimas notícias") and the regions they file stories
 * under ("Middle East", "Latin America"), in the languages whose news the tool reads most. A feed's title joins the
 * outlet and such a section ("Skerra Post - World"), and a copied page sets one as a kicker above the headline, just
 * where a masthead also stands: a short capitalised line made only of these words names a section, not an outlet.
 */
public final class SectionNames {
    /** The sections sites give pages and feeds of their own. */
    private static final Set<String> SECTIONS = Set.of("top stories", "top news", "latest", "latest news",
            "latest stories", "news", "headlines", "top headlines", "breaking news", "home", "homepage", "front page",
            "all", "all stories", "all news", "rss", "feed", "world", "world news", "national", "local", "local news",
            "uk", "us", "politics", "business", "economy", "sport", "sports", "technology", "tech", "science",
            "health", "opinion", "culture", "arts", "entertainment", "lifestyle", "travel", "weather", "region",
            // German, Spanish, Portuguese, French and Italian sites name their sections the same way
            "nachrichten", "schlagzeilen", "startseite", "aktuell", "neueste", "politik", "wirtschaft",
            "kultur", "panorama", "inland", "ausland", "regional", "lokales", "wissen", "gesundheit", "meinung",
            "portada", "última hora", "ultima hora", "últimas noticias", "noticias", "actualidad", "política",
            "economía", "deportes", "internacional", "nacional", "sociedad", "cultura", "opinión", "tecnología",
            "salud", "notícias", "últimas notícias", "destaques", "capa", "economia", "desporto", "esportes",
            "mundo", "país", "sociedade", "opinião", "tecnologia", "saúde", "à la une", "a la une", "actualités",
            "actualites", "dernières nouvelles", "politique", "économie", "monde", "société", "ultima ora",
            "ultim'ora", "notizie", "cronaca", "politica", "esteri", "attualità");
    /**
     * Words of the regions and desks a kicker names beside the sections' own words: the continents and the compass
     * ("Middle East", "Asia Pacific", "Northern Europe"), and the generic words of a desk ("US Politics", "Climate
     * Crisis").
     */
    private static final Set<String> KICKER_WORDS = Set.of("middle", "east", "west", "north", "south", "northern",
            "southern", "eastern", "western", "central", "europe", "africa", "asia", "pacific", "america", "americas",
            "latin", "australia", "oceania", "caribbean", "gulf", "climate", "crisis", "environment", "education",
            "crime", "justice", "money", "markets", "media", "society", "europa", "afrika", "asien", "amérique",
            "afrique", "asie", "nahost", "oriente", "medio", "moyen", "orient", "and", "&", "the");

    private SectionNames() {
    }

    /** Whether the phrase, as a whole, is a section's name ("World News", "Wirtschaft"). */
    public static boolean isSection(String phrase) {
        return SECTIONS.contains(phrase.strip().toLowerCase(Locale.ROOT));
    }

    /**
     * Whether a short line names a section or a region by its words alone ("Middle East", "US Politics", "World
     * News"), every word being a section's or a region's.
     */
    public static boolean isKicker(String line) {
        String[] words = line.strip().toLowerCase(Locale.ROOT).split("\\s+");
        return isSection(line) || Arrays.stream(words).allMatch(w -> SECTIONS.contains(w) || KICKER_WORDS.contains(w));
    }
}
