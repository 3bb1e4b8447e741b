package org.festgate.core;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** core-lib is an embeddable library: no Jakarta EE, JPA, JDBC or application-server types. */
@AnalyzeClasses(packages = "org.festgate.core", importOptions = ImportOption.DoNotIncludeTests.class)
class CoreLibArchitectureTest {

    @ArchTest
    static final ArchRule noServerOrPersistenceDependencies = noClasses()
            .that().resideInAPackage("org.festgate.core..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "jakarta..", "javax.persistence..", "java.sql..", "org.eclipse.persistence..", "fish.payara..")
            .because("core-lib must stay usable without a server, a database or Jakarta EE");
}
