package dev.storybrief.analyze.quantity;

import dev.storybrief.model.Qualifier;
import dev.storybrief.model.QuantitySpan;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Counts in Chinese and Japanese, which glue a number to a counter word with no space between ("5人死亡", "1200余人",
 * "18人が死亡", "约30间房屋", "5000万元"): the number (ASCII or full-width digits, with the magnitudes 万, 亿/億
 * and 千), a qualifier before it (约, 近, 超过, 至少; 約, 少なくとも) or after it (余, 多, 以上; 余り, 超, を超えた), and the
 * counter. Only the counts news compares across outlets get a key: people killed, injured, missing or evacuated (by the
 * harm word nearest the count in its clause: "造成5人死亡，12人失踪", "遇难人数已升至9人", "死者は12人"), homes, and
 * money. A count with no such key is left out rather than guessed at: without word boundaries the counted noun is
 * not known, and two unrelated counts under one key would read as a disagreement.
 */
final class CjkQuantityExtractor implements QuantityRules {
    static final CjkQuantityExtractor INSTANCE = new CjkQuantityExtractor();

    private static final String DIGITS = "[0-9０-９]";
    private static final Pattern COUNT = Pattern.compile("(?<pre>大约|约有|约|將近|将近|接近|近|超过|超過|逾|至少|多达|多達|約|およそ|少なくとも|最大)?"
            + "(?<num>" + DIGITS + "+(?:[,，]" + DIGITS + "{3})*(?:[.．]" + DIGITS + "+)?)(?<mag>万|萬|亿|億|千)?"
            + "(?<mid>余|多)?(?<counter>人|名|位|间|間|户|戸|栋|棟|套|元|美元|欧元|歐元|円|ドル|ユーロ)"
            + "(?<post>以上|余り|を超え|を上回|超え|超|近く|前後|左右|余)?");
    private static final Map<String, Double> MAGNITUDES = Map.of("万", 1e4, "萬", 1e4, "亿", 1e8, "億", 1e8, "千", 1e3);
    /** A clause ends at these marks: the harm word of one count is not another's ("5人死亡，12人失踪"). */
    private static final Pattern CLAUSE_END = Pattern.compile("[，。、；！？,;!?]");
    private static final Pattern KILLED = Pattern.compile("死亡|遇难|遇難|罹难|罹難|丧生|喪生|身亡|死者|死去|亡くな");
    private static final Pattern INJURED = Pattern.compile("受伤|受傷|负伤|負傷|けが|怪我|重伤|轻伤");
    private static final Pattern MISSING = Pattern.compile("失踪|下落不明|行方不明|失联|失聯");
    private static final Pattern EVACUATED = Pattern.compile("转移|轉移|疏散|撤离|撤離|避難|避难|安置");
    /** The harms a count of people can name, in the order that breaks a tie of distance. */
    private static final Map<Pattern, String> HARMS = orderedHarms();
    private static final Pattern HOMES = Pattern.compile("^(?:间|間|户|戸|栋|棟|套)(?:房屋|房子|民房|住宅|住房|家屋|住家)");

    private CjkQuantityExtractor() {
    }

    @Override
    public List<QuantitySpan> extract(String text, int offset, int sentence) {
        List<QuantitySpan> found = new ArrayList<>();
        Matcher m = COUNT.matcher(text);
        while (m.find()) {
            String key = key(text, m);
            if (key == null) {
                continue;
            }
            double value = number(m.group("num")) * (m.group("mag") == null ? 1.0 : MAGNITUDES.get(m.group("mag")));
            found.add(new QuantitySpan(offset + m.start(), offset + m.end(), sentence, m.group(), value, qualifier(m),
                    m.group("counter"), key));
        }
        return found;
    }

    private static String key(String text, Matcher m) {
        String counter = m.group("counter");
        if (counter.endsWith("元") || counter.equals("円") || counter.equals("ドル") || counter.equals("ユーロ")) {
            return "money";
        }
        if (HOMES.matcher(text.substring(m.start("counter"))).find()) {
            return "homes";
        }
        if (!counter.equals("人") && !counter.equals("名") && !counter.equals("位")) {
            return null;
        }
        return nearestHarm(text, m.start(), m.end());
    }

    /**
     * The harm word closest to the count at {@code start}-{@code end} within its clause, as a key; null when the
     * clause names none. Equally close words go to the harm listed first in {@link #HARMS}.
     */
    private static String nearestHarm(String text, int start, int end) {
        int from = 0;
        Matcher mark = CLAUSE_END.matcher(text);
        while (mark.find() && mark.end() <= start) {
            from = mark.end();
        }
        int to = mark.find(end) ? mark.start() : text.length();
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (Map.Entry<Pattern, String> harm : HARMS.entrySet()) {
            Matcher h = harm.getKey().matcher(text).region(from, to);
            while (h.find()) {
                int distance = h.start() >= end ? h.start() - end : Math.max(0, start - h.end());
                if (distance < bestDistance) {
                    bestDistance = distance;
                    best = harm.getValue();
                }
            }
        }
        return best;
    }

    private static Qualifier qualifier(Matcher m) {
        String after = m.group("mid") != null ? m.group("mid") : m.group("post");
        if (after != null) {
            return switch (after) {
                case "近く" -> Qualifier.NEARLY;
                case "前後", "左右" -> Qualifier.ABOUT;
                default -> Qualifier.AT_LEAST;
            };
        }
        String pre = m.group("pre");
        if (pre == null) {
            return Qualifier.EXACT;
        }
        return switch (pre) {
            case "大约", "约有", "约", "約", "およそ" -> Qualifier.ABOUT;
            case "近", "将近", "將近", "接近" -> Qualifier.NEARLY;
            case "最大" -> Qualifier.AT_MOST;
            default -> Qualifier.AT_LEAST;
        };
    }

    private static Map<Pattern, String> orderedHarms() {
        Map<Pattern, String> harms = new LinkedHashMap<>();
        harms.put(KILLED, "people killed");
        harms.put(INJURED, "people injured");
        harms.put(MISSING, "people missing");
        harms.put(EVACUATED, "people evacuated");
        return java.util.Collections.unmodifiableMap(harms);
    }

    /** The number as written, full-width digits and marks ("１２０", "，", "．") read as their ASCII forms. */
    private static double number(String digits) {
        return Double.parseDouble(Normalizer.normalize(digits, Normalizer.Form.NFKC).replace(",", ""));
    }

    @Override
    public String head(String unit) {
        return unit;
    }

    @Override
    public String harm(String text) {
        Matcher injured = INJURED.matcher(text);
        Matcher killed = KILLED.matcher(text);
        return QuantityExtractor.firstHarm(injured, killed);
    }
}
