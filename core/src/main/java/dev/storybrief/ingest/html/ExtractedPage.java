package dev.storybrief.ingest.html;

import java.util.List;

/** Interim: replaced by the extractor's own record. */
public record ExtractedPage(String title, String published, String author, String outlet, List<String> paragraphs,
                            boolean hasArticle, String reason, List<String> removedBlocks) {
    public String text() {
        return String.join("\n\n", paragraphs);
    }
}
