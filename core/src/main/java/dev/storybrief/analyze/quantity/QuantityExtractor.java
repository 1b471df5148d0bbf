package dev.storybrief.analyze.quantity;

import dev.storybrief.model.Qualifier;
import dev.storybrief.model.QuantitySpan;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import opennlp.tools.stemmer.PorterStemmer;

/**
 * Finds the counts and amounts a sentence states ("nearly 10,000 NATO bombing runs", "more than 26,000 sorties",
 * "Twenty-three people were injured", "$2 million a week") and gives each a key naming what is counted, so the
 * same thing reported by two outlets can be compared. Years, dates and times are not quantities. Besides the counts
 * and amounts ({@link QuantitySpan.Kind#COUNT}), it reads once the figures only comparisons need, each of its kind: a
 * length of time and what it is of ("six years in prison"), a position ("the 89th minute"), a sum or share given
 * without its purpose ("a $2 million repair bill", "a 9% pay rise") and a birth year ("born in 1941").
 */
public final class QuantityExtractor implements QuantityRules {
    /** The one instance the annotator and the briefing parts share: it holds no state. */
    static final QuantityExtractor ENGLISH = new QuantityExtractor();
    private static final String QUALIFIER = "(?<qual>nearly|almost|about|around|roughly|approximately|some|an estimated|"
            + "more than|over|at least|fewer than|less than|under|up to|as many as|as few as|just over|just under)";
    private static final AmountWords AMOUNTS = AmountWords.of("en");
    /** Currencies written as their ISO code before the figure ("GBP 240,000", "CHF 2 million"), in capitals only. */
    private static final String CURRENCY_CODES = "(?-i:\\b(?:USD|GBP|EUR|CHF|JPY|CNY))";
    /** A qualifier right before a share of a total: "about" of "about a third of the 210". */
    private static final Pattern QUALIFIER_BEFORE = Pattern.compile("(?i)\\b" + QUALIFIER + "\\s+$");
    /**
     * A figure: digits, number words, a vague plural amount ("dozens of"), "half a" million, "a score of"; then a
     * multiplying noun ("two dozen"), a magnitude, and the counted words.
     */
    private static final Pattern MENTION = Pattern.compile("(?i)(?:" + QUALIFIER + "\\s+)?(?<cur>[$€£¥]|" + CURRENCY_CODES
            + "\\s?)?"
            // thousands groups bounded and possessive (no figure a report gives has more than six): no stack depth or
            // backtracking then grows with a 20,000-group chain of a flattened table, once read as 60,000 digits
            + "(?<num>\\d{1,3}(?:,\\d{3}){1,6}+(?!\\d|,\\d)|\\d+(?:\\.\\d+|[½¼¾]| (?:1/2|1/4|3/4)(?![\\d/]))?|(?<vague>" + AMOUNTS.vaguePattern() + ")"
            + "|\\bhalf\\s+a(?=\\s+(?:million|billion|thousand|dozen)\\b)|(?<=\\ba\\s)score\\s+of\\b"
            + "|\\b(?:" + NumberReader.WORD_PATTERN + ")\\b)"
            + "(?:\\s+(?<times>dozen|score)\\b(?:\\s+of\\b)?)?"
            + "(?:(?<pct>\\s?%|\\s*per\\s?cent\\b|\\s*percent\\b)"
            + "|(?<speed>\\s?(?:mph|km/h|kph)\\b)"
            + "|\\s*(?<mag>million|billion|trillion|thousand|bn|mn)\\b|(?<short>[mkb])\\b)?"
            // a letter's marks belong to its word: Devanagari, Bengali or Thai vowel signs, decomposed accents
            + "(?<unit>(?:[\\s-]+[\\p{L}][\\p{L}\\p{M}'’]*){1,3})?");
    /**
     * "a crew of 30 fought": a number right after a noun and "of" gives that noun's size; words after it that name no
     * counted thing (no plural) are the clause's verb, not what is counted.
     */
    private static final Pattern SIZE_OF_BEFORE = Pattern.compile("(?i)\\b[\\p{L}]+\\s+of\\s+$");
    /** Plurals not written with -s. */
    private static final Set<String> PLURALS = Set.of("people", "children", "men", "women", "police", "personnel",
            "staff", "crew", "cattle", "sheep", "fish", "deer", "livestock", "aircraft", "militia");
    /** Numbers read per sentence at most. */
    static final int MAX_MENTIONS = 100;
    /** Characters either side of a number that decide whether it is a date, time, ordinal, age or score. */
    static final int CONTEXT_CHARS = 80;
    /**
     * An English month's name, whole or cut short ("Dec", "Sept."): a word of its own, so "Aproximativ" (Romanian for
     * "about"), "novels" or "mayors" beside a number make no date of it.
     */
    private static final String MONTH = "\\b(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
            + "|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\b";
    private static final Pattern MONTH_BEFORE = Pattern.compile("(?i)" + MONTH + "\\.?\\s*$");
    /** Words that end the counted noun phrase. */
    private static final Set<String> PHRASE_END = Set.of("the", "a", "an", "and", "or", "in", "on", "at", "of", "to",
            "for", "from", "by", "with", "was", "were", "is", "are", "had", "has", "have", "who", "that", "which",
            "after", "before", "since", "during", "into", "than", "as", "this", "last", "per", "each", "said", "says");
    private static final Set<String> NOT_UNITS = Set.of("percent", "years", "year", "am", "pm", "a.m", "p.m", "st", "nd",
            "rd", "th", "o'clock", "times", "hrs", "hr", "mins", "min", "secs", "sec", "yrs", "yr");
    /**
     * Words right after a count that name no counted thing: the credit of a second side given bare ("and 28,500
     * according to the police") and the verbs a crowd's count takes with its noun left out ("31,000 took part",
     * "28,500 marched"): the count's noun is the one the sentence or story gives, not the verb.
     */
    private static final Set<String> VERBS_AFTER_COUNT = Set.of("according", "reportedly", "took", "attended",
            "marched", "joined", "gathered", "rallied", "protested", "demonstrated", "turned", "showed");
    private static final Map<String, String> SYNONYMS = Map.ofEntries(
            Map.entry("sorti", "sortie"), Map.entry("run", "sortie"), Map.entry("strike", "sortie"),
            Map.entry("airstrik", "sortie"), Map.entry("raid", "sortie"), Map.entry("mission", "sortie"),
            Map.entry("flight", "sortie"), Map.entry("patrol", "sortie"), Map.entry("peopl", "people"), Map.entry("person", "people"),
            Map.entry("civilian", "people"), Map.entry("resid", "people"), Map.entry("individu", "people"),
            // those a disaster drove from home are its people, as "1,200 people were evacuated" counts them
            Map.entry("evacue", "people"), Map.entry("displac", "people"),
            Map.entry("death", "people killed"), Map.entry("casualti", "people injured"),
            Map.entry("injuri", "people injured"), Map.entry("dead", "people killed"),
            // "five injured", "two wounded", "three killed": the harm alone names the counted people, under the key
            // "five people were injured" gets, so the two wordings meet
            Map.entry("injur", "people injured"), Map.entry("hurt", "people injured"),
            Map.entry("wound", "people injured"), Map.entry("kill", "people killed"));
    /**
     * "4,212 fans", "5,000 spectators": those who watched an event are its crowd, the key "a crowd of 5,000" gets.
     * Kept apart from {@link #SYNONYMS}: a crowd is no count of the story's events, whose later figures replace
     * earlier ones.
     */
    private static final Set<String> CROWD_STEMS = Set.of("fan", "spectat");
    private static final String CROWD = "crowd";

