package dev.storybrief.analyze.sentence;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import opennlp.tools.util.Span;

/**
 * Repairs that hold in every language written with cased letters: a "sentence" that starts with a lower-case letter
 * or a digit continues the one before it (the break came after an abbreviation: "env. 300", "z. B. die"), and so
 * does one after an initial ("J. Dupont") or, in the languages that write ordinals with a full stop (German, the
 * Nordic, West and South Slavic and Baltic languages, Hungarian, Turkish), after an ordinal number ("am 3. Oktober";
 * elsewhere "la strada statale 45. Il sindaco" ends a sentence), after a title that comes before a name ("Sr.", "sig.", "Prof."), or after
 * an amount's abbreviated scale ("900 Mio. Euro"); and a number continues a sentence that ends in an abbreviation
 * written before numbers ("ok. godz. 21."); last, a quotation of several sentences keeps its closing attribution
 * ({@link QuotedSpeech}).
 */
final class SentenceRepairs {
    private static final Pattern INITIAL_OR_ORDINAL = Pattern.compile("(?:^|[\\s(\"'«„“‘])(?:\\p{Lu}|\\d{1,2})\\.$");
    private static final Pattern INITIAL = Pattern.compile("(?:^|[\\s(\"'«„“‘])\\p{Lu}\\.$");
    /** ISO 639-1 codes of the languages that write an ordinal number as the figure and a full stop. */
    private static final java.util.Set<String> DOTTED_ORDINALS = java.util.Set.of("de", "da", "no", "nb", "nn", "is",
            "fo", "fi", "et", "lv", "lt", "cs", "sk", "pl", "sl", "hr", "bs", "sr", "hu", "tr");
    /** Titles written before a name, in the languages of Europe, lower case without their full stop. */
    private static final java.util.Set<String> TITLES = java.util.Set.of("m", "mm", "mme", "mlle", "me", "mgr", "dr",
            "pr", "prof", "hr", "fr", "frau", "sr", "sra", "srta", "dra", "d", "dña", "sig", "sigg", "sig.ra", "dott",
            "dott.ssa", "avv", "ing", "on", "sen", "gen", "col", "st", "ste", "sta", "mons", "p", "s", "ph", "mag",
            "bc", "mudr", "judr", "doc", "gov", "pres", "ul", "nr", "no", "n", "art", "vol", "ca", "env",
            "bzw", "vgl", "tj", "tzv", "resp", "aj", "atd", "apod", "etc", "cca");
    /**
     * An amount's scale written short, "900 Mio. Euro", "1,2 Mrd. Dollar", "12 Tsd. Besucher": the figure goes on
     * with its currency or noun; a sentence does not end on a number's abbreviated scale.
     */
    private static final Pattern AMOUNT_SCALE = Pattern.compile("\\d\\s?(?:Mio|Mrd|Tsd|Md|Mds)\\.$");
    /**
     * Abbreviations that stand before a number, lower case without their full stop: about ("ok." Polish, "ca.",
     * "env.", "cca", "approx"), hour ("godz.", "g.", "hod."), number and page ("nr", "no", "str.", "s.", "č.",
     * "pkt", "poz.", "núm.", "tel."), thousand ("tys.", "tis."). "ok. godz. 21." is one time of day: the number
     * belongs with them, wherever a sentence could otherwise end ("Wszystko jest ok. Potem" still ends at "ok.").
     */
    private static final java.util.Set<String> BEFORE_A_NUMBER = java.util.Set.of("ok", "ca", "env", "cca", "approx",
            "godz", "g", "hod", "nr", "no", "str", "s", "č", "pkt", "poz", "núm", "tel", "tys", "tis", "nº", "n",
            "art", "ust", "par", "vol", "p", "pp", "kap");
    private static final Pattern LAST_WORD = Pattern.compile("(?:^|[\\s(\"'«„“‘])([\\p{L}.]+)\\.$");
    private static final Pattern FIRST = Pattern.compile("^[\\s\"'“‘«„(\\[]*(\\S)");

