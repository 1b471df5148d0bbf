package dev.storybrief.ingest.html;

/**
 * Title, publication date, author and outlet of a page, and the last update its metadata states (each null when
 * unknown). An update stamp is not the publication date: the article is that old at most.
 */
record PageMetadata(String title, String published, String author, String outlet, String updated) {
}
