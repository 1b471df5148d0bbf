package dev.storybrief.analyze.sentence;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.util.Span;

/**
 * Sentences from one of Apache OpenNLP's trained sentence models ({@code opennlp-models-sentdetect-de}, {@code -fr}:
 * Universal Dependencies treebanks), then {@link SentenceRepairs}. The model loads on first use.
 */
final class OpenNlpSplitter implements ParagraphSplitter {
    private final String resource;
    private final String language;
    private volatile SentenceModel model;
    private final ThreadLocal<SentenceDetectorME> detector = ThreadLocal.withInitial(() -> new SentenceDetectorME(model()));

    OpenNlpSplitter(String resource, String language) {
        this.resource = resource;
        this.language = language;
    }

    private SentenceModel model() {
        SentenceModel loaded = model;
        if (loaded == null) {
            synchronized (this) {
                if (model == null) {
                    model = load(resource);
                }
                loaded = model;
            }
        }
        return loaded;
    }

    private static SentenceModel load(String resource) {
        try (InputStream in = OpenNlpSplitter.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("OpenNLP sentence model " + resource + " is not on the class path");
            }
            return new SentenceModel(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load the OpenNLP sentence model " + resource, e);
        }
    }

    @Override
    public List<Span> spans(String paragraph) {
        return SentenceRepairs.join(paragraph, List.of(detector.get().sentPosDetect(paragraph)), language);
    }
}
