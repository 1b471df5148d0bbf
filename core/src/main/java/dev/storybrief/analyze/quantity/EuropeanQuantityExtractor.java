package dev.storybrief.analyze.quantity;

import dev.storybrief.analyze.terms.TermChain;
import dev.storybrief.analyze.terms.TermChains;
import dev.storybrief.analyze.time.EuropeanDateTagger;
import dev.storybrief.model.Qualifier;
import dev.storybrief.model.QuantitySpan;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds counts and amounts in French, German, Spanish, Italian and Portuguese sentences ("près de 10 000 raids",
 * "mehr als 26.000 Einsätze", "2,5 millones de euros"), one extractor read from each language's
 * {@link QuantityLanguage} table: decimal comma, thousands grouped by spaces (and by dots outside French), magnitude
 * words, qualifiers, currencies, and the counted noun, keyed by its stem or by the language-neutral keys English
 * uses ("people killed", "sortie", "money cost"); a percentage by what it measures ({@link EuropeanPercentages}).
 * Years, dates, times and ordinals are not quantities.
 */
public final class EuropeanQuantityExtractor implements QuantityRules {
    /** Spaces that group thousands: plain, no-break, narrow no-break and thin. */
    private static final String SPACES = " \\u00A0\\u202F\\u2009";
    private static final int MAX_MENTIONS = QuantityExtractor.MAX_MENTIONS;
    private static final int CONTEXT_CHARS = QuantityExtractor.CONTEXT_CHARS;
    /**
     * How far before a figure its toll is looked for: the toll's noun, up to 80 characters of its clause and the word
     * that sets it ({@link #toll}). Cut at {@link #CONTEXT_CHARS}, "o número de mortos no rompimento da barragem da
     * Ferrovale em Serra Alta subiu para nove" lost its noun and the toll its figure.
     */
    private static final int TOLL_CHARS = 130;
    private static final Pattern YEAR = Pattern.compile("1[89]\\d\\d|20\\d\\d");
    private static final Pattern TIME_AFTER = Pattern.compile("(?iu)^(?::\\d|\\s*h\\b|h\\d|\\s*uhr\\b).*", Pattern.DOTALL);
    private static final Map<String, EuropeanQuantityExtractor> BUILT = new ConcurrentHashMap<>();
    /**
     * A capital scale letter written against a currency sign: "900 M€", "1,2 Md€", "3 Mrd €" (economic copy and
     * headlines). Only before a currency: "900 m" alone is a length.
     */
    private static final Map<String, Double> SHORT_SCALES = Map.of("M", 1e6, "Md", 1e9, "Mds", 1e9, "Mrd", 1e9);
    /** The letters that make a dollar sign another country's ("R$" the Brazilian real, "US$"), right before it. */
    private static final Pattern CURRENCY_PREFIX = Pattern.compile("(?<![\\p{L}])(?:R|US)$");

    /** Where a figure's own clause ends: a clause mark or a conjunction joining the next one. */
    private static final Pattern ELLIPTICAL_CLAUSE_END = Pattern.compile("(?iu)[,;:.()\"“”„«»]|(?<![\\p{L}])"
            + "(?:und|oder|aber|et|ou|mais|y|o|pero|e|ma|mas|en|maar|oraz|lub|albo|och|eller|men|og|samt)(?![\\p{L}])");
    /** Marks that end a clause, the Arabic comma and semicolon among them. */
    private static final Pattern CLAUSE_MARK = Pattern.compile("[,;:.()\"“”„«»،؛]");
    /** The word right before a figure (its qualifier included), with nothing but spaces between. */
    private static final Pattern LAST_WORD = Pattern.compile("(?u)(\\p{L}+)\\s+$");
    /** Most words of a clause that gives a count without its noun: a verb, an auxiliary, an adverb or two. */
    private static final int ELLIPTICAL_WORDS = 4;

    /**
     * "Ingen kom til skade", "Niemand wurde verletzt", "Nadie resultó herido": the word for no one opening a clause that
     * names a harm is a count of none, which another outlet's "Tre passagerer kom lettere til skade" contradicts. Only
     * words that mean no one by themselves ("personne" only with its "n'", as "une personne" is one).
     */
    private static final Map<String, Pattern> NOBODY = Map.ofEntries(
            Map.entry("da", nobody("ingen")), Map.entry("no", nobody("ingen")), Map.entry("nb", nobody("ingen")),
            Map.entry("sv", nobody("ingen")), Map.entry("de", nobody("niemand")), Map.entry("nl", nobody("niemand")),
            Map.entry("es", nobody("nadie")), Map.entry("it", nobody("nessuno")), Map.entry("pt", nobody("ninguém")),
            Map.entry("pl", nobody("nikt")), Map.entry("fr", Pattern.compile("(?iu)(?<![\\p{L}])personne(?=\\s+n['’])")));
    /** "how many" in the languages with a word for no one: a clause asking it states no count. */
    private static final Pattern HOW_MANY = Pattern.compile("(?iu)(?<![\\p{L}])(?:wie\\s+viele|hoeveel|hur\\s+många"
            + "|hvor\\s+mange|cuántos|cuántas|quanti|quante|quantos|quantas|combien|ilu|ile)(?![\\p{L}])");
    /**
     * "ett 45-tal boende", "een twintigtal": a figure with "-tal" glued to it is a round one, about that many, and the
     * suffix is no part of what is counted.
     */
    private static final Map<String, String> ROUND_SUFFIX = Map.of("sv", "-tal", "nl", "-tal");

