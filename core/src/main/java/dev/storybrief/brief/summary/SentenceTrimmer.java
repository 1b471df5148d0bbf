package dev.storybrief.brief.summary;

import dev.storybrief.analyze.time.MonthNames;
import dev.storybrief.model.Words;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import java.util.function.ToIntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Shortens a summary sentence by deleting parts that cost words without telling a reader of the whole story
 * anything: a closing attribution ("..., the ministry said Friday."), relative weekdays ("on Wednesday", which
 * Wednesday is unclear once sentences of several days sit side by side), short parentheticals and opening
 * connectives ("Meanwhile, "). The trimmer only deletes: what is left is the source sentence's own words, in order,
 * with at most the first letter capitalised. Quotations are never cut, and a sentence that quotes someone keeps its
 * attribution, so every quote keeps its speaker. The verbatim sentence stays in the summary beside the trimmed one.
 *
 * <p>Trimming follows sentence-trimming rules of DUC-era summarizers (CLASSY's removal of attributions, leading
 * adverbials and parentheticals); on DUC 2004 it is worth about 0.5 ROUGE-1 and 0.4 ROUGE-2 points at 100 words
 * (docs/BENCHMARKS.md).
 */
public final class SentenceTrimmer {

    /** One kind of deletion; each can be switched on or off. */
    public enum Rule {
        /** A closing ", X said (Friday)." or ", according to X." without any quotation in the sentence. */
        ATTRIBUTION_TAIL,
        /** "on Wednesday", "late Friday", "said Tuesday": a weekday or "yesterday" that dates nothing on its own. */
        RELATIVE_DAY,
        /** A parenthetical of a few words: "(205-kph)". */
        PARENTHETICAL,
        /**
         * An opening connective or relative time: "Meanwhile, ", "But ", "Last week, ", "On Monday, "; and a contrast
         * set off by commas (", however,", ", though."), which points back at a sentence the summary may not hold.
         */
        OPENING_CONNECTIVE,
        /**
         * "here" after a verb ("met here with", "told reporters here"): it points at the dateline of its article, which
         * cleaning took off and which a summary of several outlets does not show, so the reader cannot tell where.
         */
        RELATIVE_PLACE
    }

    private static final String DAY_NAMES = MonthNames.WEEKDAY;
    private static final String DAY = "(?:" + DAY_NAMES + ")";
    private static final String PART_OF_DAY = "(?: (?:night|morning|afternoon|evening))?";
    private static final String QUOTE_MARKS = "\"“”`«»";
    private static final String NAME = "(?:(?:\\p{Lu}[\\w.'’-]*|of|the|for|and) ){0,5}\\p{Lu}[\\w.'’-]*";
    private static final String NO_QUOTE = "[^,;" + QUOTE_MARKS + "]";
    private static final String TELLS = "(?:said|says|reported|announced|added|told (?:reporters|" + NAME + "))"
            + "(?: (?:on |late |early )?(?:" + DAY_NAMES + "|yesterday|today)" + PART_OF_DAY + ")?";
    private static final String ROLE = "(?:a|an|the) " + NO_QUOTE + "{1,60}";
    /**
     * ", the ministry said Friday." / ", said Jane Doe, a spokeswoman for the ministry." / ", according to X." /
     * ", the operator's chief, Tom Ayr, said Monday." A verb right after a comma has its speaker set off before it:
     * the whole "role, name" (or "name, role") goes with it, or nothing does; cutting from that comma would leave
     * "..., the operator's chief, Tom Ayr." with the name dangling.
     */
    private static final Pattern TAIL = Pattern.compile(",(?! (?:and|but|or|which|who|that|while|as|if|because) )"
            + " (?:(?:[\\w.'’-]+ ){1,6}" + TELLS
            + "|(?:" + ROLE + ", " + NAME + "|" + NAME + ", " + ROLE + "), " + TELLS
            + "|(?:said|says) (?!(?:" + DAY_NAMES + "|yesterday|today)\\b)" + NAME + "(?:, " + ROLE + ")?"
            + "|according to " + NO_QUOTE + "{1,60})"
            + "(?<end>[.!])$");
    /** "on Monday", "early on Monday", "late Friday": "early" and "late" go with the day, never left dangling. */
    private static final Pattern RELATIVE_DAY = Pattern.compile(
            "(?<before>\\b[\\w’']+)? (?<on>(?:late|early) (?:on )?|on )?(?:" + DAY + "|yesterday)" + PART_OF_DAY
                    + "(?=(?<after>[ ,.;:!]|$))");
    /** Words after which the day is the point of the phrase ("from Monday", "as soon as Friday", "last Friday"). */
    private static final Set<String> NEEDS_THE_DAY = Set.of("from", "through", "until", "till", "to", "by", "before",
            "after", "since", "as", "of", "last", "next", "this", "that", "every", "each", "the", "than", "between",
            "and", "or", "for", "about", "around", "is", "was", "be", "on", "late", "early", "at", "in", "no");
    private static final Pattern PARENTHETICAL = Pattern.compile(" \\([^()" + QUOTE_MARKS + "]{1,40}\\)(?=[ ,.;:])");
    private static final Pattern OPENING = Pattern.compile("^(?:(?:However|Meanwhile|Also|Still|Moreover|Furthermore"
            + "|Nevertheless|Separately|Elsewhere|Instead|In addition|At the same time|Earlier|Later|Now|Today"
            + "|(?:Earlier|Later) (?:this|that|last) (?:week|month|year)|(?:Last|This|That) (?:week|weekend|month|year)"
            + "|(?:On |Late |Early )?" + DAY + PART_OF_DAY + "), |(?:But|And) )(?=[\\p{Lu}\\p{Ll}\\d])");
    private static final Pattern SET_OFF_CONTRAST = Pattern.compile(
            ", (?:however|though|nevertheless|nonetheless)(?:,(?= )|(?=[.;!]))");

