package dev.storybrief.analyze.language;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * ISO 639-3 codes (what OpenNLP's language detector answers: "fra", "ces", "cmn") to the ISO 639-1 codes the rest
 * of storybrief speaks ("fr", "cs", "zh"). Codes without a two-letter form ("gsw", "ceb") stay as they are.
 */
public final class LanguageCodes {
    private static final Map<String, String> TO_TWO = build();

    private LanguageCodes() {
    }

    private static Map<String, String> build() {
        Map<String, String> map = new HashMap<>();
        for (String two : Locale.getISOLanguages()) {
            try {
                map.put(Locale.forLanguageTag(two).getISO3Language(), two);
            } catch (java.util.MissingResourceException e) {
                // a code without a three-letter form: nothing to map
            }
        }
        // Java still lists the withdrawn codes iw, in and ji
        map.put("heb", "he");
        map.put("ind", "id");
        map.put("yid", "yi");
        // individual languages the detector names where Java knows only the macrolanguage
        map.put("cmn", "zh");
        map.put("ekk", "et");
        map.put("lvs", "lv");
        map.put("pes", "fa");
        map.put("pnb", "pa");
        map.put("swh", "sw");
        map.put("zsm", "ms");
        return Map.copyOf(map);
    }

    /** The two-letter code of a three-letter one, or the code itself, lower-cased, when it has none. */
    public static String twoLetter(String code) {
        String lower = code.toLowerCase(Locale.ROOT);
        return switch (lower) {
            case "iw" -> "he";
            case "in" -> "id";
            case "ji" -> "yi";
            default -> lower.length() == 2 ? lower : TO_TWO.getOrDefault(lower, lower);
        };
    }

    /** True for a well-formed language code: two or three ASCII letters. */
    public static boolean isCode(String code) {
        if (code == null || !code.matches("[A-Za-z]{2,3}")) {
            return false;
        }
        String lower = code.toLowerCase(Locale.ROOT);
        // a code ISO 639 assigns ("fr", "fra"), not any two letters ("xx")
        return lower.length() == 2 ? java.util.Arrays.asList(Locale.getISOLanguages()).contains(lower)
                : TO_TWO.containsKey(lower);
    }
}
