package io.followthrough.packaging;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import org.objectweb.asm.AnnotationVisitor;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.ConstantDynamic;
import org.objectweb.asm.FieldVisitor;
import org.objectweb.asm.Handle;
import org.objectweb.asm.Label;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;
import org.objectweb.asm.TypePath;
import org.objectweb.asm.signature.SignatureReader;
import org.objectweb.asm.signature.SignatureVisitor;

/** Lists every Active Objects class and member some bytecode links against and checks each against another AO jar. */
final class ActiveObjectsLinkage {
    private static final String AO = "net/java/ao/";

    enum Kind { CLASS, METHOD, FIELD, ANNOTATION_MEMBER }

    /**
     * One linked AO class or member. {@code owner} is the class the bytecode names, {@code declaredIn}
     * the AO class that declared the member when the code was compiled (they differ for an inherited
     * call such as {@code task.save()} on an entity interface). {@code descriptor} is null for a class,
     * and for an annotation member the compile-time API does not declare.
     */
    record Link(Kind kind, String owner, String name, String descriptor, String declaredIn) implements Comparable<Link> {
        @Override
        public String toString() {
            String type = declaredIn.replace('/', '.');
            String via = owner.equals(declaredIn) ? "" : " via " + owner.replace('/', '.');
            return switch (kind) {
                case CLASS -> "class " + type;
                case METHOD -> "method " + type + "." + name + descriptor + via;
                case FIELD -> "field " + type + "." + name + ":" + descriptor + via;
                case ANNOTATION_MEMBER -> "annotation member " + type + "." + name + (descriptor == null ? "" : descriptor);
            };
        }

        @Override
        public int compareTo(Link other) {
            return toString().compareTo(other.toString());
        }
    }

    private final Map<String, byte[]> code;
    private final Types compiledAgainst;
    private final Types shipped;
    private final String shippedName;
    private final SortedMap<Link, SortedSet<String>> users = new TreeMap<>();

    /**
     * @param code           class files to check, by internal name
     * @param shippedAoJar   the Active Objects jar the code will meet at run time
     */
    ActiveObjectsLinkage(Map<String, byte[]> code, Path shippedAoJar) {
        this.code = code;
        // javac resolved the code against the test class path, which holds the AO version we build with.
        ClassLoader classPath = ActiveObjectsLinkage.class.getClassLoader();
        this.compiledAgainst = new Types(name -> code.containsKey(name) ? code.get(name) : resource(classPath, name));
        Map<String, byte[]> aoJar = readJar(shippedAoJar);
        ClassLoader jdk = ClassLoader.getPlatformClassLoader();
        this.shipped = new Types(name -> code.containsKey(name) ? code.get(name)
                : name.startsWith(AO) ? aoJar.get(name) : resource(jdk, name));
        this.shippedName = shippedAoJar.getFileName().toString();
        code.forEach((name, bytes) -> new ClassReader(bytes).accept(new Collector(name), 0));
    }

    /** Every AO class and member the code links against. */
    SortedSet<Link> links() {
        return new TreeSet<>(users.keySet());
    }

    /** One line per link that would not link against the shipped jar, naming the member and its users. */
    List<String> problems() {
        List<String> problems = new ArrayList<>();
        users.forEach((link, usedBy) -> {
            if (!linksAgainstShipped(link)) {
                problems.add(link + " is missing from " + shippedName + " (used by " + String.join(", ", usedBy) + ")");
            }
        });
        return problems;
    }

