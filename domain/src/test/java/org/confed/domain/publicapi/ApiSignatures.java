package org.confed.domain.publicapi;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.annotation.Annotation;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import java.lang.module.ModuleDescriptor;
import java.lang.reflect.Constructor;
import java.lang.reflect.Executable;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The public API of a module as lines of text, one fact per line, sorted: what it exports and requires, and for
 * every public type of an exported package its kind and modifiers, supertypes, record components, enum constants
 * and public or protected members with their generic signatures. Two dumps compare line by line: a line that
 * disappears is a removed or changed signature.
 *
 * <p>Reads the compiled classes (a folder with {@code module-info.class}), loading each with the class loader that
 * loaded the module's classes in this JVM, without initialising it.
 */
public final class ApiSignatures {
    private static final int SIGNATURE_MODIFIERS = Modifier.PUBLIC | Modifier.PROTECTED | Modifier.STATIC | Modifier.FINAL
            | Modifier.ABSTRACT;

    private ApiSignatures() {
    }

    /**
     * The API of the module compiled into {@code classes}, loading its classes through {@code loader}: the module's
     * lines first, then each type's, types in name order, a type's header first.
     */
    public static List<String> of(Path classes, ClassLoader loader) {
        ModuleDescriptor module = descriptor(classes);
        List<String> lines = new ArrayList<>();
        lines.add("module " + module.name());
        Set<String> requires = new TreeSet<>();
        for (ModuleDescriptor.Requires required : module.requires()) {
            if (!required.modifiers().contains(ModuleDescriptor.Requires.Modifier.MANDATED)) {
                requires.add("requires " + modifiers(required.modifiers()) + required.name());
            }
        }
        lines.addAll(requires);
        Set<String> exports = new TreeSet<>();
        Set<String> exported = new TreeSet<>();
        for (ModuleDescriptor.Exports export : module.exports()) {
            exports.add("exports " + export.source() + (export.isQualified() ? " to " + String.join(", ", new TreeSet<>(export.targets())) : ""));
            if (!export.isQualified()) {
                exported.add(export.source());
            }
        }
        lines.addAll(exports);
        List<Class<?>> types = new ArrayList<>();
        for (String packageName : exported) {
            for (Class<?> type : typesOf(classes, packageName, loader)) {
                if (isApi(type)) {
                    types.add(type);
                }
            }
        }
        types.sort(Comparator.comparing(Class::getName));
        for (Class<?> type : types) {
            lines.addAll(describe(type));
        }
        return List.copyOf(lines);
    }

    /** Whether a type is reachable from outside: public, or a public or protected member of such a type. */
    static boolean isApi(Class<?> type) {
        if (type.isAnonymousClass() || type.isLocalClass() || type.isSynthetic()) {
            return false;
        }
        int modifiers = type.getModifiers();
        if (type.getEnclosingClass() == null) {
            return Modifier.isPublic(modifiers);
        }
        return (Modifier.isPublic(modifiers) || Modifier.isProtected(modifiers)) && isApi(type.getEnclosingClass());
    }

