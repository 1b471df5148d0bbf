package dev.storybrief.analyze.quantity;

import dev.storybrief.analyze.terms.TermChain;
import dev.storybrief.model.Qualifier;
import dev.storybrief.model.QuantitySpan;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The figures of French, German, Spanish, Italian and Portuguese sentences that are no counts, read as
 * {@link QuantityExtractor} reads English's ({@link QuantitySpan.Kind}): a length of time and what it is of ("seis
 * años de prisión", "eine Haftstrafe von vier Jahren", "zu vier Jahren Haft"), and a position and what it is a
 * position of ("en el 89º minuto", "zum dritten Mal", "pela terceira vez"). One class for the five languages, driven
 * by each language's {@link Words}: the units of time come from its {@link QuantityLanguage#measures()}.
 *
 * <p>A bare length ("hace seis años", "durante cuatro temporadas") may be of anything in the story, so only one
 * joined to what it is of is read: the words after the unit ("de prisión", German's capitalised noun "Haft"), or a
 * noun of a thing that lasts right before the figure ("condena de", "Vertrag über"). A term in prison and a contract
 * take the keys English gives them, so two languages' lengths of them meet.
 */
final class EuropeanFigureKinds {
    /** The units of time among a language's measures, by their English key. */
    private static final Set<String> TIME_UNITS = Set.of("day", "week", "month", "year", "hour", "minut");
    /** What a prison term is of, as English keys it ("six years in prison": "duration year in prison"). */
    private static final String PRISON = "in prison";
    private static final String CONTRACT = "contract";

    /**
     * How one language joins a length of time to what it is of, and writes positions.
     *
     * @param seasons      the words of a season of sport, a unit of time ("temporadas", "Spielzeiten")
     * @param linkAfter    the words joining a unit to what it is of, as a regular expression ("de|en"); empty where a
     *                     capitalised noun follows the unit bare (German "vier Jahre Haft")
     * @param linkBefore   the words joining a thing that lasts to its length ("condena de seis años", "Vertrag über
     *                     vier Jahre"), as a regular expression
     * @param lasting      the words of things that last a set time, in their usual forms: sentences and terms of
     *                     prison, contracts, mandates, bans, strikes; each mapped to a language-neutral key ("in
     *                     prison", "contract"), or to "" when its stem keys it
     * @param ago          the word before a length that makes it a time in the past ("hace", "vor"), as a regular
     *                     expression, empty for none
     * @param listJoins    the words that join a list or a range of numbers ("13 y 11 años": several people's terms)
     * @param ordinals     ordinal words from the second up ("tercer", "dritten") and their values: "first" is
     *                     left out, as it names a rank more often than a position ("primer ministro", "Erste Hilfe")
     */
    record Words(String seasons, String linkAfter, String linkBefore, Map<String, String> lasting, String ago,
                 String listJoins, Map<String, Integer> ordinals) {
    }

    /** Danish and Norwegian (bokmål), both spellings: "seks års fængsel", "dømt til tre års fengsel". */
    private static final Words NORDIC_WORDS = new Words("sæsoner|sæson|sesonger|sesong", "", "på|om",
            lasting("fængsel|fengsel|fængselsstraf|fengselsstraff|dømt|straf|straff", PRISON, "kontrakt|aftale|avtale",
                    CONTRACT, "valgperiode|karantæne|karantene|strejke|streik|forbud", null),
            "for", "og|eller|til", QuantityLanguage.numbers("anden:2|andet:2|andre:2|tredje:3|fjerde:4|femte:5"
                    + "|sjette:6|syvende:7|sjuende:7|ottende:8|åttende:8|niende:9|tiende:10"));

    private static final Map<String, Words> LANGUAGES = Map.ofEntries(Map.entry(
            "es", new Words("temporadas|temporada", "de|en", "de|por|a",
                    lasting("condena|condenado|condenada|condenados|condenó|pena|prisión|cárcel|reclusión", PRISON,
                            "contrato|contratos", CONTRACT,
                            "mandato|plazo|periodo|período|suspensión|sanción|inhabilitación|huelga|acuerdo|veto"
                                    + "|prohibición|legislatura", null),
                    "hace", "y|o|a|e|u", QuantityLanguage.numbers("segundo:2|segunda:2|tercer:3|tercero:3|tercera:3|cuarto:4|cuarta:4"
                            + "|quinto:5|quinta:5|sexto:6|sexta:6|séptimo:7|séptima:7|octavo:8|octava:8|noveno:9|novena:9"
                            + "|décimo:10|décima:10"))),
            Map.entry("pt", new Words("temporadas|temporada|épocas|época", "de|em", "de|por|a",
                    lasting("condenação|condenado|condenada|condenados|condenou|pena|prisão|cadeia|reclusão", PRISON,
                            "contrato|contratos", CONTRACT,
                            "mandato|prazo|período|suspensão|sanção|greve|acordo|proibição|legislatura", null),
                    "há", "e|ou|a", QuantityLanguage.numbers("segundo:2|segunda:2|terceiro:3|terceira:3|quarto:4|quarta:4|quinto:5"
                            + "|quinta:5|sexto:6|sexta:6|sétimo:7|sétima:7|oitavo:8|oitava:8|nono:9|nona:9|décimo:10"
                            + "|décima:10"))),
            Map.entry("fr", new Words("saisons|saison", "de|d'|en", "de|d'|à|pour",
                    lasting("condamnation|condamné|condamnée|condamnés|peine|prison|emprisonnement|réclusion", PRISON,
                            "contrat|contrats", CONTRACT,
                            "mandat|délai|période|suspension|sanction|grève|accord|interdiction|bail", null),
                    "il y a", "et|ou|à", QuantityLanguage.numbers("deuxième:2|second:2|seconde:2|troisième:3|quatrième:4|cinquième:5"
                            + "|sixième:6|septième:7|huitième:8|neuvième:9|dixième:10"))),
            Map.entry("it", new Words("stagioni|stagione", "di|in", "di|a|da|per",
                    lasting("condanna|condannato|condannata|condannati|pena|carcere|reclusione|prigione", PRISON,
                            "contratto|contratti", CONTRACT,
                            "mandato|periodo|sospensione|squalifica|sciopero|accordo|divieto|legislatura", null),
                    "", "e|o|a", QuantityLanguage.numbers("secondo:2|seconda:2|terzo:3|terza:3|quarto:4|quarta:4|quinto:5|quinta:5"
                            + "|sesto:6|sesta:6|settimo:7|settima:7|ottavo:8|ottava:8|nono:9|nona:9|decimo:10|decima:10"))),
            Map.entry("de", new Words("spielzeiten|spielzeit|saisons|saison", "", "von|über|für",
                    lasting("haft|haftstrafe|freiheitsstrafe|gefängnisstrafe|gefängnis|verurteilt", PRISON,
                            "vertrag|verträge|vertrages|vertrags|laufzeit", CONTRACT,
                            "amtszeit|sperre|frist|streik|zeitraum|verbot|strafe", null),
                    "vor", "und|oder|bis", QuantityLanguage.numbers(germanOrdinals()))),
            // Dutch, Polish, Swedish, Danish and Norwegian put what a length is of right after its unit, with no
            // joining word ("zes jaar cel", "6 lat więzienia", "sex års fängelse", "seks års fængsel"): only a word
            // of a thing that lasts is read there
            Map.entry("nl", new Words("seizoenen|seizoen", "", "van|voor",
                    lasting("cel|celstraf|gevangenisstraf|gevangenis|veroordeeld|veroordeling|jeugddetentie|straf", PRISON,
                            "contract|contracten", CONTRACT, "ambtstermijn|termijn|schorsing|staking|verbod|schorsing", null),
                    "", "en|of|tot", QuantityLanguage.numbers("tweede:2|derde:3|vierde:4|vijfde:5|zesde:6|zevende:7"
                            + "|achtste:8|negende:9|tiende:10"))),
            Map.entry("pl", new Words("sezonów|sezony|sezon|sezonu", "", "na|o",
                    lasting("więzienia|więzienie|pozbawienia|wyrok|wyroku|skazany|skazana|skazał|skazani|kary|karę|kara"
                            + "|odsiadki", PRISON, "kontrakt|kontraktu|kontrakty|umowa|umowę|umowy", CONTRACT,
                            "kadencja|kadencji|kadencję|zawieszenie|zawieszenia|strajk|strajku|zakaz|zakazu|dyskwalifikacji"
                                    + "|dyskwalifikacja", null),
                    "", "i|lub|do|a", QuantityLanguage.numbers("drugi:2|druga:2|drugie:2|drugiej:2|drugiego:2|drugim:2"
                            + "|trzeci:3|trzecia:3|trzecie:3|trzeciej:3|trzeciego:3|trzecim:3|czwarty:4|czwarta:4"
                            + "|czwartej:4|czwartego:4|piąty:5|piąta:5|piątej:5|piątego:5|szósty:6|szósta:6|siódmy:7"
                            + "|siódma:7|ósmy:8|ósma:8|dziewiąty:9|dziewiąta:9|dziesiąty:10|dziesiąta:10"))),
            Map.entry("sv", new Words("säsonger|säsong", "", "på|om",
                    lasting("fängelse|fängelsestraff|dömd|dömdes|straff", PRISON, "kontrakt|avtal", CONTRACT,
                            "mandatperiod|avstängning|strejk|förbud", null),
                    "för", "och|eller|till", QuantityLanguage.numbers("andra:2|tredje:3|fjärde:4|femte:5|sjätte:6"
                            + "|sjunde:7|åttonde:8|nionde:9|tionde:10"))),
            Map.entry("da", NORDIC_WORDS), Map.entry("no", NORDIC_WORDS), Map.entry("nb", NORDIC_WORDS));

    private final TermChain chain;
    private final Map<String, String> lasting;
    private final Set<String> functionWords;
    /** A unit of time right after the number. */
    private final Pattern unitAfter;
    /** A unit of time right after the number, and what it is of. */
    private final Pattern durationAfter;
    /** A thing that lasts and its joining word, right before the number. */
    private final Pattern lastingBefore;
    private final Pattern agoBefore;
    private final Pattern listBefore;
    /** A length right before this one and the word joining them: "sette anni e " of "sette anni e otto mesi". */
    private final Pattern compoundBefore;
    /** The ordinal suffix of digits ("89º", "3.", "5e") and the noun after it. */
    private final Pattern ordinalAfter;
    /** An ordinal word and the noun after it ("tercera vez", "dritten Mal"). */
    private final Pattern ordinalWord;
    private final Map<String, Integer> ordinals;
    private final Map<String, String> units = new LinkedHashMap<>();

    private EuropeanFigureKinds(QuantityLanguage language, Words words, TermChain chain, String numberPattern) {
        this.chain = chain;
        this.lasting = words.lasting();
        this.functionWords = language.functionWords();
        this.ordinals = words.ordinals();
        language.measures().forEach((w, key) -> {
            if (TIME_UNITS.contains(key)) {
                units.put(w, key);
            }
        });
        for (String w : words.seasons().split("\\|")) {
            units.put(w, "season");
        }
        String unit = "(?<unit>" + QuantityLanguage.alternation(units.keySet()) + ")(?![\\p{L}])";
        String lastingWords = QuantityLanguage.alternation(lasting.keySet());
        // with no joining word, only a word of a thing that lasts is what the length is of ("zes jaar cel", not "zes
        // jaar geleden")
        String object = language.germanNouns() ? "(?<object>\\p{Lu}\\p{L}{2,}|(?i:" + lastingWords + ")(?![\\p{L}]))"
                : words.linkAfter().isEmpty() ? "(?<object>(?i:" + lastingWords + ")(?![\\p{L}]))"
                : "(?:" + words.linkAfter().replace("'", "['’]") + ")(?:\\s+|(?<=['’]))(?<object>\\p{L}{3,})";
        this.unitAfter = Pattern.compile("(?u)^[\\s-]+(?i:" + unit + ")");
        this.durationAfter = Pattern.compile("(?u)^[\\s-]+(?i:" + unit + ")\\s+" + object);
        this.lastingBefore = Pattern.compile("(?iu)(?<![\\p{L}])(?<object>" + lastingWords + ")\\s+(?:"
                + words.linkBefore().replace("'", "['’]") + ")(?:\\s+|(?<=['’]))$");
        this.agoBefore = words.ago().isEmpty() ? null
                : Pattern.compile("(?iu)(?<![\\p{L}])(?:" + words.ago() + ")\\s+$");
        this.listBefore = Pattern.compile("(?iu)(?:\\d|(?<![\\p{L}])(?:" + numberPattern + "))\\s*(?:,|-|–|(?<![\\p{L}])(?:"
                + words.listJoins() + ")(?![\\p{L}]))\\s*$");
        this.compoundBefore = Pattern.compile("(?iu)(?<num>\\d+|(?<![\\p{L}])(?:" + numberPattern + "))[\\s-]+(?:"
                + QuantityLanguage.alternation(units.keySet()) + ")\\s+(?:" + words.listJoins() + ")\\s+$");
        this.ordinalAfter = Pattern.compile("(?u)^(?:" + language.ordinalSuffixes() + ")[\\s-]+(?<noun>\\p{L}{3,})");
        this.ordinalWord = Pattern.compile("(?iu)(?<![\\p{L}])(?<word>" + QuantityLanguage.alternation(ordinals.keySet())
                + ")\\s+(?<noun>\\p{L}{3,})");
    }

    /** The figure kinds of a language with a table, or empty. */
    static Optional<EuropeanFigureKinds> of(QuantityLanguage language, TermChain chain, String numberPattern) {
        Words words = LANGUAGES.get(language.code());
        return words == null ? Optional.empty() : Optional.of(new EuropeanFigureKinds(language, words, chain, numberPattern));
    }

    /**
     * The length or position a plain number starts ("seis años de prisión", "89º minuto"), or empty when it is
     * neither.
     *
     * @param sentence   the sentence
     * @param start      where the figure starts, its qualifier included
     * @param numStart   where the number starts
     * @param numEnd     where the number ends
     * @param value      the number's value
     * @param qualifier  what its qualifier says
     * @param digits     true when the number is written in digits (only digits take an ordinal suffix)
     */
    Optional<QuantitySpan> read(String sentence, int start, int numStart, int numEnd, double value, Qualifier qualifier,
                                boolean digits, int offset, int index) {
        String after = sentence.substring(numEnd, Math.min(sentence.length(), numEnd + QuantityExtractor.CONTEXT_CHARS));
        String before = sentence.substring(Math.max(0, start - QuantityExtractor.CONTEXT_CHARS), start);
        if (digits) {
            Matcher ordinal = ordinalAfter.matcher(after);
            if (ordinal.find()) {
                return position(sentence, numStart, numEnd + ordinal.end(), value, ordinal.group("noun"), offset, index);
            }
        }
        Matcher unitAfter = this.unitAfter.matcher(after);
        if (!unitAfter.lookingAt() || (agoBefore != null && agoBefore.matcher(before).find())
                || listBefore.matcher(before).find()) {
            return Optional.empty();
        }
        String unit = units.get(QuantityLanguage.normalise(unitAfter.group("unit")));
        int end = numEnd + unitAfter.end("unit");
        Matcher joined = durationAfter.matcher(after);
        String object;
        int from = start;
        Qualifier said = qualifier;
        if (joined.find() && !isFunctionWord(joined.group("object"))) {
            object = joined.group("object");
        } else {
            Matcher lasts = lastingBefore.matcher(before);
            Matcher asLink = lastingBefore.matcher(sentence.substring(Math.max(0, numStart - QuantityExtractor.CONTEXT_CHARS),
                    numStart));
            String compound = compoundObject(sentence, start, before, qualifier, digits);
            if (compound != null) {
                // "sette anni e otto mesi": the months are of what the years are of, one term in two units
                String key = QuantityExtractor.DURATION + unit + " " + compound;
                return Optional.of(new QuantitySpan(offset + from, offset + end, index, sentence.substring(from, end),
                        value, said, sentence.substring(numEnd, end).strip(), key, value, QuantitySpan.Kind.DURATION));
            }
            if (lasts.find()) {
                object = lasts.group("object");
            } else if (start < numStart && asLink.find()) {
                // "Vertrag über zwölf Monate": the word read as a qualifier ("über": more than) joins the length
                object = asLink.group("object");
                from = numStart;
                said = Qualifier.EXACT;
            } else {
                return Optional.empty();
            }
        }
        String key = QuantityExtractor.DURATION + unit + " " + objectKey(object);
        return Optional.of(new QuantitySpan(offset + from, offset + end, index, sentence.substring(from, end), value,
                said, sentence.substring(numEnd, end).strip(), key, value, QuantitySpan.Kind.DURATION));
    }

    /**
     * What the length right before this one, joined to it ("sette anni e "), is of, by its key's end ("in prison");
     * null when no length stands there or it is of nothing named.
     */
    private String compoundObject(String sentence, int start, String before, Qualifier qualifier, boolean digits) {
        Matcher previous = compoundBefore.matcher(before);
        if (!previous.find()) {
            return null;
        }
        int numStart = start - before.length() + previous.start("num");
        int numEnd = start - before.length() + previous.end("num");
        Optional<QuantitySpan> length = read(sentence, numStart, numStart, numEnd, 0, qualifier, digits, 0, 0);
        if (length.isEmpty() || length.get().kind() != QuantitySpan.Kind.DURATION) {
            return null;
        }
        String key = length.get().key().substring(QuantityExtractor.DURATION.length());
        return key.contains(" ") ? key.substring(key.indexOf(' ') + 1) : null;
    }

    /** The positions a sentence gives in words ("la tercera vez", "zum dritten Mal"), after a function word. */
    List<QuantitySpan> ordinalWords(String sentence, int offset, int index) {
        List<QuantitySpan> out = new ArrayList<>();
        Matcher m = ordinalWord.matcher(sentence);
        while (m.find()) {
            String before = sentence.substring(Math.max(0, m.start() - QuantityExtractor.CONTEXT_CHARS), m.start()).strip();
            String previous = before.substring(before.lastIndexOf(' ') + 1);
            // "la tercera vez", "zum dritten Mal": an ordinal follows an article; "Segundo o ministério" is "according to"
            if (previous.isEmpty() || !functionWords.contains(QuantityLanguage.normalise(previous))) {
                continue;
            }
            Integer value = ordinals.get(QuantityLanguage.normalise(m.group("word")));
            position(sentence, m.start(), m.end(), value, m.group("noun"), offset, index).ifPresent(out::add);
        }
        return out;
    }

    private Optional<QuantitySpan> position(String sentence, int start, int end, double value, String noun, int offset,
                                            int index) {
        if (isFunctionWord(noun)) {
            return Optional.empty();
        }
        String key = QuantityExtractor.ORDINAL + stem(noun);
        return Optional.of(new QuantitySpan(offset + start, offset + end, index, sentence.substring(start, end), value,
                Qualifier.EXACT, noun, key, value, QuantitySpan.Kind.ORDINAL));
    }

    private boolean isFunctionWord(String word) {
        return functionWords.contains(QuantityLanguage.normalise(word));
    }

    /** A thing that lasts by its neutral key ("in prison", "contract"), else its stem. */
    private String objectKey(String object) {
        String neutral = lasting.get(QuantityLanguage.normalise(object));
        return neutral != null && !neutral.isEmpty() ? neutral : stem(object);
    }

    private String stem(String word) {
        List<String> stems = chain.terms(word);
        return stems.isEmpty() ? QuantityLanguage.normalise(word) : stems.get(0);
    }

    /** Each "|" list of words mapped to the key after it, or to itself when the key is null. */
    private static Map<String, String> lasting(String... listsAndKeys) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < listsAndKeys.length; i += 2) {
            for (String w : listsAndKeys[i].split("\\|")) {
                map.put(w, listsAndKeys[i + 1] == null ? "" : listsAndKeys[i + 1]);
            }
        }
        return map;
    }

    /** German ordinals from the second to the tenth, in each ending of their declension ("dritte", "dritten"). */
    private static String germanOrdinals() {
        String[] stems = {"zweit", "dritt", "viert", "fünft", "sechst", "siebt", "acht", "neunt", "zehnt"};
        List<String> pairs = new ArrayList<>();
        for (int i = 0; i < stems.length; i++) {
            for (String ending : new String[] {"e", "en", "er", "es", "em"}) {
                pairs.add(stems[i] + ending + ":" + (i + 2));
            }
        }
        return String.join("|", pairs);
    }
}