    private static Pattern nobody(String word) {
        return Pattern.compile("(?iu)(?<![\\p{L}])" + word + "(?![\\p{L}])");
    }

    /** Danish and Norwegian: "dødstallet er steget til tre", "antallet af døde er nu på fire". */
    private static final Pattern NORDIC_TOLL = toll("antallet\\s+(?:af|av)\\s+"
            + "(?:døde|dræbte|drepte|sårede|skadde|skadede|omkomne)|dødstallet|dødstal", "til|på");

    /**
     * "die Zahl der Toten ist auf sechs gestiegen", "el número de muertos ascendió a seis", "o número de mortos subiu
     * para seis", "le bilan s'élève à six morts": a bare number after the toll it sets counts the toll's victims, as
     * English reads "the death toll rose to 27". Only within the clause, so a later number is not taken for the toll.
     */
    private static final Map<String, Pattern> TOLL_BEFORE = Map.ofEntries(
            Map.entry("de", toll("zahl\\s+der\\s+(?:toten|todesopfer|opfer|verletzten|verwundeten)|(?:opfer|todes)zahl"
                    + "|bilanz", "auf|bei")),
            Map.entry("es", toll("(?:número|cifra)\\s+de\\s+(?:muertos|fallecidos|víctimas|heridos)|balance", "a|en|hasta")),
            Map.entry("pt", toll("(?:número|total)\\s+de\\s+(?:mortos|óbitos|vítimas|feridos)|balanço", "para|a|em")),
            Map.entry("fr", toll("nombre\\s+de\\s+(?:morts|victimes|blessés|décès)|bilan", "à|de")),
            Map.entry("it", toll("numero\\s+(?:dei|delle)\\s+(?:morti|vittime|feriti)|bilancio", "a|di")),
            Map.entry("nl", toll("aantal\\s+(?:doden|gewonden|slachtoffers|dodelijke\\s+slachtoffers)|dodental",
                    "op|naar|tot")),
            // Polish: "liczba ofiar wzrosła do trzech", "bilans ofiar to trzy osoby": the noun in any case
            Map.entry("pl", toll("liczb\\p{L}*\\s+(?:ofiar|zabitych|zmarłych|rannych|poszkodowanych)|bilans\\p{L}*",
                    "do|to|wynosi|wyniósł|wyniosła")),
            Map.entry("sv", toll("antalet\\s+(?:döda|dödsoffer|skadade|omkomna)|dödssiffran|dödstalet", "till|på")),
            Map.entry("da", NORDIC_TOLL), Map.entry("no", NORDIC_TOLL), Map.entry("nb", NORDIC_TOLL));

    /**
     * The text before a figure ending in a toll's noun and the word that sets it to the figure, within one clause
     * (at most 80 characters, no punctuation between): {@code nouns} and {@code settingWords} are alternations.
     */
    private static Pattern toll(String nouns, String settingWords) {
        return Pattern.compile("(?iu)(?<![\\p{L}])(?:" + nouns + ")(?![\\p{L}])[^,;:.()]{0,80}?(?<![\\p{L}])(?:"
                + settingWords + ")\\s+$");
    }

    private final QuantityLanguage words;
    /** How the language writes a percentage and names what it measures; null for none. */
    private final EuropeanPercentages percentages;
    private final WrittenNumbers numberWords;
    /** Vague plural amounts ("Dutzende", "decenas de"), shares of a total ("ein Drittel der"), "mehrere hundert". */
    private final AmountWords amounts;
    /** A qualifier right before a share of a total: "knapp" of "knapp ein Drittel der 60". */
    private final Pattern qualifierBefore;
    private final TermChain chain;
    private final Pattern mention;
    private final Pattern dateAfter;
    private final Pattern dateBefore;
    private final Pattern ordinalAfter;
    private final Pattern killed;
    private final Pattern injured;
    /** Words of a count's own clause that make its people no victims: evacuated, displaced, rescued. */
    private final Pattern spared;
    /** "Sono circa 1.200 " before the figure and " le " after it: the counted noun follows its article. */
    private final Pattern copulaBefore;
    private final Pattern articleAfter;
    /** "entre 40 et ", "zwischen 40 und ", "40 bis ": the low end of a range, right before its high end. */
    private final List<Pattern> rangesBefore = new ArrayList<>();
    /** What an amount of money is, by the words naming it, to English's purpose key. */
    private final Map<Pattern, String> moneyPurposes = new java.util.LinkedHashMap<>();
    /** Stems of the nouns with a language-neutral key: the chain stems a noun the way the table cannot list. */
    private final Map<String, String> neutralStems = new HashMap<>();
    /** The lengths of time and positions of the language ({@link QuantitySpan.Kind}); null for none. */
    private final EuropeanFigureKinds kinds;

