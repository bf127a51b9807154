package io.followthrough.packaging;

import static org.assertj.core.api.Assertions.assertThat;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.activeobjects.external.ActiveObjectsUpgradeTask;
import com.atlassian.activeobjects.external.ModelVersion;
import io.followthrough.packaging.aofixture.AoFixtureTask;
import io.followthrough.packaging.aofixture.AoFixtureTaskRepository;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.objectweb.asm.AnnotationVisitor;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;

/**
 * Checks that the Active Objects API the plugin is compiled against (3.2.11, the newest that resolves
 * from Maven Central) links against the 6.1.1 jar Confluence 10 ships.
 */
class ActiveObjectsParityIT {
    private static final Path SHIPPED_AO = Path.of(System.getProperty("activeobjects.confluence.jar"));

    @Test
    void everyActiveObjectsMemberThePluginUsesExistsInTheShippedVersion() {
        ActiveObjectsLinkage linkage = new ActiveObjectsLinkage(
                ActiveObjectsLinkage.readJar(Path.of(System.getProperty("plugin.jar"))), SHIPPED_AO);

        assertThat(linkage.problems()).as("the plugin links against %s", linkage.links()).isEmpty();
    }

    @Test
    void theFixtureEntityAndRepositoryLinkAgainstTheShippedVersion() throws IOException {
        ActiveObjectsLinkage linkage = new ActiveObjectsLinkage(
                classFiles(AoFixtureTask.class, AoFixtureTaskRepository.class), SHIPPED_AO);

        assertThat(linkage.links()).map(Object::toString).contains(
                "class net.java.ao.Entity",
                "class net.java.ao.Preload",
                "class net.java.ao.schema.Indexed",
                "class net.java.ao.schema.NotNull",
                "annotation member net.java.ao.schema.Table.value()Ljava/lang/String;",
                "annotation member net.java.ao.schema.StringLength.value()I",
                "method net.java.ao.DBParam.<init>(Ljava/lang/String;Ljava/lang/Object;)V",
                "method net.java.ao.Query.select()Lnet/java/ao/Query;",
                "method net.java.ao.Query.where(Ljava/lang/String;[Ljava/lang/Object;)Lnet/java/ao/Query;",
                "method net.java.ao.Query.limit(I)Lnet/java/ao/Query;",
                "method net.java.ao.Entity.getID()I via io.followthrough.packaging.aofixture.AoFixtureTask",
                "method net.java.ao.RawEntity.save()V via io.followthrough.packaging.aofixture.AoFixtureTask");
        assertThat(linkage.problems()).as("the fixture links against %s", linkage.links()).isEmpty();
    }

    @Test
    void theHostApiActiveObjectsDeclarationsNameOnlyTypesOfTheShippedVersion() throws IOException {
        ActiveObjectsLinkage linkage = new ActiveObjectsLinkage(
                classFiles(ActiveObjects.class, ActiveObjectsUpgradeTask.class, ModelVersion.class), SHIPPED_AO);

        assertThat(linkage.links()).map(Object::toString).contains("class net.java.ao.RawEntity", "class net.java.ao.Query");
        assertThat(linkage.problems()).as("host-api links against %s", linkage.links()).isEmpty();
    }

    @Test
    void membersMissingFromTheShippedVersionAreEachNamed() {
        ActiveObjectsLinkage linkage = new ActiveObjectsLinkage(
                Map.of("fabricated/UsesAbsentMembers", classUsingAbsentMembers()), SHIPPED_AO);

        assertThat(linkage.problems()).hasSize(4).anySatisfy(problem -> assertThat(problem)
                        .startsWith("method net.java.ao.Query.select(I)Lnet/java/ao/Query; is missing from activeobjects-6.1.1.jar")
                        .endsWith("(used by fabricated.UsesAbsentMembers)"))
                .anySatisfy(problem -> assertThat(problem).startsWith("field net.java.ao.schema.StringLength.MAX_LENGTH:J is missing"))
                .anySatisfy(problem -> assertThat(problem).startsWith("class net.java.ao.AbsentEntityManager is missing"))
                .anySatisfy(problem -> assertThat(problem).startsWith("annotation member net.java.ao.schema.Table.name is missing"));
    }

    /**
     * A class linking against three AO members with a descriptor or name the real API does not have,
     * a class that does not exist, and one real member that must not be reported.
     */
    private static byte[] classUsingAbsentMembers() {
        ClassWriter writer = new ClassWriter(ClassWriter.COMPUTE_MAXS);
        writer.visit(Opcodes.V17, Opcodes.ACC_PUBLIC, "fabricated/UsesAbsentMembers", null, "java/lang/Object", null);
        AnnotationVisitor table = writer.visitAnnotation("Lnet/java/ao/schema/Table;", true);
        table.visit("name", "FABRICATED");
        table.visitEnd();
        MethodVisitor method = writer.visitMethod(Opcodes.ACC_PUBLIC | Opcodes.ACC_STATIC, "use", "()V", null, null);
        method.visitCode();
        method.visitMethodInsn(Opcodes.INVOKESTATIC, "net/java/ao/Query", "select", "()Lnet/java/ao/Query;", false);
        method.visitInsn(Opcodes.POP);
        method.visitInsn(Opcodes.ICONST_1);
        method.visitMethodInsn(Opcodes.INVOKESTATIC, "net/java/ao/Query", "select", "(I)Lnet/java/ao/Query;", false);
        method.visitInsn(Opcodes.POP);
        method.visitFieldInsn(Opcodes.GETSTATIC, "net/java/ao/schema/StringLength", "MAX_LENGTH", "J");
        method.visitInsn(Opcodes.POP2);
        method.visitTypeInsn(Opcodes.NEW, "net/java/ao/AbsentEntityManager");
        method.visitInsn(Opcodes.POP);
        method.visitInsn(Opcodes.RETURN);
        method.visitMaxs(0, 0);
        method.visitEnd();
        writer.visitEnd();
        return writer.toByteArray();
    }

    private static Map<String, byte[]> classFiles(Class<?>... types) throws IOException {
        Map<String, byte[]> classes = new HashMap<>();
        for (Class<?> type : List.of(types)) {
            String name = type.getName().replace('.', '/');
            try (InputStream in = type.getClassLoader().getResourceAsStream(name + ".class")) {
                classes.put(name, in.readAllBytes());
            }
        }
        return classes;
    }
}