    private SentenceRepairs() {
    }

    /** The spans with every wrong break joined back, for text in the language of this ISO 639-1 code. */
    static List<Span> join(String text, List<Span> raw, String language) {
        Pattern initialOrOrdinal = DOTTED_ORDINALS.contains(language) ? INITIAL_OR_ORDINAL : INITIAL;
        List<Span> out = new ArrayList<>();
        for (Span span : raw) {
            if (!out.isEmpty() && continues(text, out.get(out.size() - 1), span, initialOrOrdinal)) {
                Span previous = out.remove(out.size() - 1);
                out.add(new Span(previous.getStart(), span.getEnd()));
            } else {
                out.add(span);
            }
        }
        return QuotedSpeech.join(text, out, language);
    }

    private static boolean continues(String text, Span previous, Span next, Pattern initialOrOrdinalEnd) {
        String before = text.substring(previous.getStart(), previous.getEnd()).stripTrailing();
        Matcher first = FIRST.matcher(text.substring(next.getStart(), next.getEnd()));
        if (!first.find()) {
            return false;
        }
        char initial = first.group(1).charAt(0);
        if (Character.isLowerCase(initial)) {
            return true;
        }
        if (!before.endsWith(".")) {
            return false;
        }
        if (AMOUNT_SCALE.matcher(before).find()
                || Character.isDigit(initial) && endsWithOneOf(before, BEFORE_A_NUMBER)) {
            return true;
        }
        Matcher initialOrOrdinal = initialOrOrdinalEnd.matcher(before);
        if (initialOrOrdinal.find()) {
            // "ok. godz. 21. Mieszkańcy": a number counted by the abbreviation before it is no ordinal
            String beforeNumber = before.substring(0, initialOrOrdinal.start()).stripTrailing();
            return !(Character.isDigit(before.charAt(before.length() - 2)) && beforeNumber.endsWith(".")
                    && endsWithOneOf(beforeNumber, BEFORE_A_NUMBER));
        }
        return endsWithOneOf(before, TITLES);
    }

    /** A short word in capitals and small letters with its full stop: a title's abbreviation ("Dkt.", "Bw.", "Mhe."). */
    private static final Pattern SHORT_TITLE = Pattern.compile("(?:^|[\\s(\"'«„“‘,])\\p{Lu}\\p{Ll}{1,2}\\.$");
    /** A name: two words that open with a capital. */
    private static final Pattern NAME_FIRST = Pattern.compile("^[\"'“‘«„(]*\\p{Lu}[\\p{L}\\p{M}'’-]*\\s+\\p{Lu}\\p{L}");

    /**
     * True when {@code text} before {@code end} ends in a Thai letter and a full stop: Thai ends no sentence with a
     * full stop, it abbreviates with one, as the ranks before a name do ("พล.ต.ท.ประยุทธ์", "พ.ต.อ.วิชัย").
     */
    static boolean thaiAbbreviation(String text, int end) {
        return end >= 2 && end <= text.length() && text.charAt(end - 1) == '.'
                && Character.UnicodeScript.of(text.charAt(end - 2)) == Character.UnicodeScript.THAI;
    }

    /**
     * True when {@code before} ends in a title's abbreviation and {@code next} opens with a name ("..., Dkt. | Halima
     * Said, alisema"): for the languages CLDR lists no abbreviations for, where ICU breaks after every full stop. A
     * sentence rarely ends on a capitalised word of two or three letters, and more rarely before a name of two words.
     */
    static boolean titleBeforeName(String before, String next) {
        return SHORT_TITLE.matcher(before.stripTrailing()).find() && NAME_FIRST.matcher(next).find();
    }

    /** True when the text's last word, before its full stop, is one of the words (in lower case). */
    private static boolean endsWithOneOf(String before, java.util.Set<String> words) {
        Matcher last = LAST_WORD.matcher(before);
        return last.find() && words.contains(last.group(1).toLowerCase(java.util.Locale.ROOT));
    }
}
