package org.cemtracker.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.cemtracker.model.MaturityModel;
import org.cemtracker.model.Tier;
import org.cemtracker.scoring.Results.DepartmentResult;

/** Invariants of the engine over random organisations, models and responses. */
class ScoringPropertiesTest {

  /** A random case: a model of L levels, a tree of departments, responses, and k. */
  record Case(MaturityModel model, List<Unit> units, List<Answers> answers, int k) {}

  @Provide
  Arbitrary<Case> cases() {
    Arbitrary<Integer> levels = Arbitraries.of(3, 4, 5, 7);
    Arbitrary<Integer> departments = Arbitraries.integers().between(1, 7);
    Arbitrary<Integer> responses = Arbitraries.integers().between(0, 60);
    Arbitrary<Integer> k = Arbitraries.integers().between(3, 6);
    Arbitrary<Long> seed = Arbitraries.longs();
    return Combinators.combine(levels, departments, responses, k, seed)
        .as(ScoringPropertiesTest::build);
  }

  static Case build(int levels, int departments, int responses, int k, long seed) {
    Random random = new Random(seed);
    Map<String, Map.Entry<Double, Map<String, Double>>> dims = new HashMap<>();
    int dimensionCount = 1 + random.nextInt(3);
    for (int d = 0; d < dimensionCount; d++) {
      Map<String, Double> questions = new HashMap<>();
      int questionCount = 1 + random.nextInt(3);
      for (int q = 0; q < questionCount; q++) {
        questions.put("q" + d + "-" + q, 0.5 + random.nextInt(4) * 0.5);
      }
      dims.put("d" + d, Map.entry(0.5 + random.nextInt(3) * 0.5, questions));
    }
    MaturityModel model = TestModels.model(levels, dims);
    List<Unit> units = new ArrayList<>();
    for (int i = 0; i < departments; i++) {
      String parent = i == 0 || random.nextBoolean() ? null : "u" + random.nextInt(i);
      units.add(
          new Unit("u" + i, parent, "Dept " + i, 1 + random.nextInt(60), random.nextBoolean()));
    }
    List<Answers> answers = new ArrayList<>();
    for (int r = 0; r < responses; r++) {
      Map<String, Integer> given = new HashMap<>();
      for (MaturityModel.Question q : model.questions()) {
        if (random.nextInt(6) > 0) {
          given.put(q.id(), 1 + random.nextInt(levels));
        }
      }
      Tier tier = Tier.values()[random.nextInt(3)];
      answers.add(new Answers("u" + random.nextInt(departments), tier, given));
    }
    return new Case(model, units, answers, k);
  }

  private static Results score(Case c) {
    return ScoringEngine.score(c.model(), c.units(), c.answers(), c.k());
  }

  @Property(tries = 300)
  void everyScoreLiesBetweenZeroAndOneHundred(@ForAll("cases") Case c) {
    Results r = score(c);
    List<Double> scores = new ArrayList<>();
    scores.add(r.cemIndex());
    r.dimensions().forEach(d -> scores.add(d.score()));
    r.departments()
        .forEach(
            d -> {
              scores.add(d.score());
              scores.add(d.rolledUpScore());
              d.dimensions().forEach(x -> scores.add(x.score()));
            });
    r.tiers().forEach(t -> scores.add(t.score()));
    assertThat(scores)
        .filteredOn(s -> s != null)
        .allSatisfy(s -> assertThat(s).isBetween(-1e-9, 100 + 1e-9));
    if (r.reach() != null) {
      assertThat(r.reach()).isBetween(0.0, 1.0);
    }
    if (r.coverage() != null) {
      assertThat(r.coverage()).isBetween(0.0, 1.0);
    }
  }

  @Property(tries = 200)
  void theOrderOfResponsesChangesNothing(@ForAll("cases") Case c, @ForAll long shuffleSeed) {
    List<Answers> shuffled = new ArrayList<>(c.answers());
    Collections.shuffle(shuffled, new Random(shuffleSeed));
    Results original = score(c);
    Results reordered = score(new Case(c.model(), c.units(), shuffled, c.k()));

    assertThat(reordered.responses()).isEqualTo(original.responses());
    assertClose(reordered.cemIndex(), original.cemIndex());
    assertClose(reordered.cemIndexMarginOfError(), original.cemIndexMarginOfError());
    assertClose(reordered.dispersion(), original.dispersion());
    for (int i = 0; i < original.departments().size(); i++) {
      DepartmentResult a = original.departments().get(i);
      DepartmentResult b = reordered.departments().get(i);
      assertThat(b.hidden()).isEqualTo(a.hidden());
      assertClose(b.score(), a.score());
      assertClose(b.marginOfError(), a.marginOfError());
    }
  }