    /** What an amount of money is, when the sentence says it; amounts of different things never compare. */
    private static final Pattern MONEY_PURPOSE = Pattern.compile("(?i)\\b(cost|loss|damage|fine|budget|aid|fund|price|salary|revenue|profit|debt|ransom|bail|settlement|compensation)");
    /**
     * Money given for a cause, however worded ("raised", "donated", "fundraising"): one kind of amount, but only in
     * the amount's own clause ("has raised nearly $2 million so far, far less than the $7 million X has taken in":
     * the second amount is another raiser's).
     */
    private static final Pattern RAISED = Pattern.compile("(?i)\\b(?:rais(?:e|ed|es|ing)|donat\\w*|fundrais\\w*)\\b");
    private static final Pattern CLAUSE_MARK = Pattern.compile("[,;:()]");
    /**
     * "six years in prison", "three weeks of talks", "two hours behind schedule": a length of time, named by its unit
     * and what it is of (a bare "six years" may be of anything in the story: a term, a career, a wait).
     */
    private static final Pattern DURATION_AFTER = Pattern.compile("(?i)^[\\s-]+(?<unit>years?|months?|weeks?|days?|hours?"
            + "|minutes?)\\s+(?<link>in|of|behind|at)\\s+(?:the\\s+)?(?<object>\\p{L}{3,})");
    /**
     * "sentenced ... to 13 and 11 years in prison", "6 to 8 years": a length closing a list or a range of numbers gives
     * several people's or a span's values, no one fact's, so it is no figure to compare.
     */
    private static final Pattern LIST_BEFORE = Pattern.compile("(?i)(?:\\d|\\b(?:" + NumberReader.WORD_PATTERN
            + "))\\s*(?:,|and|or|to|-|–)\\s*$");
    /** "in the 89th minute", "its 150th anniversary": a position, named by the noun after it. */
    private static final Pattern ORDINAL_AFTER = Pattern.compile("(?i)^(?:st|nd|rd|th)[\\s-]+(?<noun>\\p{L}{3,})");
    /** "born in 1941", "was born 1941": the year is a birth year, which gives an age on the article's date. */
    private static final Pattern BORN_BEFORE = Pattern.compile("(?i)\\bborn\\s+(?:in\\s+)?$");
    /** The key of a birth year ({@link QuantitySpan#asAgeOn} makes it an "age"). */
    public static final String BORN = "born";
    /** The start of the key of a length of time ({@link QuantitySpan.Kind#DURATION}). */
    public static final String DURATION = "duration ";
    /** The start of the key of a position ({@link QuantitySpan.Kind#ORDINAL}). */
    public static final String ORDINAL = "ordinal ";
    /** The key of an amount of money given without its purpose ({@link QuantitySpan.Kind#AMOUNT}). */
    public static final String BARE_MONEY = "money";
    /** "died aged 87", "at the age of 86": the figure is a person's age, not a count. */
    private static final Pattern AGED_BEFORE = Pattern.compile("(?i)\\b(?:aged|at the age of|(?:died|dies|dead)\\s+at)\\s+$");
    /**
     * "the 86-year-old actor", "Lahoud, a 62-year-old naval officer", "the 62-year-old said": the figure is a person's
     * age, as after "aged", when what follows names a person (a person's noun, right after or after one adjective) or
     * nothing (the clause goes on or ends); "a 55-year-old tradition" is a thing's age. "Was 9 years old" is left out:
     * said so, an age is mostly of another time ("since he was 9 years old", "as young as 2 years old").
     */
    private static final Pattern YEARS_OLD_AFTER = Pattern.compile("^(?i:-year-old)(?![\\p{L}-])"
            + "(?:\\s*(?:[,.;:)]|$)|\\s+(?:who|was|is|said|says|has|had|and|from|of|in|at|on|with|died|dies|told)\\b"
            + "|(?:\\s+\\p{Ll}+(?:al|ic|ed|ing|ish|ese|ous|ive|ful|ern|ior|ean|ian|an))?\\s+"
            + "(?!(?:under|after|over|other|never|ever|rather|whether|either|neither|her|per|later|longer|together|for)\\b)"
            // a person by what they are or do; endings such as -er or -or also end towers and reactors, so the nouns
            // are listed, but for -ist and -ian, which name people ("pianist", "librarian")
            + "(?:\\p{Ll}+(?:ist|ian)|(?:\\p{Ll}*(?:man|woman|men|women))|boy|girl|son|child|wife|husband|widow|widower"
            + "|mother|father|daughter|brother|sister|veteran|pilot|suspect|victim|patient|star|singer|actor|actress"
            + "|priest|bishop|teen|teenager|pensioner|player|cook|nurse|officer|soldier|driver|worker|farmer|teacher"
            + "|student|resident|parent|president|leader|lawyer|doctor|director|writer|author|artist|footballer"
            + "|runner|climber|hiker|swimmer|fisherman|grandmother|grandfather|grandson|granddaughter|mayor"
            + "|senator|governor|minister|manager|coach|owner|founder|chief|general|admiral|captain|dancer|poet"
            + "|novelist|composer|painter|photographer|journalist|reporter|editor|engineer|executive|retiree"
            + "|survivor|defendant|immigrant|migrant|tenant|prisoner|inmate|monk|nun|rabbi|imam|king|queen|prince"
            + "|princess|lord|lady|billionaire|millionaire|entrepreneur|businessman|businesswoman)\\b)");
    /** "a crowd of 4,212", "Attendance: 4,212", "an attendance of more than 5,000": the figure is how many watched. */
    private static final Pattern CROWD_BEFORE = Pattern.compile("(?i)\\b(?:crowd|attendance|gate)\\s*(?:of|was|:|"
            + "stood at|reached)\\s*$");
    /**
     * "55.1 per cent of the vote": the whole a percentage is a share of, named with "the". A ratio to a measure
     * ("7 percent of gross domestic product", "63 percent of revenues", "of its GDP") serves many parts in one story
     * (a deficit, a surplus, a target), so it names no one figure to compare.
     */
    private static final Pattern PERCENT_OF = Pattern.compile("(?i)^\\s+of\\s+the\\s+(?<noun>\\p{L}{3,})");
    /** "Turnout was 38%", "a turnout of 31 per cent", "unemployment fell to 4.1 percent": the measure stated. */
    private static final Pattern PERCENT_SUBJECT = Pattern.compile("(?i)\\b(?<noun>\\p{L}{3,})\\s+(?:was|is|stood at|of|"
            + "fell to|rose to|dropped to|climbed to|reached)\\s+$");
    /**
     * "Shares in Harlow Foods fell 6.2%", "Harlow shares have dropped by 4%", "Revenue rose 12%": a change of the noun
     * before its verb, by the share the figure gives; the verb says which way ("fall" or "rise", {@link #CHANGE}). The
     * subject is the noun right before the verb, or before a name it is of ("Shares in Harlow Foods").
     */
    private static final Pattern CHANGE_BEFORE = Pattern.compile("(?i)(?<![\\p{L}])(?:(?:has|have|had|were|was|is|are)"
            + "\\s+)?(?:(?:closed|ended|finished)\\s+)?(?:(?<fall>fell|fallen|falls|dropped|drops|declined|declines|slid|slides"
            + "|slipped|slumped|tumbled|plunged|plummeted|sank|sunk|sinks|lost|shed|decreased|shrank|shrunk|contracted|down)"
            + "|(?<rise>rose|risen|rises|climbed|climbs|jumped|jumps|gained|gains|surged|soared|increased|grew|grown"
            + "|rallied|advanced|up))\\s+(?:by\\s+)?(?:a\\s+further\\s+|another\\s+)?$");
    /** The noun a change is of, right before its verb: "shares", or "Shares in Harlow Foods" (a name after "in"/"of"). */
    private static final Pattern CHANGE_SUBJECT = Pattern.compile("(?<![\\p{L}'’])(?<noun>\\p{L}{3,})(?:\\s+(?:in|of)"
            + "\\s+(?:the\\s+)?(?:\\p{Lu}[\\p{L}'’&.-]*\\s+){1,4})?\\s*$");
    /** Words before a change's verb that name no thing that changed. */
    private static final Set<String> NO_SUBJECT = Set.of("they", "them", "which", "what", "this", "that", "these",
            "those", "also", "then", "and", "but", "while", "has", "have", "had", "were", "was", "are", "sharply",
            "about", "some", "respectively");
    /** The end of the key of a percentage a thing fell by ("percent share down"). */
    public static final String FALL = " down";
    /** The end of the key of a percentage a thing rose by ("percent revenu up"). */
    public static final String RISE = " up";
    /** "a 13% lower risk": a comparison that belongs to the measure a percentage written before its noun names. */
    private static final Pattern COMPARATIVE = Pattern.compile("(?i)lower|higher|greater|smaller|bigger|larger");
    /** "Turnout in Tuesday's election", "turnout across the region": a subject and the place or time it is of. */
    private static final Pattern QUALIFIED_SUBJECT = Pattern.compile("(?i)\\b(?<head>\\p{L}{3,})\\s+(?:in|at|across)\\s+"
            + "(?:(?:the|this|last|[\\p{L}]+['’]s)\\s+)?$");
    /**
     * A negation right before a qualifier of a bound: "no" itself ("no less than"), or "not", "n't" or "never" with up to
     * two words between ("would not accept less than", "won't take anything less than").
     */
    private static final Pattern NEGATION_BEFORE = Pattern.compile("(?i)(?:\\bno|(?:\\bnot|n['’]t|\\bnever)"
            + "(?:\\s+[\\p{L}'’]+){0,2})\\s+$");
    /**
     * "90% of its members", "60% of drivers": a share of a group of people, named without "the"; only a plural that names
     * people ({@link #isPeopleGroup}), as "of its income" or "of revenues" is a ratio to a measure.
     */
    private static final Pattern PERCENT_OF_GROUP = Pattern.compile("(?i)^\\s+of\\s+(?:(?:its|their|his|her|our|all)"
            + "\\s+)?(?<noun>\\p{L}{3,})\\b");
    /** Endings of plurals that name people by what they do or are ("drivers", "residents", "employees", "Americans"). */
    private static final Pattern PEOPLE_PLURAL = Pattern.compile("(?i)\\p{L}{2,}(?:ers|ors|ents|ants|ists|ees|ians)");
    /**
     * "the union wants 9%", "would not accept less than 7%", "is seeking 6.5%": a share stated as what a side asks for
     * (key "percent demand") or offers ("percent offer"), the verb right before it (its qualifier, a negation and a
     * modal between); with no noun after it, the demand is the figure.
     */
    private static final Pattern DEMAND_BEFORE = Pattern.compile("(?i)\\b(?:(?<offer>offer(?:s|ed|ing)?|propos(?:e|es|ed|ing))"
            + "|want(?:s|ed|ing)?|demand(?:s|ed|ing)?|seek(?:s|ing)?|sought|ask(?:s|ed|ing)?\\s+for|accept(?:s|ed|ing)?"
            + "|insist(?:s|ed|ing)?\\s+on|settle(?:s|d)?\\s+for)\\s+(?:(?:anything|a|an)\\s+)?$");
    /** The end of a clause: a stop, a clause mark, a closing quote or the end of the sentence. */
    private static final Pattern CLAUSE_CLOSE = Pattern.compile("\\s*(?:[.,;:!?)\"”’]|$)");
    /**
     * The words before an amount that make it the level a change started from: "rose to $4.81bn from", "up from",
     * "compared with", "against ... a year earlier" is not needed: the amount's own preposition says it.
     */
    private static final Pattern EARLIER_BEFORE = Pattern.compile("(?i)\\b(?:(?:up|down|rose|fell|risen|fallen|"
            + "increased|decreased|grew|grown|jumped|climbed|dropped|declined|slipped|surged|\\S+\\s+to\\s+\\S+)\\s+from"
            + "|compared\\s+(?:with|to))\\s+$");
    /** The end of the key of an amount that is the level before a change ("money revenue earlier"). */
    public static final String EARLIER = " earlier";
    /** Two numbers joined by a dash, as a result is written ("3-2", "1–1"); neither side is read as a count. */
    private static final Pattern SCORE = Pattern.compile("(?<![\\d.,:/$€£%-])(?<first>\\d{1,3})\\s?[-–]\\s?(?<second>\\d{1,3})"
            + "(?![\\d.,:/%-]|\\s?(?:per\\b|percent|pc\\b))");
    /** A result's verb before the score, up to three words (the beaten side's name) between: "beat Ravensmoor 3-2". */
    private static final Pattern RESULT_BEFORE = Pattern.compile("(?i)(?:\\b(?:won|win|wins|winning|beat|beats|beating"
            + "|defeated|defeating|lost|lose|loses|losing|drew|draw|draws|drawing|edged|thrashed|trounced|routed)"
            + "(?:\\s+[\\p{L}'’]+){0,3}|\\bfull[- ]time:?(?:\\s+[\\p{L}'’]+){0,3}|\\bfinal score:?"
            + "(?:\\s+[\\p{L}'’]+){0,3})\\s+$");
    /** A result's noun after the score: "a 3-2 victory", "their 0-4 defeat". */
    private static final Pattern RESULT_AFTER = Pattern.compile("(?i)^\\s+(?:(?:home|away)\\s+)?(?:victory|win|defeat"
            + "|loss|triumph|draw|thrashing|success)\\b");
    /** The start of the keys of a result's two sides ({@link #scores}). */
    public static final String SCORE_KEY = "score ";
    /** A negation of the qualifier between a verb and its figure: "wants no less than 9%". */
    private static final Pattern NEGATED_TAIL = Pattern.compile("(?i)\\b(?:no|not)\\s+$");

