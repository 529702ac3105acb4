package org.cemtracker;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaConstructorCall;
import com.tngtech.archunit.core.domain.properties.HasOwner;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import java.util.Collection;
import org.cemtracker.scoring.Comments;
import org.cemtracker.scoring.Disclosure;
import org.cemtracker.scoring.InstrumentQuality;
import org.cemtracker.scoring.QuestionResults;
import org.cemtracker.scoring.Results;
import org.cemtracker.scoring.WaveDelta;

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

  /**
   * DESIGN §4 rule 12: one layer decides what is released. Cells are released by {@code Disclosure}
   * only, called by the two services that read cells (results and the campaign monitor); the
   * published figures are made by the scoring engine only, so no view, resource or export can
   * publish a number of its own making or flag something hidden on its own.
   */
  @ArchTest
  static final ArchRule onlyTheReadingServicesAskDisclosureControl =
      noClasses()
          .that()
          .resideOutsideOfPackage("org.cemtracker.scoring..")
          .and()
          .doNotHaveFullyQualifiedName("org.cemtracker.results.ResultsService")
          .and()
          .doNotHaveFullyQualifiedName("org.cemtracker.campaign.MonitorService")
          .should()
          .callMethod(Disclosure.class, "release", Collection.class, int.class);

  @ArchTest
  static final ArchRule publishedFiguresAreMadeByTheScoringEngineOnly =
      noClasses()
          .that()
          .resideOutsideOfPackage("org.cemtracker.scoring..")
          .should()
          .callConstructorWhere(
              JavaConstructorCall.Predicates.target(
                  HasOwner.Predicates.With.owner(
                      JavaClass.Predicates.belongToAnyOf(
                          Results.class,
                          Comments.class,
                          InstrumentQuality.class,
                          QuestionResults.class,
                          WaveDelta.class))))
          .because("figures and what is hidden come from the one disclosure layer");

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
