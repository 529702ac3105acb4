package org.cemtracker.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.cemtracker.model.MaturityModel;
import org.cemtracker.model.Tier;
import org.cemtracker.scoring.GroupComparison.Comparison;
import org.cemtracker.scoring.GroupComparison.DimensionComparison;
import org.cemtracker.scoring.QuestionBreakdown.Breakdown;
import org.junit.jupiter.api.Test;

/**
 * A group beside the organisation and beside itself a wave earlier (issue 15): the figures are the
 * differences of figures shown anyway, the group is found again in the earlier wave by its path
 * although its department ids are new, and no filter or comparison moves with the answers of cells
 * that disclosure control withheld, in either wave.
 */
class GroupComparisonTest {

  private static final MaturityModel MODEL =
      TestModels.model(
          5,
          Map.of(
              "a", Map.entry(1.0, Map.of("a1", 1.0, "a2", 1.0)),
              "b", Map.entry(1.0, Map.of("b1", 1.0))));

  /** One wave: the tree under fresh ids, and its released figures. */
  private record Wave(List<Unit> units, Cells cells, Release release, Results results) {

    static Wave of(String prefix, int[] counts, int[] levels, int k) {
      List<Unit> units =
          List.of(
              new Unit(prefix + "ops", null, "Ops", 5, false),
              new Unit(prefix + "wh", prefix + "ops", "Ops/Warehouse", 30, false),
              new Unit(prefix + "tr", prefix + "ops", "Ops/Transport", 20, false),
              new Unit(prefix + "sales", null, "Sales", 30, true));
      List<Answers> answers = new ArrayList<>();
      for (int i = 0; i < counts.length; i++) {
        Unit unit = units.get(i / 3);
        for (int r = 0; r < counts[i]; r++) {
          int level = levels[i];
          answers.add(
              TestModels.answer(
                  unit.id(), Tier.values()[i % 3], "a1", level, "a2", 6 - level, "b1", level));
        }
      }
      Cells cells = Cells.of(new ScoringModel(MODEL), answers);
      Release release = Disclosure.release(cells.counts(), k);
      return new Wave(
          units,
          cells,
          release,
          new ScoringEngine(new ScoringModel(MODEL)).results(units, cells, release));
    }

    List<PublishedGroups.Group> groups() {
      return PublishedGroups.of(units, release, cells);
    }

    Optional<PublishedGroups.Group> matching(PublishedGroups.Group other) {
      return groups().stream().filter(g -> g.acrossWaves().equals(other.acrossWaves())).findFirst();
    }

    Breakdown breakdown(PublishedGroups.Group group) {
      return QuestionBreakdown.of(cells, release, group);
    }

    Comparison compare(PublishedGroups.Group group, Wave before) {
      Breakdown earlier = before.matching(group).map(before::breakdown).orElse(null);
      return GroupComparison.of(group, results, breakdown(group), before.results(), earlier);
    }
  }

  @Test
  void aDivisionIsComparedWithTheOrganisationAndWithItselfInTheWaveBefore() {
    // cells: ops (none), wh, tr, sales × leadership, management, staff
    int[] counts = {0, 0, 0, 0, 5, 8, 0, 0, 6, 0, 5, 9};
    Wave spring = Wave.of("w1-", counts, new int[] {1, 1, 1, 1, 2, 2, 1, 1, 2, 1, 4, 4}, 5);
    Wave autumn = Wave.of("w2-", counts, new int[] {1, 1, 1, 1, 3, 3, 1, 1, 4, 1, 4, 4}, 5);
    PublishedGroups.Group ops = PublishedGroups.find(autumn.groups(), "division:w2-ops").get();

    Comparison compared = autumn.compare(ops, spring);

    DimensionComparison b = dimension(compared, "b");
    // a division weighs its departments' published scores by headcount, as rule 5 does:
    // Warehouse (30 people) answered 3 on b1 (50 points), Transport (20) answered 4 (75 points)
    assertThat(b.score()).isCloseTo((30 * 50.0 + 20 * 75.0) / 50, within(1e-9));
    double organisation =
        autumn.results().dimensions().stream()
            .filter(d -> d.id().equals("b"))
            .findFirst()
            .get()
            .score();
    assertThat(b.organisation()).isEqualTo(organisation);
    assertThat(b.difference()).isCloseTo(60.0 - organisation, within(1e-9));
    // in spring every answer in Ops on b1 was 2 (25 points): matched by path under new ids
    assertThat(b.previous()).isCloseTo(25.0, within(1e-9));
    assertThat(b.change()).isCloseTo(35.0, within(1e-9));
    // the question's mean pools the division's 19 answers: 13 of 3 and 6 of 4
    assertThat(compared.questions().get("b1").previousMean()).isCloseTo(2.0, within(1e-9));
    assertThat(compared.questions().get("b1").change()).isCloseTo(63.0 / 19 - 2, within(1e-9));
  }