    /** Capitals glued to the number by a hyphen: the name of a model ("KX-200"), not words before a count. */
    private static final Pattern MODEL_PREFIX = Pattern.compile("(?<![\\p{L}\\d])\\p{Lu}{1,4}-$");
    /**
     * The rest of a model's name right after the words read as a count's phrase, and up to three words after it:
     * "-200 electric kettles" after "120,000 Kettlewise KX".
     */
    private static final Pattern MODEL_REST = Pattern.compile("^-\\d+[\\p{L}\\d]*(?<nouns>(?:[\\s-]+[\\p{L}][\\p{L}'’]*){1,3})");
    /** Capitals that may open a model's name ("KX" of "KX-200"), as the last word of a count's phrase. */
    private static final Pattern MODEL_CAPITALS = Pattern.compile("(?<![\\p{L}])\\p{Lu}{1,4}$");
    /** "$38 a share", "$36 per share": the price of one share, whatever else the sentence's money is. */
    private static final Pattern PER_SHARE = Pattern.compile("(?i)^\\s*(?:a|per|each)\\s+share\\b");
    /** "a deal worth $2.4 billion", "values the company at $2.1 billion": the amount is what a thing is worth. */
    private static final Pattern WORTH = Pattern.compile("(?i)\\b(?:worth|valu(?:e|es|ed|ing|ation))\\b");
    /** "gusts of up to 90mph", "Highest gust: 88mph", "winds reached 70 km/h": what moved at the speed. */
    private static final Pattern SPEED_SUBJECT = Pattern.compile("(?i)\\b(?<noun>\\p{L}{3,})\\s*(?:of|reached|hit|"
            + "topped|:)\\s*$");
    /** The word right before an amount: the act it is the sum of, when it is a verb ("took £240,000"). */
    private static final Pattern WORD_BEFORE = Pattern.compile("\\b(?<word>\\p{Ll}{3,})\\s+$");
    /**
     * Irregular forms of the verbs money is most often told with, by the stem of their plain form: "took £240,000"
     * and "had taken £236,500" tell one act.
     */
    private static final Map<String, String> IRREGULAR_STEMS = Map.ofEntries(Map.entry("took", "take"),
            Map.entry("taken", "take"), Map.entry("stole", "steal"), Map.entry("stolen", "steal"),
            Map.entry("paid", "pai"), Map.entry("spent", "spend"), Map.entry("sold", "sell"),
            Map.entry("bought", "bui"), Map.entry("gave", "give"), Map.entry("given", "give"),
            Map.entry("lent", "lend"), Map.entry("lost", "lose"), Map.entry("won", "win"));
    /**
     * Acts of coming to hold money, by the stem each is keyed with: one outlet writes that an official "accepted
     * $180,000", another that he "received $210,000" or "took" it, and all three tell one sum, so they share the key
     * of "took" ("money act take").
     */
    private static final Map<String, String> SAME_ACTS = Map.of("accept", "take", "receiv", "take", "pocket", "take");
    /** Words before an amount that are no act: prepositions, articles, qualifiers and the like. */
    private static final Set<String> NOT_ACTS = Set.of("than", "about", "around", "some", "nearly", "almost", "over",
            "under", "just", "only", "least", "most", "another", "extra", "further", "additional", "total");
    /** The start of the key of an amount told by its act alone ("took £240,000": "money act take"). */
    public static final String MONEY_ACT = "money act ";
    static final Pattern INJURED = Pattern.compile("(?i)\\b(?:injur|hurt|wound)");
    static final Pattern KILLED = Pattern.compile("(?i)\\b(?:kill|dead|die[ds]?\\b|death)");
    /**
     * "between 40 and 60 people": the words before the range's high end, with its low end. Both ends are the
     * statement; the low end alone counts nothing (its phrase ends at "and"), so the range is read at its high end.
     */
    private static final Pattern RANGE_BEFORE = Pattern.compile("(?i)\\bbetween\\s+(?<low>\\d{1,3}(?:,\\d{3}){1,6}+|\\d+(?:\\.\\d+)?|"
            + NumberReader.WORD_PATTERN + ")(?:\\s*(?<mag>million|billion|trillion|thousand))?\\s+and\\s+$");
    /**
     * "The death toll ... has risen to 27", "putting the toll at 30", "the number of people killed rose to 19": a
     * bare number after the toll it sets counts the toll's victims, though no noun follows it. Only within the
     * clause (no comma or stop between), so a later number of the sentence is not taken for the toll.
     */
    private static final Pattern TOLL_BEFORE = Pattern.compile("(?i)\\b(?:toll|number of (?:people |those )?"
            + "(?:killed|dead|deaths|injured|wounded|hurt|victims))\\b[^,;:.()]{0,80}?\\b(?:to|at|of|reached|hit)\\s+$");

