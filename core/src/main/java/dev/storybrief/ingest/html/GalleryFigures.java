package dev.storybrief.ingest.html;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Element;

/**
 * Recognises a gallery article, whose text is written into its figures: each slide is an image with a caption of
 * several paragraphs ("Long hair or not, you can still pull off ...", then "What you need: ..."). An illustration's
 * caption says what the picture shows in a line or two, and a teaser card's holds a title and a date; a caption of two
 * or more paragraphs of running text, in a series of such figures, is the article itself and stays when figures go.
 */
final class GalleryFigures {

    /** A gallery is a series: one figure with a long caption may still be an illustration or a notice. */
    static final int MIN_SERIES = 3;
    /** Paragraphs a told caption holds at least. */
    static final int MIN_PARAGRAPHS = 2;
    /** Fewest words of a caption paragraph that counts: a label or a date is none. */
    static final int MIN_PARAGRAPH_WORDS = 5;

    private GalleryFigures() {
    }

    /** The figures of {@code figures} whose captions carry the article's text, or none when they form no series. */
    static List<Element> told(List<Element> figures) {
        if (figures.size() < MIN_SERIES) {
            return List.of();
        }
        List<Element> told = new ArrayList<>();
        for (Element figure : figures) {
            if (hasToldCaption(figure)) {
                told.add(figure);
            }
        }
        return told.size() >= MIN_SERIES ? told : List.of();
    }

    /**
     * Rewrites a told figure as a plain box: the figure becomes a {@code div} and its captions give way to their
     * paragraphs, since a caption's name ("slide-caption") says where the text sits, not that it is boilerplate.
     *
     * @return the captions, now detached (so the cleaner, which collected them, leaves them alone)
     */
    static List<Element> readAsText(Element figure) {
        List<Element> captions = new ArrayList<>(figure.getElementsByTag("figcaption"));
        for (Element caption : captions) {
            caption.unwrap();
        }
        figure.tagName("div");
        return captions;
    }

    private static boolean hasToldCaption(Element figure) {
        for (Element caption : figure.getElementsByTag("figcaption")) {
            int paragraphs = 0;
            for (Element p : caption.getElementsByTag("p")) {
                if (HtmlArticleExtractor.wordCount(List.of(p.text())) >= MIN_PARAGRAPH_WORDS && ++paragraphs >= MIN_PARAGRAPHS) {
                    return true;
                }
            }
        }
        return false;
    }
}
