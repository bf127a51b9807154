package io.followthrough.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.EvaluationResult;
import io.followthrough.core.archfixture.CoreClassImportingConfluence;
import org.junit.jupiter.api.Test;

/** Shows the core rule can fail: a test-only class in a core package that imports Confluence types. */
class CoreRuleCatchesViolationsTest {

    @Test
    void aCoreClassThatImportsConfluenceViolatesTheRule() {
        JavaClasses offender = new ClassFileImporter().importClasses(CoreClassImportingConfluence.class);

        EvaluationResult result = CoreIsFrameworkFreeTest.coreImportsNoAtlassianAoRestOrServletTypes
                .evaluate(offender);

        assertThat(result.hasViolation()).isTrue();
        assertThat(result.getFailureReport().toString()).contains("AuthenticatedUserThreadLocal");
    }
}