    /**
     * True for keys that name a kind of event count in the news ("sortie", "people injured"), reached from several
     * wordings: two figures with such a key are about the same thing even when their sentences share few words.
     */
    public static boolean isEventCount(String key) {
        return SYNONYMS.containsValue(key) || key.startsWith("people ");
    }

    /** The quantities stated in one sentence, left to right, with offsets into the sentence. */
    public List<QuantitySpan> extract(String sentence) {
        return extract(sentence, 0, 0);
    }

    @Override
    public List<QuantitySpan> extract(String text, int offset, int sentence) {
        List<QuantitySpan> out = new ArrayList<>();
        Matcher m = MENTION.matcher(text);
        int mentions = 0;
        // A "sentence" with hundreds of numbers is a table or markup run together, not prose: reading every number
        // (each checked against the whole sentence) would cost its length squared.
        while (m.find() && mentions++ < MAX_MENTIONS) {
            toQuantity(text, m, offset, sentence).ifPresent(out::add);
        }
        List<QuantitySpan> scores = scores(text, offset, sentence);
        if (!scores.isEmpty()) {
            out.addAll(scores);
            out.sort(java.util.Comparator.comparingInt(QuantitySpan::start));
        }
        return out;
    }

    private java.util.Optional<QuantitySpan> toQuantity(String sentence, Matcher m, int offset, int index) {
        AmountWords.Span vague = m.group("vague") != null ? AMOUNTS.vague(m.group("vague")) : null;
        OptionalDouble number = vague != null ? OptionalDouble.of(vague.high()) : NumberReader.read(m.group("num"));
        if (number.isPresent() && vague == null) {
            java.util.Optional<QuantitySpan> other = otherKind(sentence, m, number.getAsDouble(), offset, index);
            if (other.isPresent()) {
                return other;
            }
        }
        if (number.isEmpty() || isNotACount(sentence, m)) {
            return java.util.Optional.empty();
        }
        if (m.group("pct") != null) {
            return percentage(sentence, m, number.getAsDouble(), offset, index);
        }
        if (m.group("speed") != null) {
            return speed(sentence, m, number.getAsDouble(), offset, index);
        }
        // "$900m", "£1.2bn", "$50k": a letter glued to an amount is its scale; "900m" alone is a length, as before
        if (m.group("short") != null && m.group("cur") == null) {
            return java.util.Optional.empty();
        }
        String mag = m.group("mag") != null ? m.group("mag") : m.group("short");
        double multiplier = NumberReader.magnitude(mag)
                * (m.group("times") == null ? 1 : NumberReader.read(m.group("times")).orElse(1));
        double value = number.getAsDouble() * multiplier;
        String unit = unitPhrase(m.group("unit"));
        String before = sentence.substring(Math.max(0, m.start() - CONTEXT_CHARS), m.start());
        if (vague == null && !unit.isEmpty() && SIZE_OF_BEFORE.matcher(before).find() && !countsPlural(unit)) {
            unit = "";
        }
        // "pounds" weighs as often as it pays: an amount when the sentence says what it is for ("cost 12 million pounds")
        boolean money = m.group("cur") != null || isCurrency(unit)
                || unit.toLowerCase(Locale.ROOT).matches("(?:.* )?pounds?") && MONEY_PURPOSE.matcher(sentence).find();
        boolean year = !money && m.group("mag") == null && m.group("num").matches("1[89]\\d\\d|20\\d\\d");
        if (year) {
            return java.util.Optional.empty();
        }
        int end = unit.isEmpty() ? endWithoutUnit(m) : unitEnd(m, unit);
        // "120,000 Kettlewise KX-200 electric kettles": a brand and a model's name stand before the counted noun,
        // which is what the figure counts ("kettles"), not the brand
        Matcher model = money ? null : modelBeforeNoun(sentence, m);
        if (model != null) {
            unit = unitPhrase(model.group("nouns"));
            end = m.end() + phraseEnd(model.group("nouns"), model.start("nouns"), unit);
        }
        String after = sentence.substring(end, Math.min(sentence.length(), end + CONTEXT_CHARS));
        String key = key(sentence, unit, money, before, after);
        // "died aged 87", "the 86-year-old actor": a person's age, whatever word follows it
        boolean yearsOld = YEARS_OLD_AFTER.matcher(sentence.substring(m.end("num"))).lookingAt();
        if ((AGED_BEFORE.matcher(before).find() && !countsPlural(unit) || yearsOld) && !money) {
            key = "age";
            unit = "";
            end = endWithoutUnit(m);
        }
        if (key == null && unit.isEmpty() && !money) {
            key = tollKey(before);
        }
        if (key == null && unit.isEmpty() && !money && CROWD_BEFORE.matcher(before).find()) {
            key = CROWD;
        }
        // "three died and ten were injured": the second count of a casualty report. Not "21 others were wounded":
        // counted so, DUC 2004 gained a disagreement its gold file has not judged (d30010t, 21 wounded against a
        // leaflet's 24 injured), so "others" keeps its own key until one judges it
        if (!money && key == null && unit.isEmpty()) {
            key = CountHarm.ofElliptical(after);
        }
        if (key != null && money && EARLIER_BEFORE.matcher(before).find()) {
            // "Revenue rose to $4.81bn from $4.29bn", "compared with $537m a year earlier": the level before the
            // change, the figure after "rose to" being the new one; compared only with other outlets' earlier levels
            key = key + EARLIER;
        }
        if (key == null && money) {
            // "a $2 million repair bill": an amount the sentence names no purpose or act for; the words after it are
            // what it is spent on, no counted noun
            int amountEnd = isCurrency(unit) ? end : endWithoutUnit(m);
            return java.util.Optional.of(new QuantitySpan(offset + m.start(), offset + amountEnd, index,
                    sentence.substring(m.start(), amountEnd), value, qualifier(sentence, m),
                    isCurrency(unit) ? unit : "", BARE_MONEY, value, QuantitySpan.Kind.AMOUNT));
        }
        if (key == null) {
            return java.util.Optional.empty();
        }
        Qualifier qualifier = qualifier(sentence, m);
        int start = m.start();
        double from = value;
        if (vague != null) {
            return java.util.Optional.of(new QuantitySpan(offset + start, offset + end, index,
                    sentence.substring(start, end), value, Qualifier.RANGE, unit, key, vague.low() * multiplier));
        }
        AmountWords.Share share = m.group("qual") == null ? AMOUNTS.share(before) : null;
        if (share != null) {
            // "about a third of the 210 passengers": the share is the figure, qualified by the words before it
            int shareStart = m.start() - before.length() + share.start();
            Matcher qual = QUALIFIER_BEFORE.matcher(sentence.substring(Math.max(0, shareStart - CONTEXT_CHARS), shareStart));
            boolean qualified = qual.find();
            start = qualified ? shareStart - (qual.end() - qual.start()) : shareStart;
            return java.util.Optional.of(new QuantitySpan(offset + start, offset + end, index,
                    sentence.substring(start, end), value * share.factor(),
                    qualified ? qualifier(qual.group("qual")) : Qualifier.EXACT, unit, key));
        }
        Matcher range = m.group("qual") == null ? RANGE_BEFORE.matcher(before) : null;
        if (range != null && range.find()) {
            OptionalDouble low = NumberReader.read(range.group("low"));
            // "between 2 and 3 million": the low end takes the high end's magnitude unless it has its own
            double scale = range.group("mag") != null ? NumberReader.magnitude(range.group("mag"))
                    : NumberReader.magnitude(mag);
            if (low.isPresent() && low.getAsDouble() * scale <= value) {
                from = low.getAsDouble() * scale;
                qualifier = Qualifier.RANGE;
                start = m.start() - (before.length() - range.start());
            }
        }
        return java.util.Optional.of(new QuantitySpan(offset + start, offset + end, index,
                sentence.substring(start, end), value, qualifier, unit, key, from));
    }

