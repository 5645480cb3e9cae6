package org.confed.api.http;

import java.util.Map;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * Jetty's own error answers (a request it refuses before Javalin sees it: a malformed URI, a bad header) as
 * problems, with the security headers. A path that climbs above the root ({@code /../etc/passwd},
 * {@code /%2e%2e/}) names nothing here, so it gets 404 like any other unknown path.
 */
final class JettyErrors extends ErrorHandler {

    @Override
    public boolean errorPageForMethod(String method) {
        return true;
    }

    @Override
    protected void generateResponse(Request request, Response response, int code, String message, Throwable cause,
                                    Callback callback) {
        int status = isOutsideTheRoot(code, message, cause) ? 404 : code;
        Problem problem = status == 404
                ? Problem.plain(404, "Nothing is at this path.")
                : Problem.plain(status, StatusPhrases.of(status) + ".");
        JettyAnswers.problem(response, callback, problem, Map.of());
    }

    // Jetty refuses such URIs with 400 "Bad URI" (canonical path above the root) or "Ambiguous URI ...".
    private static boolean isOutsideTheRoot(int code, String message, Throwable cause) {
        if (code != 400) {
            return false;
        }
        if (message != null && message.contains("URI")) {
            return true;
        }
        for (Throwable t = cause; t != null; t = t.getCause()) {
            if (t.getMessage() != null && t.getMessage().contains("URI")) {
                return true;
            }
        }
        return false;
    }
}
