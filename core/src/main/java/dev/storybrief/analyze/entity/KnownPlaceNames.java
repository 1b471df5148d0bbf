package dev.storybrief.analyze.entity;

import com.ibm.icu.util.Region;
import com.ibm.icu.util.TimeZone;
import com.ibm.icu.text.LocaleDisplayNames;
import com.ibm.icu.text.TimeZoneNames;
import com.ibm.icu.util.ULocale;
import java.text.Normalizer;
import java.util.Comparator;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The countries and great cities a language names, as ICU4J (already in the build) writes them in that language: the
 * display name of every territory ("مصر", "ארצות הברית", "भारत") and the exemplar city of every time zone, which are
 * the capitals and the large cities ("القاهرة", "ירושלים", "तेहरान"). A script without capitals gives no other sign that
 * such a word is a name, and news names them without an administrative noun before them.
 */
final class KnownPlaceNames {
    /** Names shorter than this are too often a part of a longer word or a common word. */
    private static final int MIN_LENGTH = 3;

    /** Each language's countries of more than one word, by their {@link #folded} form ({@link #isCompoundCountry}). */
    private static final Map<String, Set<String>> COMPOUND_COUNTRIES = new ConcurrentHashMap<>();
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern JOINERS = Pattern.compile("[\\s\\-\u2010\u2011]+");

    private KnownPlaceNames() {
    }

    /**
     * Whether {@code name} is a country whose name in {@code language} has two words or more, however news writes
     * them: with the hyphen or a space ("Royaume-Uni", "Royaume Uni"), with or without the capital's accent ("États-Unis",
     * "Etats Unis"). One word alone is left out: "Chad", "Georgia", "Jordan" are people's names too.
     */
    static boolean isCompoundCountry(String name, String language) {
        return COMPOUND_COUNTRIES.computeIfAbsent(language, KnownPlaceNames::compoundCountries).contains(folded(name));
    }

    /** A name in lower case without accents, its words joined by one space: "Etats Unis" and "États-Unis" alike. */
    static String folded(String name) {
        String bare = MARKS.matcher(Normalizer.normalize(name, Normalizer.Form.NFD)).replaceAll("");
        return JOINERS.matcher(bare.strip()).replaceAll(" ").toLowerCase(Locale.ROOT);
    }

    private static Set<String> compoundCountries(String language) {
        LocaleDisplayNames display = LocaleDisplayNames.getInstance(new ULocale(language));
        Set<String> names = new java.util.HashSet<>();
        for (Region region : Region.getAvailable(Region.RegionType.TERRITORY)) {
            String name = display.regionDisplayName(region.toString());
            String key = name == null ? "" : folded(name);
            // ICU's long forms ("Hong Kong R.A.S. de Chine") are not what news writes
            if (key.contains(" ") && !name.equals(region.toString()) && key.chars().allMatch(c -> Character.isLetter(c) || c == ' ')) {
                names.add(key);
            }
        }
        return Set.copyOf(names);
    }

    /**
     * The names in the languages given (ISO 639-1), without their vowel marks, longest first so that an alternation
     * of them prefers "الولايات المتحدة" to a shorter name within it.
     */
    static List<String> of(String... languages) {
        Set<String> names = new TreeSet<>();
        for (String language : languages) {
            ULocale locale = new ULocale(language);
            LocaleDisplayNames display = LocaleDisplayNames.getInstance(locale);
            for (Region region : Region.getAvailable(Region.RegionType.TERRITORY)) {
                add(names, display.regionDisplayName(region.toString()), region.toString());
            }
            TimeZoneNames zones = TimeZoneNames.getInstance(locale);
            for (String zone : TimeZone.getAvailableIDs(TimeZone.SystemTimeZoneType.CANONICAL_LOCATION, null, null)) {
                add(names, zones.getExemplarLocationName(zone), null);
            }
        }
        return names.stream().sorted(Comparator.comparingInt(String::length).reversed().thenComparing(s -> s))
                .toList();
    }

    /** A pattern matching any of the names, each as a group-free alternative. */
    static String alternation(List<String> names) {
        return names.stream().map(Pattern::quote).collect(Collectors.joining("|"));
    }

    /** Adds the name without its marks, unless ICU gave no name in the language (the code or a Latin fallback). */
    private static void add(Set<String> names, String name, String code) {
        if (name == null || name.equals(code)) {
            return;
        }
        String bare = withoutMarks(name);
        if (bare.length() >= MIN_LENGTH && bare.codePoints().noneMatch(c -> Character.isLetter(c) && c < 0x250)) {
            names.add(bare);
            // news in Arabic often leaves the hamza off an alef ("ايران" for "إيران")
            names.add(bare.replaceAll("[أإآ]", "ا"));
        }
    }

    /**
     * The text without Arabic's short vowels and shadda and Hebrew's points, which news leaves out ("عمّان" is
     * "عمان"); Devanagari's and Thai's vowel signs are letters of the word and stay.
     */
    static String withoutMarks(String text) {
        return text.replaceAll("[\\u064B-\\u065F\\u0670\\u0591-\\u05C7]", "");
    }
}