    /**
     * A day joined to the next by "and", "or", "to" or "through" ("in court Tuesday and Wednesday"): the pair is one
     * span, and cutting its first day leaves "in court and Wednesday".
     */
    private static final Pattern PAIRED_DAY = Pattern.compile(" (?:and|or|to|through|-|–) (?:on )?" + DAY);
    /** "here" after a word; whether the word is a verb is {@link #placesTheVerb}'s call. */
    private static final Pattern HERE = Pattern.compile("(?<word>\\b\\p{Ll}+) here(?=[ ,.;!])(?! and there)");
    /** Past forms of verbs of meeting, coming and telling that do not end in "-ed", and the listeners of a telling. */
    private static final Set<String> PLACED_WORDS = Set.of("met", "said", "told", "spoke", "held", "came", "went",
            "began", "arrived", "says", "reporters", "journalists", "gathered", "landed", "flew", "fought", "stood");

    /** Verbs after which a bare weekday only dates the telling: "said Friday", "announced Tuesday". */
    private static final Pattern TELLING = Pattern.compile("said|says|announced|reported|told|confirmed|added|declared"
            + "|denied|warned|insisted|acknowledged|wrote|stated|implied|argued|claimed|predicted|revealed|urged");
    /** A telling verb right after the day: the day closes the phrase that is the verb's subject. */
    private static final Pattern TELLING_NEXT = Pattern.compile(" (?:" + TELLING.pattern() + ")\\b");
    /** Words that go on after a weekday that only dates the event: "destroyed 80 houses Monday in the ...". */
    private static final Pattern CONTINUES = Pattern.compile(" (?:in|at|to|as|after|when|while|and|with|near|from|for"
            + "|on|that|amid|during|before|because|but|outside|inside)\\b.*");

    /** Fewer words than this are no longer a statement ("And Price?" must not become "Price?"). */
    private static final int MIN_WORDS = 3;

    private final Set<Rule> rules;

    private SentenceTrimmer(Set<Rule> rules) {
        this.rules = rules.isEmpty() ? EnumSet.noneOf(Rule.class) : EnumSet.copyOf(rules);
    }

    /** Every rule. */
    public static SentenceTrimmer standard() {
        return new SentenceTrimmer(EnumSet.allOf(Rule.class));
    }

    /** No rule: sentences stay verbatim. */
    public static SentenceTrimmer none() {
        return new SentenceTrimmer(EnumSet.noneOf(Rule.class));
    }

    /** Only the given rules. */
    public static SentenceTrimmer of(Set<Rule> rules) {
        return new SentenceTrimmer(rules);
    }

    /** This trimmer with one rule switched off. */
    public SentenceTrimmer without(Rule rule) {
        EnumSet<Rule> kept = rules.isEmpty() ? EnumSet.noneOf(Rule.class) : EnumSet.copyOf(rules);
        kept.remove(rule);
        return new SentenceTrimmer(kept);
    }

    /** True when no rule is on, so {@link #trim} returns its input. */
    public boolean isNone() {
        return rules.isEmpty();
    }

