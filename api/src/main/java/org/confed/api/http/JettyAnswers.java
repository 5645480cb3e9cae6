package org.confed.api.http;

import java.nio.ByteBuffer;
import java.util.Map;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/** Problems written by Jetty's own handlers, before Javalin sees the request: the same body and headers as the API's. */
final class JettyAnswers {
    private JettyAnswers() {
    }

    static void problem(Response response, Callback callback, Problem problem, Map<String, String> headers) {
        if (response.isCommitted()) {
            callback.failed(new IllegalStateException("the answer was already begun"));
            return;
        }
        response.setStatus(problem.status());
        SecurityHeaders.ALWAYS.forEach((name, value) -> response.getHeaders().put(name, value));
        headers.forEach((name, value) -> response.getHeaders().put(name, value));
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, Problem.MEDIA_TYPE);
        response.getHeaders().put(HttpHeader.CACHE_CONTROL, "no-store");
        byte[] body = Replies.bytes(ProblemMapper.toJson(problem));
        response.getHeaders().put(HttpHeader.CONTENT_LENGTH, body.length);
        response.write(true, ByteBuffer.wrap(body), callback);
    }
}
