package dev.storybrief.ingest.html;

import java.util.List;

/**
 * Title, publication date, author and outlet of a page, and the last update its metadata states (each null when
 * unknown). An update stamp is not the publication date: the article is that old at most. {@code descriptions} are
 * the distinct summaries the page declares in its head (Open Graph, HTML and Twitter card descriptions), never null.
 */
record PageMetadata(String title, String published, String author, String outlet, String updated,
        List<String> descriptions) {

    PageMetadata {
        descriptions = descriptions == null ? List.of() : List.copyOf(descriptions);
    }

    /** Metadata without declared descriptions. */
    PageMetadata(String title, String published, String author, String outlet, String updated) {
        this(title, published, author, outlet, updated, List.of());
    }
}
