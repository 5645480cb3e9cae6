package org.confed.api.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicLong;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.Callback;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@link MinimumDataRate} on a real Jetty server, in front of a handler that writes an endless answer or reads a whole
 * body: a client that moves data slower than the rate is cut off long before the end; a quick one is served whole.
 */
class MinimumDataRateTest {
    private static final long RATE = 1024 * 1024;
    private static final long ENDLESS = 1L << 34;
    /** Far more than a cut-off client moves (the grace at a sixth of the rate, plus socket buffers); 100 s at that pace. */
    private static final long FAR = 16L * 1024 * 1024;
    private Server server;
    private final AtomicLong bodyRead = new AtomicLong();

    @BeforeEach
    void start() throws Exception {
        server = new Server();
        ServerConnector connector = new ServerConnector(server);
        connector.setHost("127.0.0.1");
        server.addConnector(connector);
        server.setHandler(new MinimumDataRate(RATE));
        ((Handler.Wrapper) server.getHandler()).setHandler(new Handler.Abstract() {
            @Override
            public boolean handle(Request request, Response response, Callback callback) throws Exception {
                if (request.getMethod().equals("GET")) {
                    byte[] chunk = new byte[64 * 1024];
                    try (OutputStream out = Content.Sink.asOutputStream(response)) {
                        for (long sent = 0; sent < ENDLESS; sent += chunk.length) {
                            out.write(chunk);
                        }
                    }
                } else {
                    try (InputStream in = Content.Source.asInputStream(request)) {
                        byte[] buffer = new byte[8192];
                        for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                            bodyRead.addAndGet(n);
                        }
                    }
                    response.setStatus(204);
                }
                callback.succeeded();
                return true;
            }
        });
        server.start();
    }

    @AfterEach
    void stop() throws Exception {
        server.stop();
    }

    private int port() {
        return ((ServerConnector) server.getConnectors()[0]).getLocalPort();
    }

    @Test
    void a_reader_slower_than_the_rate_is_cut_off_long_before_the_end() throws Exception {
        long read = 0;
        try (Socket socket = new Socket()) {
            socket.setReceiveBufferSize(16 * 1024);
            socket.connect(new java.net.InetSocketAddress("127.0.0.1", port()));
            socket.setSoTimeout(120_000);
            socket.getOutputStream().write("GET / HTTP/1.1\r\nHost: localhost\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
            InputStream in = socket.getInputStream();
            byte[] buffer = new byte[16 * 1024];
            try {
                // 16 KiB every 100 ms: 160 KiB/s, a sixth of the rate
                for (int n = in.read(buffer); n >= 0 && read < FAR; n = in.read(buffer)) {
                    read += n;
                    Thread.sleep(100);
                }
            } catch (IOException reset) {
                // cut off: what this test expects
            }
        }

        // before the cut: the grace (5 s at 160 KiB/s) plus what the socket buffers held, a few MiB at most
        assertTrue(read < FAR, "read " + read + " bytes at a sixth of the rate before the server gave up");
    }

    @Test
    void a_sender_slower_than_the_rate_is_cut_off_and_a_quick_one_is_read_whole() throws Exception {
        long offered = FAR;
        AtomicLong sent = new AtomicLong();
        try (Socket socket = new Socket("127.0.0.1", port())) {
            socket.setSoTimeout(120_000);
            OutputStream out = socket.getOutputStream();
            out.write(("POST / HTTP/1.1\r\nHost: localhost\r\nContent-Length: " + offered + "\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            byte[] chunk = new byte[16 * 1024];
            try {
                while (sent.get() < offered) {
                    out.write(chunk);
                    sent.addAndGet(chunk.length);
                    Thread.sleep(100);
                }
            } catch (IOException reset) {
                // cut off: what this test expects
            }
        }
        assertTrue(sent.get() < offered, "the server read " + sent.get() + " bytes at a sixth of the rate to the end");

        bodyRead.set(0);
        long quick = 32L * 1024 * 1024;
        try (Socket socket = new Socket("127.0.0.1", port())) {
            socket.setSoTimeout(120_000);
            OutputStream out = socket.getOutputStream();
            out.write(("POST / HTTP/1.1\r\nHost: localhost\r\nContent-Length: " + quick + "\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            byte[] chunk = new byte[64 * 1024];
            for (long at = 0; at < quick; at += chunk.length) {
                out.write(chunk);
            }
            String status = new String(socket.getInputStream().readNBytes(12), StandardCharsets.US_ASCII);
            assertEquals("HTTP/1.1 204", status);
        }
        assertEquals(quick, bodyRead.get());
    }
}
