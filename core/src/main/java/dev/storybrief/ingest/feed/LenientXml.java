package dev.storybrief.ingest.feed;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Entities;
import org.jsoup.parser.Parser;
import org.jsoup.select.Elements;

/**
 * Mends a feed that is not well-formed XML, for a second reading: jsoup's XML parser reads it as a browser reads
 * broken markup (an end tag closes every element left open inside it, the end of the file closes the rest), and the
 * tree is written out again as well-formed UTF-8 XML. Feeds are written by hand and by templates that stop mid-item;
 * the items before the break are whole and worth reading. An item whose own end tag is missing is where the break
 * fell (its text may be cut anywhere), so it is left out. A document type declaration stays, so a feed refused for
 * one is refused again.
 */
final class LenientXml {

    private LenientXml() {
    }

    /**
     * The bytes as well-formed XML without the items the break fell in; null when they cannot be read at all or no
     * whole item is left.
     */
    static byte[] mend(byte[] bytes) {
        try {
            Document doc = Jsoup.parse(new ByteArrayInputStream(bytes), null, "",
                    Parser.xmlParser().setTrackPosition(true));
            Elements items = doc.select("item, entry");
            // closed by the parser, not by the feed: no end tag of its own
            items.stream().filter(item -> item.endSourceRange().isImplicit()).forEach(Element::remove);
            if (doc.select("item, entry").isEmpty()) {
                return null;
            }
            doc.outputSettings().syntax(Document.OutputSettings.Syntax.xml).escapeMode(Entities.EscapeMode.xhtml)
                    .prettyPrint(false);
            doc.charset(StandardCharsets.UTF_8); // the declaration says what the bytes now are
            return doc.outerHtml().getBytes(StandardCharsets.UTF_8);
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }
}