    private EuropeanQuantityExtractor(QuantityLanguage words) {
        this.words = words;
        this.percentages = EuropeanPercentages.forLanguage(words.code()).orElse(null);
        this.numberWords = new WrittenNumbers(words);
        this.amounts = AmountWords.of(words.code());
        this.qualifierBefore = Pattern.compile("(?iu)(?<![\\p{L}])(?<qual>"
                + QuantityLanguage.alternation(words.qualifiers().keySet()) + ")\\s+$");
        this.chain = TermChains.standard().forLanguage(words.code());
        String separators = "[" + SPACES + (words.dotThousands() ? "." : "") + "]";
        String of = words.of().isEmpty() ? "" : "(?:\\s+(?:" + words.of() + "))?";
        this.mention = Pattern.compile("(?iu)(?:(?<![\\p{L}])(?<qual>" + QuantityLanguage.alternation(words.qualifiers().keySet())
                + ")\\s+)?(?<cur>[$€£]\\s?)?(?<![\\p{L}\\d.,:])"
                + "(?<num>(?<vague>" + amounts.vaguePattern() + ")|\\d{1,3}(?:" + separators + "\\d{3}){1,6}+(?:,\\d+)?|\\d+(?:,\\d+)?"
                + "|" + numberWords.roughPattern() + "|" + numberWords.pattern() + ")"
                + "(?![\\d]|[.,]\\d)"
                // "48 mil 500 euros": the hundreds after a thousand written as a word belong to the number
                + "(?:\\s*(?<mag>" + QuantityLanguage.alternation(words.magnitudes().keySet()) + ")(?![\\p{L}])"
                + "(?:\\s+(?<rest>\\d{1,3})(?![\\d.,%]))?" + of
                + "|\\s?(?<short>(?-i:M|Md|Mds|Mrd))(?=\\s?[$€£]))?"
                + "(?:\\s*(?<cur2>[$€£]))?"
                + "(?<unit>(?:(?:[\\s-]+|(?<=['’]))[\\p{L}][\\p{L}'’]*){1,3})?");
        // a language without a date tagger has no month names: no figure is a day of a month by them
        String months = EuropeanDateTagger.monthNames(words.code()).isEmpty() ? "(?!)"
                : String.join("|", EuropeanDateTagger.monthNames(words.code()));
        this.dateAfter = Pattern.compile("(?iu)^(?:er|\\.|º|°)?\\s+(?:de\\s+)?(?:" + months + ")(?![\\p{L}]).*", Pattern.DOTALL);
        this.dateBefore = Pattern.compile("(?iu)(?:" + months + ")\\s+(?:de\\s+)?$");
        this.ordinalAfter = Pattern.compile("(?u)^(?:" + words.ordinalSuffixes() + ")(?![\\p{L}\\d]).*", Pattern.DOTALL);
        this.killed = Pattern.compile("(?iu)" + words.killedCue());
        this.injured = Pattern.compile("(?iu)" + words.injuredCue());
        this.spared = Pattern.compile("(?iu)" + words.sparedCue());
        String[] inverted = words.invertedCount().isEmpty() ? new String[] {"(?!)", "(?!)"}
                : words.invertedCount().split("/");
        this.copulaBefore = Pattern.compile("(?iu)(?<![\\p{L}])(?:" + inverted[0] + ")\\s+$");
        this.articleAfter = Pattern.compile("(?iu)^\\s+(?:" + inverted[1] + ")\\s+(?=\\p{L})");
        String low = "(?<low>\\d{1,3}(?:" + separators + "\\d{3}){1,6}+(?:,\\d+)?|\\d+(?:,\\d+)?|" + numberWords.pattern() + ")"
                + "(?:\\s*(?<mag>" + QuantityLanguage.alternation(words.magnitudes().keySet()) + ")(?![\\p{L}])" + of + ")?";
        for (String pair : words.ranges().split("\\|")) {
            String[] openJoin = pair.split("/", -1);
            String open = openJoin[0].isEmpty() ? "(?<![\\p{L}\\d.,])" : "(?<![\\p{L}])(?:" + openJoin[0] + ")\\s+";
            rangesBefore.add(Pattern.compile("(?iu)" + open + low + "\\s+(?:" + openJoin[1] + ")\\s+$"));
        }
        words.moneyPurposes().forEach((w, purpose) -> moneyPurposes.put(
                Pattern.compile("(?iu)(?<![\\p{L}])" + QuantityLanguage.alternation(java.util.Set.of(w))), purpose));
        words.neutralKeys().forEach((noun, key) -> chain.terms(noun).forEach(stem -> neutralStems.putIfAbsent(stem, key)));
        this.kinds = EuropeanFigureKinds.of(words, chain, numberWords.pattern()).orElse(null);
    }

