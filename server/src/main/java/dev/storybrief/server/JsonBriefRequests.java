package dev.storybrief.server;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.storybrief.ingest.JsonProblems;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reads the JSON form of a brief request,
 * {@code {"articles":[{"id"?,"title"?,"outlet"?,"date"?,"text" | "html" | "path"}],"words"?,"verbatim"?}}, and says exactly
 * what is wrong with one that does not fit (400), or that asks for too much (413).
 */
final class JsonBriefRequests {
    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
    private static final int MAX_ID = 200;
    private static final int MAX_META = 2000;

    private final int maxArticles;
    private final int maxWords;

    JsonBriefRequests(int maxArticles, int maxWords) {
        this.maxArticles = maxArticles;
        this.maxWords = maxWords;
    }

    /** The request in {@code body}, or an {@link ApiProblem} saying what is wrong with it. */
    BriefRequest parse(byte[] body) {
        JsonNode root = readTree(body);
        if (!root.isObject()) {
            throw ApiProblem.badRequest("the body must be a JSON object {\"articles\": [...]}, got " + kind(root));
        }
        JsonNode articles = root.get("articles");
        if (articles == null || !articles.isArray()) {
            throw ApiProblem.badRequest("\"articles\" must be an array of {\"text\"} or {\"html\"} objects");
        }
        if (articles.isEmpty()) {
            throw ApiProblem.badRequest("\"articles\" is empty: nothing to brief");
        }
        if (articles.size() > maxArticles) {
            throw new ApiProblem(413, "too many articles: " + articles.size() + " (the limit is " + maxArticles + ")");
        }
        List<ArticleInput> inputs = new ArrayList<>();
        for (int i = 0; i < articles.size(); i++) {
            inputs.add(article(articles.get(i), "articles[" + i + "]"));
        }
        return new BriefRequest(inputs, words(root.get("words"), maxWords), verbatim(root.get("verbatim")));
    }

    private static JsonNode readTree(byte[] body) {
        if (body.length == 0) {
            throw ApiProblem.badRequest("empty body: expected JSON {\"articles\": [...]}");
        }
        try {
            JsonNode root = JSON.readTree(body);
            if (root == null || root.isMissingNode()) {
                throw ApiProblem.badRequest("empty body: expected JSON {\"articles\": [...]}");
            }
            return root;
        } catch (JsonProcessingException e) {
            String why = oneLine(JsonProblems.reason(e));
            if (why.startsWith("Invalid UTF-8")) {
                // the bytes are text in another charset, not broken JSON: say what to send instead
                throw ApiProblem.badRequest("the body is not UTF-8 (" + why + "): send JSON as UTF-8, or name its"
                        + " charset in Content-Type (application/json; charset=...)");
            }
            throw ApiProblem.badRequest("malformed JSON" + JsonProblems.where(e) + ": " + why);
        } catch (IOException e) {
            throw ApiProblem.badRequest("unreadable body: " + oneLine(e.getMessage()));
        }
    }

    private static ArticleInput article(JsonNode node, String where) {
        if (!node.isObject()) {
            throw ApiProblem.badRequest(where + " must be an object, got " + kind(node));
        }
        String text = string(node, "text", where, Integer.MAX_VALUE);
        String html = string(node, "html", where, Integer.MAX_VALUE);
        String path = string(node, "path", where, 4096);
        int given = (text != null ? 1 : 0) + (html != null ? 1 : 0) + (path != null ? 1 : 0);
        if (given != 1) {
            throw ApiProblem.badRequest(where + " needs exactly one of \"text\", \"html\" or \"path\"");
        }
        if (path != null) {
            return new ArticleInput.ServerPath(path);
        }
        if ((text != null ? text : html).isBlank()) {
            throw ApiProblem.badRequest(where + (text != null ? ".text" : ".html") + " is empty");
        }
        String id = string(node, "id", where, MAX_ID);
        if (id != null && id.isBlank()) {
            throw ApiProblem.badRequest(where + ".id is empty");
        }
        return new ArticleInput.Inline(id == null ? null : id.strip(), string(node, "title", where, MAX_META),
                string(node, "outlet", where, MAX_META), string(node, "date", where, MAX_META), text, html);
    }

    private static String string(JsonNode node, String field, String where, int maxLength) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isTextual()) {
            throw ApiProblem.badRequest(where + "." + field + " must be a string, got " + kind(value));
        }
        if (value.textValue().length() > maxLength) {
            throw ApiProblem.badRequest(where + "." + field + " is longer than " + maxLength + " characters");
        }
        return value.textValue();
    }

    /** Whether summary sentences stay whole: absent means trimmed; otherwise a JSON boolean. */
    static boolean verbatim(JsonNode value) {
        if (value == null || value.isNull()) {
            return false;
        }
        if (!value.isBoolean()) {
            throw ApiProblem.badRequest("\"verbatim\" must be true or false");
        }
        return value.booleanValue();
    }

    /** The same from a form field: "true", "on" (a ticked checkbox) or "false"; empty means false. */
    static boolean verbatim(String value) {
        if (value == null || value.isBlank()) {
            return false;
        }
        return switch (value.strip().toLowerCase(java.util.Locale.ROOT)) {
            case "true", "on" -> true;
            case "false" -> false;
            default -> throw ApiProblem.badRequest("\"verbatim\" must be true or false");
        };
    }

    /** The word budget: absent means the default; otherwise a whole number in 1..max. */
    static int words(JsonNode value, int max) {
        if (value == null || value.isNull()) {
            return BriefRequest.DEFAULT_WORDS;
        }
        if (!value.canConvertToInt() || !value.isIntegralNumber()) {
            throw ApiProblem.badRequest("\"words\" must be a whole number from 1 to " + max);
        }
        return checkedWords(value.intValue(), max);
    }

    /** The word budget from a form field. */
    static int words(String value, int max) {
        if (value == null || value.isBlank()) {
            return BriefRequest.DEFAULT_WORDS;
        }
        try {
            return checkedWords(Integer.parseInt(value.strip()), max);
        } catch (NumberFormatException e) {
            throw ApiProblem.badRequest("\"words\" must be a whole number from 1 to " + max);
        }
    }

    private static int checkedWords(int words, int max) {
        if (words < 1 || words > max) {
            throw ApiProblem.badRequest("\"words\" must be from 1 to " + max + ", got " + words);
        }
        return words;
    }

    private static String kind(JsonNode node) {
        return node.getNodeType().name().toLowerCase(Locale.ROOT);
    }

    static String oneLine(String message) {
        if (message == null) {
            return "no detail";
        }
        String line = message.replaceAll("\\s*\\R\\s*", " ").strip();
        return line.length() > 300 ? line.substring(0, 300) + "..." : line;
    }
}
