package dev.storybrief.analyze.time;

import dev.storybrief.model.TimexType;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decades and centuries, TIMEX3 {@code 199} and {@code 19}: {@code the 1990s}, {@code the late 1970s}, {@code the
 * mid-1980s}, {@code the '80s}, {@code the nineties}, {@code the 20th century}. A decade written without its century
 * ("the '80s", "the nineties") is the last such decade not after the article date; "this decade" is the article's own.
 */
final class DecadeRule implements TemporalRule {

    private static final String LEAD = "(?:(?i:the)\\s+)?(?:(?i:early|mid|late|last\\s+half\\s+of\\s+the|first\\s+half"
            + "\\s+of\\s+the)[\\s-]+)?";
    private static final Pattern FULL = Pattern.compile("(?<![\\p{L}\\d])" + LEAD
            + "(?<decade>1[5-9]\\d|20\\d)0['’]?s(?![\\p{L}\\d])");
    private static final Pattern SHORT = Pattern.compile("(?<![\\p{L}\\d])" + LEAD
            + "(?:['’](?<digit>\\d)0s|(?<word>(?i:twenties|thirties|forties|fifties|sixties|seventies|eighties"
            + "|nineties)))(?![\\p{L}\\d])");
    private static final Pattern CENTURY = Pattern.compile("(?<![\\p{L}\\d])(?:(?i:the)\\s+)?(?:(?i:early|mid|late)"
            + "[\\s-]+)?(?<n>1\\d|2[01]|(?i:nineteenth|twentieth|twenty-first))(?:st|nd|rd|th)?[\\s-](?i:century)"
            + "(?![\\p{L}\\d])");
    /** "Later this decade", "this decade's growth": the decade of the writing, as "this year" is its year. */
    private static final Pattern THIS_DECADE = Pattern.compile("(?<![\\p{L}])(?i:this\\s+decade)(?![\\p{L}\\d-])");
    private static final List<String> DECADE_WORDS = List.of("", "", "twenties", "thirties", "forties", "fifties",
            "sixties", "seventies", "eighties", "nineties");

    @Override
    public void find(String sentence, Anchor anchor, List<TemporalMention> found) {
        Matcher full = FULL.matcher(sentence);
        while (full.find()) {
            found.add(TemporalRule.timex(sentence, full.start(), full.end(), TimexType.DATE, full.group("decade"),
                    false));
        }
        Matcher shorter = SHORT.matcher(sentence);
        while (shorter.find()) {
            // "the sixties" of a person's age needs "in his"; "in the nineties" of temperatures is rarer in news
            if (shorter.group("word") != null && !shorter.group().toLowerCase(Locale.ROOT).startsWith("the")) {
                continue;
            }
            int digit = shorter.group("digit") != null ? Integer.parseInt(shorter.group("digit"))
                    : DECADE_WORDS.indexOf(shorter.group("word").toLowerCase(Locale.ROOT));
            String value = null;
            if (anchor.isKnown()) {
                int year = anchor.articleDate().getYear();
                int decade = year / 100 * 10 + digit;
                value = String.valueOf(decade * 10 > year ? decade - 10 : decade);
            }
            found.add(TemporalRule.timex(sentence, shorter.start(), shorter.end(), TimexType.DATE, value, true));
        }
        Matcher thisDecade = THIS_DECADE.matcher(sentence);
        while (thisDecade.find()) {
            String value = anchor.isKnown() ? String.valueOf(Math.floorDiv(anchor.articleDate().getYear(), 10)) : null;
            found.add(TemporalRule.timex(sentence, thisDecade.start(), thisDecade.end(), TimexType.DATE, value, true));
        }
        Matcher century = CENTURY.matcher(sentence);
        while (century.find()) {
            String n = century.group("n").toLowerCase(Locale.ROOT);
            int ordinal = switch (n) {
                case "nineteenth" -> 19;
                case "twentieth" -> 20;
                case "twenty-first" -> 21;
                default -> Integer.parseInt(n);
            };
            found.add(TemporalRule.timex(sentence, century.start(), century.end(), TimexType.DATE,
                    String.format(Locale.ROOT, "%02d", ordinal - 1), false));
        }
    }
}