    /**
     * A percentage, keyed by what it is a share of: the noun after "of the" ("55.1 per cent of the vote": "percent vote")
     * or the measure it is stated as ("Turnout was 38%": "percent turnout"). One that says neither ("rose 12%", "down
     * from 41%") is a change or an aside, not a figure two outlets could be compared on.
     */
    private static java.util.Optional<QuantitySpan> percentage(String sentence, Matcher m, double value, int offset,
                                                               int index) {
        int end = m.end("pct");
        String after = sentence.substring(end, Math.min(sentence.length(), end + CONTEXT_CHARS));
        String before = sentence.substring(Math.max(0, m.start() - CONTEXT_CHARS), m.start());
        Matcher of = PERCENT_OF.matcher(after);
        Matcher group = PERCENT_OF_GROUP.matcher(after);
        Matcher subject = PERCENT_SUBJECT.matcher(before);
        String noun = of.find() ? of.group("noun") : group.find() && isPeopleGroup(group.group("noun"))
                ? group.group("noun") : subject.find() ? subjectHead(before, subject) : null;
        if (noun == null || PHRASE_END.contains(noun.toLowerCase(Locale.ROOT))) {
            java.util.Optional<QuantitySpan> change = change(sentence, m, value, offset, index);
            return change.isPresent() ? change : sharedNoun(sentence, m, value, offset, index);
        }
        String key = "percent " + new PorterStemmer().stem(noun.toLowerCase(Locale.ROOT));
        return java.util.Optional.of(new QuantitySpan(offset + m.start(), offset + end, index,
                sentence.substring(m.start(), end), value, qualifier(sentence, m), "", key));
    }

