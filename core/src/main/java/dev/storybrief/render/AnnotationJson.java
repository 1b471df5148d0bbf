package dev.storybrief.render;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.storybrief.model.AnalyzedArticle;
import dev.storybrief.model.EntitySpan;
import dev.storybrief.model.Mention;
import dev.storybrief.model.QuantitySpan;
import dev.storybrief.model.QuoteSpan;
import dev.storybrief.model.Sentence;
import dev.storybrief.model.TimexSpan;
import dev.storybrief.model.TimexType;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One annotated document as one line of JSON, the output of {@code storybrief annotate}: every layer with offsets
 * into the document's text (Java string indices, end exclusive), as NLP pipelines such as CoreNLP and spaCy give
 * them, so each annotator can be scored against third-party gold data.
 */
public final class AnnotationJson {
    /** Identifies the shape in every line. */
    public static final String SCHEMA = "storybrief/annotation/v1";
    private static final ObjectMapper JSON = new ObjectMapper();

    private AnnotationJson() {
    }

    /**
     * The document as one line of JSON (no line break inside).
     *
     * @param withText true to include the text the offsets refer to (for a document that was cleaned first)
     */
    public static String line(AnalyzedArticle doc, boolean withText) {
        try {
            return JSON.writeValueAsString(toMap(doc, withText));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("an annotated document always serialises", e);
        }
    }

    /** The document as ordered maps and lists. */
    public static Map<String, Object> toMap(AnalyzedArticle doc, boolean withText) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("schema", SCHEMA);
        root.put("id", doc.id());
        root.put("language", doc.language());
        root.put("languageConfidence", doc.languageConfidence());
        root.put("date", doc.article().published() == null ? null : doc.article().published().toString());
        root.put("dateOrigin", doc.article().dateOrigin());
        if (withText) {
            root.put("text", doc.text());
        }
        root.put("sentences", doc.sentences().stream().map(s -> sentence(doc, s)).toList());
        root.put("entities", doc.entities().stream().map(AnnotationJson::entity).toList());
        root.put("timexes", doc.timexes().stream().map(AnnotationJson::timex).toList());
        root.put("quotes", doc.quotes().stream().map(AnnotationJson::quote).toList());
        root.put("quantities", doc.quantities().stream().map(AnnotationJson::quantity).toList());
        return root;
    }

    private static Map<String, Object> sentence(AnalyzedArticle doc, Sentence s) {
        Map<String, Object> m = span(doc.start(s), doc.end(s));
        if (doc.headings().contains(s.paragraph())) {
            m.put("heading", true);
        }
        return m;
    }

    private static Map<String, Object> entity(EntitySpan e) {
        Map<String, Object> m = span(e.start(), e.end());
        m.put("text", e.text());
        m.put("type", e.type().name());
        m.put("name", e.name());
        return m;
    }

    private static Map<String, Object> timex(TimexSpan t) {
        if (t.length() != null) {
            // TimeML's TIMEX3 for "one year after he was killed" is the duration; "after" is a signal
            Map<String, Object> m = span(t.start(), t.start() + t.length().text().length());
            m.put("text", t.length().text());
            m.put("type", TimexType.DURATION.name());
            m.put("value", t.length().value());
            return m;
        }
        Map<String, Object> m = span(t.start(), t.end());
        m.put("text", t.text());
        m.put("type", t.type().name());
        m.put("value", t.value());
        return m;
    }

    private static Map<String, Object> quote(QuoteSpan q) {
        Map<String, Object> m = span(q.start(), q.end());
        m.put("text", q.text());
        m.put("cue", mention(q.cue()));
        m.put("speaker", mention(q.speaker()));
        m.put("speakerName", q.speakerName());
        m.put("speakerRole", q.speakerRole());
        m.put("partial", q.partial());
        return m;
    }

    private static Map<String, Object> quantity(QuantitySpan q) {
        Map<String, Object> m = span(q.start(), q.end());
        m.put("text", q.text());
        m.put("value", q.value());
        m.put("qualifier", q.qualifier().name());
        if (q.qualifier() == dev.storybrief.model.Qualifier.RANGE) {
            m.put("from", q.from()); // "between 40 and 60": the value is the high end
        }
        m.put("unit", q.unit());
        m.put("key", q.key());
        return m;
    }

    private static Map<String, Object> mention(Mention m) {
        if (m == null) {
            return null;
        }
        Map<String, Object> map = span(m.start(), m.end());
        map.put("text", m.text());
        return map;
    }

    private static Map<String, Object> span(int start, int end) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("start", start);
        m.put("end", end);
        return m;
    }
}