    /** A type's lines: its header, supertypes, meta-annotations, components, constants, fields, constructors, methods. */
    private static List<String> describe(Class<?> type) {
        String name = type.getName() + ": ";
        List<String> lines = new ArrayList<>();
        lines.add(name + header(type));
        Set<String> supertypes = new TreeSet<>();
        Type superclass = type.getGenericSuperclass();
        if (superclass != null && superclass != Object.class && type.getSuperclass() != Record.class && type.getSuperclass() != Enum.class) {
            supertypes.add(name + "extends " + superclass.getTypeName());
        }
        for (Type implemented : type.getGenericInterfaces()) {
            if (!(type.isAnnotation() && implemented == Annotation.class)) {
                supertypes.add(name + (type.isInterface() ? "extends " : "implements ") + implemented.getTypeName());
            }
        }
        lines.addAll(supertypes);
        if (type.isAnnotation()) {
            Retention retention = type.getAnnotation(Retention.class);
            lines.add(name + "@Retention(" + (retention == null ? "CLASS" : retention.value()) + ")");
            Target target = type.getAnnotation(Target.class);
            if (target != null) {
                lines.add(name + "@Target(" + Arrays.stream(target.value()).map(Enum::name).sorted().collect(Collectors.joining(", ")) + ")");
            }
        }
        if (type.isRecord()) {
            RecordComponent[] components = type.getRecordComponents();
            for (int i = 0; i < components.length; i++) {
                lines.add(name + "component " + i + " " + components[i].getGenericType().getTypeName() + " " + components[i].getName());
            }
        }
        if (type.isEnum()) {
            // The ordinal is part of the line: constants compare, and switch, by it.
            Object[] constants = type.getEnumConstants();
            for (int i = 0; i < constants.length; i++) {
                lines.add(name + "enum-constant " + i + " " + ((Enum<?>) constants[i]).name());
            }
        }
        Set<String> fields = new TreeSet<>();
        for (Field field : type.getDeclaredFields()) {
            if (!field.isEnumConstant() && visible(field.getModifiers()) && !field.isSynthetic()) {
                fields.add(name + "field " + modifiers(field.getModifiers()) + field.getGenericType().getTypeName() + " "
                        + field.getName() + constantValue(field));
            }
        }
        lines.addAll(fields);
        Set<String> constructors = new TreeSet<>();
        for (Constructor<?> constructor : type.getDeclaredConstructors()) {
            if (visible(constructor.getModifiers()) && !constructor.isSynthetic()) {
                constructors.add(name + "constructor " + modifiers(constructor.getModifiers()) + typeParameters(constructor)
                        + type.getSimpleName() + parameters(constructor) + exceptions(constructor));
            }
        }
        lines.addAll(constructors);
        Set<String> methods = new TreeSet<>();
        // In a final class a final method says nothing more (records' generated methods are final, explicit ones not).
        int finalMeaningless = Modifier.isFinal(type.getModifiers()) ? Modifier.FINAL : 0;
        for (Method method : type.getDeclaredMethods()) {
            if (visible(method.getModifiers()) && !method.isSynthetic() && !method.isBridge()) {
                String defaultValue = method.getDefaultValue() == null ? "" : " default " + literal(method.getDefaultValue());
                methods.add(name + "method " + modifiers(method.getModifiers() & ~finalMeaningless) + (method.isDefault() ? "default " : "")
                        + typeParameters(method) + method.getGenericReturnType().getTypeName() + " " + method.getName()
                        + parameters(method) + exceptions(method) + defaultValue);
            }
        }
        lines.addAll(methods);
        return lines;
    }

    private static String header(Class<?> type) {
        int modifiers = type.getModifiers() & (Modifier.PUBLIC | Modifier.PROTECTED | Modifier.STATIC | Modifier.FINAL | Modifier.ABSTRACT);
        String kind;
        if (type.isAnnotation()) {
            kind = "@interface";
            modifiers &= ~Modifier.ABSTRACT;
        } else if (type.isInterface()) {
            kind = "interface";
            modifiers &= ~Modifier.ABSTRACT;
        } else if (type.isEnum()) {
            kind = "enum";
        } else if (type.isRecord()) {
            kind = "record";
        } else {
            kind = "class";
        }
        if (type.getEnclosingClass() != null && type.getEnclosingClass().isInterface()) {
            modifiers |= Modifier.STATIC;
        }
        String sealed = "";
        if (type.isSealed()) {
            sealed = "sealed ";
        }
        String permits = type.isSealed()
                ? " permits " + Arrays.stream(type.getPermittedSubclasses()).map(Class::getName).sorted().collect(Collectors.joining(", "))
                : "";
        return Modifier.toString(modifiers) + " " + sealed + kind + typeParameters(type.getTypeParameters()) + permits;
    }

