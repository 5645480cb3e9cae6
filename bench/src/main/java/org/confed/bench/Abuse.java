package org.confed.bench;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;

/**
 * The abuse scenario of {@code bench/abuse}, against a running server on this machine: slow readers of the export
 * and searchers for rare words hold the server for a while, and meanwhile a polite client asks what people ask
 * (health, a presidency question, a person, a PUT), one request at a time, each with a timeout. Prints
 * {@code name: value} lines: the polite client's failures and latencies first, then what the abusers got.
 *
 * <p>{@code abuse BASE_URL TOKEN SECONDS EXPORTERS SEARCHERS RECORDS POLITE TIMEOUT_S}
 */
final class Abuse {
    /** Each slow reader takes this much of its answer a second. */
    static final int SLOW_READ_BYTES_PER_S = 1024;
    /** What an abuser waits after a refusal or a cut before it asks again: it ignores Retry-After. */
    static final long ABUSER_PAUSE_MS = 250;

    private final URI base;
    private final String token;
    private final long endNanos;
    private final Map<String, LongAdder> exports = new ConcurrentHashMap<>();
    private final Map<String, LongAdder> searches = new ConcurrentHashMap<>();
    private final AtomicLong exportBytes = new AtomicLong();

    private Abuse(URI base, String token, long endNanos) {
        this.base = base;
        this.token = token;
        this.endNanos = endNanos;
    }

    static void main(String... args) throws Exception {
        URI base = URI.create(args[0]);
        String token = args[1];
        int seconds = Integer.parseInt(args[2]);
        int exporters = Integer.parseInt(args[3]);
        int searchers = Integer.parseInt(args[4]);
        long records = Long.parseLong(args[5]);
        int polite = Integer.parseInt(args[6]);
        Duration timeout = Duration.ofSeconds(Long.parseLong(args[7]));
        long start = System.nanoTime();
        Abuse abuse = new Abuse(base, token, start + TimeUnit.SECONDS.toNanos(seconds));
        Dataset dataset = new Dataset(records, Bench.SEED);

        List<Thread> abusers = new ArrayList<>();
        for (int i = 0; i < exporters; i++) {
            abusers.add(new Thread(abuse::slowExports, "exporter-" + i));
        }
        for (int i = 0; i < searchers; i++) {
            long seed = i;
            abusers.add(new Thread(() -> abuse.rareSearches(dataset, seed), "searcher-" + i));
        }
        abusers.forEach(Thread::start);
        // the abusers take hold first; then the polite client spreads its requests over the rest of the run
        Thread.sleep(2000);
        List<Exchange> exchanges = abuse.polite(polite, timeout, start + TimeUnit.SECONDS.toNanos(seconds), dataset);
        for (Thread abuser : abusers) {
            abuser.join(TimeUnit.SECONDS.toMillis(seconds) + 60_000);
        }
        report("polite", exchanges);
        for (String kind : List.of("health", "presidency", "person", "put")) {
            report("polite_" + kind, exchanges.stream().filter(exchange -> exchange.kind().equals(kind)).toList());
        }
        System.out.println("export_answers: " + counts(abuse.exports));
        System.out.println("export_bytes_read: " + abuse.exportBytes.get());
        System.out.println("search_answers: " + counts(abuse.searches));
    }

    /** One polite request: what it asked, how long it took, and what went wrong ({@code null} when nothing). */
    record Exchange(String kind, double millis, String failure) {
    }

    private static void report(String name, List<Exchange> exchanges) {
        List<Double> sorted = exchanges.stream().map(Exchange::millis).sorted().toList();
        List<String> failures = exchanges.stream().map(Exchange::failure).filter(java.util.Objects::nonNull).toList();
        System.out.println(name + "_requests: " + exchanges.size());
        System.out.println(name + "_failures: " + failures.size() + (failures.isEmpty() ? "" : " (" + String.join("; ", failures) + ")"));
        System.out.printf("%s_p50_ms: %.0f%n", name, percentile(sorted, 50));
        System.out.printf("%s_p99_ms: %.0f%n", name, percentile(sorted, 99));
        System.out.printf("%s_max_ms: %.0f%n", name, sorted.isEmpty() ? 0 : sorted.get(sorted.size() - 1));
    }

    /** Nearest rank. */
    private static double percentile(List<Double> sorted, int p) {
        if (sorted.isEmpty()) {
            return 0;
        }
        int rank = (int) Math.ceil(p / 100.0 * sorted.size());
        return sorted.get(Math.max(0, rank - 1));
    }

    private static String counts(Map<String, LongAdder> counts) {
        Map<String, Long> sorted = new TreeMap<>();
        counts.forEach((key, count) -> sorted.put(key, count.sum()));
        return sorted.toString();
    }

    private boolean running() {
        return System.nanoTime() < endNanos;
    }