    /** Reads all class files of a jar, by internal name. */
    static Map<String, byte[]> readJar(Path jar) {
        Map<String, byte[]> classes = new HashMap<>();
        try (JarFile file = new JarFile(jar.toFile())) {
            for (JarEntry entry : file.stream().filter(e -> e.getName().endsWith(".class")).toList()) {
                try (InputStream in = file.getInputStream(entry)) {
                    classes.put(entry.getName().substring(0, entry.getName().length() - ".class".length()), in.readAllBytes());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(jar.toString(), e);
        }
        return classes;
    }

    private boolean linksAgainstShipped(Link link) {
        return switch (link.kind()) {
            case CLASS -> shipped.header(link.owner()).isPresent();
            case METHOD -> shipped.declaringClass(link.owner(), h -> h.methods().contains(link.name() + link.descriptor())).isPresent();
            case FIELD -> shipped.declaringClass(link.owner(), h -> h.fields().contains(link.name() + ":" + link.descriptor())).isPresent();
            case ANNOTATION_MEMBER -> shipped.header(link.owner())
                    .map(h -> h.methods().stream().anyMatch(m -> link.descriptor() == null
                            ? m.startsWith(link.name() + "(") : m.equals(link.name() + link.descriptor())))
                    .orElse(false);
        };
    }

    private void record(Link link, String user) {
        users.computeIfAbsent(link, l -> new TreeSet<>()).add(user.replace('/', '.'));
    }

    private void recordType(Type type, String user) {
        Type element = type.getSort() == Type.ARRAY ? type.getElementType() : type;
        if (element.getSort() == Type.OBJECT && element.getInternalName().startsWith(AO)) {
            record(new Link(Kind.CLASS, element.getInternalName(), null, null, element.getInternalName()), user);
        }
    }

    private void recordClassName(String internalName, String user) {
        recordType(internalName.startsWith("[") ? Type.getType(internalName) : Type.getObjectType(internalName), user);
    }

    private void recordDescriptor(String descriptor, String user) {
        Type type = Type.getType(descriptor);
        if (type.getSort() == Type.METHOD) {
            recordType(type.getReturnType(), user);
            for (Type argument : type.getArgumentTypes()) {
                recordType(argument, user);
            }
        } else {
            recordType(type, user);
        }
    }

    private void recordSignature(String signature, String user) {
        if (signature != null) {
            new SignatureReader(signature).accept(new SignatureVisitor(Opcodes.ASM9) {
                @Override
                public void visitClassType(String name) {
                    recordClassName(name, user);
                }
            });
        }
    }

    /**
     * A method or field reference. When the bytecode names an AO class, the member is checked there
     * (with inherited lookup). When it names one of the checked classes, the member counts only if
     * it was inherited from an AO type at compile time.
     */
    private void recordMember(Kind kind, String owner, String name, String descriptor, String user) {
        recordClassName(owner, user);
        recordDescriptor(descriptor, user);
        if (owner.startsWith("[")) {
            return;
        }
        String member = kind == Kind.METHOD ? name + descriptor : name + ":" + descriptor;
        if (owner.startsWith(AO)) {
            record(new Link(kind, owner, name, descriptor, owner), user);
        } else if (code.containsKey(owner)) {
            compiledAgainst.declaringClass(owner, h -> kind == Kind.METHOD ? h.methods().contains(member) : h.fields().contains(member))
                    .filter(declaring -> declaring.startsWith(AO))
                    .ifPresent(declaring -> record(new Link(kind, owner, name, descriptor, declaring), user));
        }
    }

    private void recordHandle(Handle handle, String user) {
        Kind kind = handle.getTag() <= Opcodes.H_PUTSTATIC ? Kind.FIELD : Kind.METHOD;
        recordMember(kind, handle.getOwner(), handle.getName(), handle.getDesc(), user);
    }

    private void recordConstant(Object value, String user) {
        if (value instanceof Type type) {
            recordDescriptor(type.getDescriptor(), user);
        } else if (value instanceof Handle handle) {
            recordHandle(handle, user);
        } else if (value instanceof ConstantDynamic dynamic) {
            recordDescriptor(dynamic.getDescriptor(), user);
            recordHandle(dynamic.getBootstrapMethod(), user);
            for (int i = 0; i < dynamic.getBootstrapMethodArgumentCount(); i++) {
                recordConstant(dynamic.getBootstrapMethodArgument(i), user);
            }
        }
    }

    private AnnotationVisitor annotation(String descriptor, String user) {
        recordDescriptor(descriptor, user);
        return new AnnotationValues(Type.getType(descriptor).getInternalName(), user);
    }

    /** Walks an annotation's values; each value named on an AO annotation is a link to that member. */
    private final class AnnotationValues extends AnnotationVisitor {
        private final String annotationType;
        private final String user;

        AnnotationValues(String annotationType, String user) {
            super(Opcodes.ASM9);
            this.annotationType = annotationType;
            this.user = user;
        }

        private void member(String name) {
            if (name != null && annotationType != null && annotationType.startsWith(AO)) {
                String descriptor = compiledAgainst.header(annotationType).flatMap(h -> h.methods().stream()
                        .filter(m -> m.startsWith(name + "(")).findFirst()).map(m -> m.substring(name.length())).orElse(null);
                record(new Link(Kind.ANNOTATION_MEMBER, annotationType, name, descriptor, annotationType), user);
            }
        }

        @Override
        public void visit(String name, Object value) {
            member(name);
            recordConstant(value, user);
        }

        @Override
        public void visitEnum(String name, String descriptor, String value) {
            member(name);
            recordMember(Kind.FIELD, Type.getType(descriptor).getInternalName(), value, descriptor, user);
        }

        @Override
        public AnnotationVisitor visitAnnotation(String name, String descriptor) {
            member(name);
            return annotation(descriptor, user);
        }

        @Override
        public AnnotationVisitor visitArray(String name) {
            member(name);
            return new AnnotationValues(null, user);
        }
    }

    /** Records what one class links against: supertypes, signatures, annotations and every instruction operand. */
    private final class Collector extends ClassVisitor {
        private final String user;

        Collector(String user) {
            super(Opcodes.ASM9);
            this.user = user;
        }

        @Override
        public void visit(int version, int access, String name, String signature, String superName, String[] interfaces) {
            if (superName != null) {
                recordClassName(superName, user);
            }
            for (String type : interfaces) {
                recordClassName(type, user);
            }
            recordSignature(signature, user);
        }

        @Override
        public AnnotationVisitor visitAnnotation(String descriptor, boolean visible) {
            return annotation(descriptor, user);
        }

        @Override
        public AnnotationVisitor visitTypeAnnotation(int typeRef, TypePath typePath, String descriptor, boolean visible) {
            return annotation(descriptor, user);
        }

        @Override
        public FieldVisitor visitField(int access, String name, String descriptor, String signature, Object value) {
            recordDescriptor(descriptor, user);
            recordSignature(signature, user);
            return new FieldVisitor(Opcodes.ASM9) {
                @Override
                public AnnotationVisitor visitAnnotation(String annotation, boolean visible) {
                    return annotation(annotation, user);
                }
            };
        }

        @Override
        public MethodVisitor visitMethod(int access, String name, String descriptor, String signature, String[] exceptions) {
            recordDescriptor(descriptor, user);
            recordSignature(signature, user);
            if (exceptions != null) {
                for (String exception : exceptions) {
                    recordClassName(exception, user);
                }
            }
            return new Instructions();
        }

        /** Every operand of a method body that the JVM links, plus the method's annotations. */
        private final class Instructions extends MethodVisitor {
            Instructions() {
                super(Opcodes.ASM9);
            }

            @Override
            public AnnotationVisitor visitAnnotation(String descriptor, boolean visible) {
                return annotation(descriptor, user);
            }

            @Override
            public AnnotationVisitor visitParameterAnnotation(int parameter, String descriptor, boolean visible) {
                return annotation(descriptor, user);
            }

            @Override
            public AnnotationVisitor visitAnnotationDefault() {
                return new AnnotationValues(null, user);
            }

            @Override
            public AnnotationVisitor visitTypeAnnotation(int typeRef, TypePath typePath, String descriptor, boolean visible) {
                return annotation(descriptor, user);
            }

            @Override
            public void visitTypeInsn(int opcode, String type) {
                recordClassName(type, user);
            }

            @Override
            public void visitFieldInsn(int opcode, String owner, String name, String descriptor) {
                recordMember(Kind.FIELD, owner, name, descriptor, user);
            }

            @Override
            public void visitMethodInsn(int opcode, String owner, String name, String descriptor, boolean isInterface) {
                recordMember(Kind.METHOD, owner, name, descriptor, user);
            }

            @Override
            public void visitInvokeDynamicInsn(String name, String descriptor, Handle bootstrap, Object... arguments) {
                recordDescriptor(descriptor, user);
                recordHandle(bootstrap, user);
                for (Object argument : arguments) {
                    recordConstant(argument, user);
                }
            }

            @Override
            public void visitLdcInsn(Object value) {
                recordConstant(value, user);
            }

            @Override
            public void visitMultiANewArrayInsn(String descriptor, int dimensions) {
                recordDescriptor(descriptor, user);
            }

            @Override
            public void visitTryCatchBlock(Label start, Label end, Label handler, String type) {
                if (type != null) {
                    recordClassName(type, user);
                }
            }
        }
    }

    /** What inherited lookup needs from a class file: its supertypes and declared members. */
    private record Header(String superName, List<String> interfaces, Set<String> methods, Set<String> fields) {
        static Header of(byte[] classFile) {
            ClassReader reader = new ClassReader(classFile);
            Set<String> methods = new HashSet<>();
            Set<String> fields = new HashSet<>();
            reader.accept(new ClassVisitor(Opcodes.ASM9) {
                @Override
                public MethodVisitor visitMethod(int access, String name, String descriptor, String signature, String[] exceptions) {
                    methods.add(name + descriptor);
                    return null;
                }

                @Override
                public FieldVisitor visitField(int access, String name, String descriptor, String signature, Object value) {
                    fields.add(name + ":" + descriptor);
                    return null;
                }
            }, ClassReader.SKIP_CODE | ClassReader.SKIP_DEBUG | ClassReader.SKIP_FRAMES);
            return new Header(reader.getSuperName(), List.of(reader.getInterfaces()), methods, fields);
        }
    }

    /** A world of classes, read on demand: either the one the code was compiled in or the one it will run in. */
    private static final class Types {
        private final Function<String, byte[]> classFiles;
        private final Map<String, Optional<Header>> headers = new HashMap<>();

        Types(Function<String, byte[]> classFiles) {
            this.classFiles = classFiles;
        }

        Optional<Header> header(String internalName) {
            return headers.computeIfAbsent(internalName, name -> Optional.ofNullable(classFiles.apply(name)).map(Header::of));
        }

        /** The class that declares a matching member, searching the class, then its supertypes as the JVM does. */
        Optional<String> declaringClass(String owner, Predicate<Header> declares) {
            Deque<String> queue = new ArrayDeque<>(List.of(owner));
            Set<String> seen = new HashSet<>();
            while (!queue.isEmpty()) {
                String name = queue.removeFirst();
                if (!seen.add(name)) {
                    continue;
                }
                Optional<Header> header = header(name);
                if (header.isEmpty()) {
                    continue;
                }
                if (declares.test(header.get())) {
                    return Optional.of(name);
                }
                if (header.get().superName() != null) {
                    queue.addFirst(header.get().superName());
                }
                queue.addAll(header.get().interfaces());
            }
            return Optional.empty();
        }
    }

    private static byte[] resource(ClassLoader loader, String internalName) {
        try (InputStream in = loader.getResourceAsStream(internalName + ".class")) {
            return in == null ? null : in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(internalName, e);
        }
    }
}