  @Property(tries = 200)
  void aDepartmentsScoreDependsOnlyOnItsOwnResponses(
      @ForAll("cases") Case c, @ForAll @IntRange(min = 1, max = 20) int extra) {
    if (c.units().size() < 2) {
      return;
    }
    List<Answers> more = new ArrayList<>(c.answers());
    Random random = new Random(extra);
    for (int i = 0; i < extra; i++) {
      Map<String, Integer> given = new HashMap<>();
      c.model().questions().forEach(q -> given.put(q.id(), 1 + random.nextInt(c.model().levels())));
      more.add(new Answers("u1", Tier.STAFF, given));
    }
    ScoringModel model = new ScoringModel(c.model());
    Cells before = Cells.of(model, c.answers());
    Cells after = Cells.of(model, more);
    assertClose(model.score(after.own("u0")), model.score(before.own("u0")));
  }

  @Property(tries = 300)
  void aHiddenGroupShowsNothingAndEveryShownGroupHasAtLeastK(@ForAll("cases") Case c) {
    Results r = score(c);
    r.departments().stream()
        .filter(DepartmentResult::hidden)
        .forEach(
            d -> {
              assertThat(d.responses()).isNull();
              assertThat(d.score()).isNull();
              assertThat(d.marginOfError()).isNull();
              assertThat(d.dimensions()).isEmpty();
            });
    r.tiers().stream()
        .filter(Results.TierResult::hidden)
        .forEach(
            t -> {
              assertThat(t.responses()).isNull();
              assertThat(t.score()).isNull();
            });
    r.departments().stream()
        .filter(DepartmentResult::covered)
        .forEach(d -> assertThat(d.responses()).isGreaterThanOrEqualTo(c.k()));
    r.tiers().stream()
        .filter(t -> !t.hidden() && t.responses() > 0)
        .forEach(t -> assertThat(t.responses()).isGreaterThanOrEqualTo(c.k()));
    if (r.hidden()) {
      assertThat(r.cemIndex()).isNull();
      assertThat(r.responses()).isNull();
    } else {
      assertThat(r.responses()).isGreaterThanOrEqualTo(c.k());
    }
    if (r.withheld() != null) {
      assertThat(r.withheld() == 0 || r.withheld() >= c.k()).isTrue();
    }
  }

  /**
   * The attacks of issue 10 all take a withheld group's answers out of published figures (a lone
   * small department under the index, two hidden departments on opposite bolt-on sides, rolled-up
   * minus own, the index with the dispersion or the reach, a hidden tier under the alignment gap).
   * They all fail if withheld answers move no figure at all: replace every withheld response's
   * answers and every published number stays exactly the same.
   */
  @Property(tries = 300)
  void withheldAnswersMoveNoPublishedFigure(@ForAll("cases") Case c, @ForAll long seed) {
    ScoringModel model = new ScoringModel(c.model());
    Release release = Disclosure.release(Cells.of(model, c.answers()).counts(), c.k());
    Random random = new Random(seed);
    List<Answers> changed = new ArrayList<>();
    for (Answers a : c.answers()) {
      if (release.isReleased(new Cell(a.unitId(), a.tier()))) {
        changed.add(a);
      } else {
        Map<String, Integer> other = new HashMap<>();
        c.model()
            .questions()
            .forEach(q -> other.put(q.id(), 1 + random.nextInt(c.model().levels())));
        changed.add(new Answers(a.unitId(), a.tier(), other));
      }
    }
    Results original = score(c);
    Results altered = score(new Case(c.model(), c.units(), changed, c.k()));

    assertThat(altered).isEqualTo(original);
  }

  @Property(tries = 300)
  void theIndexLiesBetweenTheLowestAndHighestDepartmentScore(@ForAll("cases") Case c) {
    ScoringModel model = new ScoringModel(c.model());
    Cells cells = Cells.of(model, c.answers());
    Results r = new ScoringEngine(model).results(c.units(), cells, c.k());
    List<Double> departmentScores =
        r.departments().stream()
            .filter(DepartmentResult::covered)
            .map(DepartmentResult::score)
            .filter(s -> s != null)
            .toList();
    if (r.cemIndex() == null) {
      assertThat(departmentScores.isEmpty() || r.hidden()).isTrue();
      return;
    }
    assertThat(r.cemIndex())
        .isBetween(
            Collections.min(departmentScores) - 1e-9, Collections.max(departmentScores) + 1e-9);
  }

  private static void assertClose(Double actual, Double expected) {
    if (expected == null) {
      assertThat(actual).isNull();
    } else {
      assertThat(actual).isCloseTo(expected, within(1e-9));
    }
  }
}
