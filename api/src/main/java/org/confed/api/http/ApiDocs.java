package org.confed.api.http;

import io.javalin.config.JavalinConfig;
import io.javalin.http.staticfiles.Location;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * The API reference for people at {@code /api/docs}: Swagger UI, from its webjar in the jar, reading this server's
 * {@code /openapi.json}. Our page and start-up script ({@code /docs} on the class path) come first; Swagger UI's
 * files fill in the rest. Static files, not routes: the page is no operation of the API.
 */
final class ApiDocs {
    static final String PATH = "/api/docs";
    private static final String OUR_FILES = "/docs";
    private static final String WEBJAR = "/META-INF/resources/webjars/swagger-ui/";
    private static final String WEBJAR_VERSION = "/META-INF/maven/org.webjars/swagger-ui/pom.properties";

    private ApiDocs() {
    }

    static void serve(JavalinConfig javalin) {
        String swaggerUi = WEBJAR + webjarVersion();
        for (String directory : new String[] {OUR_FILES, swaggerUi}) {
            javalin.staticFiles.add(files -> {
                files.hostedPath = PATH;
                files.directory = directory;
                files.location = Location.CLASSPATH;
                // Swagger UI's own start page would load the petstore document from the Internet.
                files.skipFileFunction = request -> directory.equals(swaggerUi)
                        && request.getRequestURI().matches(".*/(index\\.html|swagger-initializer\\.js|oauth2-redirect.*)$");
            });
        }
    }

    // The webjar's files sit under its version; read it from the webjar itself rather than repeat it here.
    private static String webjarVersion() {
        try (InputStream in = ApiDocs.class.getResourceAsStream(WEBJAR_VERSION)) {
            if (in == null) {
                throw new IllegalStateException("Swagger UI's webjar is not on the class path");
            }
            Properties properties = new Properties();
            properties.load(in);
            return properties.getProperty("version");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
