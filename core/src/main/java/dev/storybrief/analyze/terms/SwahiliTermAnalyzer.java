package dev.storybrief.analyze.terms;

import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/**
 * The Swahili chain, which Lucene does not ship: Unicode word tokens, Swahili's function words as stop words, the
 * verb prefixes and locative cut ({@link SwahiliLightStemFilter}, which reads the capital of a name before the words
 * are lower-cased), then the verbs news uses to report speech and to be, whatever their prefixes, as stop words, and
 * one-letter tokens dropped.
 */
final class SwahiliTermAnalyzer extends Analyzer {
    /**
     * Words that carry no story: the genitive "of" in each noun class (wa, ya, la, cha, vya, za, kwa, pa, mwa),
     * conjunctions and prepositions, pronouns and possessives, demonstratives, relatives ("ambao", "ambayo" ...),
     * question words, quantifiers and adverbs of degree and time, and the forms of "to be" and "to have".
     */
    private static final CharArraySet FUNCTION_WORDS = new CharArraySet(List.of(
            "wa", "ya", "la", "cha", "vya", "za", "kwa", "pa", "mwa", "na", "ni", "si", "katika", "kwenye", "kutoka",
            "hadi", "mpaka", "tangu", "kuhusu", "juu", "chini", "ndani", "nje", "karibu", "mbele", "nyuma", "kati",
            "baina", "pamoja", "bila", "dhidi", "zaidi", "kuliko", "baada", "kabla", "wakati", "mnamo", "kama",
            "kwamba", "ili", "lakini", "au", "ama", "wala", "pia", "tena", "hata", "bali", "ingawa", "ingawaje", "kwani",
            "sababu", "basi", "hivyo", "yaani", "hasa", "tu", "bado", "sasa", "tayari", "sana",
            "kabisa", "mimi", "wewe", "yeye", "sisi", "nyinyi", "ninyi", "wao", "yangu", "wangu", "changu", "langu",
            "zangu", "vyangu", "yako", "wako", "lako", "chako", "yake", "wake", "lake", "chake", "zake", "vyake",
            "kwake", "yetu", "wetu", "letu", "chetu", "zetu", "vyetu", "yenu", "wenu", "yao", "lao", "chao",
            "zao", "vyao", "kwao", "huyu", "huyo", "yule", "hawa", "hao", "wale", "hii", "hiyo", "ile", "hili", "hilo",
            "lile", "hiki", "hicho", "kile", "hivi", "vile", "hizi", "hizo", "zile", "haya", "hayo", "yale", "huu",
            "huo", "ule", "hapa", "hapo", "pale", "huku", "huko", "kule", "humu", "humo", "ambao", "ambayo", "ambaye",
            "ambacho", "ambavyo", "ambazo", "ambalo", "ambako", "ambapo", "ambamo", "nini", "gani", "nani", "lini",
            "wapi", "vipi", "je", "kila", "wote", "yote", "zote", "lote", "chote", "vyote", "kote", "pote", "wengi",
            "nyingi", "mengi", "wengine", "nyingine", "mengine", "kingine", "jingine", "lingine", "mwingine",
            "ndiyo", "ndio", "ndiye", "ndicho", "ndizo", "siyo", "sio", "hapana", "ndipo", "kuna", "hakuna", "yupo",
            "wapo", "ipo", "zipo", "kupo", "mna", "ana", "wana", "ina", "zina", "lina", "kina", "una", "tuna", "nina",
            "hana", "hawana", "haina", "hazina", "moja"), true);
    /** Stems of the verbs of saying and being that every report uses ("alisema", "walisema", "amesema": "sema"). */
    private static final CharArraySet REPORTING_VERBS = new CharArraySet(List.of("sema", "ongeza", "eleza", "kuwa",
            "wa", "toka", "weza", "kuwepo", "fanya", "ambia", "dai"), false);

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer source = new StandardTokenizer();
        TokenStream stream = new StopFilter(source, FUNCTION_WORDS);
        stream = new LowerCaseFilter(new SwahiliLightStemFilter(stream));
        return new TokenStreamComponents(source, new SingleLetterFilter(new StopFilter(stream, REPORTING_VERBS)));
    }
}