    /**
     * A percentage after a verb of change ("Shares in Harlow Foods fell 6.2%"): keyed by the noun that changed and the
     * way it went ("percent share down"), the noun its unit, so that "fell 6.2%" and "dropped 4.1%" of one outlet's shares and another's
     * compare, and a fall never meets a rise. Empty when no such verb is right before it or no noun before the verb.
     */
    private static java.util.Optional<QuantitySpan> change(String sentence, Matcher m, double value, int offset,
                                                           int index) {
        String before = sentence.substring(Math.max(0, m.start() - CONTEXT_CHARS), m.start());
        Matcher verb = CHANGE_BEFORE.matcher(before);
        if (!verb.find()) {
            return java.util.Optional.empty();
        }
        Matcher subject = CHANGE_SUBJECT.matcher(before.substring(0, verb.start()));
        if (!subject.find()) {
            return java.util.Optional.empty();
        }
        String noun = subject.group("noun").toLowerCase(Locale.ROOT);
        if (PHRASE_END.contains(noun) || NO_SUBJECT.contains(noun) || noun.endsWith("ly")) {
            return java.util.Optional.empty();
        }
        int end = m.end("pct");
        String key = "percent " + new PorterStemmer().stem(noun) + (verb.group("fall") != null ? FALL : RISE);
        return java.util.Optional.of(new QuantitySpan(offset + m.start(), offset + end, index,
                sentence.substring(m.start(), end), value, qualifier(sentence, m), noun, key, value,
                QuantitySpan.Kind.AMOUNT));
    }

    /**
     * The measure a percentage is stated as: the noun before its verb, or, when a place or time stands between them
     * ("Turnout in Tuesday's election reached 61%"), the noun that phrase qualifies.
     */
    private static String subjectHead(String before, Matcher subject) {
        Matcher qualified = QUALIFIED_SUBJECT.matcher(before.substring(0, subject.start("noun")));
        return qualified.find() ? qualified.group("head") : subject.group("noun");
    }

    /**
     * A percentage that names what it is by the noun after it ("a 9% pay rise": "percent rise"), a {@link
     * QuantitySpan.Kind#AMOUNT}: "rose 12% to", "4% this year" name nothing.
     */
    private static java.util.Optional<QuantitySpan> sharedNoun(String sentence, Matcher m, double value, int offset,
                                                               int index) {
        List<String> words = new ArrayList<>();
        for (String w : m.group("unit") == null ? new String[0] : m.group("unit").strip().split("[\\s-]+")) {
            if (PHRASE_END.contains(w.toLowerCase(Locale.ROOT)) || NOT_UNITS.contains(w.toLowerCase(Locale.ROOT))) {
                break;
            }
            words.add(w);
        }
        // the phrase's last word names the thing ("pay rise": a rise), the words before it which one; a comparison
        // stays in the key, as "a 13% lower risk" and "a 31% higher risk" are no two readings of one figure
        String noun = words.isEmpty() ? "" : words.get(words.size() - 1).toLowerCase(Locale.ROOT);
        String comparative = words.size() > 1 && COMPARATIVE.matcher(words.get(0)).matches()
                ? words.get(0).toLowerCase(Locale.ROOT) + " " : "";
        if (noun.length() < 3) {
            return demand(sentence, m, value, offset, index);
        }
        int end = m.end("pct");
        return java.util.Optional.of(new QuantitySpan(offset + m.start(), offset + end, index,
                sentence.substring(m.start(), end), value, qualifier(sentence, m), String.join(" ", words),
                "percent " + comparative + new PorterStemmer().stem(noun), value, QuantitySpan.Kind.AMOUNT));
    }

    /**
     * The final result of a match or a vote ("beating Ravensmoor 3-2", "won 3-1", "a 2-0 victory", "Full time: Harbour
     * City 3-2 Ravensmoor"): one figure of two sides, read as two figures of one kind, the winner's goals ("score
     * winner") and the loser's ("score loser"), each at its own number, so that "3-2" and "3-1" differ in the loser's
     * and "3-2" and "4-2" in the winner's, while neither is a range. A running score ("makes it 2-2", "Half-time: 1-1")
     * names no result and is not read. {@link QuantitySpan.Kind#ORDINAL}, as only comparisons read them: a score counts
     * no thing of the story.
     */
    private static List<QuantitySpan> scores(String sentence, int offset, int index) {
        List<QuantitySpan> out = new ArrayList<>();
        Matcher m = SCORE.matcher(sentence);
        while (m.find()) {
            String before = sentence.substring(Math.max(0, m.start() - CONTEXT_CHARS), m.start());
            if (!RESULT_BEFORE.matcher(before).find() && !RESULT_AFTER.matcher(sentence.substring(m.end())).find()) {
                continue;
            }
            int first = Integer.parseInt(m.group("first"));
            int second = Integer.parseInt(m.group("second"));
            boolean firstWins = first >= second;
            out.add(side(sentence, m, "first", firstWins ? "winner" : "loser", offset, index));
            out.add(side(sentence, m, "second", firstWins ? "loser" : "winner", offset, index));
        }
        return out;
    }

    private static QuantitySpan side(String sentence, Matcher m, String group, String side, int offset, int index) {
        return new QuantitySpan(offset + m.start(group), offset + m.end(group), index, m.group(group),
                Integer.parseInt(m.group(group)), Qualifier.EXACT, "", SCORE_KEY + side, Integer.parseInt(m.group(group)),
                QuantitySpan.Kind.ORDINAL);
    }

    /** True for a plural naming people: "members", "drivers", "residents", "people", "staff". */
    private static boolean isPeopleGroup(String noun) {
        String lower = noun.toLowerCase(Locale.ROOT);
        return PLURALS.contains(lower) || lower.equals("members") || PEOPLE_PLURAL.matcher(lower).matches();
    }

    /**
     * A percentage with no noun after it that a side asks for or offers ("the union wants 9%", "would not accept less
     * than 7%"), a {@link QuantitySpan.Kind#AMOUNT} keyed "percent demand" or "percent offer"; empty for any other.
     */
    private static java.util.Optional<QuantitySpan> demand(String sentence, Matcher m, double value, int offset,
                                                           int index) {
        int end = m.end("pct");
        // words after it may say what or when it is of ("offered 4% this year"): only a share closing its clause is the
        // demand itself
        if (!CLAUSE_CLOSE.matcher(sentence.substring(end)).lookingAt()) {
            return java.util.Optional.empty();
        }
        String before = sentence.substring(Math.max(0, m.start() - CONTEXT_CHARS), m.start());
        Matcher verb = DEMAND_BEFORE.matcher(before);
        if (!verb.find()) {
            // the qualifier's negation may stand between the verb and the figure: "would not accept less than 7%"
            Matcher negated = NEGATED_TAIL.matcher(before);
            if (!negated.find() || !DEMAND_BEFORE.matcher(before.substring(0, negated.start())).find()) {
                return java.util.Optional.empty();
            }
            verb = DEMAND_BEFORE.matcher(before.substring(0, negated.start()));
            verb.find();
        }
        String key = verb.group("offer") != null ? "percent offer" : "percent demand";
        return java.util.Optional.of(new QuantitySpan(offset + m.start(), offset + end, index,
                sentence.substring(m.start(), end), value, qualifier(sentence, m), "", key, value,
                QuantitySpan.Kind.AMOUNT));
    }

