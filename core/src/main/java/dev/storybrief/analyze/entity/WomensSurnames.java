package dev.storybrief.analyze.entity;

import java.util.Locale;
import java.util.Set;

/**
 * Whether a surname is written in a woman's form, in the Slavic languages that give a woman her own form of the
 * family name: Czech and Slovak "Nováková", "Novotná", "Dvorská" and their cases ("Novákové", "Novákovou"), Polish
 * "Kowalska", "Kowalskiej", "Kowalską", Russian "Петрова", "Петровой", "Толстая", Ukrainian "Ковальська",
 * "Петровою". The forms of a man's name never end so, except the Russian genitive "Петрова" of "Петров",
 * which is read as a woman's (keeping a man's genitive apart from him loses less than making a woman of him).
 */
final class WomensSurnames {
    /** Czech and Slovak: the adjective endings a woman's surname declines by (-ová, -ská, -ná), and -ovou. */
    private static final String[] CZECH_SLOVAK = {"á", "é", "ovou", "skou", "ckou"};
    /** Polish: the adjective surnames in -ska, -cka, -dzka and their cases. */
    private static final String[] POLISH = {"ska", "cka", "zka", "skiej", "ckiej", "zkiej", "ską", "cką", "zką"};
    /** Russian, Ukrainian, Belarusian: -ова, -ева, -ина, -ая and their cases. */
    private static final String[] EAST_SLAVIC = {"ова", "ева", "ёва", "ина", "ына", "ая", "овой", "евой", "ёвой",
            "иной", "ыной", "ской", "цкой", "ська", "цька", "ської", "цької", "овою", "евою", "ською", "цькою"};
    /** Polish: a man's adjective surname in -ski, -cki, -dzki and its cases. */
    private static final String[] POLISH_MEN = {"ski", "cki", "zki", "skiego", "ckiego", "zkiego", "skiemu", "ckiemu",
            "zkiemu", "skim", "ckim", "zkim"};
    private static final Set<String> CS_SK = Set.of("cs", "sk");
    private static final Set<String> RU_UK_BE = Set.of("ru", "uk", "be");

    private WomensSurnames() {
    }

    /** True when two forms of one stem name a man and a woman in {@code language}: two people, not two cases. */
    static boolean differ(String a, String b, String language) {
        return isWomans(a, language) && isMans(b, language) || isWomans(b, language) && isMans(a, language);
    }

    /** True when {@code surname} is a woman's form in {@code language}. */
    static boolean isWomans(String surname, String language) {
        return endsInAny(surname, CS_SK.contains(language) ? CZECH_SLOVAK : "pl".equals(language) ? POLISH
                : RU_UK_BE.contains(language) ? EAST_SLAVIC : new String[0]);
    }

    /** True when {@code surname} is surely a man's form: in Polish by its ending, elsewhere when no woman's. */
    static boolean isMans(String surname, String language) {
        return "pl".equals(language) ? endsInAny(surname, POLISH_MEN) : !isWomans(surname, language);
    }

    private static boolean endsInAny(String word, String[] endings) {
        String lower = word.toLowerCase(Locale.ROOT);
        for (String ending : endings) {
            if (lower.endsWith(ending)) {
                return true;
            }
        }
        return false;
    }
}