    /** Asks for the export and reads it at {@link #SLOW_READ_BYTES_PER_S}, again and again until the end. */
    private void slowExports() {
        byte[] buffer = new byte[SLOW_READ_BYTES_PER_S];
        while (running()) {
            String outcome;
            try (Socket socket = new Socket()) {
                socket.setReceiveBufferSize(4096);
                socket.connect(new InetSocketAddress(base.getHost(), base.getPort()), 10_000);
                socket.setSoTimeout(1000);
                socket.getOutputStream().write(("GET /api/export?format=ndjson HTTP/1.1\r\nHost: " + base.getHost()
                        + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
                InputStream in = socket.getInputStream();
                String status = null;
                outcome = "no answer";
                while (running()) {
                    int n;
                    try {
                        n = in.read(buffer);
                    } catch (java.net.SocketTimeoutException nothingYet) {
                        continue;
                    }
                    if (n < 0) {
                        outcome = status == null ? "closed before an answer" : status + " closed";
                        break;
                    }
                    exportBytes.addAndGet(n);
                    if (status == null) {
                        status = new String(buffer, 0, Math.min(n, 12), StandardCharsets.US_ASCII).replace("HTTP/1.1 ", "");
                        outcome = status + " still reading at the end";
                        if (!status.startsWith("200")) {
                            outcome = status;
                            break;
                        }
                    }
                    Thread.sleep(1000);
                }
            } catch (IOException e) {
                outcome = "cut: " + e.getClass().getSimpleName();
            } catch (InterruptedException e) {
                return;
            }
            exports.computeIfAbsent(outcome, key -> new LongAdder()).increment();
            pause();
        }
    }

    /** Searches for a word found in one meeting, again and again until the end. */
    private void rareSearches(Dataset dataset, long seed) {
        Random random = new Random(seed);
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        while (running()) {
            String word = Dataset.titleWord((long) (random.nextDouble() * dataset.meetings));
            String outcome;
            try {
                HttpResponse<Void> answer = client.send(HttpRequest.newBuilder(base.resolve("/api/meetings?q=" + word))
                        .timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.discarding());
                outcome = String.valueOf(answer.statusCode());
            } catch (IOException e) {
                outcome = "failed: " + e.getClass().getSimpleName();
            } catch (InterruptedException e) {
                return;
            }
            searches.computeIfAbsent(outcome, key -> new LongAdder()).increment();
            if (!outcome.equals("200")) {
                pause();
            }
        }
    }

    private static void pause() {
        try {
            Thread.sleep(ABUSER_PAUSE_MS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * {@code count} requests spread evenly until {@code end} (each waits for the one before: a slow answer delays the
     * rest): health, a presidency, a person, a PUT, in turn.
     */
    private List<Exchange> polite(int count, Duration timeout, long end, Dataset dataset) throws InterruptedException {
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(timeout).build();
        long spacing = Math.max(0, (end - System.nanoTime()) / count);
        List<Exchange> exchanges = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            long due = System.nanoTime() + spacing;
            HttpRequest request;
            int expected;
            switch (i % 4) {
                case 0 -> {
                    request = HttpRequest.newBuilder(base.resolve("/api/health")).timeout(timeout).build();
                    expected = 200;
                }
                case 1 -> {
                    request = HttpRequest.newBuilder(base.resolve("/api/confederations/" + Dataset.CONFEDERATION
                            + "/presidency?at=2025-0" + (1 + i % 9) + "-15")).timeout(timeout).build();
                    expected = 200;
                }
                case 2 -> {
                    request = HttpRequest.newBuilder(base.resolve("/api/persons/p" + (i * 7 % dataset.persons)))
                            .timeout(timeout).build();
                    expected = 200;
                }
                default -> {
                    request = HttpRequest.newBuilder(base.resolve("/api/persons/polite-" + System.nanoTime() + "-" + i))
                            .timeout(timeout).header("Authorization", "Bearer " + token)
                            .header("Content-Type", "application/json")
                            .PUT(HttpRequest.BodyPublishers.ofString("{\"name\":\"Polie " + i + "\"}")).build();
                    expected = 201;
                }
            }
            long started = System.nanoTime();
            String failure = null;
            try {
                HttpResponse<String> answer = client.send(request, HttpResponse.BodyHandlers.ofString());
                if (answer.statusCode() != expected) {
                    failure = request.method() + " " + request.uri().getPath() + " answered " + answer.statusCode();
                }
            } catch (IOException e) {
                failure = request.method() + " " + request.uri().getPath() + ": " + e.getClass().getSimpleName();
            }
            exchanges.add(new Exchange(List.of("health", "presidency", "person", "put").get(i % 4),
                    (System.nanoTime() - started) / 1e6, failure));
            long wait = due - System.nanoTime();
            if (wait > 0) {
                TimeUnit.NANOSECONDS.sleep(wait);
            }
        }
        return exchanges;
    }
}
