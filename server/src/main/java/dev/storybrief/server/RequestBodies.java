package dev.storybrief.server;

import io.javalin.http.Context;
import io.javalin.http.UploadedFile;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reads a brief request from the HTTP body, JSON or multipart, never holding more than the size limit in memory:
 * a declared length over the limit is refused before reading, and a body that turns out longer is cut off there
 * (what is left of a refused body is read and dropped by {@link RefusedBodies}, so its client gets the reply).
 */
final class RequestBodies {
    private final long maxBytes;
    private final int maxArticles;
    private final int maxWords;
    private final JsonBriefRequests json;

    RequestBodies(long maxBytes, int maxArticles, int maxWords) {
        this.maxBytes = maxBytes;
        this.maxArticles = maxArticles;
        this.maxWords = maxWords;
        this.json = new JsonBriefRequests(maxArticles, maxWords);
    }

    /** The request in the body; {@link ApiProblem} 400, 413 or 415 when it cannot be one. */
    BriefRequest read(Context ctx) {
        long declared = ctx.req().getContentLengthLong();
        if (declared > maxBytes) {
            throw tooLarge(declared);
        }
        String type = ctx.contentType() == null ? "" : ctx.contentType().toLowerCase(Locale.ROOT);
        if (type.startsWith("application/json")) {
            return json.parse(BodyCharset.asUtf8(readCapped(ctx), type));
        }
        if (type.startsWith("multipart/form-data")) {
            return multipart(ctx);
        }
        throw new ApiProblem(415, "send the articles as application/json or multipart/form-data"
                + (type.isEmpty() ? " (no Content-Type given)" : " (got " + type + ")"));
    }

    private byte[] readCapped(Context ctx) {
        RefusedBodies.opening(ctx);
        // not closed here: what is left of a body over the limit is read by RefusedBodies before the 413 goes out
        try {
            InputStream in = ctx.req().getInputStream();
            byte[] body = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
            if (body.length > maxBytes) {
                throw tooLarge(-1);
            }
            return body;
        } catch (IOException e) {
            throw ApiProblem.badRequest("could not read the request body: " + JsonBriefRequests.oneLine(e.getMessage()));
        }
    }

    private BriefRequest multipart(Context ctx) {
        List<UploadedFile> files;
        List<String> texts;
        List<String> htmls;
        List<String> paths;
        String words;
        String verbatim;
        RefusedBodies.opening(ctx);
        try {
            files = ctx.uploadedFiles();
            texts = ctx.formParams("text");
            htmls = ctx.formParams("html");
            paths = ctx.formParams("path");
            words = ctx.formParam("words");
            verbatim = ctx.formParam("verbatim");
        } catch (Exception e) {
            // Jetty reports a broken form as a (checked) ServletException or an IllegalStateException.
            throw multipartProblem(e);
        }
        int count = files.size() + texts.size() + htmls.size() + paths.size();
        if (count == 0) {
            throw ApiProblem.badRequest("the form holds no article: add files, or \"text\", \"html\" or \"path\" fields");
        }
        if (count > maxArticles) {
            throw new ApiProblem(413, "too many articles: " + count + " (the limit is " + maxArticles + ")");
        }
        List<ArticleInput> inputs = new ArrayList<>();
        for (UploadedFile f : files) {
            inputs.add(new ArticleInput.Upload(f.filename(), content(f)));
        }
        texts.stream().filter(t -> !t.isBlank()).forEach(t -> inputs.add(new ArticleInput.Inline(null, null, null, null, t, null)));
        htmls.stream().filter(h -> !h.isBlank()).forEach(h -> inputs.add(new ArticleInput.Inline(null, null, null, null, null, h)));
        paths.stream().filter(p -> !p.isBlank()).forEach(p -> inputs.add(new ArticleInput.ServerPath(p.strip())));
        if (inputs.isEmpty()) {
            throw ApiProblem.badRequest("every article in the form is empty");
        }
        return new BriefRequest(inputs, JsonBriefRequests.words(words, maxWords), JsonBriefRequests.verbatim(verbatim));
    }

    private static byte[] content(UploadedFile file) {
        try (InputStream in = file.content()) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw ApiProblem.badRequest("could not read the uploaded file " + file.filename());
        }
    }

    private ApiProblem multipartProblem(Exception e) {
        String why = reason(e);
        String lower = why.toLowerCase(Locale.ROOT);
        if (lower.contains("exceed") || lower.contains("too large") || lower.contains("too big")) {
            return tooLarge(-1);
        }
        return ApiProblem.badRequest("malformed multipart/form-data body: " + why);
    }

    /** The most specific message in a chain of exceptions, without class names or status prefixes. */
    private static String reason(Throwable e) {
        String message = null;
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t.getMessage() != null && !t.getMessage().isBlank()) {
                message = t.getMessage();
            }
        }
        if (message == null) {
            return "unreadable form";
        }
        String cleaned = message.replaceAll("^(?:[\\w.$]+(?:Exception|Error):\\s*)+", "").replaceAll("^\\d{3}:\\s*", "");
        return JsonBriefRequests.oneLine(cleaned.isBlank() ? "unreadable form" : cleaned);
    }

    private ApiProblem tooLarge(long declared) {
        return new ApiProblem(413, "request body too large" + (declared > 0 ? " (" + declared + " bytes)" : "")
                + ": the limit is " + maxBytes + " bytes");
    }
}
