package dev.storybrief.analyze.language;

import java.util.Set;

/**
 * Pairs of close written standards that the language model confuses on short texts, told apart by the words only one
 * of them writes. Norwegian and Danish share most words, but Norwegian writes "av", "etter", "ble", "meg", "gjennom",
 * "-sjon" and the infinitive mark "å" where Danish writes "af", "efter", "blev", "mig", "gennem", "-tion" and "at".
 * Malaysia's Malay and Indonesian share their grammar, but their news use other words for the same things: Malay
 * "kerajaan", "jambatan", "bandar", "kerana", "peratus", "polis" against Indonesian "pemerintah", "jembatan",
 * "kota", "karena", "persen", "polisi", and month names ("Ogos", "Disember" against "Agustus", "Desember"). Bosnian
 * and Croatian are both ijekavian (Serbian is told apart first, {@link SerbianLatinMarkers}); Bosnian writes the
 * international or Ottoman word ("sedmica", "hiljada", "historija", "saobraćaj", "fudbal", "januar") where Croatian
 * has its own ("tjedan", "tisuća", "povijest", "promet", "nogomet", "siječanj"). Words both standards of a pair use
 * are not listed; a text is one standard's when at least {@link #MIN_MARKERS} of its words are and they outnumber the
 * other's {@link #DOMINANCE} to one.
 */
enum CloseStandards {
    /** Norwegian (either written standard) against Danish. */
    NORWEGIAN_DANISH("nb", Set.of("av", "etter", "ble", "meg", "deg", "seg", "gjennom", "noen", "hadde", "sa", "sier",
            "blir", "hva", "mye", "ut", "opp", "mot", "fikk", "tok", "igjen", "litt", "ennå", "siste", "vei", "veien",
            "nei", "høy", "høyt", "kjøre", "skje", "skjedde", "å", "fant", "mellom", "ikkje", "eg", "ho", "vart",
            "gjekk", "mykje", "berre", "frå", "dei", "kva", "regjeringen", "regjeringa", "bru", "brua", "elva", "inntil",
            "sentrum"), new String[] {"sjon", "het"},
            "da", Set.of("af", "efter", "blev", "mig", "dig", "sig", "gennem", "nogle", "havde", "sagde", "siger",
            "bliver", "hvad", "ud", "op", "mod", "fik", "igen", "lidt", "endnu", "sidste", "vej", "vejen", "nej",
            "høj", "højt", "køre", "ske", "skete", "fandt", "mellem", "regeringen", "besluttede", "oplyste", "gik",
            "åen", "indtil", "centrum", "nu", "sidst"), new String[] {"tion", "hed"}),
    /** Malaysia's Malay against Indonesian. */
    MALAY_INDONESIAN("ms", Set.of("kerajaan", "jambatan", "bandar", "kerana", "peratus", "polis", "hospital", "wang",
            "sahaja", "baharu", "lepas", "jurutera", "syarikat", "kenyataan", "akhbar", "kakitangan", "antarabangsa",
            "bilion", "ogos", "disember", "mac", "julai", "jun", "majlis", "perbandaran", "encik", "dilencongkan",
            "dibina", "cuba", "bermula", "iaitu", "selepas"), new String[0],
            "id", Set.of("pemerintah", "jembatan", "karena", "persen", "uang", "bisa", "insinyur", "kantor",
            "perusahaan", "pengadilan", "pernyataan", "kemarin", "mobil", "koran", "karyawan", "internasional",
            "miliar", "agustus", "desember", "maret", "juli", "juni", "provinsi", "kabupaten", "bapak", "ujar",
            "dibangun", "mencoba", "yaitu"), new String[0]),
    /** Bosnian against Croatian. */
    BOSNIAN_CROATIAN("bs", Set.of("sedmica", "sedmice", "sedmicu", "sedmici", "hiljada", "hiljade", "hiljadu",
            "historija", "historije", "saobraćaj", "saobraćaja", "saobraćaju", "fudbal", "fudbala", "fudbalski",
            "univerzitet", "univerziteta", "porodica", "porodice", "porodici", "hemija", "penzija", "vazduh", "voz",
            "vozom", "avion", "aviona", "milion", "miliona", "kafa", "ko", "stub", "stuba", "stubovi", "inžinjer",
            "inžinjeri", "uticaj", "uslov", "uslovi", "spisak", "ambasada", "ambasador", "muzika", "firma", "tokom",
            "pozorište", "januar", "februar", "mart", "april", "juni", "juli", "august", "septembar", "oktobar",
            "novembar", "decembar", "januara", "februara", "marta", "aprila", "juna", "jula", "augusta", "septembra",
            "oktobra", "novembra", "decembra", "hljeb", "lahko", "sahat"), new String[0],
            "hr", Set.of("tjedan", "tjedna", "tjednu", "tisuća", "tisuće", "tisuću", "povijest", "povijesti", "promet",
            "prometa", "prometu", "nogomet", "nogometa", "nogometni", "sveučilište", "sveučilišta", "obitelj",
            "obitelji", "kemija", "mirovina", "zrak", "zraka", "vlak", "vlakom", "zrakoplov", "zrakoplova", "milijun",
            "milijuna", "kava", "tko", "stup", "stupa", "stupovi", "inženjer", "inženjeri", "utjecaj", "uvjet",
            "uvjeti", "popis", "veleposlanstvo", "veleposlanik", "glazba", "tvrtka", "tvrtke", "tijekom", "kazalište",
            "siječnja", "veljače", "ožujka", "travnja", "svibnja", "lipnja", "srpnja", "kolovoza", "rujna", "listopada",
            "studenoga", "studenog", "prosinca", "kruh", "izvješće", "priopćenje", "priopćio"), new String[0]);