    private static boolean visible(int modifiers) {
        return Modifier.isPublic(modifiers) || Modifier.isProtected(modifiers);
    }

    private static String modifiers(int modifiers) {
        String text = Modifier.toString(modifiers & SIGNATURE_MODIFIERS);
        return text.isEmpty() ? "" : text + " ";
    }

    private static String modifiers(Set<ModuleDescriptor.Requires.Modifier> modifiers) {
        return modifiers.stream().map(modifier -> modifier.name().toLowerCase(Locale.ROOT) + " ").sorted().collect(Collectors.joining());
    }

    private static String typeParameters(Executable executable) {
        String text = typeParameters(executable.getTypeParameters());
        return text.isEmpty() ? "" : text + " ";
    }

    private static String typeParameters(TypeVariable<?>[] variables) {
        if (variables.length == 0) {
            return "";
        }
        List<String> texts = new ArrayList<>();
        for (TypeVariable<?> variable : variables) {
            List<String> bounds = Arrays.stream(variable.getBounds()).filter(bound -> bound != Object.class).map(Type::getTypeName).toList();
            texts.add(variable.getName() + (bounds.isEmpty() ? "" : " extends " + String.join(" & ", bounds)));
        }
        return "<" + String.join(", ", texts) + ">";
    }

    private static String parameters(Executable executable) {
        Type[] types = executable.getGenericParameterTypes();
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < types.length; i++) {
            String text = types[i].getTypeName();
            if (executable.isVarArgs() && i == types.length - 1 && text.endsWith("[]")) {
                text = text.substring(0, text.length() - 2) + "...";
            }
            texts.add(text);
        }
        return "(" + String.join(", ", texts) + ")";
    }

    private static String exceptions(Executable executable) {
        Type[] thrown = executable.getGenericExceptionTypes();
        return thrown.length == 0 ? "" : " throws " + Arrays.stream(thrown).map(Type::getTypeName).sorted().collect(Collectors.joining(", "));
    }

    /** A compile-time constant is copied into the code that uses it, so its value is part of the API. */
    private static String constantValue(Field field) {
        int modifiers = field.getModifiers();
        boolean constant = Modifier.isStatic(modifiers) && Modifier.isFinal(modifiers)
                && (field.getType().isPrimitive() || field.getType() == String.class);
        if (!constant) {
            return "";
        }
        try {
            return " = " + literal(field.get(null));
        } catch (IllegalAccessException e) {
            throw new IllegalStateException("cannot read " + field, e);
        }
    }

    private static String literal(Object value) {
        if (value instanceof String text) {
            return '"' + text.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + '"';
        }
        if (value instanceof Class<?> type) {
            return type.getName() + ".class";
        }
        if (value instanceof Object[] array) {
            return Arrays.stream(array).map(ApiSignatures::literal).collect(Collectors.joining(", ", "{", "}"));
        }
        return String.valueOf(value);
    }

    private static ModuleDescriptor descriptor(Path classes) {
        try (InputStream in = Files.newInputStream(classes.resolve("module-info.class"))) {
            return ModuleDescriptor.read(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the module descriptor in " + classes, e);
        }
    }

    private static List<Class<?>> typesOf(Path classes, String packageName, ClassLoader loader) {
        Path folder = classes.resolve(packageName.replace('.', '/'));
        try (Stream<Path> files = Files.list(folder)) {
            List<Class<?>> types = new ArrayList<>();
            for (Path file : files.filter(path -> path.toString().endsWith(".class")).sorted().toList()) {
                String simple = file.getFileName().toString().replaceFirst("\\.class$", "");
                if (simple.equals("package-info")) {
                    continue;
                }
                types.add(Class.forName(packageName + "." + simple, false, loader));
            }
            if (types.isEmpty()) {
                throw new IllegalStateException("the exported package " + packageName + " has no classes in " + folder);
            }
            return types;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException("a class file in " + folder + " does not load", e);
        }
    }
}
