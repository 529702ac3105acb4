package org.cemtracker;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The dependency rules of STYLE.md. */
@AnalyzeClasses(packages = "org.cemtracker", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

  @ArchTest
  static final ArchRule scoringUsesOnlyTheModelAndTheJdk =
      classes()
          .that()
          .resideInAPackage("..scoring..")
          .should()
          .onlyDependOnClassesThat()
          .resideInAnyPackage("org.cemtracker.scoring..", "org.cemtracker.model..", "java..")
          .allowEmptyShould(true);

  @ArchTest
  static final ArchRule modelUsesOnlyTheJdkTheYamlParserAndItsSchemaValidator =
      classes()
          .that()
          .resideInAPackage("org.cemtracker.model")
          .should()
          .onlyDependOnClassesThat()
          .resideInAnyPackage(
              "org.cemtracker.model..",
              "java..",
              "com.fasterxml.jackson..",
              "com.networknt.schema..",
              "jakarta.enterprise.context..",
              "jakarta.annotation..");

  @ArchTest
  static final ArchRule vaadinOnlyInUiPackages =
      noClasses()
          .that()
          .resideOutsideOfPackage("..ui..")
          .should()
          .dependOnClassesThat()
          .resideInAPackage("com.vaadin..");

  @ArchTest
  static final ArchRule jaxRsOnlyInRestPackages =
      noClasses()
          .that()
          .resideOutsideOfPackage("..rest..")
          .should()
          .dependOnClassesThat()
          .resideInAPackage("jakarta.ws.rs..");

  @ArchTest
  static final ArchRule uiAndRestNeverTouchRepositories =
      noClasses()
          .that()
          .resideInAnyPackage("..ui..", "..rest..")
          .should()
          .dependOnClassesThat()
          .haveSimpleNameEndingWith("Repository");

  @ArchTest
  static final ArchRule featuresHaveNoCycles =
      slices().matching("org.cemtracker.(*)..").should().beFreeOfCycles();

  @ArchTest
  static final ArchRule noJunkDrawerNames =
      noClasses()
          .should()
          .haveSimpleNameEndingWith("Manager")
          .orShould()
          .haveSimpleNameEndingWith("Helper")
          .orShould()
          .haveSimpleNameEndingWith("Util")
          .orShould()
          .haveSimpleNameEndingWith("Impl");
}
