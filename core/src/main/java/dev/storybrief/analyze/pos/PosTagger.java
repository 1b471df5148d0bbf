package dev.storybrief.analyze.pos;

import dev.storybrief.model.WordTag;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTaggerME;
import opennlp.tools.tokenize.SimpleTokenizer;
import opennlp.tools.util.Span;

/**
 * Parts of speech of English sentences from Apache OpenNLP's model trained on the Universal Dependencies English Web
 * Treebank ({@code opennlp-models-pos-en}, UD tags: VERB, NOUN, PROPN, AUX, ...). Words are split by OpenNLP's
 * character-class tokenizer. The model loads on first use; thread-safe.
 */
public final class PosTagger {
    private static final String MODEL = "/opennlp-en-ud-ewt-pos-1.3-2.5.4.bin";
    private static volatile POSModel model;
    private static final ThreadLocal<POSTaggerME> TAGGER = ThreadLocal.withInitial(() -> new POSTaggerME(model()));

    private PosTagger() {
    }

    /** The words of an English sentence starting at {@code offset} in its text, each with its part of speech. */
    public static List<WordTag> tag(String sentence, int offset) {
        Span[] spans = SimpleTokenizer.INSTANCE.tokenizePos(sentence);
        if (spans.length == 0) {
            return List.of();
        }
        String[] words = Span.spansToStrings(spans, sentence);
        String[] tags = TAGGER.get().tag(words);
        List<WordTag> tagged = new ArrayList<>(words.length);
        for (int i = 0; i < words.length; i++) {
            tagged.add(new WordTag(offset + spans[i].getStart(), offset + spans[i].getEnd(), words[i], tags[i]));
        }
        return tagged;
    }

    private static POSModel model() {
        POSModel loaded = model;
        if (loaded == null) {
            synchronized (PosTagger.class) {
                if (model == null) {
                    model = load();
                }
                loaded = model;
            }
        }
        return loaded;
    }

    private static POSModel load() {
        try (InputStream in = PosTagger.class.getResourceAsStream(MODEL)) {
            if (in == null) {
                throw new IllegalStateException("OpenNLP part-of-speech model " + MODEL + " is not on the class path");
            }
            return new POSModel(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load the OpenNLP part-of-speech model " + MODEL, e);
        }
    }
}