    /**
     * The figures of a kind no count is (null when the number is none of them): a position ("the 89th minute"), a
     * length of time with what it is of ("six years in prison") and a birth year ("born in 1941").
     */
    private static java.util.Optional<QuantitySpan> otherKind(String sentence, Matcher m, double value, int offset,
                                                              int index) {
        String num = m.group("num");
        if (m.group("cur") != null || m.group("pct") != null || m.group("speed") != null || m.group("mag") != null
                || m.group("short") != null || m.group("times") != null) {
            return java.util.Optional.empty();
        }
        String before = sentence.substring(Math.max(0, m.start() - CONTEXT_CHARS), m.start());
        String after = sentence.substring(m.end("num"), Math.min(sentence.length(), m.end("num") + CONTEXT_CHARS));
        int start = m.start("num");
        if (MONTH_BEFORE.matcher(before).find() || isScoreOrRange(before, after)) {
            return java.util.Optional.empty();
        }
        Matcher ordinal = ORDINAL_AFTER.matcher(after);
        if (Character.isDigit(num.charAt(0)) && ordinal.find()) {
            String noun = ordinal.group("noun").toLowerCase(Locale.ROOT);
            if (PHRASE_END.contains(noun) || MONTH_BEFORE.matcher(noun).lookingAt()) {
                return java.util.Optional.empty();
            }
            int end = m.end("num") + ordinal.end();
            return java.util.Optional.of(new QuantitySpan(offset + start, offset + end, index,
                    sentence.substring(start, end), value, Qualifier.EXACT, ordinal.group("noun"),
                    ORDINAL + new PorterStemmer().stem(noun), value, QuantitySpan.Kind.ORDINAL));
        }
        if (num.matches("1[89]\\d\\d|20\\d\\d") && BORN_BEFORE.matcher(before).find()) {
            return java.util.Optional.of(new QuantitySpan(offset + start, offset + m.end("num"), index, num, value,
                    Qualifier.EXACT, "", BORN, value, QuantitySpan.Kind.BIRTH_YEAR));
        }
        Matcher duration = DURATION_AFTER.matcher(after);
        if (duration.find() && !PHRASE_END.contains(duration.group("object").toLowerCase(Locale.ROOT))
                && !LIST_BEFORE.matcher(before).find()) {
            String unit = duration.group("unit").toLowerCase(Locale.ROOT);
            String key = DURATION + (unit.endsWith("s") ? unit.substring(0, unit.length() - 1) : unit) + " "
                    + duration.group("link").toLowerCase(Locale.ROOT) + " "
                    + new PorterStemmer().stem(duration.group("object").toLowerCase(Locale.ROOT));
            int qualified = m.group("qual") != null ? m.start() : start;
            int end = m.end("num") + duration.end("unit");
            return java.util.Optional.of(new QuantitySpan(offset + qualified, offset + end, index,
                    sentence.substring(qualified, end), value, qualifier(sentence, m),
                    after.substring(duration.start("unit"), duration.end("object")), key, value,
                    QuantitySpan.Kind.DURATION));
        }
        return java.util.Optional.empty();
    }

    /**
     * A speed, keyed by what moved and the unit ("gusts of up to 90mph", "Highest gust: 88mph": "speed gust mph"):
     * speeds in two units never compare, as no rounding of a conversion is known. One that names nothing moving
     * before it ("travelling at 95mph") is left out: a story has many.
     */
    private static java.util.Optional<QuantitySpan> speed(String sentence, Matcher m, double value, int offset,
                                                          int index) {
        String before = sentence.substring(Math.max(0, m.start() - CONTEXT_CHARS), m.start());
        Matcher subject = SPEED_SUBJECT.matcher(before);
        if (!subject.find() || PHRASE_END.contains(subject.group("noun").toLowerCase(Locale.ROOT))) {
            return java.util.Optional.empty();
        }
        String unit = m.group("speed").strip().toLowerCase(Locale.ROOT).equals("mph") ? "mph" : "km/h";
        String key = "speed " + new PorterStemmer().stem(subject.group("noun").toLowerCase(Locale.ROOT)) + " " + unit;
        int end = m.end("speed");
        return java.util.Optional.of(new QuantitySpan(offset + m.start(), offset + end, index,
                sentence.substring(m.start(), end), value, qualifier(sentence, m), unit, key));
    }

    /** The victims a toll counts, by the harm its words name ("number of people injured"), the dead by default. */
    private static String tollKey(String before) {
        Matcher toll = TOLL_BEFORE.matcher(before);
        if (!toll.find()) {
            return null;
        }
        String harm = firstHarm(INJURED.matcher(toll.group()), KILLED.matcher(toll.group()));
        return harm != null ? harm : "people killed";
    }

    /**
     * What the qualifier of a figure says, turned round by a negation right before it: "would not accept less than 7%",
     * "no fewer than 40 people" give a floor, "not more than 200" and "no more than 200" a ceiling.
     */
    private static Qualifier qualifier(String sentence, Matcher m) {
        Qualifier said = qualifier(m.group("qual"));
        if (m.group("qual") == null || said != Qualifier.AT_MOST && said != Qualifier.AT_LEAST) {
            return said;
        }
        String before = sentence.substring(Math.max(0, m.start() - CONTEXT_CHARS), m.start());
        if (!NEGATION_BEFORE.matcher(before).find()) {
            return said;
        }
        return said == Qualifier.AT_MOST ? Qualifier.AT_LEAST : Qualifier.AT_MOST;
    }

    /** What the qualifier words say about the number ("as few as" stresses it but states it plainly). */
    static Qualifier qualifier(String words) {
        if (words == null) {
            return Qualifier.EXACT;
        }
        return switch (words.toLowerCase(Locale.ROOT)) {
            case "nearly", "almost", "just under" -> Qualifier.NEARLY;
            case "under", "less than", "fewer than", "up to" -> Qualifier.AT_MOST;
            case "about", "around", "roughly", "approximately", "some", "an estimated" -> Qualifier.ABOUT;
            case "more than", "over", "at least", "as many as", "just over" -> Qualifier.AT_LEAST;
            default -> Qualifier.EXACT;
        };
    }

    /** Where the unit phrase ends in the sentence; the phrase joins hyphenated words with spaces. */
    static int unitEnd(Matcher m, String unit) {
        return phraseEnd(m.group("unit"), m.start("unit"), unit);
    }

    /** Where {@code phrase}, read from {@code raw} (which starts at {@code rawStart}), ends. */
    private static int phraseEnd(String raw, int rawStart, String phrase) {
        int from = 0;
        for (String word : phrase.split(" ")) {
            from = raw.indexOf(word, from) + word.length();
        }
        return rawStart + from;
    }

    /**
     * The rest of a model's name and the plural noun after it, when the count's phrase ends in the capitals that open
     * the name ("120,000 Kettlewise KX" of "...KX-200 electric kettles", "50 F" of "50 F-35 jets"); null otherwise.
     */
    private static Matcher modelBeforeNoun(String sentence, Matcher m) {
        if (m.group("unit") == null || !MODEL_CAPITALS.matcher(m.group("unit")).find()) {
            return null;
        }
        Matcher rest = MODEL_REST.matcher(sentence.substring(m.end()));
        return rest.find() && countsPlural(unitPhrase(rest.group("nouns"))) ? rest : null;
    }

    /** True when a counted phrase ends in a plural, as counted things do. */
    private static boolean countsPlural(String unit) {
        String head = unit.substring(unit.lastIndexOf(' ') + 1).toLowerCase(Locale.ROOT);
        return head.length() > 3 && head.endsWith("s") && !head.endsWith("ss") || PLURALS.contains(head);
    }

