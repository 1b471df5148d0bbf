package dev.storybrief.clean;

import dev.storybrief.model.Words;
import dev.storybrief.wording.NoticeWords;
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
 * <p>The words that address a reader, describe a site and tell an act are each language's ({@link NoticeWords}:
 * English, French, German, Spanish, Italian, Portuguese, Dutch, Russian, Arabic, Chinese, Japanese); what they mark is
 * the same in all. A page in a language with no words listed, or told unsurely, is never marked (a missed mark costs
 * what no mark costs; a wrong one hides a report).
 */
final class SiteNotices {
    /** Longer than this, a page is an article or a page of several things, never a lone notice. */
    static final int MAX_WORDS = 160;
    /** A sentence of fewer words is a label or a button ("Notice", "Learn more", "Yes"), no sentence to weigh. */
    private static final int SENTENCE_WORDS = 3;
    /** A forecast line of a weather widget: a day's high or low, the wind, the chance of rain. */
    private static final Pattern FORECAST = Pattern.compile("(?i)\\b(?:high|low)s? (?:near |around |of )?-?\\d{1,3}"
            + "\\s?°?\\s?[fc]?\\b|\\bwinds? (?:[nesw]{1,3}|north|south|east|west|light and variable)\\b[^.]{0,30}"
            + "(?:mph|km/h|kph|knots)|\\bchance of (?:rain|snow|showers|precipitation|thunderstorms)\\b[^.]{0,10}\\d{1,3}\\s?%");
    /** Forecast lines enough to be a widget rather than a sentence that mentions the weather. */
    private static final int FORECAST_LINES = 2;
    /** A sentence's end: a stop, or a stop glued to the next sentence's capital ("the public.For more"). */
    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?…؟])(?:\\s+|(?=\\p{Lu}))|(?<=[。！？])\\s*");

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
        if (lines.isEmpty() || !Words.atMost(all, MAX_WORDS)) {
            return Optional.empty();
        }
        Optional<NoticeWords> language = NoticeWords.of(all);
        // a forecast widget is read in any Latin-script text, its acts by English's words when its language has none
        NoticeWords words = language.orElse(NoticeWords.ENGLISH);
        if (words.correction().matcher(all).find()) {
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
        if (sentences.stream().anyMatch(words::tellsAnAct)) {
            return Optional.empty();
        }
        if (isMostlyLatin(all) && FORECAST.matcher(all).results().count() >= FORECAST_LINES) {
            return Optional.of("a weather widget's forecast");
        }
        if (language.isEmpty()) {
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
            boolean speaks = words.addressed().matcher(sentence).find();
            boolean describes = words.site().matcher(sentence).find();
            addressed += speaks ? 1 : 0;
            site += speaks || describes ? 1 : 0;
        }
        // addressed to the reader alone is a feature's tone too ("what's best for your wallet"): the site is named
        if (weighed == 0 || site * 2 <= weighed || !words.site().matcher(all).find()) {
            return Optional.empty();
        }
        return Optional.of(addressed > 0 ? "a short text addressed to its reader, telling no one's act"
                : "a short text describing the site, telling no one's act");
    }

    /** Whether most letters are Latin: a weather widget's lines are read in Latin-script pages only. */
    private static boolean isMostlyLatin(String text) {
        long letters = text.codePoints().filter(Character::isLetter).count();
        long latin = text.codePoints().filter(cp -> Character.isLetter(cp)
                && Character.UnicodeScript.of(cp) == Character.UnicodeScript.LATIN).count();
        return letters > 0 && latin * 10 >= letters * 9;
    }
}
