package org.cemtracker.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.cemtracker.model.Tier.LEADERSHIP;
import static org.cemtracker.model.Tier.MANAGEMENT;
import static org.cemtracker.model.Tier.STAFF;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.cemtracker.model.Tier;
import org.junit.jupiter.api.Test;

/** DESIGN §4 rule 12 on the tables the issue and the design name, worked out by hand. */
class DisclosureTest {

  private static CellCount cell(String unit, Tier tier, long n) {
    return new CellCount(unit, tier, n);
  }

  @Test
  void managementMinusCWouldIsolateOnePersonSoThatCellIsWithheld() {
    // A = {staff 10, management 1}, B = {staff 6}, C = {management 5}, k = 5: every department
    // and tier has 5 or more, but the table is a tree, so each cell alone is exposed:
    // management (6) − C (5) = A's management cell, 1 person
    Release release =
        Disclosure.release(
            List.of(
                cell("A", STAFF, 10),
                cell("A", MANAGEMENT, 1),
                cell("B", STAFF, 6),
                cell("C", MANAGEMENT, 5)),
            5);

    assertThat(release.releasedCells())
        .containsExactlyInAnyOrder(
            new Cell("A", STAFF), new Cell("B", STAFF), new Cell("C", MANAGEMENT));
    assertThat(release.responses()).isEqualTo(21);
    // one response withheld: fewer than k, so not given as a number
    assertThat(release.withheld()).isNull();
    assertThat(release.withheldFewerThanK()).isTrue();
    assertThat(release.isHidden("A")).isFalse();
    assertThat(release.unitResponses("A")).isEqualTo(10);
  }

  @Test
  void leadershipPlusManagementMinusYWouldIsolateFourSoNothingCanBeReleased() {
    // X = {leadership 2, staff 3}, Y = {leadership 3, management 3}, Z = {management 2, staff 3}
    Map<Cell, Long> table = new LinkedHashMap<>();
    table.put(new Cell("X", LEADERSHIP), 2L);
    table.put(new Cell("X", STAFF), 3L);
    table.put(new Cell("Y", LEADERSHIP), 3L);
    table.put(new Cell("Y", MANAGEMENT), 3L);
    table.put(new Cell("Z", MANAGEMENT), 2L);
    table.put(new Cell("Z", STAFF), 3L);

    // the audit finds L + M − Y = X's leadership (2) + Z's management (2) = 4 < 5
    assertThat(Disclosure.exposedBelowK(table, 5))
        .containsExactlyInAnyOrder(new Cell("X", LEADERSHIP), new Cell("Z", MANAGEMENT));
    // removing them leaves X and Z with 3 each, then Y alone in leadership and management
    Release release =
        Disclosure.release(
            table.entrySet().stream()
                .map(e -> cell(e.getKey().unitId(), e.getKey().tier(), e.getValue()))
                .toList(),
            5);
    assertThat(release.releasedCells()).isEmpty();
    assertThat(release.withheld()).isEqualTo(16);
    assertThat(release.isHidden("Y")).isTrue();
    assertThat(release.isHidden(LEADERSHIP)).isTrue();
  }

  @Test
  void aLoneSmallDepartmentIsWithheldAndHidden() {
    Release release =
        Disclosure.release(
            List.of(cell("Sales", STAFF, 10), cell("Ops", STAFF, 8), cell("Legal", STAFF, 2)), 5);

    assertThat(release.isHidden("Legal")).isTrue();
    assertThat(release.releasedCells()).doesNotContain(new Cell("Legal", STAFF));
    assertThat(release.tierResponses(STAFF)).isEqualTo(18);
  }

  @Test
  void smallCellsOnACycleAreReleasedBecauseNoSumIsolatesThem() {
    // each cell 3 < k, but every published group has 6 and no combination gives one cell:
    // A − leadership + B = ... always a multiple of a whole row or column
    Release release =
        Disclosure.release(
            List.of(
                cell("A", LEADERSHIP, 3),
                cell("A", STAFF, 3),
                cell("B", LEADERSHIP, 3),
                cell("B", STAFF, 3)),
            5);

    assertThat(release.releasedCells()).hasSize(4);
    assertThat(release.withheld()).isZero();
  }

  @Test
  void aDivisionIsPublishableButOneDepartmentsStaffIsNot() {
    Release release =
        Disclosure.release(
            List.of(
                cell("A", LEADERSHIP, 3),
                cell("A", STAFF, 3),
                cell("B", LEADERSHIP, 3),
                cell("B", STAFF, 3),
                cell("C", STAFF, 7)),
            5);

    Set<Cell> division =
        Set.of(new Cell("A", LEADERSHIP), new Cell("A", STAFF), new Cell("C", STAFF));
    assertThat(release.isPublishable(division)).isTrue();
    assertThat(release.isPublishable(Set.of(new Cell("A", STAFF)))).isFalse();
    // staff minus C is a sum of published groups, so it may be shown
    assertThat(release.isPublishable(Set.of(new Cell("A", STAFF), new Cell("B", STAFF)))).isTrue();
  }

  @Test
  void refusesAThresholdBelowThreeAndANegativeCount() {
    assertThatThrownBy(() -> Disclosure.release(List.of(), 2))
        .hasMessageContaining("may not be below 3");
    assertThatThrownBy(() -> Disclosure.release(List.of(cell("A", STAFF, -1)), 5))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
