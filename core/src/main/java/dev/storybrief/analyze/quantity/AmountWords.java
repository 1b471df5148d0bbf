package dev.storybrief.analyze.quantity;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Amounts a language writes without a plain figure, for the quantity extractors:
 * <ul>
 *   <li>a round number in the plural ("dozens of", "hundreds of", "Dutzende", "decenas de", "dezenas de") states a
 *   range, at least two of it and short of the next order ("dozens": 24 to 99), so that it can be weighed against a
 *   figure ("dozens" holds 40; it does not hold 150);</li>
 *   <li>a share of a stated total ("a third of the 210 passengers", "ein Drittel der 60 Besucher", "la mitad de los
 *   80") states that share of it, not the total;</li>
 *   <li>a vague quantifier before a number word ("several hundred", "mehrere hundert", "varios cientos") states no
 *   figure.</li>
 * </ul>
 * The words are the language's own; the values follow from what the words mean, not from any text.
 */
final class AmountWords {
    /** A range of figures a vague amount allows. */
    record Span(double low, double high) {
    }

    private static final Map<String, AmountWords> LANGUAGES = Map.ofEntries(Map.entry(
            "en", new AmountWords(ranges("a handful", 2, 10, "dozens", 24, 99, "scores", 40, 199, "hundreds", 200, 999,
                    "thousands", 2e3, 9999, "tens of thousands", 2e4, 99999, "hundreds of thousands", 2e5, 999999,
                    "millions", 2e6, 9.99e6, "tens of millions", 2e7, 9.99e7, "hundreds of millions", 2e8, 9.99e8,
                    "billions", 2e9, 9.99e9),
                    "of", fractions("half", 0.5, "a half", 0.5, "one half", 0.5, "a third", 1 / 3d, "one third", 1 / 3d,
                            "two thirds", 2 / 3d, "a quarter", 0.25, "one quarter", 0.25, "three quarters", 0.75,
                            "a fifth", 0.2, "one fifth", 0.2, "a tenth", 0.1, "one in five", 0.2, "one in ten", 0.1),
                    "of(?:\\s+(?:the|its|their|his|her|our|all))?(?:\\s+[\\p{L}]+['’]s?)?",
                    "several|a few|few|many")),
            Map.entry("de", new AmountWords(ranges("dutzende", 24, 99, "hunderte", 200, 999, "tausende", 2e3, 9999,
                    "zehntausende", 2e4, 99999, "hunderttausende", 2e5, 999999),
                    "", fractions("die hälfte", 0.5, "ein drittel", 1 / 3d, "zwei drittel", 2 / 3d, "ein viertel", 0.25,
                            "drei viertel", 0.75, "ein fünftel", 0.2, "ein zehntel", 0.1),
                    "(?:der|des|von|aller|seiner|ihrer)", "mehrere|einige|ein paar|etliche|wenige")),
            Map.entry("fr", new AmountWords(ranges("dizaines", 20, 99, "douzaines", 24, 99, "centaines", 200, 999, "milliers", 2e3,
                    9999, "dizaines de milliers", 2e4, 99999, "centaines de milliers", 2e5, 999999),
                    "de|d'|d’", fractions("la moitié", 0.5, "un tiers", 1 / 3d, "deux tiers", 2 / 3d, "un quart", 0.25,
                            "trois quarts", 0.75, "un cinquième", 0.2, "un dixième", 0.1),
                    "(?:des|de ses|de leurs|de nos|de)", "plusieurs|quelques")),
            Map.entry("es", new AmountWords(ranges("decenas", 20, 99, "docenas", 24, 99, "centenares", 200, 999, "cientos", 200, 999,
                    "miles", 2e3, 9999, "decenas de miles", 2e4, 99999, "cientos de miles", 2e5, 999999),
                    "de", fractions("la mitad", 0.5, "un tercio", 1 / 3d, "dos tercios", 2 / 3d, "un cuarto", 0.25,
                            "tres cuartos", 0.75, "una quinta parte", 0.2, "una décima parte", 0.1),
                    "(?:de los|de las|de sus|de)", "varios|varias|unos cuantos|unas cuantas")),
            Map.entry("pt", new AmountWords(ranges("dezenas", 20, 99, "dúzias", 24, 99, "centenas", 200, 999, "milhares", 2e3, 9999,
                    "dezenas de milhares", 2e4, 99999, "centenas de milhares", 2e5, 999999),
                    "de", fractions("metade", 0.5, "um terço", 1 / 3d, "dois terços", 2 / 3d, "um quarto", 0.25,
                            "três quartos", 0.75, "um quinto", 0.2, "um décimo", 0.1),
                    "(?:dos|das|de seus|de suas|de)", "vários|várias|alguns|algumas")),
            Map.entry("it", new AmountWords(ranges("decine", 20, 99, "dozzine", 24, 99, "centinaia", 200, 999, "migliaia", 2e3,
                    9999, "decine di migliaia", 2e4, 99999, "centinaia di migliaia", 2e5, 999999),
                    "di|d'|d’", fractions("la metà", 0.5, "un terzo", 1 / 3d, "due terzi", 2 / 3d, "un quarto", 0.25,
                            "tre quarti", 0.75, "un quinto", 0.2, "un decimo", 0.1),
                    "(?:dei|delle|degli|di)", "diversi|diverse|alcuni|alcune|parecchi|parecchie")),
            Map.entry("nl", new AmountWords(ranges("tientallen", 20, 99, "dozijnen", 24, 99, "honderden", 200, 999,
                    "duizenden", 2e3, 9999, "tienduizenden", 2e4, 99999, "honderdduizenden", 2e5, 999999),
                    "", fractions("de helft", 0.5, "een derde", 1 / 3d, "twee derde", 2 / 3d, "een kwart", 0.25,
                            "driekwart", 0.75, "een vijfde", 0.2, "een tiende", 0.1),
                    "(?:van de|van het|van zijn|van haar|van hun|van)", "enkele|een paar|meerdere|verscheidene")),
            // Polish: the plural nouns in the cases a count takes ("setki osób", "setkom"); a share takes the genitive
            Map.entry("pl", new AmountWords(ranges("dziesiątki", 20, 99, "dziesiątków", 20, 99, "setki", 200, 999,
                    "setek", 200, 999, "tysiące", 2e3, 9999, "tysięcy", 2e3, 9999, "dziesiątki tysięcy", 2e4, 99999,
                    "setki tysięcy", 2e5, 999999),
                    "", fractions("połowa", 0.5, "połowę", 0.5, "jedna trzecia", 1 / 3d, "jedną trzecią", 1 / 3d,
                            "dwie trzecie", 2 / 3d, "jedna czwarta", 0.25, "jedną czwartą", 0.25, "ćwierć", 0.25),
                    "(?:z|ze|spośród)", "kilka|kilku|parę|paru|wiele|wielu")),
            Map.entry("sv", new AmountWords(ranges("tiotals", 20, 99, "dussintals", 24, 99, "hundratals", 200, 999,
                    "tusentals", 2e3, 9999, "tiotusentals", 2e4, 99999, "hundratusentals", 2e5, 999999),
                    "", fractions("hälften", 0.5, "en tredjedel", 1 / 3d, "två tredjedelar", 2 / 3d, "en fjärdedel", 0.25,
                            "tre fjärdedelar", 0.75, "en femtedel", 0.2, "en tiondel", 0.1),
                    "(?:av de|av)", "flera|några|ett par|många")),
            Map.entry("da", danishOrNorwegian()), Map.entry("no", danishOrNorwegian()),
            Map.entry("nb", danishOrNorwegian()),
            // Arabic: the plural of a round number is a vague amount, with or without the article ("العشرات")
            Map.entry("ar", new AmountWords(ranges("عشرات", 20, 99, "العشرات", 20, 99, "مئات", 200, 999, "المئات", 200,
                    999, "آلاف", 2e3, 9999, "الآلاف", 2e3, 9999, "عشرات الآلاف", 2e4, 99999, "مئات الآلاف", 2e5, 999999),
                    "من", fractions("نصف", 0.5, "ثلث", 1 / 3d, "ثلثي", 2 / 3d, "ثلثا", 2 / 3d, "ربع", 0.25),
                    "", "عدة|بضعة|بضع")));

    /** Danish and Norwegian (bokmål), whose words differ in spelling only: both spellings. */
    private static AmountWords danishOrNorwegian() {
        return new AmountWords(ranges("dusinvis", 24, 99, "hundredvis", 200, 999, "hundrevis", 200, 999,
                "tusindvis", 2e3, 9999, "tusenvis", 2e3, 9999, "titusindvis", 2e4, 99999, "titusenvis", 2e4, 99999,
                "hundredtusindvis", 2e5, 999999, "hundretusenvis", 2e5, 999999),
                "af|av", fractions("halvdelen", 0.5, "en tredjedel", 1 / 3d, "to tredjedele", 2 / 3d,
                        "to tredjedeler", 2 / 3d, "en fjerdedel", 0.25, "tre fjerdedele", 0.75, "tre fjerdedeler", 0.75,
                        "en femtedel", 0.2, "en tiendedel", 0.1),
                "(?:af de|av de|af|av)", "flere|nogle|noen|et par|mange");
    }

    private final Map<String, Span> vague;
    private final Map<String, Double> shares;
    private final String vaguePattern;
    private final Pattern shareBefore;
    private final Pattern shareAt;
    private final Pattern severalBefore;

    private AmountWords(Map<String, Span> vague, String of, Map<String, Double> shares, String shareOf, String several) {
        this.vague = vague;
        this.shares = shares;
        String ofWord = of.isEmpty() ? "" : "(?:\\s+(?:" + of + ")(?![\\p{L}]))?";
        this.vaguePattern = "(?<![\\p{L}])(?:" + QuantityLanguage.alternation(vague.keySet()).replace(" ", "\\E\\s+\\Q")
                + ")(?![\\p{L}])" + ofWord;
        String share = "(?<share>" + QuantityLanguage.alternation(shares.keySet()).replace(" ", "\\E\\s+\\Q") + ")\\s+" + shareOf;
        this.shareBefore = Pattern.compile("(?iu)(?<![\\p{L}])" + share + "\\s*$");
        this.shareAt = Pattern.compile("(?iu)^" + share + "(?![\\p{L}])");
        this.severalBefore = Pattern.compile("(?iu)(?<![\\p{L}])(?:" + several + ")\\s+$");
    }

    /** The words of a language, English's for a language without its own. */
    static AmountWords of(String language) {
        return LANGUAGES.getOrDefault(language, LANGUAGES.get("en"));
    }

    /** A regular expression matching a vague plural amount and the word joining it to its noun ("dozens of"). */
    String vaguePattern() {
        return vaguePattern;
    }

    /** The range a vague amount {@link #vaguePattern()} matched allows, or null when {@code written} is none. */
    Span vague(String written) {
        String words = QuantityLanguage.normalise(written).strip().replaceAll("\\s+", " ");
        for (int end = words.length(); end > 0; end = words.lastIndexOf(' ', end - 1)) {
            Span span = vague.get(words.substring(0, end));
            if (span != null) {
                return span;
            }
        }
        return null;
    }

    /**
     * The share of a total the words right before it name ("a third of the ", "ein Drittel der "), with where the
     * share starts in {@code before}; null when they name none.
     */
    Share share(String before) {
        Matcher m = shareBefore.matcher(before);
        if (!m.find()) {
            return null;
        }
        String words = QuantityLanguage.normalise(m.group("share")).replaceAll("\\s+", " ");
        return new Share(shares.get(words), m.start());
    }

    /** True when {@code text} opens with a share of a total ("Two thirds of the"): its number word counts nothing. */
    boolean opensShare(String text) {
        return shareAt.matcher(text).find();
    }

    /** True when a vague quantifier ("several", "mehrere") ends {@code before}: the number word after it is no figure. */
    boolean vagueBefore(String before) {
        return severalBefore.matcher(before).find();
    }

    /** A share of a total and where its words start. */
    record Share(double factor, int start) {
    }

    private static Map<String, Span> ranges(Object... wordsLowHigh) {
        Map<String, Span> map = new LinkedHashMap<>();
        for (int i = 0; i < wordsLowHigh.length; i += 3) {
            map.put(((String) wordsLowHigh[i]).toLowerCase(Locale.ROOT),
                    new Span(((Number) wordsLowHigh[i + 1]).doubleValue(), ((Number) wordsLowHigh[i + 2]).doubleValue()));
        }
        return map;
    }

    private static Map<String, Double> fractions(Object... wordsValues) {
        Map<String, Double> map = new LinkedHashMap<>();
        for (int i = 0; i < wordsValues.length; i += 2) {
            map.put((String) wordsValues[i], ((Number) wordsValues[i + 1]).doubleValue());
        }
        return map;
    }
}