    /** The extractor of a language's table, built once. */
    static EuropeanQuantityExtractor of(QuantityLanguage words) {
        return BUILT.computeIfAbsent(words.code(), c -> new EuropeanQuantityExtractor(words));
    }

    @Override
    public List<QuantitySpan> extract(String written, int offset, int sentence) {
        // Arabic figures are read as the tables read European ones, character for character, and shown as written
        boolean arabic = words.code().equals("ar");
        String text = arabic ? ArabicDigits.asEuropean(written) : written;
        List<QuantitySpan> out = new ArrayList<>();
        Matcher m = mention.matcher(text);
        int mentions = 0;
        int from = 0;
        while (m.find(from) && mentions++ < MAX_MENTIONS) {
            Optional<QuantitySpan> found = toQuantity(text, m, offset, sentence);
            found.ifPresent(out::add);
            // the words read as a counted phrase may hold the next figure's number word when the figure ended before
            // them ("sette anni e otto mesi": "otto" was read as a word of the years' phrase)
            from = found.map(q -> Math.max(m.start() + 1, Math.min(m.end(), q.end() - offset))).orElse(m.end());
            if (from >= text.length()) {
                break;
            }
        }
        if (kinds != null) {
            List<QuantitySpan> positions = kinds.ordinalWords(text, offset, sentence);
            if (!positions.isEmpty()) {
                out.addAll(positions);
                out.sort(java.util.Comparator.comparingInt(QuantitySpan::start));
            }
        }
        Pattern nobody = NOBODY.get(words.code());
        Matcher none = nobody == null ? null : nobody.matcher(text);
        while (none != null && none.find()) {
            // "Nadie sabe cuántos murieron": no one knows how many, which counts nobody
            String harm = HOW_MANY.matcher(clauseOf(text.substring(none.end()))).find() ? null
                    : ellipticalHarm(text.substring(none.end()));
            if (harm != null) {
                out.add(new QuantitySpan(offset + none.start(), offset + none.end(), sentence, none.group(), 0,
                        Qualifier.EXACT, "", harm));
                out.sort(java.util.Comparator.comparingInt(QuantitySpan::start));
            }
        }
        if (!arabic) {
            return out;
        }
        return out.stream().map(q -> new QuantitySpan(q.start(), q.end(), q.sentence(),
                written.substring(q.start() - offset, q.end() - offset), q.value(), q.qualifier(), q.unit(), q.key(),
                q.from(), q.kind())).toList();
    }

    @Override
    public String harm(String text) {
        return QuantityExtractor.firstHarm(injured.matcher(text), killed.matcher(text));
    }

    /**
     * German counts a capitalised noun, which adjectives precede, and so do Dutch, Polish and the Scandinavian
     * languages with their phrase's last word; the Romance languages put the noun first.
     */
    @Override
    public String head(String unit) {
        String[] parts = unit.split(" ");
        if (words.nounLast()) {
            return parts[parts.length - 1];
        }
        if (words.germanNouns()) {
            for (String w : parts) {
                // a count without its noun ("zehn verletzt") has no head
                if (!w.isEmpty() && Character.isUpperCase(w.codePointAt(0))) {
                    return w;
                }
            }
        }
        return parts[0];
    }

