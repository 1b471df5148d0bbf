package dev.storybrief.ingest.html;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.WordlistLoader;
import org.apache.lucene.analysis.snowball.SnowballFilter;
import org.apache.lucene.util.IOUtils;

/**
 * Function words ("the", "und", "les", "się") of the languages news pages are mostly written in, as one set: the
 * Snowball stop-word lists Lucene ships for English, German, French, Spanish, Italian, Dutch and Portuguese, and a
 * short list of Polish function words (Lucene keeps Polish in a module this project does not use). Running text is
 * full of them, labels, menus and link lists hardly hold any; one set for all languages needs no language detection,
 * and a word that is a function word in one language and a content word in another is rare enough not to matter for
 * a density.
 */
final class StopWords {

    private static final String[] SNOWBALL_LISTS = {
        "english_stop.txt", "german_stop.txt", "french_stop.txt", "spanish_stop.txt", "italian_stop.txt",
        "dutch_stop.txt", "portuguese_stop.txt"};

    private static final String POLISH = "a aby ale bo by być był była było były byli co czy dla do gdy gdzie go i ich"
            + " jak jako jednak jego jej jest jeszcze już ku lub ma mu na nad nie niż o od oraz po pod przed przez przy"
            + " się są ta tak także tam te tego tej ten to tu tym w we więc z za ze że który która które którego której"
            + " których może można tylko też bardzo wszystko jeśli";

    private static final CharArraySet WORDS = load();
    /** No function word is this long; longer words need no look-up. */
    private static final int MAX_WORD = 16;

    private StopWords() {
    }

    private static CharArraySet load() {
        List<Object> all = new ArrayList<>();
        for (String list : SNOWBALL_LISTS) {
            try (Reader r = IOUtils.getDecodingReader(SnowballFilter.class, list, StandardCharsets.UTF_8)) {
                WordlistLoader.getSnowballWordSet(r).forEach(all::add);
            } catch (IOException e) {
                throw new UncheckedIOException("stop-word list " + list + " missing from lucene-analysis-common", e);
            }
        }
        all.addAll(List.of(POLISH.split(" ")));
        return CharArraySet.unmodifiableSet(new CharArraySet(all, true));
    }

    /** Whether {@code word} (any case) is a function word of one of the lists. */
    static boolean contains(String word) {
        return WORDS.contains(word);
    }

    /** Share of the words of {@code text} that are function words (0 for text without words). */
    static double density(String text) {
        char[] word = new char[MAX_WORD];
        int words = 0;
        int stop = 0;
        int len = -1;
        for (int i = 0, n = text.length(); i <= n; i++) {
            char c = i < n ? text.charAt(i) : ' ';
            if (Character.isLetter(c)) {
                if (len < 0) {
                    len = 0;
                }
                if (len < MAX_WORD) {
                    word[len] = c;
                }
                len++;
            } else if (len >= 0) {
                words++;
                if (len < MAX_WORD && WORDS.contains(word, 0, len)) {
                    stop++;
                }
                len = -1;
            }
        }
        return words == 0 ? 0 : (double) stop / words;
    }
}
