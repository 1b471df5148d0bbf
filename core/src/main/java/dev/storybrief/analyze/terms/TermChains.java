package dev.storybrief.analyze.terms;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.apache.lucene.analysis.Analyzer;

/**
 * The term chain of each language, Lucene-style: one analysis chain per language code, chosen per article by its
 * language. English has storybrief's own chain ({@link EnglishTermAnalyzer}); about forty other languages get
 * Lucene's analyzer for them ({@code lucene-analysis-common}: tokenizer, stop words, stemmer or normaliser; Malay
 * Indonesian's); Hebrew and Swahili, which Lucene lacks, storybrief's own light stemmers ({@link HebrewTermAnalyzer},
 * {@link SwahiliTermAnalyzer}); Chinese, Japanese and Korean, written without spaces, get Lucene's dictionary segmenters ({@code lucene-analysis-smartcn},
 * {@code -kuromoji}, {@code -nori}), whose words meet where overlapping character bigrams mostly did not; any
 * other language falls back to {@link #fallback()}, Unicode tokens without stop words or stemmer
 * ({@link UnicodeTermAnalyzer}). {@link #has(String)} tells a caller which happened.
 */
public final class TermChains {
    /** The code of the fallback chain. */
    public static final String UNICODE = "und";
    private static final TermChains STANDARD = new TermChains(standardFactories());

    private final Map<String, Supplier<TermChain>> factories;
    private final Map<String, TermChain> built = new ConcurrentHashMap<>();

    private TermChains(Map<String, Supplier<TermChain>> factories) {
        this.factories = Collections.unmodifiableMap(new LinkedHashMap<>(factories));
    }

    private static Map<String, Supplier<TermChain>> standardFactories() {
        Map<String, Supplier<TermChain>> f = new LinkedHashMap<>();
        f.put("en", () -> new TermChain("en", new EnglishTermAnalyzer(),
                "Lucene StandardTokenizer, apostrophe cut, lower case, news stop words, Porter stemmer"));
        lucene(f, "ar", org.apache.lucene.analysis.ar.ArabicAnalyzer::new);
        lucene(f, "bg", org.apache.lucene.analysis.bg.BulgarianAnalyzer::new);
        lucene(f, "bn", org.apache.lucene.analysis.bn.BengaliAnalyzer::new);
        lucene(f, "ca", org.apache.lucene.analysis.ca.CatalanAnalyzer::new);
        lucene(f, "ckb", org.apache.lucene.analysis.ckb.SoraniAnalyzer::new);
        lucene(f, "cs", org.apache.lucene.analysis.cz.CzechAnalyzer::new);
        lucene(f, "da", org.apache.lucene.analysis.da.DanishAnalyzer::new);
        lucene(f, "de", org.apache.lucene.analysis.de.GermanAnalyzer::new);
        lucene(f, "el", org.apache.lucene.analysis.el.GreekAnalyzer::new);
        lucene(f, "es", org.apache.lucene.analysis.es.SpanishAnalyzer::new);
        lucene(f, "et", org.apache.lucene.analysis.et.EstonianAnalyzer::new);
        lucene(f, "eu", org.apache.lucene.analysis.eu.BasqueAnalyzer::new);
        lucene(f, "fa", org.apache.lucene.analysis.fa.PersianAnalyzer::new);
        lucene(f, "fi", org.apache.lucene.analysis.fi.FinnishAnalyzer::new);
        lucene(f, "fr", org.apache.lucene.analysis.fr.FrenchAnalyzer::new);
        lucene(f, "ga", org.apache.lucene.analysis.ga.IrishAnalyzer::new);
        lucene(f, "gl", org.apache.lucene.analysis.gl.GalicianAnalyzer::new);
        f.put("he", () -> new TermChain("he", new HebrewTermAnalyzer(),
                "Lucene StandardTokenizer, Hebrew function words as stop words, storybrief's light Hebrew stemmer "
                        + "(final letters, plural endings, glued prefixes), one-letter tokens dropped"));
        lucene(f, "hi", org.apache.lucene.analysis.hi.HindiAnalyzer::new);
        lucene(f, "hu", org.apache.lucene.analysis.hu.HungarianAnalyzer::new);
        lucene(f, "hy", org.apache.lucene.analysis.hy.ArmenianAnalyzer::new);
        lucene(f, "id", org.apache.lucene.analysis.id.IndonesianAnalyzer::new);
        lucene(f, "it", org.apache.lucene.analysis.it.ItalianAnalyzer::new);
        // Malay and Indonesian are one language in two standards: the same affixes (meN-, ber-, di-, ter-, -kan, -an,
        // -nya) and most function words (yang, dan, di, dari, ini, itu), which Lucene's Indonesian analyzer reads
        f.put("ms", () -> new TermChain("ms", new LuceneLanguageAnalyzer(
                new org.apache.lucene.analysis.id.IndonesianAnalyzer(), true),
                "Lucene IndonesianAnalyzer (Malay and Indonesian share their affixes and function words): tokenizer, "
                        + "stop words, Indonesian stemmer; one-letter tokens dropped"));
        lucene(f, "lt", org.apache.lucene.analysis.lt.LithuanianAnalyzer::new);
        lucene(f, "lv", org.apache.lucene.analysis.lv.LatvianAnalyzer::new);
        lucene(f, "ne", org.apache.lucene.analysis.ne.NepaliAnalyzer::new);
        lucene(f, "nl", org.apache.lucene.analysis.nl.DutchAnalyzer::new);
        lucene(f, "no", org.apache.lucene.analysis.no.NorwegianAnalyzer::new);
        lucene(f, "nb", org.apache.lucene.analysis.no.NorwegianAnalyzer::new);
        lucene(f, "nn", org.apache.lucene.analysis.no.NorwegianAnalyzer::new);
        lucene(f, "pt", org.apache.lucene.analysis.pt.PortugueseAnalyzer::new);
        lucene(f, "ro", org.apache.lucene.analysis.ro.RomanianAnalyzer::new);
        lucene(f, "ru", org.apache.lucene.analysis.ru.RussianAnalyzer::new);
        lucene(f, "sr", org.apache.lucene.analysis.sr.SerbianAnalyzer::new);
        // Croatian and Bosnian are the same language in other standards: Snowball's Serbian stemmer was written for
        // all three (ijekavian "rijeka", "predsjednik" meet ekavian "reka", "predsednik"), and Lucene folds Cyrillic
        // and Latin to one spelling, so a Croatian, a Latin Serbian and a Cyrillic Serbian report share their terms
        serbian(f, "hr");
        serbian(f, "bs");
        lucene(f, "sv", org.apache.lucene.analysis.sv.SwedishAnalyzer::new);
        f.put("sw", () -> new TermChain("sw", new SwahiliTermAnalyzer(),
                "Lucene StandardTokenizer, Swahili function words as stop words, storybrief's light Swahili stemmer "
                        + "(a verb's subject and tense prefixes, the passive, the locative -ni; noun classes kept), "
                        + "verbs of saying and being dropped, one-letter tokens dropped"));
        lucene(f, "ta", org.apache.lucene.analysis.ta.TamilAnalyzer::new);
        lucene(f, "te", org.apache.lucene.analysis.te.TeluguAnalyzer::new);
        lucene(f, "tr", org.apache.lucene.analysis.tr.TurkishAnalyzer::new);
        // scripts written without spaces: words come from a dictionary segmenter; a word of one character is a word
        f.put("zh", () -> new TermChain("zh", new LuceneLanguageAnalyzer(
                new org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer(ChineseStopWords.set()),
                HanNumeralFilter::new),
                "Lucene SmartChineseAnalyzer: dictionary and HMM word segmentation (simplified Chinese), "
                        + "punctuation and storybrief's Chinese function words, classifiers and date units as stop "
                        + "words, a figure's numerals joined, Porter stemmer for Latin words"));
        f.put("ja", () -> new TermChain("ja", new LuceneLanguageAnalyzer(
                new org.apache.lucene.analysis.ja.JapaneseAnalyzer(null,
                        org.apache.lucene.analysis.ja.JapaneseTokenizer.DEFAULT_MODE, JapaneseStopTags.words(),
                        JapaneseStopTags.tags()), false),
                "Lucene JapaneseAnalyzer (Kuromoji, IPADIC): morphological word segmentation, long compounds split, "
                        + "base forms, particles and auxiliaries dropped by part of speech, counters, date units and "
                        + "place suffixes dropped (the figure and the name are the terms), stop words, katakana stemmer"));
        f.put("ko", () -> new TermChain("ko", new LuceneLanguageAnalyzer(
                new org.apache.lucene.analysis.ko.KoreanAnalyzer(), false),
                "Lucene KoreanAnalyzer (Nori, mecab-ko-dic): morphological word segmentation, compounds split, "
                        + "particles and endings dropped by part of speech, hanja read as hangul"));
        f.put("th", () -> new TermChain("th", new LuceneLanguageAnalyzer(
                new org.apache.lucene.analysis.th.ThaiAnalyzer(), false), "Lucene ThaiAnalyzer: dictionary word breaks, stop words"));
        f.put(UNICODE, () -> new TermChain(UNICODE, new UnicodeTermAnalyzer(),
                "Unicode word tokens, lower case; no stop words, no stemmer (no analyzer for this language)"));
        return f;
    }

