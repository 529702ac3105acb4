package org.cemtracker.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.cemtracker.model.Tier.LEADERSHIP;
import static org.cemtracker.model.Tier.STAFF;

import java.util.ArrayList;
import java.util.List;
import org.cemtracker.model.MaturityModel;
import org.cemtracker.model.Tier;
import org.cemtracker.scoring.Results.DepartmentResult;
import org.junit.jupiter.api.Test;

/**
 * The attacks of issue 10, each as it was made: a department head's ordinary reads, added and
 * subtracted, against a group below k. Each is run twice, with the small group answering 1 and then
 * 5 on everything; if any published figure differed between the two, the attack would learn
 * something. It must learn nothing, and the subtraction it tries must come out empty.
 */
class AttackTest {

  private static final MaturityModel MODEL = TestModels.oneQuestion(5);
  private static final int K = 5;

  private static List<Answers> repeat(String unit, Tier tier, int times, int level) {
    List<Answers> answers = new ArrayList<>();
    for (int i = 0; i < times; i++) {
      answers.add(TestModels.answer(unit, tier, "q", level));
    }
    return answers;
  }

  private static DepartmentResult department(Results r, String path) {
    return r.departments().stream().filter(d -> d.path().equals(path)).findFirst().orElseThrow();
  }

  /** Results with the small group answering {@code level}. */
  private interface Org {
    Results with(int level);
  }

  private static void learnsNothing(Org org) {
    assertThat(org.with(5)).isEqualTo(org.with(1));
  }

  @Test
  void aLoneSmallDepartmentCannotBeTakenOutOfTheIndexOrTheDimensionScores() {
    List<Unit> units =
        List.of(
            new Unit("sales", null, "Sales", 10, true),
            new Unit("ops", null, "Ops", 30, false),
            new Unit("legal", null, "Legal", 4, false));
    Org org =
        level -> {
          List<Answers> answers = new ArrayList<>(repeat("sales", STAFF, 6, 4));
          answers.addAll(repeat("ops", STAFF, 6, 2));
          answers.addAll(repeat("legal", STAFF, 2, level));
          return ScoringEngine.score(MODEL, units, answers, K);
        };
    learnsNothing(org);
    Results r = org.with(1);
    // the attacker's subtraction: index × covered headcount − visible departments' share = 0
    double covered = 10 + 30;
    double visible = 10 * department(r, "Sales").score() + 30 * department(r, "Ops").score();
    assertThat(r.cemIndex() * covered - visible).isCloseTo(0, within(1e-9));
    assertThat(r.dimensions().get(0).score() * covered - visible).isCloseTo(0, within(1e-9));
  }

  @Test
  void twoHiddenDepartmentsOnOppositeBoltOnSidesMoveNeitherTheIndexNorTheGap() {
    List<Unit> units =
        List.of(
            new Unit("sales", null, "Sales", 10, true),
            new Unit("ops", null, "Ops", 10, false),
            new Unit("desk", null, "Help desk", 5, true),
            new Unit("legal", null, "Legal", 5, false));
    Org org =
        level -> {
          List<Answers> answers = new ArrayList<>(repeat("sales", STAFF, 6, 4));
          answers.addAll(repeat("ops", STAFF, 6, 2));
          answers.addAll(repeat("desk", STAFF, 2, level));
          answers.addAll(repeat("legal", STAFF, 2, 6 - level));
          return ScoringEngine.score(MODEL, units, answers, K);
        };
    learnsNothing(org);
    Results r = org.with(1);
    assertThat(department(r, "Help desk").hidden()).isTrue();
    assertThat(department(r, "Legal").hidden()).isTrue();
    // the gap is Sales minus Ops exactly: nothing of the two hidden sides is in it
    assertThat(r.boltOnGap())
        .isCloseTo(department(r, "Sales").score() - department(r, "Ops").score(), within(1e-9));
  }

  @Test
  void theRolledUpScoreMinusTheOwnScoreGivesNothingOfAHiddenChild() {
    List<Unit> units =
        List.of(
            new Unit("ops", null, "Ops", 20, false),
            new Unit("north", "ops", "Ops/North", 3, false),
            new Unit("sales", null, "Sales", 10, true));
    Org org =
        level -> {
          List<Answers> answers = new ArrayList<>(repeat("ops", STAFF, 8, 3));
          answers.addAll(repeat("north", STAFF, 2, level));
          answers.addAll(repeat("sales", STAFF, 6, 4));
          return ScoringEngine.score(MODEL, units, answers, K);
        };
    learnsNothing(org);
    Results r = org.with(1);
    assertThat(department(r, "Ops").rolledUpScore()).isEqualTo(department(r, "Ops").score());
  }

  @Test
  void theIndexWithTheDispersionOrTheReachGivesNothingOfAHiddenDepartment() {
    // with one department visible, the dispersion or the reach together with the index would
    // pin down a second, hidden department's score
    List<Unit> units =
        List.of(new Unit("sales", null, "Sales", 10, true), new Unit("it", null, "IT", 10, false));
    Org org =
        level -> {
          List<Answers> answers = new ArrayList<>(repeat("sales", STAFF, 7, 4));
          answers.addAll(repeat("it", STAFF, 3, level));
          return ScoringEngine.score(MODEL, units, answers, K);
        };
    learnsNothing(org);
    Results r = org.with(5);
    assertThat(r.dispersion()).isZero();
    assertThat(r.reach()).isEqualTo(1.0);
  }

  @Test
  void aTierBelowKCannotBeTakenOutOfTheAlignmentGapOrTheDepartments() {
    // two leaders among many staff: leadership is withheld, so there is no alignment gap and the
    // departments' scores are those of their staff alone
    List<Unit> units =
        List.of(
            new Unit("sales", null, "Sales", 20, true), new Unit("ops", null, "Ops", 20, false));
    Org org =
        level -> {
          List<Answers> answers = new ArrayList<>(repeat("sales", STAFF, 8, 4));
          answers.addAll(repeat("ops", STAFF, 8, 2));
          answers.add(TestModels.answer("sales", LEADERSHIP, "q", level));
          answers.add(TestModels.answer("ops", LEADERSHIP, "q", level));
          return ScoringEngine.score(MODEL, units, answers, K);
        };
    learnsNothing(org);
    Results r = org.with(1);
    assertThat(r.alignmentGap()).isNull();
    assertThat(r.tiers().get(0).hidden()).isTrue();
    assertThat(department(r, "Sales").responses()).isEqualTo(8);
  }
}
