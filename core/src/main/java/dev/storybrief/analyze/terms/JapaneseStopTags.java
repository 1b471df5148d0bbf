package dev.storybrief.analyze.terms;

import java.util.HashSet;
import java.util.Set;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.ja.JapaneseAnalyzer;

/**
 * What the Japanese chain drops beside Lucene's defaults (particles, auxiliaries, punctuation by part of speech), as
 * the Chinese chain drops its classifiers and date units ({@link ChineseStopWords}). Kuromoji cuts "11日" into 11 and
 * 日, "2人" into 2 and 人, "北浦市" into 北浦 and 市: the counter after a figure, the suffix of a place ("市", "県", "町",
 * "区") and the suffix of an approximate time ("ごろ", "頃") are words of every sentence that gives a day, a count or a
 * town, so two different sentences of one story, one saying what happened in a city on the 11th and one saying what
 * was done there later, met on 日 and 市 as on a shared fact and one was dropped from the summary as a repeat. The
 * figure and the place's own name stay terms (11, 北浦): the same day or town still counts, once, as in English and
 * Chinese. "月" of a date is a common noun to Kuromoji, so it is a stop word here.
 */
final class JapaneseStopTags {
    /** Parts of speech (IPADIC tags) that follow a figure or a name and are the same word in every sentence. */
    private static final Set<String> SUFFIXES = Set.of(
            "名詞-接尾-助数詞",   // counters and date units: 日, 人, 棟, 戸, 年, 時半
            "名詞-接尾-地域",     // place suffixes: 市, 県, 町, 村, 区, 都
            "名詞-接尾-副詞可能"); // approximate time: ごろ, 頃, 中

    /** Lucene's default stop tags and the suffixes above. */
    static Set<String> tags() {
        Set<String> tags = new HashSet<>(JapaneseAnalyzer.getDefaultStopTags());
        tags.addAll(SUFFIXES);
        return Set.copyOf(tags);
    }

    /** Lucene's default stop words and the month of a date ("5月"). */
    static CharArraySet words() {
        CharArraySet set = new CharArraySet(JapaneseAnalyzer.getDefaultStopSet(), false);
        set.add("月");
        return CharArraySet.unmodifiableSet(set);
    }

    private JapaneseStopTags() {
    }
}
