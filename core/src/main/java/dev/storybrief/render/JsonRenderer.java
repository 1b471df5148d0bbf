package dev.storybrief.render;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.storybrief.model.Article;
import dev.storybrief.model.ArticleLanguage;
import dev.storybrief.model.Briefing;
import dev.storybrief.model.Claim;
import dev.storybrief.model.Removal;
import dev.storybrief.model.Section;
import dev.storybrief.model.SummarySentence;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * JSON in the documented, stable schema ({@code docs/briefing.schema.json}). Field names are a contract: later
 * versions add fields, never rename them.
 */
public final class JsonRenderer implements Renderer {
    /** Identifies the schema in every document. */
    public static final String SCHEMA = "storybrief/briefing/v1";
    /** Sections this renderer writes as fields of their own; any other is an extension of a part a user added. */
    private static final List<String> STANDARD_SECTIONS = java.util.stream.Stream.of(Section.SUMMARY, Section.TIMELINE,
            Section.QUOTES, Section.ENTITIES, Section.DISAGREEMENTS, Section.UNIQUE).map(Section::name).toList();
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    @Override
    public String render(Briefing briefing, boolean explain) {
        try {
            return JSON.writeValueAsString(toMap(briefing, explain)) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a briefing always serialises", e);
        }
    }

    /** The briefing as ordered maps and lists, ready for any JSON writer. */
    public static Map<String, Object> toMap(Briefing briefing, boolean explain) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("schema", SCHEMA);
        root.put("headline", briefing.headline());
        root.put("wordBudget", briefing.wordBudget());
        root.put("summaryWords", briefing.summaryWords());
        root.put("language", briefing.language());
        root.put("articles", briefing.articles().stream().map(a -> article(briefing, a)).toList());
        root.put("summary", briefing.summary().stream().map(s -> sentence(briefing, s)).toList());
        root.put("timeline", briefing.timeline().stream().map(e -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("date", e.date());
            m.put("text", e.text());
            m.put("description", e.description());
            m.put("source", e.source());
            m.put("sources", e.sources());
            m.put("later", e.later());
            m.put("part", e.part().name());
            m.put("expectedAsOf", e.expectedAsOf() == null ? null : e.expectedAsOf().toString());
            if (!e.otherFigures().isEmpty()) {
                m.put("otherFigures", e.otherFigures().stream().map(o -> {
                    Map<String, Object> f = new LinkedHashMap<>();
                    f.put("figure", o.figure());
                    f.put("sources", o.sources());
                    return f;
                }).toList());
            }
            return m;
        }).toList());
        root.put("quotes", briefing.quotes().stream().map(q -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("speaker", q.speaker());
            m.put("role", q.role());
            m.put("text", q.text());
            m.put("source", q.source());
            m.put("partial", q.partial());
            return m;
        }).toList());
        root.put("entities", briefing.entities().stream().map(e -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("name", e.name());
            m.put("type", e.type().name());
            m.put("aliases", e.aliases());
            m.put("mentions", new java.util.TreeMap<>(e.mentions()));
            return m;
        }).toList());
        root.put("disagreements", briefing.disagreements().stream().map(d -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("topic", d.topic());
            m.put("kind", d.kind().label());
            m.put("claims", d.claims().stream().map(JsonRenderer::claim).toList());
            return m;
        }).toList());
        root.put("unique", briefing.unique().stream().map(JsonRenderer::claim).toList());
        root.put("warnings", briefing.warnings());
        Map<String, Object> extensions = new LinkedHashMap<>(briefing.sections());
        STANDARD_SECTIONS.forEach(extensions::remove);
        if (!extensions.isEmpty()) {
            root.put("extensions", extensions);
        }
        if (explain) {
            List<Map<String, Object>> removed = new ArrayList<>();
            for (Article a : briefing.articles()) {
                for (Removal r : a.removed()) {
                    Map<String, Object> m = new LinkedHashMap<>();
                    m.put("article", a.id());
                    m.put("rule", r.rule());
                    m.put("reason", r.reason());
                    m.put("text", r.text());
                    removed.add(m);
                }
            }
            root.put("removed", removed);
        }
        return root;
    }

    private static Map<String, Object> article(Briefing briefing, Article a) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", a.id());
        m.put("title", a.title());
        m.put("outlet", a.outlet());
        if (a.wire() != null) {
            m.put("wire", a.wire());
        }
        m.put("author", a.author());
        m.put("published", a.published() == null ? null : a.published().toString());
        m.put("dateOrigin", a.dateOrigin());
        m.put("dateSource", a.dating().source() == null ? null : a.dating().source().key());
        m.put("dateConfidence", a.dating().confidence());
        m.put("dateBasis", a.dating().basis());
        m.put("notAfter", a.dating().notAfter() == null ? null : a.dating().notAfter().toString());
        m.put("path", a.path() == null ? null : a.path().toString());
        m.put("url", a.url());
        m.put("words", a.wordCount());
        m.put("kind", a.kind().key());
        m.put("kindMark", a.kindMark());
        m.put("later", briefing.laterArticles().contains(a.id()));
        m.put("earlier", briefing.isEarlier(a.id()));
        briefing.reprintOf(a.id()).ifPresent(original -> m.put("reprintOf", original));
        if (briefing.isApart(a.id())) {
            m.put("apart", true);
        }
        ArticleLanguage language = briefing.languages().get(a.id());
        m.put("language", language == null ? null : language.code());
        m.put("languageConfidence", language == null ? null : language.confidence());
        m.put("paragraphs", a.paragraphs());
        return m;
    }

    private static Map<String, Object> claim(Claim c) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("text", c.text());
        m.put("source", c.source());
        if (!c.statement().equals(c.text())) {
            m.put("statement", c.statement());
        }
        if (c.speaker() != null) {
            m.put("speaker", c.speaker());
        }
        if (c.side() >= 0) {
            m.put("side", c.side());
        }
        return m;
    }

    private static Map<String, Object> sentence(Briefing briefing, SummarySentence s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("text", s.text());
        m.put("trimmed", s.trimmed());
        m.put("sentence", s.verbatim());
        m.put("source", s.source());
        m.put("support", s.support());
        m.put("outlets", SourceLabels.labels(briefing, s));
        m.put("sentenceIndex", s.sentenceIndex());
        m.put("paragraph", s.sentence().paragraph());
        m.put("start", s.sentence().start());
        m.put("end", s.sentence().end());
        return m;
    }
}
