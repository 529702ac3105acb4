package org.cemtracker.initiative;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cemtracker.initiative.Fixtures.department;
import static org.cemtracker.initiative.Fixtures.results;
import static org.cemtracker.initiative.Fixtures.suppressed;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cemtracker.model.MaturityModel;
import org.junit.jupiter.api.Test;

class RecommendationsTest {

  private final MaturityModel fixture =
      Fixtures.model("src/test/resources/models/scoring-fixture.yaml");
  private final MaturityModel shipped = Fixtures.model("assessments/cem-maturity.yaml");

  @Test
  void suggestsTheWeakestDimensionsWithTheRecommendationsOfTheOrganisationsStage() {
    Map<String, Double> dims = new LinkedHashMap<>();
    dims.put("a", 35.0);
    dims.put("b", 20.0);
    Recommendations.Plan plan = Recommendations.of(fixture, results(1, dims, List.of()));

    assertThat(plan.organisation())
        .extracting(Recommendations.Suggestion::dimension)
        .containsExactly("b", "a");
    assertThat(plan.organisation().get(0).recommendations())
        .extracting(MaturityModel.Recommendation::title)
        .containsExactly("Start B");
    assertThat(plan.organisation().get(0).dimensionName()).isEqualTo("Dimension B");
  }

  @Test
  void withoutRecommendationsForTheStageTheNearestLowerStageIsUsed() {
    // B has stage 1 and 3 ideas: at stage 2, stage 1's; at stage 5, stage 3's
    assertThat(Recommendations.recommended(fixture, "b", 2))
        .extracting(MaturityModel.Recommendation::title)
        .containsExactly("Start B");
    assertThat(Recommendations.recommended(fixture, "b", 5))
        .extracting(MaturityModel.Recommendation::title)
        .containsExactly("Embed B");
  }

  @Test
  void eachVisibleDepartmentGetsItsWeakestDimensionAtItsOwnStage() {
    Map<String, Double> dims = Map.of("leadership", 50.0, "customer", 45.0);
    Recommendations.Plan plan =
        Recommendations.of(
            shipped,
            results(
                3,
                dims,
                List.of(
                    department("Sales", 10, "leadership", 70.0, "customer", 65.0),
                    department("Ops", 10, "leadership", 15.0, "customer", 30.0),
                    suppressed("Legal", 3))));

    assertThat(plan.departments())
        .extracting(Recommendations.Suggestion::departmentPath)
        .containsExactly("Ops", "Sales"); // weakest first; Legal is suppressed
    Recommendations.Suggestion ops = plan.departments().get(0);
    assertThat(ops.dimension()).isEqualTo("leadership");
    assertThat(ops.organisationScore()).isEqualTo(50.0);
    assertThat(ops.stage()).isEqualTo(2); // Ops scores 22.5: the second band starts at 20
    assertThat(ops.recommendations())
        .isNotEmpty()
        .allMatch(r -> r.stage() == 2 && r.dimension().equals("leadership"));
  }

  @Test
  void everyDimensionAndStageOfTheShippedModelHasRecommendations() {
    for (MaturityModel.Dimension d : shipped.dimensions()) {
      for (MaturityModel.Stage s : shipped.stages()) {
        assertThat(Recommendations.recommended(shipped, d.id(), s.number()))
            .as(d.id() + " at stage " + s.number())
            .isNotEmpty();
      }
    }
  }
}