  @Test
  void aGroupNotShownInTheEarlierWaveHasNoPreviousFigure() {
    int[] autumnCounts = {0, 0, 0, 0, 5, 8, 0, 0, 6, 0, 5, 9};
    int[] springCounts = {0, 0, 0, 0, 0, 2, 0, 0, 0, 0, 5, 9};
    int[] levels = {1, 1, 1, 1, 3, 3, 1, 1, 4, 1, 4, 4};
    Wave spring = Wave.of("w1-", springCounts, levels, 5);
    Wave autumn = Wave.of("w2-", autumnCounts, levels, 5);
    PublishedGroups.Group ops = PublishedGroups.find(autumn.groups(), "division:w2-ops").get();
    assertThat(spring.matching(ops)).as("two answers in spring: not a group then").isEmpty();

    Comparison compared = autumn.compare(ops, spring);

    assertThat(compared.dimensions()).allSatisfy(d -> assertThat(d.previous()).isNull());
    assertThat(compared.dimensions()).allSatisfy(d -> assertThat(d.change()).isNull());
    assertThat(compared.dimensions()).allSatisfy(d -> assertThat(d.score()).isNotNull());
    assertThat(compared.questions().values())
        .allSatisfy(q -> assertThat(q.previousMean()).isNull());
  }

  @Test
  void aDivisionThatWasADepartmentWithoutChildrenAWaveEarlierHasNoPreviousFigure() {
    // spring: Ops alone (no sub-departments); autumn: Ops with Warehouse and Transport
    List<Unit> spring = List.of(new Unit("s-ops", null, "Ops", 50, false));
    List<Answers> springAnswers = new ArrayList<>();
    for (int i = 0; i < 6; i++) {
      springAnswers.add(TestModels.answer("s-ops", Tier.STAFF, "a1", 2, "a2", 4, "b1", 2));
    }
    Cells springCells = Cells.of(new ScoringModel(MODEL), springAnswers);
    Release springRelease = Disclosure.release(springCells.counts(), 5);
    Wave before =
        new Wave(
            spring,
            springCells,
            springRelease,
            new ScoringEngine(new ScoringModel(MODEL)).results(spring, springCells, springRelease));
    int[] counts = {0, 0, 0, 0, 5, 8, 0, 0, 6, 0, 5, 9};
    Wave autumn = Wave.of("w2-", counts, new int[] {1, 1, 1, 1, 3, 3, 1, 1, 4, 1, 4, 4}, 5);
    PublishedGroups.Group ops = PublishedGroups.find(autumn.groups(), "division:w2-ops").get();
    assertThat(before.matching(ops)).as("no division Ops in spring").isEmpty();

    Comparison compared = autumn.compare(ops, before);

    // spring's Ops department score is published, but it is not the same group as the division
    assertThat(compared.dimensions()).allSatisfy(d -> assertThat(d.previous()).isNull());
    assertThat(compared.questions().values())
        .allSatisfy(q -> assertThat(q.previousMean()).isNull());
  }

  /** Two waves of one tree: per cell a count, and a level in each wave. */
  record TwoWaves(int[] counts, int[] before, int[] after, int k) {}

  @Provide
  Arbitrary<TwoWaves> waves() {
    Arbitrary<int[]> counts = Arbitraries.integers().between(0, 8).array(int[].class).ofSize(12);
    Arbitrary<int[]> levels = Arbitraries.integers().between(1, 5).array(int[].class).ofSize(12);
    return Combinators.combine(counts, levels, levels, Arbitraries.integers().between(3, 6))
        .as(TwoWaves::new);
  }

  @Property(tries = 200)
  void noFilterOrComparisonMovesWithTheAnswersOfWithheldCellsInEitherWave(
      @ForAll("waves") TwoWaves waves) {
    List<List<Comparison>> read = new ArrayList<>();
    for (int flip : new int[] {0, 1}) {
      Wave plain = Wave.of("w1-", waves.counts(), waves.before(), waves.k());
      Wave before = Wave.of("w1-", waves.counts(), flipped(plain, waves.before(), flip), waves.k());
      Wave plainAfter = Wave.of("w2-", waves.counts(), waves.after(), waves.k());
      Wave after =
          Wave.of("w2-", waves.counts(), flipped(plainAfter, waves.after(), flip), waves.k());
      List<Comparison> comparisons = new ArrayList<>();
      for (PublishedGroups.Group group : after.groups()) {
        assertThat(group.responses()).isGreaterThanOrEqualTo(waves.k());
        assertThat(after.release().releasedCells()).containsAll(group.cells());
        comparisons.add(after.compare(group, before));
      }
      read.add(comparisons);
    }
    assertThat(read.get(1)).isEqualTo(read.get(0));
  }

  /** The levels with every withheld cell's answer mirrored (1 ↔ 5) when {@code flip} is 1. */
  private static int[] flipped(Wave wave, int[] levels, int flip) {
    int[] out = levels.clone();
    for (int i = 0; i < levels.length; i++) {
      Cell cell = new Cell(wave.units().get(i / 3).id(), Tier.values()[i % 3]);
      if (flip == 1 && !wave.release().isReleased(cell)) {
        out[i] = 6 - levels[i];
      }
    }
    return out;
  }

  private static DimensionComparison dimension(Comparison compared, String id) {
    return compared.dimensions().stream()
        .filter(d -> d.dimensionId().equals(id))
        .findFirst()
        .orElseThrow();
  }
}