    /** The sentence with this trimmer's deletions made; the sentence itself when nothing applies. */
    public String trim(String sentence) {
        String out = sentence;
        if (rules.contains(Rule.OPENING_CONNECTIVE)) {
            out = unlessTooShort(out, dropOpening(dropOpening(out))); // "But meanwhile, ..."
            out = out.indexOf(", ") < 0 ? out : dropOutsideQuotes(out, SET_OFF_CONTRAST);
        }
        if (rules.contains(Rule.ATTRIBUTION_TAIL)) {
            out = unlessTooShort(out, dropTail(out));
        }
        if (rules.contains(Rule.PARENTHETICAL)) {
            out = out.indexOf('(') < 0 ? out : unlessTooShort(out, dropOutsideQuotes(out, PARENTHETICAL));
        }
        if (rules.contains(Rule.RELATIVE_PLACE) && out.contains(" here")) {
            String text = out;
            out = unlessTooShort(out, deleteMatches(text, HERE, m -> placesTheVerb(text, m), m -> m.end("word")));
        }
        if (rules.contains(Rule.RELATIVE_DAY)) {
            out = unlessTooShort(out, dropRelativeDays(out));
        }
        return out;
    }

    private static String unlessTooShort(String before, String after) {
        return Words.count(after) >= MIN_WORDS ? after : before;
    }

    private static String dropOpening(String s) {
        Matcher m = OPENING.matcher(s);
        if (!m.find() || m.end() >= s.length()) {
            return s;
        }
        String rest = s.substring(m.end());
        return Character.toUpperCase(rest.charAt(0)) + rest.substring(1);
    }

    private static String dropTail(String s) {
        if (s.indexOf(',') < 0 || hasQuote(s)) {
            return s;
        }
        Matcher m = TAIL.matcher(s);
        return m.find() ? s.substring(0, m.start()) + m.group("end") : s;
    }

    private static String dropRelativeDays(String s) {
        if (!s.contains("day")) { // every weekday and "yesterday": most sentences need no regex at all
            return s;
        }
        // the word before the day stays; "on"/"late"/"early" go with the day
        return deleteMatches(s, RELATIVE_DAY, m -> removable(s, m), m -> m.end("before"));
    }

    /** True when the "here" follows a verb in the past or a telling's listeners, outside any quotation. */
    private static boolean placesTheVerb(String s, Matcher m) {
        String word = m.group("word");
        return !insideQuote(s, m.start()) && (word.endsWith("ed") && !word.equals("need") || PLACED_WORDS.contains(word));
    }

    private static boolean removable(String s, Matcher m) {
        String before = m.group("before");
        if (before == null || insideQuote(s, m.start())) {
            return false;
        }
        boolean introduced = m.group("on") != null;
        String after = s.substring(m.end());
        if (after.startsWith(",")) {
            return false; // "Friday, Oct. 16", "released on Thursday, two days after": the day carries the clause
        }
        if (PAIRED_DAY.matcher(after).lookingAt()) {
            return false; // "Tuesday and Wednesday": the second day stays, so the first does
        }
        if (TELLING_NEXT.matcher(after).lookingAt()) {
            // "the study published on Wednesday said": the day ends a participle phrase that the telling verb's
            // subject needs whole; "the study published said" is no sentence
            return false;
        }
        if (introduced) {
            return true;
        }
        // "a statement issued Friday." or "as soon as Friday": the day is the point unless it only dates a telling
        // or the sentence goes on past it
        return !NEEDS_THE_DAY.contains(before.toLowerCase(Locale.ROOT))
                && (TELLING.matcher(before).matches() || CONTINUES.matcher(after).matches());
    }

    private static String dropOutsideQuotes(String s, Pattern pattern) {
        return deleteMatches(s, pattern, m -> !insideQuote(s, m.start()), Matcher::start);
    }

    /** {@code s} without the matches of {@code pattern} that {@code deletable} accepts, each cut from {@code from}. */
    private static String deleteMatches(String s, Pattern pattern, Predicate<Matcher> deletable,
                                        ToIntFunction<Matcher> from) {
        StringBuilder out = new StringBuilder();
        Matcher m = pattern.matcher(s);
        int copied = 0;
        while (m.find()) {
            if (deletable.test(m)) {
                out.append(s, copied, from.applyAsInt(m));
                copied = m.end();
            }
        }
        out.append(s, copied, s.length());
        return out.toString();
    }

    private static boolean hasQuote(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (QUOTE_MARKS.indexOf(s.charAt(i)) >= 0 || s.startsWith("''", i)) {
                return true;
            }
        }
        return false;
    }

    /** True when an odd number of quote marks opens before {@code at}: the position is inside someone's words. */
    static boolean insideQuote(String s, int at) {
        int open = 0;
        for (int i = 0; i < at; i++) {
            char c = s.charAt(i);
            if (c == '“' || c == '«' || (c == '`' && i + 1 < s.length() && s.charAt(i + 1) == '`')) {
                open++;
                i += c == '`' ? 1 : 0;
            } else if (c == '”' || c == '»' || (c == '\'' && i + 1 < s.length() && s.charAt(i + 1) == '\'')) {
                open = Math.max(0, open - 1);
                i += c == '\'' ? 1 : 0;
            } else if (c == '"') {
                open = open > 0 ? open - 1 : 1;
            }
        }
        return open > 0;
    }
}
