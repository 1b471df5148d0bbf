package dev.storybrief.brief.summary;

import com.ibm.icu.text.Transliterator;
import dev.storybrief.analyze.terms.ScriptFolding;
import dev.storybrief.model.AnalyzedArticle;
import dev.storybrief.model.Story;
import dev.storybrief.model.StoryView;
import dev.storybrief.model.Words;
import dev.storybrief.util.LetterScripts;
import java.util.List;
import java.util.Set;

/**
 * One script for a story told in a language written in two: Serbian news is written in Cyrillic and in Latin, letter
 * for letter, and a summary drawn from both would switch script from line to line ("Нови мост преко Саве..." after
 * "Gradonačelnik Šapca Nenad Petrović..."). The summary and the headline are given in the script most of the story's
 * articles in the language are written in (Latin on a tie: the script every reader of the region's languages reads);
 * a line of the other script is transliterated whole, its quotes too, as Serbian's two alphabets spell the same words
 * letter for letter. The line's original sentence and its offsets stay with it ({@code SummarySentence.sentence}).
 * Cyrillic to Latin is {@link ScriptFolding#toLatin} (Serbia's Latin letters: "Љубљана" is "Ljubljana"); Latin to
 * Cyrillic is an ICU rule set of Serbia's Latin alphabet, whose digraphs are one letter each ("lj" is "љ", "nj" is
 * "њ", "dž" is "џ"), where ICU's general Latin-Cyrillic would write "лј" and "дж". Letters Serbia's Latin alphabet
 * lacks (q, w, x, y of a foreign name) stay as written.
 */
final class SummaryScript {
    /** The languages written in both scripts, as the language identifier names Serbian Latin text. */
    private static final Set<String> TWO_SCRIPTS = Set.of("sr", "bs", "hr");
    private static final String SERBIAN_LATIN_TO_CYRILLIC = ":: NFC;"
            + "LJ > Љ; Lj > Љ; lj > љ; NJ > Њ; Nj > Њ; nj > њ; DŽ > Џ; Dž > Џ; dž > џ;"
            + "A > А; a > а; B > Б; b > б; C > Ц; c > ц; Č > Ч; č > ч; Ć > Ћ; ć > ћ; D > Д; d > д; Đ > Ђ; đ > ђ;"
            + "E > Е; e > е; F > Ф; f > ф; G > Г; g > г; H > Х; h > х; I > И; i > и; J > Ј; j > ј; K > К; k > к;"
            + "L > Л; l > л; M > М; m > м; N > Н; n > н; O > О; o > о; P > П; p > п; R > Р; r > р; S > С; s > с;"
            + "Š > Ш; š > ш; T > Т; t > т; U > У; u > у; V > В; v > в; Z > З; z > з; Ž > Ж; ž > ж;";
    private static final ThreadLocal<Transliterator> TO_CYRILLIC = ThreadLocal.withInitial(() ->
            Transliterator.createFromRules("Latin-Serbian", SERBIAN_LATIN_TO_CYRILLIC, Transliterator.FORWARD));

    /** The script a story's summary is given in. */
    enum Script {
        /** Cyrillic letters. */
        CYRILLIC,
        /** Latin letters. */
        LATIN
    }

    private SummaryScript() {
    }

    /**
     * The script most of the story's articles in a language written in both scripts use, or null when the story has
     * no such article in Cyrillic (a Latin-only story, or another language: nothing to choose).
     */
    static Script of(Story story) {
        List<AnalyzedArticle> articles = story.articles(StoryView.ALL).stream()
                .filter(a -> TWO_SCRIPTS.contains(a.language())).toList();
        long cyrillic = articles.stream().filter(a -> scriptOf(a.text()) == Script.CYRILLIC).count();
        if (cyrillic == 0) {
            return null;
        }
        return cyrillic > articles.size() - cyrillic ? Script.CYRILLIC : Script.LATIN;
    }

    /** The lines in the story's script ({@link #of}); the same list when the story has no choice of script. */
    static List<SummaryCandidate> inStoryScript(List<SummaryCandidate> chosen, Story story) {
        Script script = of(story);
        if (script == null) {
            return chosen;
        }
        return chosen.stream().map(s -> {
            String text = written(s.text(), s.article().language(), script);
            return text.equals(s.text()) ? s
                    : new SummaryCandidate(s.article(), s.sentence(), text, Words.count(text), s.score(), s.trimmer(),
                    s.stead());
        }).toList();
    }

    /** The text (a headline) in the story's script; as it is when the story has no choice of script. */
    static String inStoryScript(String text, String language, Story story) {
        Script script = text == null ? null : of(story);
        return script == null ? text : written(text, language, script);
    }

    /** The text of a language written in two scripts in {@code script}; any other language's as it is. */
    static String written(String text, String language, Script script) {
        if (!TWO_SCRIPTS.contains(language) || scriptOf(text) == script) {
            return text;
        }
        return script == Script.LATIN ? ScriptFolding.toLatin(text) : TO_CYRILLIC.get().transliterate(text);
    }

    /** The script most of the text's letters are written in (Latin when it has as many of each, or none). */
    static Script scriptOf(String text) {
        return LetterScripts.mostlyCyrillic(text) ? Script.CYRILLIC : Script.LATIN;
    }
}
