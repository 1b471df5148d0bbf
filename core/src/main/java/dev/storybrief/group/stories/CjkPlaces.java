package dev.storybrief.group.stories;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * The places a Chinese or Japanese lead names, by the administrative unit written after each name: "云南省",
 * "昭通市", "镇雄县", "塘房镇", "凉水村"; "長野県", "松本市". Chinese and Japanese have no capitals, so the entity
 * recognizer finds no names there, and a report of a landslide that gives the toll anew ("已致5人遇难", then
 * "9人死亡") shares few words with the first one: the county and the village it names are what ties them. The words
 * are cut by Lucene's SmartChineseAnalyzer (its dictionary knows the provinces and large cities, "云南省"; a county
 * or village it does not know comes out one character a token, "镇|雄|县"), so a place is either a word of the
 * dictionary of three characters or more ending in a unit, or one or two unknown characters or one word of two
 * followed by a unit on its own. A two-character word ending in a unit is a common noun ("全县", "城市", "农村"),
 * never a place. Kanji place names are cut the same way: Japanese news writes them with the same units.
 */
final class CjkPlaces {
    /** The units of administration news writes after a place's name (China's and Japan's). */
    private static final Pattern UNIT = Pattern.compile("[省市县縣区區镇鎮乡鄉村州都道府県町]");
    private static final Pattern HAN = Pattern.compile("\\p{IsHan}+");
    private static final ThreadLocal<Analyzer> ANALYZER = ThreadLocal.withInitial(
            () -> new SmartChineseAnalyzer(CharArraySet.EMPTY_SET));

    private CjkPlaces() {
    }

    /** True for the languages whose places this class reads. */
    static boolean reads(String language) {
        return "zh".equals(language) || "ja".equals(language);
    }

    /** Each place the text names, with how often. */
    static Map<String, Integer> of(String text) {
        Map<String, Integer> places = new LinkedHashMap<>();
        List<String> tokens = tokens(text);
        for (int i = 0; i < tokens.size(); i++) {
            String token = tokens.get(i);
            boolean unitOnItsOwn = token.length() == 1 && UNIT.matcher(token).matches();
            if (!unitOnItsOwn) {
                if (token.length() >= 3 && HAN.matcher(token).matches()
                        && UNIT.matcher(token.substring(token.length() - 1)).matches()) {
                    places.merge(token, 1, Integer::sum);
                }
                continue;
            }
            String name = nameBefore(tokens, i);
            if (name != null) {
                places.merge(name + token, 1, Integer::sum);
            }
        }
        return places;
    }

    /**
     * The name written before the unit at {@code unit}: one word of two characters, or the one or two single
     * characters before it (a name the dictionary does not know); null when there is none.
     */
    private static String nameBefore(List<String> tokens, int unit) {
        String previous = unit > 0 ? tokens.get(unit - 1) : "";
        if (!HAN.matcher(previous).matches() || previous.length() > 2
                || previous.length() == 2 && UNIT.matcher(previous.substring(1)).matches()) {
            return null;
        }
        if (previous.length() == 2) {
            return previous;
        }
        // two unknown characters make a name ("镇|雄|县", where the first is a unit's character too); one alone is
        // a word such as "全" in "全县"
        String before = unit > 1 ? tokens.get(unit - 2) : "";
        return before.length() == 1 && HAN.matcher(before).matches() ? before + previous : null;
    }

    private static List<String> tokens(String text) {
        List<String> tokens = new ArrayList<>();
        try (TokenStream stream = ANALYZER.get().tokenStream("lead", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                tokens.add(term.toString());
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return tokens;
    }
}