    private Optional<QuantitySpan> toQuantity(String sentence, Matcher m, int offset, int index) {
        String num = m.group("num");
        AmountWords.Span vague = m.group("vague") != null ? amounts.vague(m.group("vague")) : null;
        OptionalDouble number = vague != null ? OptionalDouble.of(vague.high()) : number(num);
        if (number.isEmpty()) {
            return Optional.empty();
        }
        if (vague == null && kinds != null && isPlainNumber(m) && !isDateOrTime(sentence, m)) {
            // "seis años de prisión", "89º minuto": a length or a position, read before a count as English reads them
            Optional<QuantitySpan> other = kinds.read(sentence, m.start(), m.start("num"), m.end("num"),
                    number.getAsDouble(), qualifier(m), Character.isDigit(num.charAt(0)), offset, index);
            if (other.isPresent()) {
                return other;
            }
        }
        if (isNotACount(sentence, m)) {
            return Optional.empty();
        }
        int sign = vague != null || percentages == null ? -1 : percentages.signEnd(sentence.substring(m.end("num")));
        if (sign >= 0) {
            return percentage(sentence, m, number.getAsDouble(), m.end("num") + sign, offset, index);
        }
        String mag = m.group("mag");
        double magnitude = mag != null ? words.magnitudes().get(QuantityLanguage.normalise(mag))
                : m.group("short") != null ? SHORT_SCALES.get(m.group("short")) : 1;
        // "48 mil 500": hundreds after a thousand add to it; after a larger magnitude they are no part of it
        double value = number.getAsDouble() * magnitude
                + (m.group("rest") != null && magnitude == THOUSAND ? Integer.parseInt(m.group("rest")) : 0);
        String raw = invertedNoun(sentence, m);
        String suffix = ROUND_SUFFIX.get(words.code());
        boolean round = suffix != null && raw != null && raw.regionMatches(true, 0, suffix, 0, suffix.length())
                && (raw.length() == suffix.length() || !Character.isLetter(raw.charAt(suffix.length())));
        List<String> unitWords = unitWords(round ? " ".repeat(suffix.length()) + raw.substring(suffix.length()) : raw);
        boolean money = m.group("cur") != null || m.group("cur2") != null
                || unitWords.stream().anyMatch(w -> words.currencies().contains(QuantityLanguage.normalise(w)));
        if (!money && mag == null && YEAR.matcher(num).matches()) {
            return Optional.empty();
        }
        String unit = String.join(" ", unitWords);
        int end = unitWords.isEmpty() ? endWithoutUnit(m) : QuantityExtractor.unitEnd(m, unit);
        String key = money ? moneyKey(sentence)
                : unit.isEmpty() ? null : key(sentence, sentence.substring(0, m.start()), sentence.substring(m.end("num")),
                head(unit));
        if (key != null && !money && !isNamedKey(key)) {
            // "Tre passagerer kom lettere til skade", "zwei Polizisten wurden verletzt": a count of anyone whose own
            // clause names a harm right after its noun counts victims, as "three people were injured" does
            String harm = ellipticalHarm(sentence.substring(end));
            key = harm != null ? harm : key;
        }
        if (key == null && !money && unit.isEmpty()) {
            key = tollKey(sentence.substring(Math.max(0, m.start() - TOLL_CHARS), m.start()));
        }
        if (key == null && !money && unit.isEmpty()) {
            key = ellipticalHarm(sentence.substring(end));
        }
        if (key == null && money && vague == null) {
            return Optional.of(bareAmount(sentence, m, value, unitWords, end, offset, index));
        }
        if (key == null) {
            return Optional.empty();
        }
        Qualifier qualifier = qualifier(m);
        String before = sentence.substring(Math.max(0, m.start() - CONTEXT_CHARS), m.start());
        double scale = value / number.getAsDouble();
        if (vague != null) {
            return Optional.of(new QuantitySpan(offset + m.start(), offset + end, index,
                    sentence.substring(m.start(), end), value, Qualifier.RANGE, unit, key, vague.low() * scale));
        }
        AmountWords.Share share = m.group("qual") == null ? amounts.share(before) : null;
        if (share != null) {
            // "knapp ein Drittel der 60 Besucher": the share is the figure, qualified by the words before it
            int shareStart = m.start() - before.length() + share.start();
            Matcher qual = qualifierBefore.matcher(sentence.substring(Math.max(0, shareStart - CONTEXT_CHARS), shareStart));
            boolean qualified = qual.find();
            int start = qualified ? shareStart - (qual.end() - qual.start()) : shareStart;
            Qualifier said = qualified ? words.qualifiers().get(QuantityLanguage.normalise(qual.group("qual"))
                    .replaceAll("\\s+", " ")) : Qualifier.EXACT;
            return Optional.of(new QuantitySpan(offset + start, offset + end, index, sentence.substring(start, end),
                    value * share.factor(), said, unit, key));
        }
        if (qualifier == Qualifier.EXACT && (round || numberWords.roughValue(num).isPresent())) {
            qualifier = Qualifier.ABOUT; // "une centaine de pompiers" is about a hundred
        }
        if (qualifier == Qualifier.EXACT) {
            Optional<QuantitySpan> range = range(sentence, m, offset, index, end, value, unit, key);
            if (range.isPresent()) {
                return range;
            }
        }
        // "uma multa de R$ 50 milhões": the letters before the sign say which dollar, as for a bare amount
        int start = currencyStart(sentence, m);
        return Optional.of(new QuantitySpan(offset + start, offset + end, index, sentence.substring(start, end),
                value, qualifier, unit, key));
    }

    /** Where an amount starts with the letters that make its dollar sign another country's ("R$", "US$"). */
    private static int currencyStart(String sentence, Matcher m) {
        int start = m.start();
        Matcher prefix = CURRENCY_PREFIX.matcher(sentence.substring(Math.max(0, start - 2), start));
        return m.group("qual") == null && m.group("cur") != null && prefix.find() ? start - prefix.group().length() : start;
    }

    /** A number with no magnitude, currency or rough noun: one a length or a position may be written with. */
    private boolean isPlainNumber(Matcher m) {
        return m.group("mag") == null && m.group("short") == null && m.group("cur") == null && m.group("cur2") == null
                && numberWords.roughValue(m.group("num")).isEmpty();
    }

