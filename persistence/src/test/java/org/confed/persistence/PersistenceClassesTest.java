package org.confed.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.confed.domain.model.ConfedRecord;
import org.junit.jupiter.api.Test;

/**
 * Read from the compiled classes of persistence: a new record type needs nothing here, for no class names a record
 * type but those the meeting search's query speaks of; and the classes form no cycle, so each can be read alone.
 */
class PersistenceClassesTest {
    private static final String RECORDS = "org/confed/domain/model/";
    private static final String OWN = "org/confed/persistence/";
    /**
     * What the port itself names: {@code searchMeetings} answers meetings, by confederation and person, and finds them
     * by the words of their participants, persons and posts; {@code countMeetings} counts meetings by confederation.
     */
    private static final Map<String, Set<String>> ALLOWED = Map.of(
            "MeetingSearch", Set.of("Meeting", "Person", "Post", "Confederation"),
            "MeetingCounts", Set.of("Meeting", "Confederation"));
    private static final Set<String> ALLOWED_ELSEWHERE = Set.of("Meeting");

    @Test
    void no_class_names_a_record_type_but_the_meeting_search_those_its_query_speaks_of() {
        Map<String, Set<String>> named = new TreeMap<>();
        mainClasses().forEach((owner, bytes) -> {
            Set<String> types = recordTypesNamedIn(bytes);
            types.removeAll(ALLOWED.getOrDefault(owner, ALLOWED_ELSEWHERE));
            if (!types.isEmpty()) {
                named.computeIfAbsent(owner, name -> new TreeSet<>()).addAll(types);
            }
        });

        assertEquals(Map.of(), named, "record types named in persistence: adding a type would need these classes changed");
    }

    @Test
    void the_check_sees_a_record_type_where_one_is_named() {
        assertEquals(Set.of("Confederation", "Meeting", "Person", "Post"), recordTypesNamedIn(mainClasses().get("MeetingSearch")));
        assertTrue(recordTypesNamedIn(classBytes(EdgeCases.class)).containsAll(Set.of("Source", "State", "PlanEvent")));
    }

    @Test
    void no_two_classes_use_each_other_even_through_others() {
        Map<String, Set<String>> uses = uses();
        List<String> cycles = new ArrayList<>();
        for (String start : uses.keySet()) {
            reachable(start, uses).stream().filter(other -> reachable(other, uses).contains(start))
                    .forEach(other -> cycles.add(start + " <-> " + other));
        }

        assertTrue(uses.get("Store").containsAll(Set.of("Opening", "WritePath", "Backups")), "the check reads uses: " + uses);
        assertEquals(List.of(), cycles);
    }

    private static Set<String> reachable(String from, Map<String, Set<String>> uses) {
        Set<String> seen = new TreeSet<>();
        List<String> pending = new ArrayList<>(uses.getOrDefault(from, Set.of()));
        while (!pending.isEmpty()) {
            String next = pending.remove(pending.size() - 1);
            if (seen.add(next)) {
                pending.addAll(uses.getOrDefault(next, Set.of()));
            }
        }
        return seen;
    }

    /** Which of its own classes each class of persistence names (nested classes counted with their outer class). */
    private static Map<String, Set<String>> uses() {
        Map<String, Set<String>> uses = new TreeMap<>();
        Pattern own = Pattern.compile(Pattern.quote(OWN) + "([A-Za-z0-9_]+)");
        mainClasses().forEach((owner, bytes) -> {
            Matcher matcher = own.matcher(new String(bytes, StandardCharsets.ISO_8859_1));
            Set<String> used = uses.computeIfAbsent(owner, name -> new TreeSet<>());
            while (matcher.find()) {
                if (!matcher.group(1).equals(owner) && !matcher.group(1).equals("package-info")) {
                    used.add(matcher.group(1));
                }
            }
        });
        return uses;
    }

    /** The record types (the classes {@link ConfedRecord} permits) whose names appear in a class file. */
    private static Set<String> recordTypesNamedIn(byte[] classFile) {
        String text = new String(classFile, StandardCharsets.ISO_8859_1);
        Set<String> named = new TreeSet<>();
        for (Class<?> type : ConfedRecord.class.getPermittedSubclasses()) {
            // the name, not a longer one it begins (Person, not PersonId)
            if (Pattern.compile(Pattern.quote(RECORDS + type.getSimpleName()) + "(?![A-Za-z0-9_$])").matcher(text).find()) {
                named.add(type.getSimpleName());
            }
        }
        return named;
    }

    /** Every class file of persistence's main code, joined by outer class. */
    private static Map<String, byte[]> mainClasses() {
        Path root;
        try {
            root = Path.of(Store.class.getProtectionDomain().getCodeSource().getLocation().toURI()).resolve(OWN);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
        Map<String, byte[]> classes = new TreeMap<>();
        try (Stream<Path> files = Files.list(root)) {
            for (Path file : files.filter(path -> path.toString().endsWith(".class")).toList()) {
                String name = file.getFileName().toString();
                String owner = name.substring(0, name.length() - ".class".length()).split("\\$")[0];
                classes.merge(owner, Files.readAllBytes(file), PersistenceClassesTest::joined);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        assertTrue(classes.keySet().containsAll(Set.of("Store", "MeetingSearch", "StoredRecords")), "read " + classes.keySet());
        return classes;
    }

    private static byte[] joined(byte[] one, byte[] other) {
        byte[] both = Arrays.copyOf(one, one.length + other.length);
        System.arraycopy(other, 0, both, one.length, other.length);
        return both;
    }

    private static byte[] classBytes(Class<?> type) {
        try (var in = type.getResourceAsStream(type.getSimpleName() + ".class")) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
