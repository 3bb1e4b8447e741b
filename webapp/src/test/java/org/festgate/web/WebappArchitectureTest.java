package org.festgate.web;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.simpleNameEndingWith;
import static com.tngtech.archunit.core.domain.properties.CanBeAnnotated.Predicates.annotatedWith;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.persistence.Entity;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
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
                    "org.festgate.web.province..", "org.festgate.web.dataset..", "org.festgate.web.trade..");

    @ArchTest
    static final ArchRule everyWriteDeclaresWhoMayCallIt = methods()
            .that().areAnnotatedWith(POST.class).or().areAnnotatedWith(PUT.class)
            .or().areAnnotatedWith(DELETE.class).or().areAnnotatedWith(PATCH.class)
            .should(new ArchCondition<JavaMethod>("carry @RolesAllowed or @PermitAll, on the method or its class") {
                @Override
                public void check(JavaMethod method, ConditionEvents events) {
                    boolean declared = method.isAnnotatedWith(RolesAllowed.class)
                            || method.isAnnotatedWith(PermitAll.class)
                            || method.getOwner().isAnnotatedWith(RolesAllowed.class);
                    if (!declared) {
                        events.add(SimpleConditionEvent.violated(method, method.getFullName()
                                + " is a write that names no role"));
                    }
                }
            })
            .because("security from the first endpoint: every write is authorised");

    @ArchTest
    static final ArchRule festivalEntitiesStayInTheFestivalFeature = keepsItsPersistence("festival");

    @ArchTest
    static final ArchRule provinceEntitiesStayInTheProvinceFeature = keepsItsPersistence("province");

    @ArchTest
    static final ArchRule ticketEntitiesStayInTheTicketFeature = keepsItsPersistence("ticket");

    @ArchTest
    static final ArchRule scanEntitiesStayInTheScanFeature = keepsItsPersistence("scan");

    @ArchTest
    static final ArchRule tradeEntitiesStayInTheTradeFeature = keepsItsPersistence("trade");

    @ArchTest
    static final ArchRule fairEntitiesStayInTheFairFeature = keepsItsPersistence("fair");

    @ArchTest
    static final ArchRule vendorEntitiesStayInTheVendorFeature = keepsItsPersistence("vendor");

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
