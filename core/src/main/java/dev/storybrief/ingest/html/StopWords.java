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

    /** Whether {@code len} characters of {@code word} from {@code offset} are a function word (any case). */
    static boolean contains(char[] word, int offset, int len) {
        return WORDS.contains(word, offset, len);
    }

    /** Share of the words of {@code text} that are function words (0 for text without words). */
    static double density(String text) {
        char[] chars = text.toCharArray();
        int words = 0;
        int stop = 0;
        int start = -1;
        for (int i = 0; i <= chars.length; i++) {
            boolean letter = i < chars.length && Character.isLetter(chars[i]);
            if (letter && start < 0) {
                start = i;
            } else if (!letter && start >= 0) {
                words++;
                if (WORDS.contains(chars, start, i - start)) {
                    stop++;
                }
                start = -1;
            }
        }
        return words == 0 ? 0 : (double) stop / words;
    }
}