    /** What the figure's qualifier says about it ("más de": at least). */
    private Qualifier qualifier(Matcher m) {
        return m.group("qual") == null ? Qualifier.EXACT
                : words.qualifiers().get(QuantityLanguage.normalise(m.group("qual")).replaceAll("\\s+", " "));
    }

    /**
     * "40 millones de euros", "R$ 1,2 milhão", "550 Euro": a sum the sentence names no purpose for, a
     * {@link QuantitySpan.Kind#AMOUNT} keyed as English keys one ("money"), its currency written with it. Two outlets'
     * sentences alike in their words that give two such sums tell the deal differently.
     */
    private QuantitySpan bareAmount(String sentence, Matcher m, double value, List<String> unitWords, int end,
                                    int offset, int index) {
        String currency = unitWords.stream().filter(w -> words.currencies().contains(QuantityLanguage.normalise(w)))
                .findFirst().orElse("");
        int amountEnd = currency.isEmpty() ? endWithoutUnit(m) : end;
        int start = currencyStart(sentence, m); // "R$", "US$": the letters say which dollar
        return new QuantitySpan(offset + start, offset + amountEnd, index, sentence.substring(start, amountEnd), value,
                qualifier(m), currency, QuantityExtractor.BARE_MONEY, value, QuantitySpan.Kind.AMOUNT);
    }

    /**
     * A percentage keyed by what it measures ("rund 90 Prozent der Fernzüge": "percent" and the noun's stem), as
     * English keys its own; one that names nothing it measures is left out.
     */
    private Optional<QuantitySpan> percentage(String sentence, Matcher m, double value, int end, int offset, int index) {
        String before = sentence.substring(Math.max(0, m.start() - CONTEXT_CHARS), m.start());
        String noun = percentages.noun(before, sentence.substring(end, Math.min(sentence.length(), end + CONTEXT_CHARS)));
        if (noun == null || words.functionWords().contains(QuantityLanguage.normalise(noun))) {
            // "Die Aktie fiel um 6,2 Prozent": a change of the noun before the verb, keyed with its way as English's
            Optional<EuropeanPercentages.Change> change = EuropeanPercentages.change(words.code(), before)
                    .filter(c -> !words.functionWords().contains(QuantityLanguage.normalise(c.noun())));
            if (change.isEmpty()) {
                return Optional.empty();
            }
            List<String> stems = chain.terms(change.get().noun());
            String key = "percent " + (stems.isEmpty() ? QuantityLanguage.normalise(change.get().noun()) : stems.get(0))
                    + (change.get().fall() ? QuantityExtractor.FALL : QuantityExtractor.RISE);
            return Optional.of(new QuantitySpan(offset + m.start(), offset + end, index, sentence.substring(m.start(), end),
                    value, qualifier(m), change.get().noun().toLowerCase(java.util.Locale.ROOT), key, value,
                    QuantitySpan.Kind.AMOUNT));
        }
        List<String> stems = chain.terms(noun);
        String key = "percent " + (stems.isEmpty() ? QuantityLanguage.normalise(noun) : stems.get(0));
        return Optional.of(new QuantitySpan(offset + m.start(), offset + end, index, sentence.substring(m.start(), end),
                value, qualifier(m), "", key));
    }

    /**
     * "entre 40 et 60 personnes", "zwischen 40 und 60 Menschen": both ends are the statement, read at the high end as
     * English reads "between 40 and 60 people", so a figure inside the range is no disagreement with it. The low end
     * takes the high end's magnitude unless it has its own ("entre 2 et 3 millions").
     */
    private Optional<QuantitySpan> range(String sentence, Matcher m, int offset, int index, int end, double value,
                                         String unit, String key) {
        String before = sentence.substring(Math.max(0, m.start() - CONTEXT_CHARS), m.start());
        for (Pattern p : rangesBefore) {
            Matcher r = p.matcher(before);
            if (!r.find()) {
                continue;
            }
            OptionalDouble low = number(r.group("low"));
            double scale = r.group("mag") != null ? words.magnitudes().get(QuantityLanguage.normalise(r.group("mag")))
                    : m.group("mag") != null ? words.magnitudes().get(QuantityLanguage.normalise(m.group("mag"))) : 1;
            if (low.isPresent() && low.getAsDouble() * scale <= value) {
                int start = m.start() - (before.length() - r.start());
                return Optional.of(new QuantitySpan(offset + start, offset + end, index, sentence.substring(start, end),
                        value, Qualifier.RANGE, unit, key, low.getAsDouble() * scale));
            }
        }
        return Optional.empty();
    }

    /** The value of digits ("26 000", "26.000", "2,5") or of a number written as words; empty for "un", "ein". */
    private OptionalDouble number(String num) {
        if (Character.isLetter(num.charAt(0))) {
            OptionalInt rough = numberWords.roughValue(num);
            OptionalInt word = rough.isPresent() ? rough : numberWords.value(num);
            return word.isPresent() ? OptionalDouble.of(word.getAsInt()) : OptionalDouble.empty();
        }
        return OptionalDouble.of(Double.parseDouble(num.replaceAll("[" + SPACES + ".]", "").replace(',', '.')));
    }

