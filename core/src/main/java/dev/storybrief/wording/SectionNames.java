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
            "ultim'ora", "notizie", "cronaca", "politica", "esteri", "attualità",
            // Russian, Czech, Polish, Turkish, Greek, Indonesian and Dutch sites, whose feeds join them to the
            // outlet's name in their own script ("Волжские вести — Происшествия")
            "новости", "главное", "главные новости", "последние новости", "лента новостей", "происшествия",
            "политика", "экономика", "общество", "спорт", "культура", "в мире", "мир", "россия", "регион", "регионы",
            "наука", "технологии", "здоровье", "мнения", "бизнес", "криминал", "город",
            "zprávy", "domácí", "zahraničí", "z domova", "ze světa", "ekonomika", "krimi", "názory", "regiony",
            "počasí", "věda", "zdraví", "zpravodajství", "kraj", "świat", "polityka", "gospodarka", "biznes",
            "opinie", "zdrowie", "nauka", "pogoda", "wiadomości", "gündem", "son dakika", "haberler", "dünya",
            "ekonomi", "spor", "siyaset", "yaşam", "sağlık", "kültür", "teknoloji", "asayiş", "ειδήσεις",
            "ελλάδα", "κόσμος", "πολιτική", "οικονομία", "αθλητισμός", "κοινωνία", "πολιτισμός", "επικαιρότητα",
            "berita", "nasional", "internasional", "olahraga", "daerah", "hukum", "peristiwa", "bisnis",
            "kesehatan", "nieuws", "binnenland", "buitenland", "economie", "politiek", "cultuur", "regio");
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

    /**
     * Menu items a site's navigation bar lists beside its sections, which name no section of news of their own: the
     * daily features and services ("Puzzles", "Video", "Jobs").
     */
    private static final Set<String> MENU_ITEMS = Set.of("puzzles", "games", "crosswords", "video", "videos",
            "podcasts", "podcast", "radio", "tv", "newsletters", "obituaries", "jobs", "property", "motoring", "cars",
            "homes", "food", "style", "fashion", "books", "music", "film", "events", "weather", "photos", "galleries");
    /** What sets a menu's or a breadcrumb's items apart: a bar, a slash or a dot between spaces. */
    private static final java.util.regex.Pattern ITEM_BAR = java.util.regex.Pattern.compile("\\s+[|/·•]\\s+");
    /** Most words of one item of a menu bar. */
    private static final int ITEM_WORDS = 3;

    /**
     * Whether items a bar sets apart are a menu or a breadcrumb ("Наш город | Новости | Происшествия"): each a few
     * words without a sentence's end, two in three of them a section's name.
     */
    private static boolean isMenuBar(String[] items) {
        int sections = 0;
        for (String item : items) {
            String[] words = item.strip().split("\\s+");
            if (words.length > ITEM_WORDS || item.matches(".*[.!?:;,]$") || item.isBlank()) {
                return false;
            }
            if (isKicker(item) || MENU_ITEMS.contains(item.strip().toLowerCase(Locale.ROOT))) {
                sections++;
            }
        }
        return sections * 3 >= items.length * 2;
    }

    /** Fewest items of a menu bar copied as one line of words. */
    private static final int MENU_ITEMS_LEAST = 4;

    private SectionNames() {
    }

    /**
     * Whether a line is a site's navigation bar: items a bar sets apart ({@link #isMenuBar}), or words set apart by
     * single spaces as a browser copies the bar ("Home News Sport Business Opinion Weather Puzzles"): four words or
     * more, each capitalised and nothing but letters, and all of them but one in four the names of sections or of the
     * menu's other items. A headline in title case has words of its story, which no menu lists.
     */
    public static boolean isMenu(String line) {
        String[] items = ITEM_BAR.split(line.strip());
        if (items.length > 1) {
            return isMenuBar(items);
        }
        String[] words = line.strip().split("\\s+");
        if (words.length < MENU_ITEMS_LEAST) {
            return false;
        }
        int listed = 0;
        for (String word : words) {
            if (!word.matches("\\p{Lu}[\\p{L}&'-]*")) {
                return false;
            }
            String w = word.toLowerCase(Locale.ROOT);
            if (SECTIONS.contains(w) || MENU_ITEMS.contains(w)) {
                listed++;
            }
        }
        return listed * 4 >= words.length * 3;
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
