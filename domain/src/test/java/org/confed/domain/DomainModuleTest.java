package org.confed.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.module.ModuleDescriptor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The domain as a module other programs depend on: what it exports, what it needs, what its classes may touch. */
class DomainModuleTest {
    /** Packages whose classes read or write files, sockets or consoles, or log; the domain uses none of them. */
    private static final List<String> OUTSIDE_WORLD_PACKAGES = List.of("java/io/", "java/nio/file/", "java/nio/channels/",
            "java/net/", "java/util/logging/", "java/lang/management/");
    /** Classes of other packages that start threads or processes, load classes or services, or log. */
    private static final Set<String> OUTSIDE_WORLD_CLASSES = Set.of("java/lang/Thread", "java/lang/ProcessBuilder",
            "java/lang/Process", "java/lang/Runtime", "java/lang/ClassLoader", "java/lang/System$Logger",
            "java/util/ServiceLoader", "java/util/concurrent/Executors");
    /** Harmless names within those packages: the domain checks URIs, and exceptions are serializable. */
    private static final Set<String> ALLOWED = Set.of("java/net/URI", "java/net/URISyntaxException", "java/io/Serializable");

    private static final Pattern CLASS_IN_DESCRIPTOR = Pattern.compile("L([A-Za-z0-9_/$]+)[;<]");

    @Test
    void the_module_org_confed_domain_exports_its_seven_api_packages() throws IOException {
        ModuleDescriptor module = descriptor();

        assertEquals("org.confed.domain", module.name());
        assertTrue(module.exports().stream().noneMatch(ModuleDescriptor.Exports::isQualified), module.exports() + " has a qualified export");
        Set<String> exported = module.exports().stream().map(ModuleDescriptor.Exports::source).collect(Collectors.toCollection(TreeSet::new));
        assertEquals(new TreeSet<>(Set.of("org.confed.domain.memory", "org.confed.domain.meta", "org.confed.domain.model",
                "org.confed.domain.port", "org.confed.domain.query", "org.confed.domain.rules", "org.confed.domain.schema")), exported);
        assertTrue(module.opens().isEmpty(), "nothing is opened to reflection: " + module.opens());
        assertFalse(module.isOpen(), "the module is not open");
    }

    @Test
    void the_module_requires_nothing_but_java_base() throws IOException {
        List<String> required = descriptor().requires().stream().map(ModuleDescriptor.Requires::name).toList();

        assertEquals(List.of("java.base"), required);
    }

    @Test
    void no_domain_class_names_an_api_for_files_sockets_consoles_logging_threads_or_processes() throws IOException {
        List<String> found = new ArrayList<>();
        for (Path file : classFiles()) {
            for (String name : classesNamedIn(file)) {
                boolean outside = OUTSIDE_WORLD_CLASSES.contains(name) || OUTSIDE_WORLD_PACKAGES.stream().anyMatch(name::startsWith);
                if (outside && !ALLOWED.contains(name)) {
                    found.add(Snippets.domainClasses().relativize(file) + " names " + name);
                }
            }
        }

        assertEquals(List.of(), found);
    }

    @Test
    void the_scan_of_class_files_sees_the_classes_the_domain_does_use() throws IOException {
        Path partialDate = Snippets.domainClasses().resolve("org/confed/domain/model/CalendarDate.class");

        Set<String> named = classesNamedIn(partialDate);

        assertTrue(named.containsAll(Set.of("java/time/LocalDate", "java/time/YearMonth", "org/confed/domain/model/InvalidFieldException")),
                named.toString());
    }

    private static ModuleDescriptor descriptor() throws IOException {
        Set<String> packages = new TreeSet<>();
        for (Path file : classFiles()) {
            Path folder = Snippets.domainClasses().relativize(file).getParent();
            if (folder != null) {
                packages.add(folder.toString().replace(file.getFileSystem().getSeparator(), "."));
            }
        }
        try (InputStream in = Files.newInputStream(Snippets.domainClasses().resolve("module-info.class"))) {
            return ModuleDescriptor.read(in, () -> packages);
        }
    }

    private static List<Path> classFiles() throws IOException {
        try (Stream<Path> files = Files.walk(Snippets.domainClasses())) {
            return files.filter(path -> path.toString().endsWith(".class"))
                    .filter(path -> !path.getFileName().toString().equals("module-info.class")).sorted().toList();
        }
    }

    /** Every class a class file names in its constant pool: class entries and the types in descriptors and signatures. */
    private static Set<String> classesNamedIn(Path classFile) {
        Set<String> names = new TreeSet<>();
        try (DataInputStream in = new DataInputStream(Files.newInputStream(classFile))) {
            in.readInt(); // magic
            in.readUnsignedShort(); // minor
            in.readUnsignedShort(); // major
            int count = in.readUnsignedShort();
            List<String> texts = new ArrayList<>();
            Set<Integer> classNameIndexes = new TreeSet<>();
            String[] utf8 = new String[count];
            for (int i = 1; i < count; i++) {
                int tag = in.readUnsignedByte();
                switch (tag) {
                    case 1 -> {
                        utf8[i] = in.readUTF();
                        texts.add(utf8[i]);
                    }
                    case 7 -> classNameIndexes.add(in.readUnsignedShort());
                    case 8, 16, 19, 20 -> in.readUnsignedShort();
                    case 3, 4, 9, 10, 11, 12, 17, 18 -> in.readInt();
                    case 5, 6 -> {
                        in.readLong();
                        i++;
                    }
                    case 15 -> {
                        in.readUnsignedByte();
                        in.readUnsignedShort();
                    }
                    default -> throw new IllegalStateException(classFile + ": unknown constant pool tag " + tag);
                }
            }
            for (int index : classNameIndexes) {
                String name = utf8[index];
                if (!name.startsWith("[")) {
                    names.add(name);
                }
            }
            for (String text : texts) {
                Matcher matcher = CLASS_IN_DESCRIPTOR.matcher(text);
                while (matcher.find()) {
                    names.add(matcher.group(1));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return names;
    }
}
