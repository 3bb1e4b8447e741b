package org.festgate.web;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.simpleNameEndingWith;
import static com.tngtech.archunit.core.domain.properties.CanBeAnnotated.Predicates.annotatedWith;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import jakarta.persistence.Entity;
import jakarta.ws.rs.Path;

/** The webapp's layering, as tests: resources stay out of persistence, features keep their entities. */
@AnalyzeClasses(packages = "org.festgate.web", importOptions = ImportOption.DoNotIncludeTests.class)
class WebappArchitectureTest {

    @ArchTest
    static final ArchRule resourcesDoNotTouchPersistence = noClasses()
            .that().areAnnotatedWith(Path.class)
            .should().dependOnClassesThat().resideInAPackage("jakarta.persistence..")
            .because("a resource converts at the edge and calls one application service");

    @ArchTest
    static final ArchRule platformKnowsNoFeature = noClasses()
            .that().resideInAPackage("org.festgate.web.platform..")
            .and().doNotHaveSimpleName("StartupTasks")
            .should().dependOnClassesThat().resideInAnyPackage("org.festgate.web.festival..",
                    "org.festgate.web.province..", "org.festgate.web.dataset..");

    @ArchTest
    static final ArchRule festivalEntitiesStayInTheFestivalFeature = keepsItsPersistence("festival");

    @ArchTest
    static final ArchRule provinceEntitiesStayInTheProvinceFeature = keepsItsPersistence("province");

    /** Only the feature itself uses its entities and repository; others talk to its services. */
    private static ArchRule keepsItsPersistence(String feature) {
        String pkg = "org.festgate.web." + feature + "..";
        DescribedPredicate<JavaClass> persistence = resideInAPackage(pkg)
                .and(annotatedWith(Entity.class).or(simpleNameEndingWith("Repository")))
                .as("entities or repositories of " + feature);
        return noClasses().that().resideOutsideOfPackage(pkg).should().dependOnClassesThat(persistence)
                .because("features talk through their services, never another feature's entities");
    }
}
