package dev.storybrief.server;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.storybrief.NothingToBriefException;
import dev.storybrief.Storybrief;
import dev.storybrief.ingest.MetaKey;
import dev.storybrief.ingest.RawDocument;
import dev.storybrief.model.Article;
import dev.storybrief.model.Briefing;
import dev.storybrief.model.SummarySentence;
import dev.storybrief.render.JsonRenderer;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Makes and stores briefings: reads a request's articles, runs the pipeline, and stores the result as the JSON the
 * API returns, {@code {"id", "created", ...}} followed by exactly what {@link JsonRenderer#toMap} gives, so fields
 * later versions add to the briefing appear in the API without change here.
 */
final class BriefingService {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final SecureRandom IDS = new SecureRandom();
    /** How the page's reader briefs one of the stories a set of articles mixes: with the page's own form. */
    static final String ONE_STORY_ADVICE = "to brief one, give only the articles of that story and press Brief again";

    private final ArticleAssembler assembler;
    private final BriefStore store;

    BriefingService(ArticleAssembler assembler, BriefStore store) {
        this.assembler = assembler;
        this.store = store;
    }

    /** Briefs the request (CPU-bound: call on a worker) and returns the briefing ready to store. */
    NewBrief brief(BriefRequest request) {
        ReadArticles read = assembler.read(request.articles());
        if (read.documents().isEmpty()) {
            throw new ApiProblem(400, "no usable article: " + (read.warnings().isEmpty()
                    ? "every input was empty" : read.warnings().get(read.warnings().size() - 1)), read.warnings());
        }
        checkOneStory(read.documents());
        Briefing briefing;
        try {
            briefing = Storybrief.builder().words(request.words()).verbatim(request.verbatim())
                    .oneStoryAdvice(ONE_STORY_ADVICE).build().briefDocuments("request", read.documents(), read.warnings());
        } catch (NothingToBriefException e) {
            throw new ApiProblem(400, noArticleSentences(request), e.warnings(), "no usable article: " + e.getMessage());
        }
        String id = newId();
        Instant created = Instant.now();
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("id", id);
        document.put("created", BriefStore.timestamp(created));
        document.putAll(JsonRenderer.toMap(briefing, false));
        List<StoredArticle> stored = storedArticles(read);
        // the card counts the story's articles as the briefing does: one set apart as another story is not one
        return new NewBrief(id, created, briefing.headline(), searchText(briefing), write(document), stored,
                stored.size() - briefing.apart().size());
    }

    /**
     * Why nothing was briefed, in a reader's words: cleaning left no sentence of news text (a page label, a consent
     * notice, a menu). The rule names and file names the pipeline gives go into the reply's {@code reason}.
     */
    static String noArticleSentences(BriefRequest request) {
        boolean pasted = request.articles().stream().allMatch(a -> a instanceof ArticleInput.Inline);
        boolean one = request.articles().size() == 1;
        String what = pasted ? (one ? "The pasted text has" : "The pasted texts have")
                : one ? "The article has" : "The articles have";
        return what + " no article sentences: " + (one ? "it reads" : "they read")
                + " like a page label, a menu or a notice, not a news report. Paste or choose the text of an article.";
    }

    /** Stores a briefing made by {@link #brief}; returns once it is committed to disk. */
    void store(NewBrief brief) {
        store.save(brief);
    }

    private static void checkOneStory(List<RawDocument> documents) {
        List<String> clusters = documents.stream().map(d -> Objects.requireNonNullElse(d.meta(MetaKey.CLUSTER), ""))
                .distinct().toList();
        if (clusters.size() > 1) {
            throw ApiProblem.badRequest("the articles hold " + clusters.size() + " stories ("
                    + clusters.stream().map(c -> c.isEmpty() ? "loose articles" : c).limit(5)
                    .collect(Collectors.joining(", ")) + "); post one story at a time");
        }
    }

    private static String searchText(Briefing briefing) {
        StringBuilder text = new StringBuilder();
        append(text, briefing.headline());
        for (SummarySentence s : briefing.summary()) {
            append(text, s.text());
        }
        for (Article a : briefing.articles()) {
            append(text, a.id());
            append(text, a.title());
            append(text, a.outlet());
            a.paragraphs().forEach(p -> append(text, p));
        }
        return SearchTerms.fold(text.toString());
    }

    private static void append(StringBuilder text, String part) {
        if (part != null) {
            text.append(part).append('\n');
        }
    }

    private static List<StoredArticle> storedArticles(ReadArticles read) {
        List<StoredArticle> out = new ArrayList<>();
        for (int i = 0; i < read.documents().size(); i++) {
            RawDocument d = read.documents().get(i);
            out.add(new StoredArticle(d.id(), d.meta(MetaKey.TITLE), d.meta(MetaKey.OUTLET),
                    d.meta(MetaKey.PUBLISHED), read.sources().get(i), d.format().name(), d.text()));
        }
        return out;
    }

    private static String newId() {
        byte[] bytes = new byte[9];
        IDS.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    private static String write(Map<String, Object> document) {
        try {
            return JSON.writeValueAsString(document);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a briefing always serialises", e);
        }
    }
}
