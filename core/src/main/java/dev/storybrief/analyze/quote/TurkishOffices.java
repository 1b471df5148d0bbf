package dev.storybrief.analyze.quote;

import java.util.Set;

/**
 * The office a Turkish sentence writes before a name, capitalised: a bare office ("Başbakan Ahmet Yılmaz", "Vali
 * Ayşe Demir") or an office named after its body, which Turkish writes as the body followed by the office with the
 * possessive ending ("Dışişleri Bakanı", "Belediye Başkanı", "Ankara Valisi", "Başbakan Yardımcısı"): the words of
 * the body are part of the office.
 */
final class TurkishOffices {

    /** Offices that stand alone before a name. */
    private static final Set<String> BARE = Set.of("Başbakan", "Cumhurbaşkanı", "Bakan", "Başkan", "Vali", "Kaymakam",
            "Muhtar", "Milletvekili", "Sözcü", "Müdür", "Savcı", "Başsavcı", "Büyükelçi", "Rektör", "Komutan",
            "Profesör", "Doktor", "Avukat", "Mühendis", "Öğretmen");
    /** Offices in the possessive form, after the body they belong to. */
    private static final Set<String> OF_A_BODY = Set.of("Bakanı", "Başkanı", "Valisi", "Müdürü", "Sözcüsü",
            "Komutanı", "Büyükelçisi", "Rektörü", "Muhtarı", "Yardımcısı", "Sekreteri", "Başkanvekili");
    /** Words of a body before its office ("İstanbul Büyükşehir Belediye Başkanı"). */
    private static final int MAX_BODY_WORDS = 3;

    private TurkishOffices() {
    }

    /** The Turkish office written at the end of {@code words} (the words before a name), or null. */
    static String of(String[] words) {
        int last = words.length - 1;
        if (last < 0) {
            return null;
        }
        if (OF_A_BODY.contains(words[last])) {
            int first = last;
            while (first > 0 && last - first < MAX_BODY_WORDS && Character.isUpperCase(words[first - 1].codePointAt(0))
                    && Character.isLetter(words[first - 1].codePointAt(words[first - 1].length() - 1))) {
                first--;
            }
            return String.join(" ", java.util.Arrays.copyOfRange(words, first, last + 1));
        }
        return BARE.contains(words[last]) ? words[last] : null;
    }
}
