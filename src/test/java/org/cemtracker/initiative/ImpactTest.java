package org.cemtracker.initiative;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.cemtracker.initiative.Fixtures.department;
import static org.cemtracker.initiative.Fixtures.results;
import static org.cemtracker.initiative.Fixtures.suppressed;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.cemtracker.initiative.Impact.DimensionImpact;
import org.cemtracker.scoring.Results;
import org.junit.jupiter.api.Test;

class ImpactTest {

  private static final Set<String> TARGETS = Set.of("Sales", "Service");

  @Test
  void theDifferenceInDifferencesIsTheTargetedChangeMinusTheOthersChange() {
    // the worked example of Impact's Javadoc
    Results before =
        results(
            List.of(
                department("Sales", 100, "a", 40.0),
                department("Service", 50, "a", 46.0),
                department("Ops", 100, "a", 50.0)));
    Results after =
        results(
            List.of(
                department("Sales", 100, "a", 55.0),
                department("Service", 50, "a", 52.0),
                department("Ops", 100, "a", 53.0)));

    DimensionImpact a = Impact.of(before, after, List.of("a"), TARGETS::contains).get(0);

    assertThat(a.targeted().before()).isCloseTo(42.0, within(1e-9));
    assertThat(a.targeted().after()).isCloseTo(54.0, within(1e-9));
    assertThat(a.targeted().change()).isCloseTo(12.0, within(1e-9));
    assertThat(a.others().change()).isCloseTo(3.0, within(1e-9));
    assertThat(a.difference()).isCloseTo(9.0, within(1e-9));
    assertThat(a.targeted().departments()).isEqualTo(2);
    assertThat(a.others().departments()).isEqualTo(1);
  }

  @Test
  void aDepartmentSuppressedInEitherWaveIsLeftOutOfBoth() {
    Results before =
        results(
            List.of(
                department("Sales", 10, "a", 20.0),
                department("Ops", 10, "a", 50.0),
                department("Legal", 10, "a", 90.0)));
    Results after =
        results(
            List.of(
                department("Sales", 10, "a", 60.0),
                department("Ops", 10, "a", 50.0),
                suppressed("Legal", 10)));

    DimensionImpact a = Impact.of(before, after, List.of("a"), TARGETS::contains).get(0);

    // Legal's 90 in the first wave does not pull the others' "before" up: it has no "after"
    assertThat(a.others().before()).isCloseTo(50.0, within(1e-9));
    assertThat(a.others().departments()).isEqualTo(1);
    assertThat(a.difference()).isCloseTo(40.0, within(1e-9));
  }

  @Test
  void withoutOtherDepartmentsThereIsNoDifference() {
    Results before = results(List.of(department("Sales", 10, "a", 20.0)));
    Results after = results(List.of(department("Sales", 10, "a", 30.0)));

    DimensionImpact a = Impact.of(before, after, List.of("a"), path -> true).get(0);

    assertThat(a.targeted().change()).isCloseTo(10.0, within(1e-9));
    assertThat(a.others().departments()).isZero();
    assertThat(a.others().change()).isNull();
    assertThat(a.difference()).isNull();
  }

  @Test
  void aDimensionWithoutScoresOnEitherSideHasNoFigures() {
    Results before = results(List.of(department("Sales", 10, "a", 20.0)));
    Results after = results(List.of(department("Sales", 10, "b", 30.0)));

    DimensionImpact a = Impact.of(before, after, List.of("a"), TARGETS::contains).get(0);

    assertThat(a.targeted().departments()).isZero();
    assertThat(a.targeted().before()).isNull();
    assertThat(a.difference()).isNull();
  }

  @Test
  void aSuppressedOrganisationShowsNothing() {
    Results hidden =
        new Results(
            5,
            true,
            null,
            null,
            true,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            List.of(),
            List.of(),
            List.of(department("Sales", 10, "a", 1.0)),
            List.of());
    Results after = results(List.of(department("Sales", 10, "a", 30.0)));

    DimensionImpact a = Impact.of(hidden, after, List.of("a"), TARGETS::contains).get(0);

    assertThat(a.targeted().departments()).isZero();
  }

  @Property(tries = 200)
  void aChangeShared_byEveryDepartment_isNoImpact(
      @ForAll @Size(min = 2, max = 8) List<@DoubleRange(min = 0, max = 80) Double> scores,
      @ForAll @Size(min = 8, max = 8) List<@IntRange(min = 1, max = 500) Integer> headcounts,
      @ForAll @DoubleRange(min = -20, max = 20) double shift) {
    List<Results.DepartmentResult> before = new ArrayList<>();
    List<Results.DepartmentResult> after = new ArrayList<>();
    for (int i = 0; i < scores.size(); i++) {
      String path = i % 2 == 0 ? "T" + i : "O" + i;
      before.add(department(path, headcounts.get(i), "a", scores.get(i)));
      after.add(department(path, headcounts.get(i), "a", scores.get(i) + shift));
    }

    DimensionImpact a =
        Impact.of(results(before), results(after), List.of("a"), p -> p.startsWith("T")).get(0);

    assertThat(a.targeted().change()).isCloseTo(shift, within(1e-9));
    assertThat(a.difference()).isCloseTo(0.0, within(1e-9));
  }
}
