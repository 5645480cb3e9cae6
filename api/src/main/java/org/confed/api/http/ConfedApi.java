package org.confed.api.http;

import io.javalin.Javalin;
import io.javalin.compression.CompressionStrategy;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.http.HandlerType;
import io.javalin.http.HttpResponseException;
import io.javalin.http.staticfiles.Location;
import io.javalin.json.JavalinJackson;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import org.confed.application.json.Json;
import org.confed.application.json.RecordJson;
import org.confed.domain.model.ActionPlan;
import org.confed.domain.model.Meeting;
import org.confed.domain.model.State;
import org.confed.domain.model.StateCode;
import org.confed.domain.port.Registry;
import org.eclipse.jetty.http.HttpVersion;
import org.eclipse.jetty.io.ByteBufferPool;
import org.eclipse.jetty.server.ConnectionFactory;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.SecureRequestCustomizer;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.SslConnectionFactory;

/**
 * The HTTP API of a registry, as a Javalin application: build it with {@link #create}, then
 * {@code start(host, port)} and, at the end, {@code stop()}.
 *
 * <p>Every route is declared once in a route table (see {@link #routes}) that both registers it and writes the
 * OpenAPI document at {@code GET /openapi.json}; each GET route also answers HEAD, running the same handler. Reads are public; writes need {@code Authorization: Bearer TOKEN}.
 * Every error is an RFC 9457 problem ({@code application/problem+json}) with an {@code errors} list naming each bad
 * field, written by one exception mapper; Jetty's own refusals are written the same way. Every answer carries the
 * security headers; large answers are gzipped when the client accepts it. The expensive routes are held to the
 * configured {@link LoadLimits} by Jetty handlers in front of Javalin ({@link LoadShedding}); with a
 * {@link TlsIdentity} the server answers HTTPS only.
 */
public final class ConfedApi {
    private static final List<Integer> ERROR_STATUSES = List.of(400, 401, 403, 404, 405, 406, 408, 409, 410, 411, 412,
            413, 414, 415, 416, 422, 429, 431, 500, 501, 502, 503, 504);

    private ConfedApi() {
    }

    /**
     * The API of {@code registry}, configured by {@code config}; not started.
     *
     * @param registry the store it answers from and writes to
     * @param config   how it behaves
     * @return the application, to {@code start(host, port)}
     * @throws IllegalStateException when the route table is inconsistent (a bug, found at once)
     */
    public static Javalin create(Registry registry, ApiConfig config) {
        return create(registry, config, null);
    }

    /**
     * As {@link #create(Registry, ApiConfig)}, with {@code POST /api/backup} answered by {@code backups}.
     *
     * @param registry the store it answers from and writes to
     * @param config   how it behaves
     * @param backups  takes a backup of the store, or {@code null} when the store has no backup of confed's own
     *                 (PostgreSQL, backed up with pg_dump): the route then answers 501
     * @return the application, to {@code start(host, port)}
     */
    public static Javalin create(Registry registry, ApiConfig config, BackupSource backups) {
        Objects.requireNonNull(registry, "registry");
        Objects.requireNonNull(config, "config");
        AtomicReference<List<Route>> table = new AtomicReference<>();
        Supplier<byte[]> document = new Supplier<>() {
            private byte[] made;

            // made when first asked for, or by the warm-up once the server answers: not on the way to its first answer
            @Override
            public synchronized byte[] get() {
                if (made == null) {
                    made = Replies.bytes(OpenApi.document(table.get(), config.limits()));
                }
                return made;
            }
        };
        List<Route> routes = routes(registry, config, backups, document);
        table.set(routes);
        ProblemMapper problems = new ProblemMapper(config);
        Guard guard = new Guard(config.tokens());
        Cors cors = config.corsOrigins().isEmpty() ? null : new Cors(config.corsOrigins());
        return Javalin.create(javalin -> {
            configure(javalin, config, routes, problems, guard, cors);
            javalin.events.serverStarted(() -> {
                Thread warming = new Thread(() -> {
                    warmUp();
                    document.get();
                }, "confed-warm-up");
                warming.setDaemon(true);
                warming.start();
            });
        });
    }

    /** The route table: generic record routes, with the specialised ones in place of some of them. */
    static List<Route> routes(Registry registry, ApiConfig config, Supplier<byte[]> document) {
        return routes(registry, config, null, document);
    }

    static List<Route> routes(Registry registry, ApiConfig config, BackupSource backups, Supplier<byte[]> document) {
        MetaRoutes meta = new MetaRoutes(registry);
        PlanRoutes plans = new PlanRoutes(registry, config);
        TransferRoutes transfer = new TransferRoutes(registry, config, backups);
        PersonRoutes persons = new PersonRoutes(registry, config);
        RouteTable table = new RouteTable()
                .add(meta.health())
                .addAll(new RecordRoutes(registry, config).routes())
                .replace(new MeetingRoutes(registry, config).search())
                .replace(persons.page())
                .add(persons.merge())
                .replace(plans.list())
                .replace(plans.page())
                .add(plans.appendEvent())
                .addAll(new ConfederationRoutes(registry, config).routes())
                .addAll(new PostRoutes(registry, config).routes())
                .add(new TimelineRoutes(registry, config).timeline())
                .add(new TimelineRoutes(registry, config).counts())
                .add(new AuditRoutes(registry).audit())
                .addAll(new HistoryRoutes(registry, config).routes())
                .add(transfer.importRecords())
                .add(transfer.export())
                .add(transfer.backup())
                .add(meta.openApi(document));
        return table.routes();
    }

