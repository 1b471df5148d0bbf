package dev.storybrief.server;

import dev.storybrief.NothingToBriefException;
import io.javalin.Javalin;
import io.javalin.config.JavalinConfig;
import io.javalin.config.SizeUnit;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.BindException;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The storybrief web server: the page at {@code /}, the JSON API under {@code /api}, its description at
 * {@code /openapi.json} and {@code /health}. Start one with {@link #start(ServerConfig)}; port 0 picks a free
 * port, which {@link #port()} then tells.
 */
public final class StorybriefServer implements AutoCloseable {
    private static final String SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    private final ServerConfig config;
    private final BriefStore store;
    private final dev.storybrief.server.desk.DeskStore desk;
    private final BriefingPool pool;
    private final Javalin app;

    private StorybriefServer(ServerConfig config) {
        this.config = config;
        Path scratch = config.dataDir().resolve("scratch");
        ArticleAssembler.deleteQuietly(scratch);
        AllowedFolder allowed = AllowedFolder.of(config.allowDir());
        this.store = BriefStore.open(config.dataDir());
        this.desk = dev.storybrief.server.desk.DeskStore.open(config.dataDir());
        DeskRoutes deskRoutes = new DeskRoutes(desk);
        this.pool = new BriefingPool(config.workers(), config.queueCapacity(), config.briefTimeout());
        BriefingService service = new BriefingService(
                new ArticleAssembler(scratch, allowed, config.maxRequestBytes(), config.maxArticles()), store);
        BriefRoutes routes = new BriefRoutes(config, pool, service, store, deskRoutes::feedHealth);
        AccessGuard guard = new AccessGuard(config.token(), isLoopback(config.bind()));
        this.app = Javalin.create(c -> configure(c, guard, routes, deskRoutes));
    }

    /** Starts a server; throws {@link IllegalStateException} with a one-line reason when it cannot listen. */
    public static StorybriefServer start(ServerConfig config) {
        try {
            Files.createDirectories(config.dataDir());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the data folder " + config.dataDir(), e);
        }
        StorybriefServer server = new StorybriefServer(config);
        try {
            server.app.start(config.bind(), config.port());
        } catch (RuntimeException e) {
            server.releaseResources();
            throw new IllegalStateException("cannot listen on " + config.bind() + ":" + config.port()
                    + (causedBy(e, BindException.class) ? " (address in use or not available)" : " (" + e.getMessage() + ")"));
        }
        return server;
    }

    private void configure(JavalinConfig c, AccessGuard guard, BriefRoutes routes, DeskRoutes deskRoutes) {
        c.startup.showJavalinBanner = false;
        c.startup.showOldJavalinVersionWarning = false;
        c.http.maxRequestSize = config.maxRequestBytes();
        c.jetty.multipartConfig.maxTotalRequestSize(config.maxRequestBytes(), SizeUnit.BYTES);
        c.jetty.multipartConfig.maxFileSize(config.maxRequestBytes(), SizeUnit.BYTES);
        c.jetty.multipartConfig.maxInMemoryFileSize((int) Math.min(Integer.MAX_VALUE, config.maxRequestBytes()),
                SizeUnit.BYTES);
        c.routes.before(ctx -> {
            securityHeaders(ctx);
            guard.check(ctx);
        });
        // every refusal, whichever handler made it, first reads what the client still sends (see RefusedBodies)
        c.routes.after(RefusedBodies::drain);
        routes.register(c.routes);
        deskRoutes.register(c.routes);
        WebAssets.register(c.routes);
        c.routes.exception(ApiProblem.class, (e, ctx) -> JsonReplies.error(ctx, e.status(), e.getMessage(), e.details(),
                e.reason()));
        c.routes.exception(NothingToBriefException.class,
                (e, ctx) -> JsonReplies.error(ctx, 400, "no usable article: " + e.getMessage(), e.warnings()));
        // the servlet container itself reads a Content-Type's charset before a handler can: one it does not know
        c.routes.exception(java.nio.charset.UnsupportedCharsetException.class,
                (e, ctx) -> unknownCharset(ctx, e.getCharsetName()));
        c.routes.exception(java.nio.charset.IllegalCharsetNameException.class,
                (e, ctx) -> unknownCharset(ctx, e.getCharsetName()));
        c.routes.exception(HttpResponseException.class, (e, ctx) -> {
            if (e.getStatus() == 404 && MissingPage.wanted(ctx)) {
                MissingPage.reply(ctx);
                return;
            }
            JsonReplies.error(ctx, e.getStatus(),
                    e.getMessage() == null || e.getMessage().isBlank() ? "request refused" : e.getMessage(), List.of());
        });
        c.routes.exception(Exception.class, (e, ctx) -> {
            System.err.println("storybrief serve: " + ctx.method() + " " + ctx.path() + " failed: " + e);
            JsonReplies.error(ctx, 500, "internal error: " + e.getClass().getSimpleName(), List.of());
        });
    }

    private static void unknownCharset(Context ctx, String name) {
        JsonReplies.error(ctx, 415, "unknown charset \"" + JsonBriefRequests.oneLine(String.valueOf(name))
                + "\": send JSON as UTF-8", List.of());
    }

    private static void securityHeaders(Context ctx) {
        ctx.header("Content-Security-Policy", SECURITY_POLICY);
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.header("Referrer-Policy", "no-referrer");
        ctx.header("X-Frame-Options", "DENY");
    }

    /** The port the server listens on (the one picked when the configuration said 0). */
    public int port() {
        return app.port();
    }

    /** The base address, e.g. {@code http://127.0.0.1:8080/}. */
    public URI uri() {
        String host = config.bind().contains(":") ? "[" + config.bind() + "]" : config.bind();
        if (host.equals("0.0.0.0") || host.equals("[::]")) {
            host = "127.0.0.1";
        }
        return URI.create("http://" + host + ":" + port() + "/");
    }

    /** The configuration the server runs with. */
    public ServerConfig config() {
        return config;
    }

    /** Stops listening, finishes nothing new, and closes the database. */
    public void stop() {
        app.stop();
        releaseResources();
    }

    private void releaseResources() {
        pool.close();
        store.close();
        desk.close();
    }

    @Override
    public void close() {
        stop();
    }

    private static boolean isLoopback(String bind) {
        try {
            return InetAddress.getByName(bind).isLoopbackAddress();
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException("--bind " + bind + ": unknown address");
        }
    }

    private static boolean causedBy(Throwable e, Class<? extends Throwable> type) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }
}
