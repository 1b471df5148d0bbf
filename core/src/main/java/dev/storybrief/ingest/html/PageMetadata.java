package dev.storybrief.ingest.html;

/** Title, publication date, author and outlet of a page (each null when unknown). */
record PageMetadata(String title, String published, String author, String outlet) {
}
