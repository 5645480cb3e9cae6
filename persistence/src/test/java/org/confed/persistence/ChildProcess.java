package org.confed.persistence;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/** A {@link StoreChild} running in its own JVM, on the test's class path, whose output lines the test can wait for. */
final class ChildProcess implements AutoCloseable {
    private final Process process;
    private final BlockingQueue<String> lines = new LinkedBlockingQueue<>();
    private final List<String> seen = new ArrayList<>();

    private ChildProcess(Process process) {
        this.process = process;
        Thread reader = new Thread(() -> {
            try (BufferedReader output = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                String line;
                while ((line = output.readLine()) != null) {
                    lines.add(line);
                }
            } catch (IOException e) {
                lines.add("READ FAILED " + e);
            }
        }, "child-output");
        reader.setDaemon(true);
        reader.start();
    }

    /** Starts {@code StoreChild mode url}; its errors go to {@code errors}. */
    static ChildProcess start(String mode, String url, Path errors) throws IOException {
        return start(mode, url, errors, Path.of(System.getProperty("java.io.tmpdir")));
    }

    /** The same, with {@code temporary} as the child's {@code java.io.tmpdir}. */
    static ChildProcess start(String mode, String url, Path errors, Path temporary) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder builder = new ProcessBuilder(java, "-Xmx512m", "-Djava.io.tmpdir=" + temporary,
                "-cp", System.getProperty("java.class.path"), StoreChild.class.getName(), mode, url);
        builder.redirectError(errors.toFile());
        return new ChildProcess(builder.start());
    }

    /**
     * Starts {@code StoreChild mode url} as user and group {@code uid} (with {@code setpriv}; the test runs as root),
     * on a copy of the test's class path under {@code readable}, a directory that user may read.
     */
    static ChildProcess startAs(int uid, String mode, String url, Path readable, Path errors) throws IOException {
        List<String> classPath = new ArrayList<>();
        int n = 0;
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            Path source = Path.of(entry);
            if (!Files.exists(source)) {
                continue;
            }
            Path copy = readable.resolve("cp-" + n++ + (Files.isDirectory(source) ? "" : ".jar"));
            try (Stream<Path> files = Files.walk(source)) {
                for (Path file : files.toList()) {
                    Files.copy(file, copy.resolve(source.relativize(file).toString()));
                }
            }
            classPath.add(copy.toString());
        }
        String javaBinary = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder builder = new ProcessBuilder("setpriv", "--reuid=" + uid, "--regid=" + uid, "--clear-groups",
                javaBinary, "-Xmx256m", "-cp", String.join(File.pathSeparator, classPath), StoreChild.class.getName(), mode, url);
        builder.redirectError(errors.toFile());
        return new ChildProcess(builder.start());
    }

    /** Waits until the child prints a line starting with {@code prefix}. */
    String await(String prefix, long seconds) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        while (System.nanoTime() < deadline) {
            String line = lines.poll(100, TimeUnit.MILLISECONDS);
            if (line != null) {
                seen.add(line);
                if (line.startsWith(prefix)) {
                    return line;
                }
            } else if (!process.isAlive() && lines.isEmpty()) {
                break;
            }
        }
        throw new AssertionError("the child did not print " + prefix + " (it printed " + seen + ", alive: "
                + process.isAlive() + ")");
    }

    /** Kills the child at once (SIGKILL), as a crash or {@code kill -9} would, and waits for it to be gone. */
    /** The files under {@code directory} the child holds open, named there or not. */
    long openFilesUnder(Path directory) throws IOException {
        return OpenFiles.under(process.pid(), directory);
    }

    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
    }

    /** Ends the child's input, which a holding child takes as the signal to close its store and exit. */
    void finish() throws IOException, InterruptedException {
        OutputStream input = process.getOutputStream();
        input.close();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            kill();
        }
    }

    @Override
    public void close() {
        if (process.isAlive()) {
            process.destroyForcibly();
            try {
                process.waitFor(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
