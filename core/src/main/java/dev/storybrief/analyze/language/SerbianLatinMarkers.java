package dev.storybrief.analyze.language;

import java.util.Locale;
import java.util.Set;

/**
 * Tells Latin-script Serbian from Croatian and Bosnian, which the language model cannot: its Serbian was learnt from
 * Cyrillic text, so Latin Serbian comes out as Croatian or Bosnian. The three standards share almost all their
 * grammar; what tells them apart in news is the reflex of the old vowel jat, ekavian in Serbia ("reka", "dve",
 * "pre", "predsednik", "mesto") and ijekavian in Croatia and Bosnia ("rijeka", "dvije", "prije", "predsjednik",
 * "mjesto"), and a few words of Serbia's standard alone ("opština", "saopštio", "takođe", "izveštaj" against
 * "općina", "priopćio" or "saopćio", "također", "izvješće"). Words Bosnian shares with Serbian ("hiljada",
 * "milion", "uticaj", "uslov", "preduzeće") tell nothing here and are not listed; Croatian against Bosnian is left
 * to the model.
 */
final class SerbianLatinMarkers {
    /** Fewest Serbian markers that make a text Serbian. */
    static final int MIN_MARKERS = 2;
    /** A text is Serbian when its Serbian markers outnumber the ijekavian ones by this factor (quoted names aside). */
    static final int DOMINANCE = 2;

    // whole words of the ekavian standard whose stem alone would catch other words ("reka" but not "rekao")
    private static final Set<String> EKAVIAN_WORDS = Set.of("reka", "reke", "reku", "rekom", "rekama", "dve", "dvema",
            "vreme", "pre", "posle", "deca", "dece", "deci", "decom", "dete", "deteta", "cena", "cene", "cenu",
            "cenom", "ceo", "cela", "celo", "celog", "celu", "celoj", "celi", "celih", "svet", "svetu", "gde", "ovde",
            "onde", "uvek", "sreda", "sredu", "deo", "delo", "mera", "mere", "meru", "merama", "telo", "tela", "vest",
            "vesti", "leto", "lepo", "lep", "lepa", "hleb", "mleko", "reč", "reči", "lek", "leka", "smer", "smeru",
            "uveče", "takođe", "beo", "belo");
    // stems of the ekavian standard and of words only Serbia's standard uses
    private static final String[] EKAVIAN_STEMS = {"mest", "mešt", "posled", "predsedn", "nedelj", "mesec", "meseč",
        "sever", "zamenik", "bezbedn", "primen", "promen", "opštin", "saopšt", "sedišt", "sednic", "svedo",
        "svetsk", "savet", "poset", "delatn", "ocen", "izvešt", "uspeh", "uspeš", "odeljen", "povređ", "pesm",
        "pevač", "lekar", "rešen", "sećan", "mlek", "zvezd", "razume", "videl", "živel"};
    private static final Set<String> IJEKAVIAN_WORDS = Set.of("rijeka", "rijeke", "rijeku", "rijekom", "dvije",
            "dvjema", "vrijeme", "prije", "poslije", "djeca", "djece", "djeci", "djecom", "dijete", "djeteta",
            "svijet", "svijetu", "svijeta", "gdje", "ovdje", "ondje", "uvijek", "srijeda", "srijedu", "dio", "djela",
            "djelo", "mjera", "mjere", "mjeru", "mjerama", "tijelo", "tijela", "vijest", "vijesti", "ljeto", "kruh",
            "mlijeko", "riječ", "riječi", "lijek", "lijeka", "smjer", "smjeru", "navečer", "uvečer", "također",
            "tko", "bijelo");
    private static final String[] IJEKAVIAN_STEMS = {"mjest", "mješt", "posljed", "predsjedn", "nedjelj", "mjesec",
        "mjeseč", "sjever", "zamjenik", "bezbjedn", "primjen", "promjen", "utjecaj", "općin", "priopć", "sjedišt",
        "sjednic", "svjedo", "svjetsk", "savjet", "posjet", "djelatn", "ocjen", "izvješ", "uspjeh", "uspješ",
        "odjeljen", "ozlijeđ", "povrijeđ", "ozljeđ", "pjesm", "pjevač", "liječ", "ljekar", "riješ", "rješen",
        "sjećan", "cijel", "cijen", "lijep", "bijel", "vrijem", "rijetk", "tisuć", "zvijezd", "razumije",
        "vidje", "živje", "uvjet", "zrakopl"};

    private SerbianLatinMarkers() {
    }

    /** True when the Latin-script text is written in Serbia's ekavian standard rather than Croatian or Bosnian. */
    static boolean isSerbian(String text) {
        int serbian = 0;
        int ijekavian = 0;
        String previous = "";
        for (String word : words(text)) {
            if (isEkavian(word)) {
                serbian++;
            } else if (isIjekavian(word)) {
                ijekavian++;
            }
            // the question particle: "da li" in Serbia (and Bosnia), "je li" in Croatia; the future written apart
            // after an infinitive cut to -t ("bit će") in Croatian, glued in Serbian ("biće", counted above)
            if (word.equals("li") && previous.equals("da")) {
                serbian++;
            } else if (word.equals("li") && previous.equals("je") || word.equals("će") && previous.endsWith("t")) {
                ijekavian++;
            }
            previous = word;
        }
        return serbian >= MIN_MARKERS && serbian > DOMINANCE * ijekavian;
    }

    private static boolean isEkavian(String word) {
        return EKAVIAN_WORDS.contains(word) || startsWithAny(word, EKAVIAN_STEMS);
    }

    private static boolean isIjekavian(String word) {
        return IJEKAVIAN_WORDS.contains(word) || startsWithAny(word, IJEKAVIAN_STEMS);
    }

    private static boolean startsWithAny(String word, String[] stems) {
        for (String stem : stems) {
            if (word.startsWith(stem)) {
                return true;
            }
        }
        return false;
    }

    /** The lower-cased letter runs of the text, by a plain scan. */
    static java.util.List<String> words(String text) {
        java.util.List<String> words = new java.util.ArrayList<>();
        int start = -1;
        for (int i = 0; i <= text.length(); i++) {
            boolean letter = i < text.length() && Character.isLetter(text.charAt(i));
            if (letter && start < 0) {
                start = i;
            } else if (!letter && start >= 0) {
                words.add(text.substring(start, i).toLowerCase(Locale.ROOT));
                start = -1;
            }
        }
        return words;
    }
}
