package dev.storybrief.analyze.time;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Guesses whether the words around a temporal expression point before or after the article date.
 *
 * <p>No tagger is available, so this looks for cue words: auxiliaries ("will", "would", "is expected", an infinitive
 * "to end") for the future, past-tense verbs ("said", "-ed" forms, a small irregular list) and "ago"/"since" for the
 * past. It reads, in order: the same clause leftwards (up to punctuation or a word opening a subordinate clause),
 * up to eight words rightwards (not past an adverbial subordinator such as "when"), then the rest of the sentence
 * leftwards; the first decisive cue wins. An infinitive after a plural noun ("celebrations to mark") is no future
 * cue. A future cue in the past perfect ("had been due to expire") is a plan that is over, so it counts as past.
 * Two infinitives give way to a past verb: one after the date that tells the purpose of the past event before it
 * ("defeated the Indians on Tuesday night to advance"), and one that tells the purpose or result of a past act
 * earlier in its clause ("forced him to cut short his visit on Monday", "beat Rovers 3-1 to win the Cup on
 * Saturday"), unless a plan word or a modal governs it ("is to", "set to", "plans to", "will"); neither when the
 * date sets a deadline ("until January 6"). A deadline after a verb
 * that moves an end later ("extended its deadline until Tuesday") lies ahead, unless told in the past perfect.
 */
final class TenseCues {

    private static final Pattern TOKEN = Pattern.compile("\\p{L}[\\p{L}'’-]*|\\d+|[,;:()\\u2013\\u2014]");
    private static final int RIGHT_WINDOW = 8;

    private static final Set<String> FUTURE = Set.of("will", "shall", "would", "expected", "scheduled", "due", "plans",
            "plan", "intends", "upcoming", "next", "tomorrow", "ahead", "effective", "payable", "expire", "expires",
            "expects", "anticipates", "foresees", "predicts", "envisages", "envisions");
    /**
     * Present verbs of expectation with a plural or first-person subject ("Analysts expect a rebound in June"): what
     * is expected lies ahead, as with "expects"; after "did" ("did not expect the attack in May") the expecting is
     * over and these decide nothing.
     */
    private static final Set<String> EXPECTING_PLURAL = Set.of("expect", "anticipate", "foresee", "predict");
    private static final Set<String> PAST = Set.of("said", "told", "was", "were", "had", "did", "went", "came", "took",
            "made", "gave", "met", "began", "saw", "left", "held", "won", "lost", "fell", "rose", "fled", "led", "sent",
            "spoke", "wrote", "found", "became", "brought", "thought", "kept", "struck", "overthrew", "flew", "ago",
            "since", "yesterday", "last", "earlier", "previously", "killed", "ran", "broke", "hit", "paid", "sought");
    /**
     * Irregular past forms that are no present form of another verb ("beat", "bent", "read" are left out); read only
     * when written in lower case, since several are also names ("Drew", "Hung").
     */
    private static final Set<String> IRREGULAR_PAST = Set.of("drew", "withdrew", "shot", "spent", "bought", "caught",
            "fought", "sold", "stood", "understood", "threw", "knew", "grew", "drove", "chose", "heard", "meant", "built",
            "taught", "stole", "swore", "wore", "woke", "rode", "rang", "sang", "sank", "shook", "undertook", "oversaw",
            "upheld", "withheld", "dealt", "felt", "hid", "blew", "hung", "stuck", "swept", "slept", "forgot", "got",
            "sat", "laid", "lent", "arose", "froze", "swam", "slid", "bled", "sped");
    /**
     * Past forms ending in "-eed", which the "-ed" rule leaves out for the many present forms so spelt ("need",
     * "proceed", "exceed"): "Society Corp. agreed in June to buy Trustcorp" is a June gone by.
     */
    private static final Set<String> PAST_IN_EED = Set.of("agreed", "disagreed", "decreed", "guaranteed", "freed",
            "refereed");
    private static final Set<String> REPORTING = Set.of("said", "told", "announced", "reported", "stated", "added",
            "declared", "noted", "wrote", "warned", "predicted", "forecast", "promised", "pledged", "planned");
    /** Verbs whose object is a coming event: "warned of more rain on Thursday". */
    private static final Set<String> FORECASTING = Set.of("warned", "forecast", "forecasted", "predicted");
    /**
     * Past verbs of planning whose direct object is the event planned: "Protesters planned a large demonstration on
     * Saturday" ("organized a march on Wednesday" is mostly a march held, so it is left out). Read as {@link #FORECASTING} only with the object right after them: "a memorial service planned for
     * Saturday was canceled" is a participle, and its clause's own verb tells the time.
     */
    private static final Set<String> PLANNING = Set.of("planned");
    /** Words that open the direct object of a planning verb ("planned a rally", "organized their first march"). */
    private static final Set<String> PLANNED_OBJECT_STARTS = Set.of("a", "an", "the", "their", "its", "his", "her",
            "another", "more", "new");
    /** Stems of verbs that move an end later: "extended until", "postponed until", "delays ... through". */
    private static final List<String> MOVED_LATER = List.of("extend", "postpon", "delay", "defer");
    /** How far back from a deadline preposition such a verb is looked for, in tokens. */
    private static final int MOVED_LATER_WINDOW = 12;
    private static final Set<String> DATE_OBJECT_PREPOSITIONS = Set.of("in", "during");
    /**
     * How far back from "in" a past event verb with its object is looked for, in tokens ("changed from a fiscal year
     * to a calendar year in").
     */
    private static final int EVENT_OBJECT_WINDOW = 10;
    /** Past cues of {@link #PAST} that are no verb, so no event the date could belong to ("agreed last week"). */
    private static final Set<String> PAST_ADVERBS = Set.of("ago", "since", "yesterday", "last", "earlier",
            "previously");
    /** Present verbs that end the walk back to a past event verb: "the merger agreed last week takes effect in". */
    private static final Set<String> PRESENT_VERBS = Set.of("take", "takes", "has", "have", "does", "do", "comes",
            "come", "goes", "go", "makes", "make", "gets", "get");
    private static final Set<String> DEADLINE_PREPOSITIONS = Set.of("until", "till", "by", "through", "before");
    /** Words that open a counted object ("more than 8,000 people", "hundreds of families"). */
    private static final Set<String> COUNT_STARTS = Set.of("more", "about", "some", "nearly", "almost", "around",
            "over", "hundreds", "thousands", "dozens", "tens", "several");
    /** How far back from an infinitive the past act whose purpose it tells is looked for, in tokens. */
    private static final int PURPOSE_WINDOW = 10;
    /**
     * Words right before "to" that make the infinitive a plan or a prospect: "set to", "poised to", "hoping to",
     * "about to", "is expected to", "is due to", "is slated to", "plans to", "aims to". What is expected or planned
     * lies ahead of the telling, so neither an earlier past act nor a past participle used as an adjective after the
     * infinitive ("to reach the stranded tanker on Wednesday") tells its time.
     */
    private static final Set<String> PLAN_GOVERNORS = Set.of("set", "poised", "going", "likely", "about", "ready",
            "bound", "able", "hoping", "seeking", "planning", "preparing", "want", "hope", "aim", "seek", "intend",
            "try", "wish", "need", "have", "has", "ought", "hoped", "planned", "wanted", "intended", "aimed",
            "expected", "promised", "vowed", "pledged", "agreed", "due", "scheduled", "slated", "plans", "aims",
            "intends", "expects", "hopes", "wants", "seeks", "promises", "vows", "pledges", "prepares", "plan", "expect",
            "prepare", "promise", "vow", "pledge");
    /**
     * Past forms of verbs of intention, whose infinitive is what was intended, still ahead of the telling: "it hoped to
     * run a full timetable from Thursday morning" ("to" after another past verb is a preposition: "went to Brussels").
     * Told in the past perfect ("had hoped to") the intention is over.
     */
    private static final Set<String> INTENDED = Set.of("hoped", "planned", "wanted", "intended", "aimed", "expected",
            "promised", "vowed", "pledged", "agreed", "slated");
    /** Modals and present forms of "be" between a past act and "to": "must beat Rovers to win", "is to play". */
    /** Words that make the "beat" after them present or planned. */
    private static final Set<String> MODALS_BEFORE_BEAT = Set.of("to", "cannot", "can't", "won't", "didn't", "did",
            "not", "they", "we", "you", "i");
    private static final Set<String> PURPOSE_STOPS = Set.of("must", "can", "could", "should", "may", "might",
            "need", "needs", "is", "are", "am", "and", "or", "but");
    private static final Set<String> OBJECT_STARTS = Set.of("him", "her", "them", "us", "it", "me", "the", "his",
            "their", "its");
    private static final Set<String> NOT_PAST_ED = Set.of("expected", "scheduled", "hundred", "sacred", "naked",
            "wicked", "kindred", "rugged", "armed", "united", "related", "based", "concerned", "interested", "needed");
    private static final Set<String> VERBS_TAKING_INFINITIVE = Set.of("wants", "plans", "hopes", "seeks", "aims",
            "needs", "promises", "vows", "threatens", "decides", "agrees", "votes", "expects", "tries", "refuses",
            "offers", "asks", "urges", "continues", "begins", "starts", "means", "prepares", "appears", "seems",
            "intends", "pledges", "proposes", "moves", "goes", "wishes", "chooses", "fails", "helps", "tends",
            "struggles", "works", "waits", "calls", "tells", "allows", "forces");
    private static final Set<String> SUBORDINATORS = Set.of("that", "which", "who", "whom", "whose", "because",
            "although", "though", "while", "whether", "if");
    private static final Set<String> ADVERBIAL_SUBORDINATORS = Set.of("when", "while", "because", "although",
            "though", "whether", "if", "unless", "whereas");
    private static final Set<String> TEMPORAL_PREPOSITIONS = Set.of("after", "before", "since", "following");
    private static final Set<String> ASIDE_OPENERS = Set.of("with", "amid", "despite", "after", "before", "during",
            "following", "like", "unlike", "in");
    private static final Pattern COUNT = Pattern.compile("(?:" + NumberWords.PATTERN + ")");
    private static final Set<String> TIME_UNITS = Set.of("day", "days", "week", "weeks", "month", "months", "year",
            "years", "hour", "hours");
    private static final Set<String> COUNT_RELATIONS = Set.of("after", "before", "later", "earlier");
    /** Modals, after which a verb is its bare form ("will hit", "could hit", "won't hit"). */
    private static final Set<String> MODALS = Set.of("will", "would", "shall", "should", "can", "could", "may",
            "might", "must", "won't", "wouldn't", "can't", "cannot", "couldn't", "shouldn't", "mustn't");
    private static final Set<String> PASSIVE_AUXILIARIES = Set.of("be", "is", "are", "am", "being", "been");
    private static final Set<String> LINKING_VERBS = Set.of("stay", "stays", "remain", "remains", "become", "becomes",
            "get", "gets", "seem", "seems", "look", "looks");
    /**
     * Simple present forms of verbs that news uses for timetabled events ({@link #scheduledPresentBefore}), lower case
     * only: "meets Monday", "opens Friday", "resume Monday".
     */
    private static final Set<String> SCHEDULED_PRESENT = Set.of("meet", "meets", "visit", "visits", "open", "opens",
            "begin", "begins", "start", "starts", "resume", "resumes", "reopen", "reopens", "vote", "votes", "play",
            "plays", "host", "hosts", "travel", "travels", "arrive", "arrives", "depart", "departs", "testify",
            "testifies", "convene", "convenes");
    private static final Set<String> PRESENT_COPULA = Set.of("is", "are");
    /** Words before a noun: after one of these, "offers" or "calls" is a noun, not a verb. */
    private static final Set<String> DETERMINERS = Set.of("the", "its", "their", "his", "her", "our", "my", "your",
            "these", "those", "such");
    private static final Set<String> ATTRIBUTIVE_LEADS = Set.of("a", "an", "the", "its", "their", "his", "her", "our",
            "my", "your");
    private static final Set<String> NOT_INFINITIVE = Set.of("the", "a", "an", "its", "their", "his", "her", "our",
            "my", "your", "this", "that", "these", "those", "some", "all", "any", "date", "more", "about", "around");

    private TenseCues() {
    }

    static Tense around(String sentence, int start, int end) {
        List<Token> tokens = tokens(sentence);
        int firstAfter = 0;
        while (firstAfter < tokens.size() && tokens.get(firstAfter).start < end) {
            firstAfter++;
        }
        int lastBefore = firstAfter - 1;
        while (lastBefore >= 0 && tokens.get(lastBefore).end > start) {
            lastBefore--;
        }
        // "ordered the boy to stay in Miami until January 6": a date that ends a span or sets a deadline is where
        // the order points, so the act's past tense does not reach it
        boolean deadline = lastBefore >= 0 && isDeadlinePreposition(tokens.get(lastBefore).text);
        // "INS extended its deadline until 9 a.m. Tuesday": what is extended or put off ends after the act, and news
        // reports the act within days, so the new end lies ahead of the article whatever tense the act is told in
        if (deadline && movedLaterBefore(tokens, lastBefore)) {
            return Tense.FUTURE;
        }
        Tense tense = scanLeft(tokens, lastBefore, true, !deadline);
        if (tense != Tense.UNKNOWN) {
            return tense;
        }
        if (scheduledPresentBefore(tokens, lastBefore)) {
            return Tense.FUTURE;
        }
        Tense right = scanRight(tokens, firstAfter);
        Tense wholeSentence = scanLeft(tokens, lastBefore, false, !deadline);
        // "the Yankees defeated the Indians, 9-5, in Game 6 on Tuesday night to advance": an infinitive after the
        // date tells the purpose of the past event before it, not a plan; so after a match report's "beat", whose
        // past is spelt as its present ("Arsenal beat Chelsea on Saturday to reach the final")
        if (!deadline && right == Tense.FUTURE && rightCueIsInfinitive(tokens, firstAfter)
                && (wholeSentence == Tense.PAST || pastBeatInClause(tokens, lastBefore))) {
            return Tense.PAST;
        }
        return right != Tense.UNKNOWN ? right : wholeSentence;
    }

    /**
     * True for a preposition that makes the date after it a deadline or the end of a span ("until January 6", "by
     * year-end"): such a date is where an order or a plan points, whatever tense the clause shows.
     */
    static boolean isDeadlinePreposition(String lowerCaseWord) {
        return DEADLINE_PREPOSITIONS.contains(lowerCaseWord);
    }

    /**
     * True when the clause before the deadline preposition at {@code preposition} holds a verb that moves an end
     * later ("extended", "postponed", "delayed", "deferred"), not in the past perfect ("had been extended until
     * Friday" is an extension already over).
     */
    private static boolean movedLaterBefore(List<Token> tokens, int preposition) {
        for (int i = preposition - 1; i >= Math.max(0, preposition - MOVED_LATER_WINDOW); i--) {
            Token token = tokens.get(i);
            if (token.isPunctuation() || token.opensClause()) {
                return false;
            }
            String word = token.text.toLowerCase(Locale.ROOT);
            if (MOVED_LATER.stream().anyMatch(word::startsWith) && Character.isLowerCase(token.text.charAt(0))) {
                return !isSupersededPlan(tokens, i);
            }
        }
        return false;
    }

    /**
     * True when the date is the object of "in" or "during" after a past-tense event verb, right after it or after its
     * object: "was arrested in January", "fought during March", "changed from a fiscal year to a calendar year in
     * December". The verb's tense is then the date's own, strong enough to overrule the nearest month; a reporting
     * verb ("said in January that ...") is left out, since the date may belong to what was said, and so is a verb
     * beyond an infinitive, a future cue or a clause boundary ("agreed to sell the unit in December" is a sale ahead).
     */
    static boolean pastEventVerbBefore(String sentence, int start) {
        List<Token> tokens = tokens(sentence.substring(0, start));
        int preposition = tokens.size() - 1;
        if (preposition < 1 || !DATE_OBJECT_PREPOSITIONS.contains(tokens.get(preposition).text)) {
            return false;
        }
        for (int i = preposition - 1; i >= Math.max(0, preposition - EVENT_OBJECT_WINDOW); i--) {
            Token token = tokens.get(i);
            String word = token.text.toLowerCase(Locale.ROOT);
            if (token.isPunctuation() || token.opensClause() || isInfinitiveMarker(tokens, i) || FUTURE.contains(word)
                    || PASSIVE_AUXILIARIES.contains(word) || PRESENT_VERBS.contains(word)
                    || SCHEDULED_PRESENT.contains(word) || VERBS_TAKING_INFINITIVE.contains(word)
                    || LINKING_VERBS.contains(word)) {
                return false;
            }
            if (isPastForm(token.text) && !PAST_ADVERBS.contains(word)
                    && !(i < preposition - 1 && isAttributive(tokens, i))) {
                boolean afterAuxiliary = i >= 1
                        && PASSIVE_AUXILIARIES.contains(tokens.get(i - 1).text.toLowerCase(Locale.ROOT));
                return !REPORTING.contains(token.text) && !afterAuxiliary;
            }
        }
        return false;
    }

    private static Tense scanLeft(List<Token> tokens, int from, boolean stopAtClause, boolean actsReach) {
        boolean crossed = false;
        // "would be paid on a still unspecified date in January": an "-ed" adjective is weaker evidence than the
        // clause's finite verb further left, so it decides only when no finite verb does
        Tense adjective = Tense.UNKNOWN;
        for (int i = from; i >= 0; i--) {
            // a clause ends at punctuation and at the word that opens a subordinate clause ("an order that Elian
            // remain until March 6"): the main verb's tense is not the tense of the clause holding the date
            if (tokens.get(i).isPunctuation() || tokens.get(i).opensClause()) {
                if (stopAtClause) {
                    return adjective;
                }
                crossed = true;
                continue;
            }
            // beyond the date's own clause, or its own "after"/"before" phrase, the main clause's finite verb tells
            // the time: "put off a vote to ratify the accord after a suicide bombing Friday" is no plan for Friday
            if (crossed && isInfinitiveMarker(tokens, i)) {
                continue;
            }
            // "forced him to cut short his visit on Monday": what a past act set going is told in its time
            if (actsReach && isInfinitiveMarker(tokens, i) && purposeOfPastAct(tokens, i)) {
                return Tense.PAST;
            }
            // "not to return home before Tuesday": a "before" that governs the date itself sets a deadline and opens
            // no phrase of another event, so the infinitive before it still tells the date's time
            crossed |= TEMPORAL_PREPOSITIONS.contains(tokens.get(i).text.toLowerCase(Locale.ROOT)) && i != from;
            Tense tense = classify(tokens, i);
            if (tense == Tense.PAST && isAttributive(tokens, i)) {
                adjective = Tense.PAST;
            } else if (adjective != Tense.UNKNOWN && isInfinitiveMarker(tokens, i)) {
                // past the adjective, only a finite verb outranks it: an infinitive ("to visit the wounded") is none,
                // unless a verb of expectation or plan governs it ("are expected to reach the stranded tanker on
                // Wednesday"): then the plan's own time decides (ahead, or over in the past perfect)
                return PLAN_GOVERNORS.contains(wordBeforeAdverbs(tokens, i)) ? tense : adjective;
            } else if (tense == Tense.PAST && !crossed && forecastsWhatFollows(tokens, i, from)) {
                return Tense.FUTURE;
            } else if (tense != Tense.UNKNOWN) {
                return tense;
            }
        }
        return adjective;
    }

    /**
     * True when the past verb at {@code verb} forecasts or plans the thing the date belongs to ("warned of more rain on
     * Thursday", "forecast heavy snow for Friday", "planned a march on Saturday"): news reports a warning or a plan
     * while it is fresh, so what it warns of or plans lies ahead of the report. Not when the date follows the verb
     * directly ("warned on Thursday", the warning's own day) or the warning is told in the past perfect ("had forecast
     * rain for Monday", "had planned a rally on Saturday": a forecast or plan whose day is over).
     */
    private static boolean forecastsWhatFollows(List<Token> tokens, int verb, int lastBeforeDate) {
        String word = tokens.get(verb).text;
        boolean pastPerfect = verb > 0 && tokens.get(verb - 1).text.equalsIgnoreCase("had");
        boolean plansAnEvent = PLANNING.contains(word) && verb + 1 < tokens.size()
                && PLANNED_OBJECT_STARTS.contains(tokens.get(verb + 1).text.toLowerCase(Locale.ROOT));
        return (FORECASTING.contains(word) || plansAnEvent) && !pastPerfect && lastBeforeDate - verb >= 2;
    }

    /**
     * True for a regular "-ed" form after an article or a possessive ("a still unspecified date", "its revised
     * schedule"): an adjective qualifying the noun after it, not the clause's finite verb.
     */
    private static boolean isAttributive(List<Token> tokens, int index) {
        String word = tokens.get(index).text.toLowerCase(Locale.ROOT);
        return ATTRIBUTIVE_LEADS.contains(wordBeforeAdverbs(tokens, index)) && !IRREGULAR_PAST.contains(word)
                && !PAST.contains(word);
    }

    private static Tense scanRight(List<Token> tokens, int from) {
        int words = 0;
        for (int i = afterAside(tokens, from); i < tokens.size() && words < RIGHT_WINDOW; i++) {
            if (tokens.get(i).isPunctuation()) {
                continue;
            }
            // "On Friday, when Albright set aside vacation plans": what follows an adverbial subordinator is another
            // clause; what follows "that" is reported speech, whose back-shifted tense still tells the telling's
            if (ADVERBIAL_SUBORDINATORS.contains(tokens.get(i).text.toLowerCase(Locale.ROOT))) {
                return Tense.UNKNOWN;
            }
            words++;
            Tense tense = classify(tokens, i);
            if (tense != Tense.UNKNOWN) {
                return tense;
            }
        }
        return Tense.UNKNOWN;
    }

    /** True when the first decisive cue right of the date is an infinitive marker ("to advance"). */
    private static boolean rightCueIsInfinitive(List<Token> tokens, int from) {
        int words = 0;
        for (int i = afterAside(tokens, from); i < tokens.size() && words < RIGHT_WINDOW; i++) {
            if (tokens.get(i).isPunctuation()) {
                continue;
            }
            words++;
            if (classify(tokens, i) != Tense.UNKNOWN) {
                return isInfinitiveMarker(tokens, i);
            }
        }
        return false;
    }

    /**
     * "In June, with Russia on its way to collapse, Camdessus declared": a phrase opened by a preposition and set off
     * by commas right after the date is an aside; the clause the date opens goes on after it. So is a count that
     * places the date against an event ("In January, a week after the anniversary, a bomb exploded"). The index after
     * the aside's closing comma, or {@code from} when there is none.
     */
    private static int afterAside(List<Token> tokens, int from) {
        boolean opensAside = from + 1 < tokens.size() && tokens.get(from).text.equals(",")
                && (ASIDE_OPENERS.contains(tokens.get(from + 1).text.toLowerCase(Locale.ROOT))
                || isCountAgainstAnEvent(tokens, from + 1));
        if (!opensAside) {
            return from;
        }
        for (int i = from + 2; i < tokens.size(); i++) {
            if (tokens.get(i).text.equals(",")) {
                return i + 1;
            }
            if (tokens.get(i).isPunctuation()) {
                return from;
            }
        }
        return from;
    }

    /** "a week after", "two days before", "three months later": a count of time units placing a date. */
    private static boolean isCountAgainstAnEvent(List<Token> tokens, int index) {
        if (index + 2 >= tokens.size()) {
            return false;
        }
        String count = tokens.get(index).text.toLowerCase(Locale.ROOT);
        String unit = tokens.get(index + 1).text.toLowerCase(Locale.ROOT);
        String relation = tokens.get(index + 2).text.toLowerCase(Locale.ROOT);
        return COUNT.matcher(count).matches() && TIME_UNITS.contains(unit)
                && COUNT_RELATIONS.contains(relation);
    }

    private static Tense classify(List<Token> tokens, int index) {
        String written = tokens.get(index).text;
        String word = written.toLowerCase(Locale.ROOT);
        boolean contractedWill = word.endsWith("'ll") || word.endsWith("’ll") || word.equals("won't")
                || word.equals("won’t");
        if (FUTURE.contains(word) && !isPlanNoun(tokens, index) || contractedWill || isInfinitiveMarker(tokens, index)
                || isTimetabledEffect(tokens, index) || isPresentExpecting(tokens, index)) {
            return isSupersededPlan(tokens, index) ? Tense.PAST : Tense.FUTURE;
        }
        // capitalised "-ed" words are names ("United"), so the suffix rule only applies to lower-case words; a form
        // right after a modal or an infinitive's "to" is the bare verb ("will hit Tuesday", "forecast to hit"),
        // whatever past it is spelt like, so the modal or "to" further left decides
        if (isPastForm(written) && !isBareInfinitive(tokens, index)) {
            // "will be held", "is scheduled": a participle after a present auxiliary decides nothing by itself
            // and so does one after a linking verb ("will stay closed until Friday", "remain shut"), also with an
            // adverb of degree between them ("will stay partly closed", "is temporarily suspended")
            String previous = wordBeforeAdverbs(tokens, index);
            boolean afterAuxiliary = PASSIVE_AUXILIARIES.contains(previous) || LINKING_VERBS.contains(previous);
            return afterAuxiliary ? Tense.UNKNOWN : Tense.PAST;
        }
        return Tense.UNKNOWN;
    }

    /**
     * True when the word at {@code index} follows a modal ("will", "could", "won't") or the "to" of an infinitive,
     * passing over "-ly" adverbs and "not": a verb there is its bare form, never a finite past.
     */
    private static boolean isBareInfinitive(List<Token> tokens, int index) {
        int i = index - 1;
        while (i > 0 && (isLyAdverb(tokens.get(i).text) || tokens.get(i).text.equalsIgnoreCase("not"))) {
            i--;
        }
        if (i < 0) {
            return false;
        }
        String word = tokens.get(i).text.toLowerCase(Locale.ROOT).replace('’', '\'');
        return MODALS.contains(word) || isInfinitiveMarker(tokens, i);
    }

    /**
     * "approved plans for a harbour tunnel on Thursday", "the plan for Monday", "unveiled a plan": "plan" and "plans"
     * after a determiner or as the object of a past verb are the noun, a thing the clause tells of, so its verb, not the
     * noun, gives the date its side ("plans to build", "the council plans a vote" keep the verb's future).
     */
    /** A plural present "expect", "anticipate" not after "did" or "didn't", nor a modal or "to" (which a plan decides). */
    private static boolean isPresentExpecting(List<Token> tokens, int index) {
        if (!EXPECTING_PLURAL.contains(tokens.get(index).text) || isBareInfinitive(tokens, index)) {
            return false;
        }
        int i = index - 1;
        while (i >= 0 && (tokens.get(i).text.equalsIgnoreCase("not") || isLyAdverb(tokens.get(i).text))) {
            i--;
        }
        String before = i < 0 ? "" : tokens.get(i).text.toLowerCase(Locale.ROOT);
        return !before.equals("did") && !before.equals("didn't") && !before.equals("didn’t");
    }

    private static boolean isPlanNoun(List<Token> tokens, int index) {
        String word = tokens.get(index).text.toLowerCase(Locale.ROOT);
        if (!word.equals("plan") && !word.equals("plans") || index < 1) {
            return false;
        }
        String before = tokens.get(index - 1).text;
        String lowerBefore = before.toLowerCase(Locale.ROOT);
        boolean afterPastVerb = isPastForm(before) && !PAST_ADVERBS.contains(lowerBefore)
                && !PASSIVE_AUXILIARIES.contains(lowerBefore) && !lowerBefore.equals("had");
        return afterPastVerb || DETERMINERS.contains(lowerBefore) || ATTRIBUTIVE_LEADS.contains(lowerBefore);
    }

    /**
     * "The ban takes effect at midnight Friday", "the law goes into effect Monday": a rule's start told in the simple
     * present is timetabled, so ahead ("took effect" is past and read so by its verb).
     */
    private static boolean isTimetabledEffect(List<Token> tokens, int index) {
        if (!tokens.get(index).text.equals("effect") || index < 1) {
            return false;
        }
        String before = tokens.get(index - 1).text;
        String twoBefore = index > 1 ? tokens.get(index - 2).text : "";
        return before.equals("takes") || before.equals("take")
                || before.equals("into") && (twoBefore.equals("goes") || twoBefore.equals("go")
                || twoBefore.equals("comes") || twoBefore.equals("come"));
    }

    /**
     * The lower-case word before {@code index}, passing over "-ly" adverbs and "still" ("stay partly closed", "be
     * fully reopened", "a still unspecified date"): they qualify the participle and leave the word before them in
     * charge.
     */
    private static String wordBeforeAdverbs(List<Token> tokens, int index) {
        int i = index - 1;
        while (i > 0 && (isLyAdverb(tokens.get(i).text) || tokens.get(i).text.equals("still"))) {
            i--;
        }
        return i >= 0 ? tokens.get(i).text.toLowerCase(Locale.ROOT) : "";
    }

    private static boolean isLyAdverb(String written) {
        return written.length() > 4 && written.endsWith("ly") && Character.isLowerCase(written.charAt(0));
    }

    /** "had been due to expire Friday", "had been scheduled for Monday": a plan told in the past perfect is over. */
    private static boolean isSupersededPlan(List<Token> tokens, int index) {
        for (int i = index - 1; i >= Math.max(0, index - 5); i--) {
            String word = tokens.get(i).text.toLowerCase(Locale.ROOT);
            if (word.equals("had") || word.equals("'d")) {
                return true;
            }
            if (!word.equals("been") && !word.equals("previously") && !word.equals("originally")
                    && !FUTURE.contains(word) && !word.equals("to")) {
                return false;
            }
        }
        return false;
    }

    /** A past-tense form as written: a listed one in any case, an irregular or "-ed" one only in lower case. */
    private static boolean isPastForm(String written) {
        if (written.isEmpty()) {
            return false;
        }
        String word = written.toLowerCase(Locale.ROOT);
        return PAST.contains(word)
                || Character.isLowerCase(written.charAt(0))
                && (IRREGULAR_PAST.contains(word) || PAST_IN_EED.contains(word) || isRegularPast(word));
    }

    private static boolean isRegularPast(String word) {
        return word.length() >= 4 && word.endsWith("ed") && !word.endsWith("eed") && !NOT_PAST_ED.contains(word);
    }

    /** "to end", "to stay": an infinitive usually describes something still to happen. */
    private static boolean isInfinitiveMarker(List<Token> tokens, int index) {
        if (!tokens.get(index).text.equalsIgnoreCase("to") || index + 1 >= tokens.size()) {
            return false;
        }
        String next = tokens.get(index + 1).text;
        // "to journalists", "to training": plural nouns and gerunds after "to" are not verbs
        boolean nounLike = next.endsWith("ing") || next.endsWith("s") && !next.endsWith("ss");
        // "reopened to traffic", "went to Brussels": after a past-tense verb "to" is a preposition
        String before = index > 0 ? tokens.get(index - 1).text : "";
        String twoBefore = index > 1 ? tokens.get(index - 2).text.toLowerCase(Locale.ROOT) : "";
        boolean afterPastVerb = isPastForm(before) && !(INTENDED.contains(before) && !twoBefore.equals("had"));
        return Character.isLowerCase(next.charAt(0)) && !NOT_INFINITIVE.contains(next) && !nounLike && !afterPastVerb
                && !afterPluralNoun(before, DETERMINERS.contains(twoBefore));
    }

    /**
     * True when the infinitive at {@code index} tells the purpose or the result of a past act earlier in its own
     * clause, so it is told in that act's time: "forced him to cut short his visit on Monday", "forced more than 8,000
     * people to evacuate on Sunday", "beat Rovers 3-1 to win the Cup on Saturday", "arrested two men to question them",
     * "came from behind to win". Only a plan or a modal makes such an infinitive point ahead, and it stands right
     * before "to" or between the act and "to" ("is to", "set to", "plans to", "will ... to", "must beat ... to win"),
     * so the walk stops at either. What a reporting verb tells of ("announced a march to mark ...") may still be to
     * come, so its infinitive stays a plan unless what follows the verb is its object, a pronoun or a count ("told
     * him to leave", "told 300 residents to leave").
     */
    private static boolean purposeOfPastAct(List<Token> tokens, int index) {
        if (PLAN_GOVERNORS.contains(wordBeforeAdverbs(tokens, index))) {
            return false;
        }
        for (int verb = index - 1; verb >= Math.max(0, index - PURPOSE_WINDOW); verb--) {
            Token token = tokens.get(verb);
            // the count's own commas ("8,000 people") are no clause break
            boolean countComma = token.text.equals(",") && verb > 0 && verb + 1 < tokens.size()
                    && Character.isDigit(tokens.get(verb - 1).text.charAt(0))
                    && Character.isDigit(tokens.get(verb + 1).text.charAt(0));
            if (token.isPunctuation() && !countComma || token.opensClause()) {
                return false;
            }
            String word = token.text.toLowerCase(Locale.ROOT);
            if (PURPOSE_STOPS.contains(word) || classify(tokens, verb) == Tense.FUTURE) {
                return false;
            }
            boolean pastAct = classify(tokens, verb) == Tense.PAST && isPastForm(token.text)
                    && !isAttributive(tokens, verb) || isPastBeat(tokens, verb);
            if (pastAct) {
                return !REPORTING.contains(word) || objectFollows(tokens, verb, index);
            }
        }
        return false;
    }

    /**
     * "beat" as the past act of a match report ("Town beat Rovers 3-1 to win"): its present form is the same word,
     * but a present or planned "beat" comes after a modal or "to" ("must beat", "hope to beat"), which this excludes.
     */
    private static boolean isPastBeat(List<Token> tokens, int index) {
        String before = index > 0 ? tokens.get(index - 1).text.toLowerCase(Locale.ROOT) : "";
        return tokens.get(index).text.equals("beat") && !PURPOSE_STOPS.contains(before) && !FUTURE.contains(before)
                && !MODALS_BEFORE_BEAT.contains(before);
    }

    /**
     * True when the date follows a verb of a scheduled event in the simple present, with at most "on" and an adverb
     * between ("Arafat meet separately Monday with Albright", "trading resumes on Monday"): English tells a
     * timetabled event in the simple present, so the day is ahead. A determiner before the word makes it a noun ("his visit on Monday", "the start Monday").
     * So does a present "is"/"are" right before the date ("the final is on Wednesday", "the vote is Friday"): what
     * has happened is told with "was".
     */
    private static boolean scheduledPresentBefore(List<Token> tokens, int lastBefore) {
        int i = lastBefore;
        if (i >= 0 && tokens.get(i).text.equals("on")) {
            i--;
        }
        if (i >= 0 && (isLyAdverb(tokens.get(i).text) || tokens.get(i).text.equals("again"))) {
            i--;
        }
        if (i < 0 || !SCHEDULED_PRESENT.contains(tokens.get(i).text) && !PRESENT_COPULA.contains(tokens.get(i).text)) {
            return false;
        }
        String before = i > 0 ? tokens.get(i - 1).text.toLowerCase(Locale.ROOT) : "";
        return !DETERMINERS.contains(before) && !ATTRIBUTIVE_LEADS.contains(before) && !before.equals("this")
                && !before.equals("that");
    }

    /**
     * True when the sentence before the date, back to a word opening a subordinate clause, holds a past "beat"
     * ({@link #isPastBeat}); commas are passed, as a score is often set off by them ("beat Chelsea, 2-1, on Saturday").
     */
    private static boolean pastBeatInClause(List<Token> tokens, int from) {
        for (int i = from; i >= 0 && !tokens.get(i).opensClause(); i--) {
            if (isPastBeat(tokens, i)) {
                return true;
            }
        }
        return false;
    }

    /** True when right after the verb at {@code verb} stands its object: a pronoun or "the" close by, or a count. */
    private static boolean objectFollows(List<Token> tokens, int verb, int infinitive) {
        String object = tokens.get(verb + 1).text;
        boolean pronounObject = infinitive - verb <= 3 && OBJECT_STARTS.contains(object);
        return pronounObject || Character.isDigit(object.charAt(0))
                || COUNT_STARTS.contains(object.toLowerCase(Locale.ROOT));
    }

    /**
     * "celebrations to mark the entry", "the first countries to accede": an infinitive after a plural noun tells the
     * purpose or kind of that noun, in the time of the main clause, so it decides nothing. Verbs that take an
     * infinitive ("plans to", "wants to") end in -s too and still point ahead, unless a determiner makes them a noun
     * ("extended their offers to acquire the company Friday").
     */
    private static boolean afterPluralNoun(String before, boolean afterDeterminer) {
        String word = before.toLowerCase(Locale.ROOT);
        return word.length() > 3 && word.endsWith("s") && !word.endsWith("ss") && !word.endsWith("'s")
                && Character.isLowerCase(before.charAt(0))
                && (afterDeterminer || !VERBS_TAKING_INFINITIVE.contains(word));
    }

    private static List<Token> tokens(String sentence) {
        List<Token> tokens = new ArrayList<>();
        Matcher matcher = TOKEN.matcher(sentence);
        while (matcher.find()) {
            tokens.add(new Token(matcher.group(), matcher.start(), matcher.end()));
        }
        return tokens;
    }

    private record Token(String text, int start, int end) {
        boolean isPunctuation() {
            return !Character.isLetterOrDigit(text.charAt(0));
        }

        boolean opensClause() {
            return SUBORDINATORS.contains(text.toLowerCase(Locale.ROOT));
        }
    }

    /**
     * True when "since" stands right before a date: the date opens a span that runs up to the telling ("has failed
     * to recruit midwives since January", "shut since Dec. 5"), so it lies on or before the article's day, however
     * near the next such month or day would be.
     */
    static boolean sinceBefore(String sentence, int start) {
        return "since".equalsIgnoreCase(Words.before(sentence, start));
    }

    /**
     * True when "ended" (or "ended on") stands right before a day: "the second quarter ended Oct. 31", "a strike that
     * ended on Nov. 2". News names a closed period by its last day, and what ended has ended by the telling, so the
     * day lies on or before the article's, however near the coming one is ("the quarter ended Oct. 31" in an Oct. 27
     * report is last year's). "Ending" may lie ahead ("the year ending Dec. 31") and is left to the tense.
     */
    static boolean endedBefore(String sentence, int start) {
        String before = Words.before(sentence, start);
        if (before.equalsIgnoreCase("on")) {
            int on = sentence.lastIndexOf(before, start);
            before = on < 0 ? "" : Words.before(sentence, on);
        }
        return before.equals("ended");
    }
}