    /** Fewest marker words that tell a standard. */
    static final int MIN_MARKERS = 2;
    /** The told standard's markers outnumber the other's by this factor. */
    static final int DOMINANCE = 2;

    private final String first;
    private final Set<String> firstWords;
    private final String[] firstEndings;
    private final String second;
    private final Set<String> secondWords;
    private final String[] secondEndings;

    CloseStandards(String first, Set<String> firstWords, String[] firstEndings, String second,
                   Set<String> secondWords, String[] secondEndings) {
        this.first = first;
        this.firstWords = firstWords;
        this.firstEndings = firstEndings;
        this.second = second;
        this.secondWords = secondWords;
        this.secondEndings = secondEndings;
    }

    /** The pair whose standards include the language, or null. */
    static CloseStandards of(String code) {
        for (CloseStandards pair : values()) {
            if (pair.codes().contains(code)) {
                return pair;
            }
        }
        return null;
    }

    /** The codes the model may answer for the pair ("nn" and "no" are Norwegian too). */
    Set<String> codes() {
        return this == NORWEGIAN_DANISH ? Set.of("nb", "nn", "no", "da") : Set.of(first, second);
    }

    /** Whether the code names the pair's first standard ("nn" and "no" count as Norwegian). */
    boolean isFirst(String code) {
        return code.equals(first) || this == NORWEGIAN_DANISH && (code.equals("nn") || code.equals("no"));
    }

    /** The first standard's code ("nb", "ms", "bs"). */
    String first() {
        return first;
    }

    /** The second standard's code ("da", "id", "hr"). */
    String second() {
        return second;
    }

    /** The standard the text's words tell (its code), or null when they do not tell. */
    String tell(String text) {
        int firsts = 0;
        int seconds = 0;
        for (String word : SerbianLatinMarkers.words(text)) {
            boolean a = firstWords.contains(word) || endsWithAny(word, firstEndings);
            boolean b = secondWords.contains(word) || endsWithAny(word, secondEndings);
            if (a && !b) {
                firsts++;
            } else if (b && !a) {
                seconds++;
            }
        }
        if (firsts >= MIN_MARKERS && firsts >= DOMINANCE * seconds && firsts > seconds) {
            return first;
        }
        if (seconds >= MIN_MARKERS && seconds >= DOMINANCE * firsts && seconds > firsts) {
            return second;
        }
        return null;
    }

    private static boolean endsWithAny(String word, String[] endings) {
        for (String ending : endings) {
            if (word.length() > ending.length() + 2 && word.endsWith(ending)) {
                return true;
            }
        }
        return false;
    }
}
