package org.confed.bench;

import io.javalin.Javalin;

/**
 * The yardstick for {@code startup_vs_bare_javalin}: a Javalin hello-world with nothing but a health route, packed in
 * a jar of its own (Javalin, Jetty and their dependencies only). {@code BareJavalin PORT}.
 */
public final class BareJavalin {
    private BareJavalin() {
    }

    public static void main(String... args) {
        Javalin app = Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.routes.get("/api/health", ctx -> ctx.contentType("application/json").result("{\"status\":\"ok\"}"));
        });
        Runtime.getRuntime().addShutdownHook(new Thread(app::stop, "bare-javalin-shutdown"));
        app.start("127.0.0.1", Integer.parseInt(args[0]));
    }
}
