package org.confed.api.http;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.confed.domain.port.Actor;

/**
 * The API tokens that may write, each under a name. The name of the token a request presents is the
 * {@link Actor} written to the change log. Only SHA-256 digests of the tokens are kept, and a presented token
 * is compared with every one of them in constant time, so the answer time does not tell how much of a guess
 * was right. With no token at all, every write is refused.
 *
 * <p>Sources: the environment variable {@value #ENVIRONMENT_VARIABLE} (a token named {@value #DEFAULT_NAME}),
 * and a token file holding either one token alone (named {@value #DEFAULT_NAME}) or one {@code NAME TOKEN}
 * pair per line; blank lines and lines starting with {@code #} are skipped.
 *
 * <p>A token is 16 to 4096 visible ASCII characters with no spaces; a name is 1 to 64 letters, digits,
 * {@code .}, {@code _} or {@code -}, and not {@code cli} (the command-line tool's own name in the change log).
 */
public final class Tokens {
    /** The environment variable holding the {@value #DEFAULT_NAME} token. */
    public static final String ENVIRONMENT_VARIABLE = "CONFED_API_TOKEN";
    /** The name of a token given alone, by the environment or a one-token file. */
    public static final String DEFAULT_NAME = "default";
    /** Shorter tokens are refused: too easy to guess. */
    public static final int MIN_LENGTH = 16;
    /** Longer tokens are refused. */
    public static final int MAX_LENGTH = 4096;

    private static final Pattern TOKEN = Pattern.compile("[\\x21-\\x7E]+");
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9._-]{1,64}");
    private static final Tokens NONE = new Tokens(Map.of());

    /** Digest of each token, by name. */
    private final Map<String, byte[]> digests;

    private Tokens(Map<String, byte[]> digests) {
        this.digests = Collections.unmodifiableMap(new LinkedHashMap<>(digests));
    }

    /**
     * No token.
     *
     * @return tokens that refuse every write
     */
    public static Tokens none() {
        return NONE;
    }

    /**
     * Tokens by name.
     *
     * @param tokensByName each token under its name
     * @return the tokens
     * @throws IllegalArgumentException when a name or token is malformed, or two names share a token
     */
    public static Tokens of(Map<String, String> tokensByName) {
        Map<String, byte[]> digests = new LinkedHashMap<>();
        tokensByName.forEach((name, token) -> add(digests, name, token, "token " + name));
        return new Tokens(digests);
    }

    /**
     * The tokens of the environment ({@value #ENVIRONMENT_VARIABLE}, ignored when absent or blank) and of a
     * token file ({@code null}: none).
     *
     * @param environment the process environment, such as {@code System.getenv()}
     * @param tokenFile   the token file, or {@code null}
     * @return the tokens of both, possibly none
     * @throws IOException              when the file cannot be read
     * @throws IllegalArgumentException when the file or the variable is malformed, or a name is given twice; the
     *                                  message says where ({@code FILE:LINE}) and never repeats a token
     */
    public static Tokens fromEnvironmentAndFile(Map<String, String> environment, Path tokenFile) throws IOException {
        Map<String, byte[]> digests = new LinkedHashMap<>();
        String fromEnvironment = environment.get(ENVIRONMENT_VARIABLE);
        if (fromEnvironment != null && !fromEnvironment.isBlank()) {
            add(digests, DEFAULT_NAME, fromEnvironment.strip(), ENVIRONMENT_VARIABLE);
        }
        if (tokenFile != null) {
            readFile(tokenFile, digests);
        }
        return new Tokens(digests);
    }

    private static void readFile(Path file, Map<String, byte[]> digests) throws IOException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        Map<Integer, String[]> entries = new LinkedHashMap<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (i == 0 && line.startsWith("\uFEFF")) {
                line = line.substring(1).strip();
            }
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            entries.put(i + 1, line.split("\\s+"));
        }
        if (entries.isEmpty()) {
            throw new IllegalArgumentException(file + ": holds no token");
        }
        if (entries.size() == 1) {
            Map.Entry<Integer, String[]> only = entries.entrySet().iterator().next();
            if (only.getValue().length == 1) {
                add(digests, DEFAULT_NAME, only.getValue()[0], file + ":" + only.getKey());
                return;
            }
        }
        for (Map.Entry<Integer, String[]> entry : entries.entrySet()) {
            String where = file + ":" + entry.getKey();
            String[] words = entry.getValue();
            if (words.length != 2) {
                throw new IllegalArgumentException(where + ": expected NAME TOKEN (a file of several lines names each token)");
            }
            add(digests, words[0], words[1], where);
        }
    }

    private static void add(Map<String, byte[]> digests, String name, String token, String where) {
        if (name == null || !NAME.matcher(name).matches()) {
            throw new IllegalArgumentException(where + ": a token name is 1 to 64 letters, digits, '.', '_' or '-'");
        }
        if (name.equals(Actor.CLI.name())) {
            throw new IllegalArgumentException(where + ": the name cli is the command-line tool's own; choose another");
        }
        if (token == null || token.length() < MIN_LENGTH || token.length() > MAX_LENGTH || !TOKEN.matcher(token).matches()) {
            throw new IllegalArgumentException(where + ": a token is " + MIN_LENGTH + " to " + MAX_LENGTH
                    + " visible ASCII characters without spaces");
        }
        if (digests.containsKey(name)) {
            throw new IllegalArgumentException(where + ": the name " + name + " is given twice");
        }
        byte[] digest = digest(token);
        for (Map.Entry<String, byte[]> other : digests.entrySet()) {
            if (MessageDigest.isEqual(other.getValue(), digest)) {
                throw new IllegalArgumentException(where + ": the same token is also named " + other.getKey()
                        + "; give each name its own token");
            }
        }
        digests.put(name, digest);
    }

    /**
     * Whether there is no token.
     *
     * @return true when writes are refused
     */
    public boolean isEmpty() {
        return digests.isEmpty();
    }

    /**
     * The names of the tokens.
     *
     * @return the names, in the order given
     */
    public Set<String> names() {
        return digests.keySet();
    }

    /**
     * Who presents {@code token}, if it is one of these. Every stored digest is compared, whatever matched, so the
     * time taken does not depend on which token (if any) matched.
     *
     * @param token the token presented, as sent after {@code Bearer}
     * @return the actor named like the token, or empty when it is none of these
     */
    public Optional<Actor> actorFor(String token) {
        if (token == null || token.isEmpty() || token.length() > MAX_LENGTH) {
            return Optional.empty();
        }
        byte[] presented = digest(token);
        String matched = null;
        for (Map.Entry<String, byte[]> entry : digests.entrySet()) {
            if (MessageDigest.isEqual(entry.getValue(), presented) && matched == null) {
                matched = entry.getKey();
            }
        }
        return matched == null ? Optional.empty() : Optional.of(new Actor(matched));
    }

    private static byte[] digest(String token) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    /** Lists the names only: a token never appears in a log. */
    @Override
    public String toString() {
        return "Tokens" + digests.keySet();
    }
}