    /** A day of a month ("3. Dezember", "5 de diciembre") or a time of day ("6 Uhr", "18h30"). */
    private boolean isDateOrTime(String sentence, Matcher m) {
        String before = sentence.substring(Math.max(0, m.start() - CONTEXT_CHARS), m.start());
        String after = sentence.substring(m.end("num"), Math.min(sentence.length(), m.end("num") + CONTEXT_CHARS));
        return dateAfter.matcher(after).matches() || dateBefore.matcher(before).find()
                || TIME_AFTER.matcher(after).matches();
    }

    private boolean isNotACount(String sentence, Matcher m) {
        String before = sentence.substring(Math.max(0, m.start() - CONTEXT_CHARS), m.start());
        String after = sentence.substring(m.end("num"), Math.min(sentence.length(), m.end("num") + CONTEXT_CHARS));
        return isDateOrTime(sentence, m) || ordinalAfter.matcher(after).matches()
                || QuantityExtractor.isScoreOrRange(before, after)
                || Character.isLetter(m.group("num").charAt(0))
                && (amounts.vagueBefore(before) || amounts.opensShare(sentence.substring(m.start("num"))));
    }

    /**
     * The words after the figure, past the article of an inverted count: "Sono circa 1.200 le persone isolate",
     * "Son 12 los muertos", "São 12 os mortos" count the noun after the article.
     */
    private String invertedNoun(String sentence, Matcher m) {
        String raw = m.group("unit");
        if (raw == null || !copulaBefore.matcher(sentence.substring(Math.max(0, m.start() - CONTEXT_CHARS), m.start())).find()) {
            return raw;
        }
        Matcher article = articleAfter.matcher(raw);
        return article.find() ? " ".repeat(article.end()) + raw.substring(article.end()) : raw;
    }

    /** The counted phrase: up to three words, ending at a function word or one written with an elided article. */
    private List<String> unitWords(String raw) {
        List<String> out = new ArrayList<>();
        if (raw == null) {
            return out;
        }
        String[] written = raw.strip().split("[\\s-]+");
        for (int i = 0; i < written.length; i++) {
            String w = written[i];
            if (w.isEmpty() || i == 0 && isPartitive(written)) {
                continue;
            }
            String lower = QuantityLanguage.normalise(w);
            boolean elided = lower.matches("\\p{L}{1,2}'.*"); // "d'entre", "l'armée": the phrase has ended
            // outside German a capitalised word after a number is a name ("TV 2 News"), not what is counted
            boolean name = out.isEmpty() && !words.germanNouns() && Character.isUpperCase(w.codePointAt(0));
            if (words.functionWords().contains(lower) || elided || name || (out.isEmpty() && words.notUnits().contains(lower))) {
                break;
            }
            out.add(w);
        }
        if (words.germanNouns()) {
            // German adjectives precede their noun: the phrase runs to the first capitalised word
            int noun = 0;
            while (noun < out.size() && !Character.isUpperCase(out.get(noun).codePointAt(0))) {
                noun++;
            }
            return noun == out.size() ? List.of() : out.subList(0, noun + 1);
        }
        if (words.nounLast() && !out.isEmpty()) {
            // "4.000 inwoners geëvacueerd", "17 ciężko rannych": adjectives come first and a participle after the
            // noun is the clause's verb; the phrase ends at the first word the table knows, else it is one word
            for (int k = 0; k < out.size(); k++) {
                if (isKnownNoun(out.get(k))) {
                    return out.subList(0, k + 1);
                }
            }
            return out.subList(0, 1);
        }
        return out;
    }

    /**
     * "5000 من السكان" (5,000 of the residents): the word joining a magnitude to its noun, right after a number, makes
     * the noun after it the counted one when the table names that noun; any other noun after it ("3 de los heridos"
     * names a group, not read) leaves the figure without one, as before.
     */
    private boolean isPartitive(String[] written) {
        return !words.of().isEmpty() && written.length > 1 && written[0].matches("(?iu)" + words.of())
                && isKnownNoun(written[1]);
    }

    /** A word the table names: a counted noun with a neutral key, a unit of measure or a currency. */
    private boolean isKnownNoun(String word) {
        String lower = QuantityLanguage.normalise(word);
        if (words.neutralKeys().containsKey(lower) || words.measures().containsKey(lower)
                || words.currencies().contains(lower)) {
            return true;
        }
        List<String> stems = chain.terms(word);
        return !stems.isEmpty() && neutralStems.containsKey(stems.get(0));
    }

    /** The magnitude whose word may be followed by the hundreds of the number ("48 mil 500"). */
    private static final double THOUSAND = 1000;