    private static void serbian(Map<String, Supplier<TermChain>> f, String code) {
        f.put(code, () -> new TermChain(code, new LuceneLanguageAnalyzer(
                new org.apache.lucene.analysis.sr.SerbianAnalyzer(), true),
                "Lucene SerbianAnalyzer (Serbian, Croatian and Bosnian are one language in three standards): tokenizer, "
                        + "stop words, Snowball's Serbian stemmer (ijekavian forms meet ekavian ones), Cyrillic and "
                        + "Latin folded to plain Latin; one-letter tokens dropped"));
    }

    private static void lucene(Map<String, Supplier<TermChain>> f, String code, Supplier<Analyzer> analyzer) {
        f.put(code, () -> {
            Analyzer made = analyzer.get();
            return new TermChain(code, new LuceneLanguageAnalyzer(made, true),
                    "Lucene " + made.getClass().getSimpleName() + ": tokenizer, stop words, stemmer; one-letter tokens dropped");
        });
    }

    /** The chains storybrief ships. */
    public static TermChains standard() {
        return STANDARD;
    }

    /** The English chain. */
    public static TermChain english() {
        return STANDARD.forLanguage("en");
    }

    /** True when {@code language} has a chain of its own (not the Unicode fallback). */
    public boolean has(String language) {
        String code = normalise(language);
        return !code.equals(UNICODE) && factories.containsKey(code);
    }

    /** The languages with a chain of their own. */
    public Set<String> languages() {
        Set<String> codes = new java.util.LinkedHashSet<>(factories.keySet());
        codes.remove(UNICODE);
        return codes;
    }

    /** The chain for an ISO 639-1 code; the fallback chain when the language has none. */
    public TermChain forLanguage(String language) {
        String code = has(language) ? normalise(language) : UNICODE;
        return built.computeIfAbsent(code, c -> factories.get(c).get());
    }

    /** The chain used for a language without its own: Unicode tokens, no stop words, no stemmer. */
    public TermChain fallback() {
        return forLanguage(UNICODE);
    }

    private static String normalise(String language) {
        return language == null ? "" : language.toLowerCase(Locale.ROOT);
    }
}