    private static int endWithoutUnit(Matcher m) {
        return m.group("mag") != null ? m.end("mag") : m.group("short") != null ? m.end("short") : m.end("num");
    }

    private static boolean isNotACount(String sentence, Matcher m) {
        // Every test looks at a few words beside the number: windows keep each check short in a long sentence.
        String before = sentence.substring(Math.max(0, m.start() - CONTEXT_CHARS), m.start());
        String after = sentence.substring(m.end("num"), Math.min(sentence.length(), m.end("num") + CONTEXT_CHARS));
        boolean date = MONTH_BEFORE.matcher(before).find()
                || after.matches("(?is)^\\s*(?:st|nd|rd|th)?\\s*(?:of\\s+)?" + MONTH + ".*");
        // both sides of a clock time: "02" of "02:41" is followed by a colon, "41" follows one
        boolean time = after.startsWith(":") || before.matches("(?s).*\\d:$")
                || after.matches("(?is)^\\s*(?:a\\.m|p\\.m|am\\b|pm\\b).*") || isLiveStamp(before, m.group("num"));
        boolean ordinal = after.matches("(?s)^(?:st|nd|rd|th)\\b.*");
        boolean age = before.endsWith(", ") && after.startsWith(",");
        return date || time || ordinal || age || isScoreOrRange(before, after) || isModelName(before)
                || Character.isLetter(m.group("num").charAt(0))
                && (AMOUNTS.vagueBefore(before) || AMOUNTS.opensShare(sentence.substring(m.start("num"))));
    }

    /**
     * "2358 UN Ban Ki-Moon has given an update": a live page stamps each entry with its time of day, four digits
     * that open the line; a count does not open a sentence in digits.
     */
    private static boolean isLiveStamp(String before, String number) {
        return before.isBlank() && number.matches("(?:[01]\\d|2[0-3])[0-5]\\d");
    }

    /**
     * "the Kettlewise KX-200 electric kettles", "an F-35 jet", "the A-10 aircraft": capitals joined to a number by a
     * hyphen name a model, so the number counts nothing.
     */
    static boolean isModelName(String before) {
        return MODEL_PREFIX.matcher(before).find();
    }

    /** "a 9-6 victory", "10-12 days": one side of a score or range is not a count on its own. */
    static boolean isScoreOrRange(String before, String after) {
        return before.matches("(?s).*\\d[-–]$") || after.matches("(?s)^[-–]\\d.*");
    }

    @Override
    public String harm(String text) {
        return firstHarm(INJURED.matcher(text), KILLED.matcher(text));
    }

    /** "people injured" or "people killed" by whichever cue comes first; null when neither is found. */
    static String firstHarm(Matcher injured, Matcher killed) {
        boolean hurt = injured.find();
        boolean dead = killed.find();
        if (!hurt && !dead) {
            return null;
        }
        return hurt && (!dead || injured.start() < killed.start()) ? "people injured" : "people killed";
    }

    /** English heads end their phrase: "NATO bombing runs" counts runs. */
    @Override
    public String head(String unit) {
        String[] words = unit.split(" ");
        return words[words.length - 1];
    }

    /**
     * The counted noun phrase: up to three words after the number, stopping at function words, and ending at its
     * head: counted things are plural ("air patrols over the coast" ends at "patrols"), else the first word
     * ("14 people overnight").
     */
    private static String unitPhrase(String raw) {
        if (raw == null) {
            return "";
        }
        List<String> words = new ArrayList<>();
        for (String w : raw.strip().split("[\\s-]+")) {
            String lower = w.toLowerCase(Locale.ROOT);
            if (PHRASE_END.contains(lower) || (words.isEmpty() && (NOT_UNITS.contains(lower) || VERBS_AFTER_COUNT.contains(lower)))) {
                break;
            }
            words.add(w);
        }
        int head = 0;
        for (int i = 0; i < words.size(); i++) {
            if (words.get(i).length() > 3 && words.get(i).endsWith("s") && !words.get(i).endsWith("ss")) {
                head = i;
            }
        }
        return words.isEmpty() ? "" : String.join(" ", words.subList(0, head + 1));
    }

    /** Currency names written out: wire copy's "dlrs" and "700 million rubles" are money, not counted things. */
    private static final Set<String> CURRENCIES = Set.of("dollar", "dollars", "dlrs", "ruble", "rubles", "rouble",
            "roubles", "yen", "euro", "euros", "franc", "francs", "yuan", "rupee", "rupees", "peso", "pesos",
            "ringgit", "baht", "shekel", "shekels", "rand", "dinar", "dinars", "lira", "liras", "reals");

    private static boolean isCurrency(String unit) {
        String[] words = unit.split(" ");
        return CURRENCIES.contains(words[words.length - 1].toLowerCase(Locale.ROOT));
    }

    /** The words either side of a figure up to the nearest clause marks. */
    private static String ownClause(String before, String after) {
        return ownClause(before, after, CLAUSE_MARK);
    }

    /** The words either side of a figure up to the nearest of a language's clause marks ({@code marks}). */
    static String ownClause(String before, String after, Pattern marks) {
        Matcher mark = marks.matcher(before);
        int from = 0;
        while (mark.find()) {
            from = mark.end();
        }
        Matcher next = marks.matcher(after);
        return before.substring(from) + " " + after.substring(0, next.find() ? next.start() : after.length());
    }

    /**
     * An amount the sentence gives no purpose for, keyed by the act right before it ("took £240,000", "had taken
     * £236,500": "money act take"; "will spend $3.5m": "money act spend"): two outlets telling the same sum tell it with the
     * same act. Null when no verb stands there ("a £5m scheme", "of £2,000").
     */
    private static String actKey(String before) {
        Matcher word = WORD_BEFORE.matcher(before);
        if (!word.find()) {
            return null;
        }
        String act = word.group("word");
        if (PHRASE_END.contains(act) || NOT_ACTS.contains(act)) {
            return null;
        }
        String stem = IRREGULAR_STEMS.getOrDefault(act, new PorterStemmer().stem(act));
        return MONEY_ACT + SAME_ACTS.getOrDefault(stem, stem);
    }

    /** The normalised key of what is counted, or {@code null} when the number counts nothing nameable. */
    private static String key(String sentence, String unit, boolean money, String before, String after) {
        if (money) {
            if (PER_SHARE.matcher(after).find()) {
                return "money per share";
            }
            if (RAISED.matcher(ownClause(before, after)).find()) {
                return "money raised";
            }
            if (WORTH.matcher(ownClause(before, after)).find()) {
                return "money value";
            }
            Matcher purpose = MONEY_PURPOSE.matcher(sentence);
            return purpose.find() ? "money " + purpose.group(1).toLowerCase(Locale.ROOT) : actKey(before);
        }
        if (unit.isEmpty()) {
            return null;
        }
        String[] words = unit.split(" ");
        String head = new PorterStemmer().stem(words[words.length - 1].toLowerCase(Locale.ROOT).replace("’", "'"));
        String key = CROWD_STEMS.contains(head) ? CROWD : SYNONYMS.getOrDefault(head, head);
        if (key.equals("people")) {
            String harm = CountHarm.of(sentence, before, after);
            return harm != null ? harm : key;
        }
        return key;
    }
}
