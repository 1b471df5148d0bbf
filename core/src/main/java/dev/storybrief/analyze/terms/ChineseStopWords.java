package dev.storybrief.analyze.terms;

import java.util.List;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;

/**
 * The stop words of the Chinese chain. Lucene's SmartChineseAnalyzer ships punctuation only as stop words, so every
 * article would share 的, 了, 在 and 是 with every other; these are the function words of Mandarin (structural and
 * aspect particles, pronouns, demonstratives, prepositions, conjunctions, frequent adverbs and auxiliaries), the
 * classifiers and date units that follow a figure (名, 辆, 月, 日: the figure is the term), and the reporting words
 * every sentence of a news story shares (说, 表示, 称, 据), as the English chain drops "said". Nouns, verbs of
 * events, places and figures are never on it. Written in simplified characters, the segmenter's script.
 */
final class ChineseStopWords {
    private static final List<String> FUNCTION_WORDS = List.of(
            // particles
            "的", "地", "得", "之", "了", "着", "过", "吗", "呢", "吧", "啊", "呀", "嘛", "么", "所",
            // pronouns and demonstratives
            "我", "你", "您", "他", "她", "它", "我们", "你们", "他们", "她们", "它们", "咱们", "自己", "其", "其中",
            "这", "那", "这些", "那些", "这个", "那个", "这里", "那里", "此", "该", "各", "每", "某", "本",
            "什么", "哪", "哪些", "谁", "怎么", "如何", "为何",
            // prepositions
            "在", "于", "从", "自", "向", "往", "对", "对于", "关于", "把", "被", "将", "由", "给", "让", "以", "为",
            "与", "跟", "同", "按", "按照", "根据", "通过", "经过", "随着", "除了", "至", "到",
            // conjunctions
            "和", "及", "以及", "或", "或者", "而", "而且", "并", "并且", "但", "但是", "可是", "然而", "因为", "所以",
            "因此", "如果", "虽然", "即使", "不过", "还是", "于是", "同时", "此外", "另外",
            // adverbs and auxiliaries of every sentence
            "也", "都", "又", "还", "就", "才", "已", "已经", "曾", "正", "正在", "很", "更", "最", "再", "仍", "仍然",
            "只", "不", "没", "没有", "未", "是", "有", "会", "能", "可", "可以", "要", "应", "应该", "等", "等等",
            // classifiers, approximations and date units: the figure before them is the term ("三名", "11月15日")
            "个", "一个", "名", "位", "辆", "条", "家", "件", "次", "只", "座", "间", "台", "架", "艘",
            "余", "多", "约", "许", "近", "逾", "左右", "年", "月", "日", "时", "分", "秒",
            // reporting words: who said it, not what happened
            "说", "表示", "称", "据", "指出", "认为");

    /** Lucene's punctuation stop words and the function words above. */
    static CharArraySet set() {
        CharArraySet set = new CharArraySet(SmartChineseAnalyzer.getDefaultStopSet(), false);
        set.addAll(FUNCTION_WORDS);
        return CharArraySet.unmodifiableSet(set);
    }

    private ChineseStopWords() {
    }
}