    private static void configure(JavalinConfig javalin, ApiConfig config, List<Route> routes, ProblemMapper problems,
                                  Guard guard, Cors cors) {
        javalin.startup.showJavalinBanner = false;
        javalin.startup.showOldJavalinVersionWarning = false;
        javalin.jsonMapper(new JavalinJackson(Json.mapper(), false));
        javalin.http.prefer405over404 = true;
        javalin.http.maxRequestSize = config.maxBodyBytes();
        javalin.http.generateEtags = false;
        javalin.http.compressionStrategy = CompressionStrategy.GZIP;
        javalin.jetty.modifyServer(server -> server.setErrorHandler(new JettyErrors()));
        javalin.jetty.modifyServer(server -> LoadShedding.install(server, config.limits()));
        // replaces Javalin's own connector; start(host, port) still names where it listens
        javalin.jetty.addConnector((server, http) -> connector(server, http, config.tls(), javalin));
        javalin.jetty.modifyServletContextHandler(handler -> handler.setErrorHandler(new JettyErrors()));
        javalin.jetty.modifyHttpConfiguration(http -> {
            http.setSendServerVersion(false);
            http.setSendXPoweredBy(false);
            // Jetty caches the header fields of a connection and by default matches them ignoring case: a request
            // with "Bearer abc" after one with "Bearer ABC" on the same connection was handed "Bearer ABC". Tokens are
            // case-sensitive, so the cache must be too.
            http.setHeaderCacheCaseSensitive(true);
            // the connector's buffers are not pooled (see connector): heap buffers cost little to allocate
            http.setUseInputDirectByteBuffers(false);
            http.setUseOutputDirectByteBuffers(false);
        });
        serveWeb(javalin, config.webRoot());
        ApiDocs.serve(javalin);

        javalin.routes.before(SecurityHeaders::apply);
        if (cors != null) {
            javalin.routes.before(cors::apply);
        }
        javalin.routes.before(ConfedApi::refuseTrace);
        for (Route route : routes) {
            Handler handler = route.write() ? guarded(guard, route.handler()) : route.handler();
            javalin.routes.addHttpHandler(route.method(), route.path(), handler);
            if (HandlerType.GET.equals(route.method())) {
                // Javalin would answer HEAD itself with an empty 200, even for a record that does not exist.
                javalin.routes.addHttpHandler(HandlerType.HEAD, route.path(), handler);
            }
        }
        javalin.routes.exception(HttpResponseException.class, problems::handle);
        javalin.routes.exception(Exception.class, problems::handle);
        for (int status : ERROR_STATUSES) {
            javalin.routes.error(status, problems::handleStatus);
        }
    }

    /**
     * The one connector, plain or TLS, on buffers that are never pooled. Jetty 12.1 (12.1.12 and 12.1.14 alike) hands
     * a buffer back to its pool while a connection refusing an oversized head still uses it: 10 of 160,800 refusals
     * (414 or 431, one to three clients at once) answered with 4 KiB of another connection's request before their
     * own head, with a 505, or with nothing. A buffer never reused cannot carry another client's bytes (0 of 108,000).
     */
    private static ServerConnector connector(Server server, HttpConfiguration plain, TlsIdentity identity,
                                             JavalinConfig javalin) {
        ConnectionFactory[] factories;
        if (identity == null) {
            factories = new ConnectionFactory[] {new HttpConnectionFactory(plain)};
        } else {
            HttpConfiguration https = new HttpConfiguration(plain);
            https.addCustomizer(new SecureRequestCustomizer());
            factories = new ConnectionFactory[] {
                    new SslConnectionFactory(identity.sslContextFactory(), HttpVersion.HTTP_1_1.asString()),
                    new HttpConnectionFactory(https)};
        }
        ServerConnector connector = new ServerConnector(server, null, null, ByteBufferPool.NON_POOLING, -1, -1,
                factories);
        connector.setHost(javalin.jetty.host);
        connector.setPort(javalin.jetty.port);
        return connector;
    }

    private static Handler guarded(Guard guard, Handler handler) {
        return ctx -> {
            guard.admit(ctx);
            handler.handle(ctx);
        };
    }

    // TRACE echoes requests (cross-site tracing); CONNECT tunnels. Neither has a place here, on any path.
    private static void refuseTrace(Context ctx) {
        if (HandlerType.TRACE.equals(ctx.method()) || HandlerType.CONNECT.equals(ctx.method())) {
            throw new ProblemException(new Problem("about:blank", StatusPhrases.of(405), 405,
                    ctx.method().name() + " is not allowed.",
                    List.of(new FieldError("method", ctx.method().name() + " is not allowed"))),
                    Map.of("Allow", "GET, HEAD, PUT, POST, OPTIONS"));
        }
    }

    // The page is optional: a missing folder (a build without it) must not stop the API.
    private static void serveWeb(JavalinConfig javalin, String webRoot) {
        if (webRoot == null || ConfedApi.class.getResource(webRoot) == null) {
            return;
        }
        javalin.staticFiles.add(files -> {
            files.hostedPath = "/";
            files.directory = webRoot;
            files.location = Location.CLASSPATH;
            // Dot files (.gitkeep) are build leftovers, not part of the page.
            files.skipFileFunction = request -> request.getRequestURI().contains("/.");
        });
    }

    // The first reads and writes of records should not pay for Jackson's and the codec's start-up; the server starts
    // answering (health first) while this runs.
    private static void warmUp() {
        try {
            State sample = new State(StateCode.of("MLI"), "Mali", Map.of("fr", "Mali"), List.of(), null);
            byte[] written = Replies.bytes(RecordJson.codec().toJson(sample));
            RecordJson.codec().fromJson(Json.mapper().readTree(written), null);
            RecordCollection.of(Meeting.class);
            RecordCollection.of(ActionPlan.class);
        } catch (IOException e) {
            throw new IllegalStateException("the JSON mapper cannot read what it wrote", e);
        }
    }
}
