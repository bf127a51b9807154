package io.followthrough.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

@AnalyzeClasses(packages = "io.followthrough", importOptions = ImportOption.DoNotIncludeTests.class)
class CoreIsFrameworkFreeTest {

    @ArchTest
    static final ArchRule coreImportsNoAtlassianAoRestOrServletTypes = noClasses()
            .that().resideInAPackage("io.followthrough.core..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "com.atlassian..", "net.java.ao..", "jakarta.ws.rs..", "jakarta.servlet..", "javax.servlet..",
                    "javax.ws.rs..")
            .because("the core is plain Java; adapters in io.followthrough.confluence talk to Confluence (style rule 1)");

    @ArchTest
    static final ArchRule coreDoesNotReachIntoAdapters = noClasses()
            .that().resideInAPackage("io.followthrough.core..")
            .should().dependOnClassesThat().resideInAPackage("io.followthrough.confluence..");
}