    private static int endWithoutUnit(Matcher m) {
        return m.group("cur2") != null ? m.end("cur2") : m.group("rest") != null ? m.end("rest")
                : m.group("mag") != null ? m.end("mag") : m.end("num");
    }

    /** A measure's English key, a neutral key, else the noun's stem; "people" becomes killed or injured by the sentence. */
    private String key(String sentence, String before, String after, String head) {
        String lower = QuantityLanguage.normalise(head);
        String measure = words.measures().get(lower);
        if (measure != null) {
            return measure;
        }
        String key = words.neutralKeys().get(lower);
        if (key == null) {
            List<String> stems = chain.terms(head);
            String stem = stems.isEmpty() ? lower : stems.get(0);
            key = neutralStems.getOrDefault(stem, stem);
        }
        return key.equals("people") ? casualties(sentence, before, after) : key;
    }

    /**
     * "people killed" or "people injured" by a harm verb right before the figure, whose subject it is ("Zginęły dwie
     * osoby, a 14 zostało rannych": the two died), else by the first casualty word after it ("52 personnes sont mortes
     * et environ 700 ont été blessées": the 52 died), else by any in the sentence, injured first as in English.
     */
    private String casualties(String sentence, String before, String after) {
        Matcher last = LAST_WORD.matcher(before);
        String verb = last.find() ? harm(last.group(1)) : null;
        if (verb != null) {
            return verb;
        }
        if (spared.matcher(ownClause(before, after)).find()) {
            return "people"; // "وأجلت السلطات نحو 3000 شخص": the evacuated are no victims, whatever else the sentence says
        }
        String first = harm(after);
        if (first != null) {
            return first;
        }
        return injured.matcher(sentence).find() ? "people injured"
                : killed.matcher(sentence).find() ? "people killed" : "people";
    }

    /**
     * True for a key the table gives (a measure, the dead, the injured, people, an age) or a purpose of money: no count
     * of anyone a harm after it could make a count of victims.
     */
    private boolean isNamedKey(String key) {
        return words.measures().containsValue(key) || words.neutralKeys().containsValue(key) || key.startsWith("money")
                || key.startsWith("percent");
    }

    /** The words of a clause up to its first clause mark or joining word. */
    private static String clauseOf(String after) {
        Matcher stop = ELLIPTICAL_CLAUSE_END.matcher(after);
        return stop.find() ? after.substring(0, stop.start()) : after;
    }

    /** The words of the figure's own clause: back to the last clause mark before it, on to the next one after it. */
    private static String ownClause(String before, String after) {
        return QuantityExtractor.ownClause(before, after, CLAUSE_MARK);
    }

    /** The victims a toll right before the figure counts, by the harm its words name, the dead by default; else null. */
    private String tollKey(String before) {
        Pattern toll = TOLL_BEFORE.get(words.code());
        Matcher m = toll == null ? null : toll.matcher(before);
        if (m == null || !m.find()) {
            return null;
        }
        return injured.matcher(m.group()).find() ? "people injured" : "people killed";
    }

    /**
     * "people killed" or "people injured" for a figure with no counted noun whose own clause, a few words with no
     * noun, names a harm: a casualty report gives its second count without the noun the first one named ("drei
     * Menschen gestorben und zehn verletzt worden", "Neun weitere wurden verletzt"). A clause that goes on after its
     * harm ("a 17 zostało rannych w wypadku autobusu", "dix ont été blessés dans l'accident") is read by its first
     * words. Null otherwise.
     */
    private String ellipticalHarm(String after) {
        Matcher stop = ELLIPTICAL_CLAUSE_END.matcher(after);
        String clause = (stop.find() ? after.substring(0, stop.start()) : after).strip();
        if (clause.isEmpty()) {
            return null;
        }
        // "een man van 59 jaar werd dood gevonden", "45-årig man omkom": a figure of years (or times, or per cent)
        // measures them, no victims
        String unit = QuantityLanguage.normalise(clause.split("\\s+")[0].replaceFirst("^-", ""));
        if (words.notUnits().contains(unit) || words.measures().containsKey(unit)
                || "age".equals(words.neutralKeys().get(unit))) {
            return null;
        }
        // "a 17 zostało rannych w wypadku autobusu": the clause may go on past its harm with where and how; its
        // first words say what the count counts
        String[] first = java.util.Arrays.copyOf(clause.split("\\s+"), Math.min(clause.split("\\s+").length,
                ELLIPTICAL_WORDS));
        if (java.util.Arrays.stream(first).anyMatch(w -> Character.isUpperCase(w.codePointAt(0)))) {
            return null;
        }
        return harm(String.join(" ", first));
    }

    /** "money cost" when the sentence says what the amount is (in English, so languages meet), else nothing. */
    private String moneyKey(String sentence) {
        return moneyPurposes.entrySet().stream().filter(p -> p.getKey().matcher(sentence).find())
                .map(p -> "money " + p.getValue()).findFirst().orElse(null);
    }
}
