package dev.storybrief.clean;

import dev.storybrief.model.Words;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A page that is no article but the site speaking to its reader: a notice a crawler kept where the article failed to
 * load ("You must log in to continue", "We're sorry, but this page is not available", "We've detected that
 * JavaScript is disabled in your browser"), an embedded post's fallback ("You can add location information to your
 * posts ..."), a subscribe box, a site's terms of use, an archive's note on how its crawls were made, an advert
 * ("What if you have a critical system on your premises? ... we can detect fires"), a weather widget. Such a page is
 * built in recognisable ways: it is short, it addresses the reader ("you", "your", "please", "sign up", "learn
 * more") or the site speaks of itself ("this page", "these crawls", "our newsletter", "we"), it describes the site
 * or its form (pages, links, the browser, accounts, cookies, archives, web collections), and no sentence of it tells
 * a third party's act: nobody "said", "told" or "announced" anything, nothing happened on a named day, no one did
 * anything in the past tense. A report, however short (a two-sentence wire brief, a live blog's entry, a correction
 * note), tells someone's act, and a weather report says who forecast what; a widget's forecast lines ("High 58F.
 * Winds ENE at 10 to 20 mph.") tell nothing of the kind.
 *
 * <p>English only: the words that address a reader and describe a site are listed for English, and a page in
 * another language is never marked (a missed mark costs what no mark costs; a wrong one hides a report).
 */
final class SiteNotices {
    /** Longer than this, a page is an article or a page of several things, never a lone notice. */
    private static final int MAX_WORDS = 160;
    /** A sentence of fewer words is a label or a button ("Notice", "Learn more", "Yes"), no sentence to weigh. */
    private static final int SENTENCE_WORDS = 3;
    /** The reader addressed, or the site speaking of itself or as "we" (not "us", which is also "US"). */
    private static final Pattern ADDRESSED = Pattern.compile("(?i)\\b(?:you|your|yours|you're|you've|you'll|youre"
            + "|please|we|we're|we've|we'll|our|contact us)\\b"
            + "|(?i)^(?:learn more|sign (?:up|in)|log ?in|subscribe|click|tap|try|check|visit|follow|register|download"
            + "|read more|find out|get|join|enter|continue)\\b"
            + "|(?i)\\b(?:this|these|that) (?:page|pages|site|website|web ?site|domain|collection|collections|crawl"
            + "|crawls|captures?|archive|content|material|service|app|form|newsletter|video|widget|feature)\\b");
    /** Words that describe a site, its form or its reader's tools (not words news also uses: "content", "play"). */
    private static final Pattern SITE = Pattern.compile("(?i)\\b(?:web ?page|web ?site|website|webpage|web|page|pages"
            + "|site|sites|domain|browser|javascript|cookies?|log ?in|logged|sign(?:ed)? (?:in|up)|account|password"
            + "|subscribe|subscription|subscribers?|newsletter|e-?mails?|inbox|alerts?|notifications?|tweets?"
            + "|location (?:information|history)|privacy|terms of (?:use|service)|copyright|dns|ip address|url|urls"
            + "|links?|(?:web|e-?mail) address|search (?:box|bar|feature)|click|download|app|apps|crawl|crawls"
            + "|crawled|crawler|wayback|archive|archived|archives|web (?:collections?|captures?|content)|captures?"
            + "|collections?|warc|embargo|general public|settings|cache)\\b|https?://|www\\.");
    /** English words no other language storybrief reads writes: a notice's words are listed for English only. */
    private static final java.util.Set<String> ENGLISH = java.util.Set.of("the", "you", "your", "is", "are", "of", "and",
            "to", "this", "with", "for", "or", "be", "can", "we", "our", "that", "it", "what", "if", "at", "from");
    /** The share of a text's words {@link #ENGLISH} holds at least, for the text to be read as English. */
    private static final double ENGLISH_SHARE = 0.08;
    /** A verb telling that someone spoke: the mark of a report (its "-ed" forms are {@link #PAST}'s). */
    private static final Pattern SAYING = Pattern.compile("(?i)\\b(?:said|says|say|told|tells|reports|announces"
            + "|confirms|claims|states|denies|warns|according to)\\b");
    /** A named day, the mark of an act told: a weekday, yesterday, a month's day. */
    private static final Pattern DAY = Pattern.compile("(?i)\\b(?:monday|tuesday|wednesday|thursday|friday|saturday"
            + "|sunday|yesterday|last (?:week|month|year|night))\\b|\\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct"
            + "|nov|dec)[a-z]*\\.? \\d{1,2}\\b|\\b\\d{1,2} (?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\b");
    /**
     * A verb telling an act in the past: a regular one's "-ed" (its stem at least three letters) or a common irregular
     * one ("crashed", "shot", "fled"). Not a participle that describes a state or a thing: after "is", "was", "have" or
     * "'ve" ("JavaScript is disabled", "the address may have changed", "we've detected"), after a pronoun in the
     * site's talk ("the page you requested"), after an article, "these" or a preposition ("these archived pages",
     * "crawls of supported sites"), after "or" or
     * "and" that join it to such a participle ("is changed or removed"), or before "by" or "with" ("curated by",
     * "the files associated with this crawl").
     */
    private static final Pattern PAST = Pattern.compile("(?i)(?<!\\b(?:is|are|was|were|be|been|being|get|gets|got"
            + "|has|have|had|'ve|’ve|you|we|i|they|the|a|an|these|those|this|our|your|its|of|for|in|on|to|from|at"
            + "|with) )(?<!ed or |ed and |en or "
            + "|en and )\\b(?:\\p{L}{3,}ed|shot|fled|fell|rose|won|lost|met|began|broke|struck|went|came|took|gave|sent"
            + "|held|fought|threw|wrote|spoke|stole|swore|used|died|dies|kills|wins|loses|hits|strikes|crashes|resigns)\\b"
            + "(?! (?:by|with)\\b)");
    /** Words of a correction note: it tells what an article got wrong, the outlet's own act, and is kept. */
    private static final Pattern CORRECTION = Pattern.compile("(?i)\\b(?:correct(?:ed|ion|s)?|earlier version"
            + "|misstated|misspelled|misidentified|incorrectly|clarification)\\b");
    /** A forecast line of a weather widget: a day's high or low, the wind, the chance of rain. */
    private static final Pattern FORECAST = Pattern.compile("(?i)\\b(?:high|low)s? (?:near |around |of )?-?\\d{1,3}"
            + "\\s?°?\\s?[fc]?\\b|\\bwinds? (?:[nesw]{1,3}|north|south|east|west|light and variable)\\b[^.]{0,30}"
            + "(?:mph|km/h|kph|knots)|\\bchance of (?:rain|snow|showers|precipitation|thunderstorms)\\b[^.]{0,10}\\d{1,3}\\s?%");
    /** Forecast lines enough to be a widget rather than a sentence that mentions the weather. */
    private static final int FORECAST_LINES = 2;
    /** A sentence's end: a stop, or a stop glued to the next sentence's capital ("the public.For more"). */
    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?…])(?:\\s+|(?=\\p{Lu}))");

    private SiteNotices() {
    }

    /**
     * Why the title and paragraphs are a site's notice to its reader rather than an article, in words for the
     * reader; empty for anything that may be a report.
     */
    static Optional<String> why(String title, List<String> paragraphs) {
        List<String> lines = new ArrayList<>();
        if (title != null && !title.isBlank()) {
            lines.add(title.strip());
        }
        paragraphs.stream().map(String::strip).filter(p -> !p.isEmpty()).forEach(lines::add);
        String all = String.join("\n", lines);
        if (lines.isEmpty() || !Words.atMost(all, MAX_WORDS) || !isMostlyLatin(all)
                || CORRECTION.matcher(all).find()) {
            return Optional.empty();
        }
        List<String> sentences = new ArrayList<>();
        for (String line : lines) {
            for (String sentence : SENTENCE_END.split(line)) {
                if (!sentence.isBlank()) {
                    sentences.add(sentence.strip());
                }
            }
        }
        if (sentences.stream().anyMatch(SiteNotices::tellsAnAct)) {
            return Optional.empty();
        }
        if (FORECAST.matcher(all).results().count() >= FORECAST_LINES) {
            return Optional.of("a weather widget's forecast");
        }
        if (!isEnglish(all)) {
            return Optional.empty();
        }
        int weighed = 0;
        int addressed = 0;
        int site = 0;
        for (String sentence : sentences) {
            if (Words.count(sentence) < SENTENCE_WORDS) {
                continue;
            }
            weighed++;
            boolean speaks = ADDRESSED.matcher(sentence).find();
            boolean describes = SITE.matcher(sentence).find();
            addressed += speaks ? 1 : 0;
            site += speaks || describes ? 1 : 0;
        }
        // addressed to the reader alone is a feature's tone too ("what's best for your wallet"): the site is named
        if (weighed == 0 || site * 2 <= weighed || !SITE.matcher(all).find()) {
            return Optional.empty();
        }
        return Optional.of(addressed > 0 ? "a short text addressed to its reader, telling no one's act"
                : "a short text describing the site, telling no one's act");
    }

    /**
     * Whether a sentence tells a third party's act: someone said something, something happened on a named day, or
     * a verb tells an act in the past.
     */
    private static boolean tellsAnAct(String sentence) {
        return SAYING.matcher(sentence).find() || DAY.matcher(sentence).find() || PAST.matcher(sentence).find();
    }

    /** Whether enough of the words are English ones no other language writes ({@link #ENGLISH}). */
    private static boolean isEnglish(String text) {
        String[] words = text.toLowerCase(java.util.Locale.ROOT).split("[^\\p{L}']+");
        long english = java.util.Arrays.stream(words).filter(ENGLISH::contains).count();
        return words.length > 0 && english >= ENGLISH_SHARE * words.length;
    }

    /** Whether most letters are Latin: the word lists are English, and another script's page is never marked. */
    private static boolean isMostlyLatin(String text) {
        long letters = text.codePoints().filter(Character::isLetter).count();
        long latin = text.codePoints().filter(cp -> Character.isLetter(cp)
                && Character.UnicodeScript.of(cp) == Character.UnicodeScript.LATIN).count();
        return letters > 0 && latin * 10 >= letters * 9;
    }
}
