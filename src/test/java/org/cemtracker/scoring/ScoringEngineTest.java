package org.cemtracker.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.cemtracker.model.Tier.LEADERSHIP;
import static org.cemtracker.model.Tier.MANAGEMENT;
import static org.cemtracker.model.Tier.STAFF;
import static org.cemtracker.scoring.TestModels.answer;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.assertj.core.data.Offset;
import org.cemtracker.model.MaturityModel;
import org.cemtracker.model.Tier;
import org.cemtracker.scoring.Results.DepartmentResult;
import org.cemtracker.scoring.Results.TierResult;
import org.junit.jupiter.api.Test;

/**
 * Hand-computed organisations: every expected figure is worked out in the comments, from the rules
 * of DESIGN §4, and must match to 0.01.
 */
class ScoringEngineTest {

  private static final Offset<Double> EXACT = within(0.005);

  /**
   * Scale of 5. Dimension A (weight 1): questions a1, a2. Dimension B (weight 2): question b1.
   * Sales (customer-facing, headcount 10) and Ops (headcount 30), three responses each, k = 3.
   * Leadership holds Sales' first two and Ops' first: the four cells (Sales 2 + 1, Ops 1 + 2) form
   * a cycle, every department and tier has 3, and no sum of them isolates fewer than 3, so every
   * response is released (rule 12).
   */
  private static MaturityModel twoDimensions() {
    Map<String, Map.Entry<Double, Map<String, Double>>> dims = new LinkedHashMap<>();
    Map<String, Double> a = new LinkedHashMap<>();
    a.put("a1", 1.0);
    a.put("a2", 1.0);
    dims.put("A", Map.entry(1.0, a));
    dims.put("B", Map.entry(2.0, Map.of("b1", 1.0)));
    return TestModels.model(5, dims);
  }

  private static final List<Unit> SALES_AND_OPS =
      List.of(new Unit("sales", null, "Sales", 10, true), new Unit("ops", null, "Ops", 30, false));

  private static final List<Answers> SIX_RESPONSES =
      List.of(
          answer("sales", LEADERSHIP, "a1", 5, "a2", 4, "b1", 5),
          answer("sales", LEADERSHIP, "a1", 3, "a2", 3, "b1", 4),
          answer("sales", STAFF, "a1", 4, "b1", 3), // a2: don't know
          answer("ops", LEADERSHIP, "a1", 2, "a2", 2, "b1", 1),
          answer("ops", STAFF, "a1", 1, "a2", 3, "b1", 2),
          answer("ops", STAFF, "a1", 3, "a2", 1)); // b1: don't know

  private final Results results =
      ScoringEngine.score(twoDimensions(), SALES_AND_OPS, SIX_RESPONSES, 3);

  private DepartmentResult department(Results r, String path) {
    return r.departments().stream().filter(d -> d.path().equals(path)).findFirst().orElseThrow();
  }

  @Test
  void departmentScoresFollowRulesOneToFour() {
    // Sales: m(a1) = (5+3+4)/3 = 4, m(a2) = (4+3)/2 = 3.5 (one don't know), m(b1) = (5+4+3)/3 = 4
    // D_A = ((4 + 3.5)/2 − 1)/4 × 100 = 68.75;  D_B = (4 − 1)/4 × 100 = 75
    // S = (1 × 68.75 + 2 × 75) / 3 = 72.9167
    DepartmentResult sales = department(results, "Sales");
    assertThat(sales.score()).isCloseTo(72.9167, EXACT);
    assertThat(sales.dimensions())
        .extracting(Results.DimensionScore::score)
        .containsExactly(68.75, 75.0);
    // Ops: m(a1) = (2+1+3)/3 = 2, m(a2) = (2+3+1)/3 = 2, m(b1) = (1+2)/2 = 1.5
    // D_A = (2 − 1)/4 × 100 = 25;  D_B = (1.5 − 1)/4 × 100 = 12.5;  S = (25 + 25)/3 = 16.6667
    assertThat(department(results, "Ops").score()).isCloseTo(16.6667, EXACT);
  }

  @Test
  void theCemIndexIsTheHeadcountWeightedMeanOfDepartmentScores() {
    // (10 × 72.9167 + 30 × 16.6667) / 40 = 1229.1667 / 40 = 30.7292; everyone covered
    assertThat(results.cemIndex()).isCloseTo(30.7292, EXACT);
    assertThat(results.coverage()).isEqualTo(1.0);
    // band 20 – <40: stage 2
    assertThat(results.stage().number()).isEqualTo(2);
    assertThat(results.stage().name()).isEqualTo("Departmental CX");
  }

  @Test
  void organisationDimensionScoresAreHeadcountWeightedToo() {
    // A: (10 × 68.75 + 30 × 25)/40 = 35.9375;  B: (10 × 75 + 30 × 12.5)/40 = 28.125
    assertThat(results.dimensions())
        .extracting(Results.DimensionResult::score)
        .containsExactly(35.9375, 28.125);
  }

  @Test
  void reachBoltOnGapAndDispersion() {
    // reach: only Sales (72.92) is at or above the CEM line 60: 10 / 40 = 0.25
    assertThat(results.reach()).isCloseTo(0.25, EXACT);
    // bolt-on gap: 72.9167 − 16.6667 = 56.25 (each side has 3 responses = k: shown)
    assertThat(results.boltOnGap()).isCloseTo(56.25, EXACT);
    // dispersion: √((10 × (72.9167 − 30.7292)² + 30 × (16.6667 − 30.7292)²) / 40)
    //           = √((10 × 1779.79 + 30 × 197.75) / 40) = √593.26 = 24.357
    assertThat(results.dispersion()).isCloseTo(24.357, EXACT);
  }

  @Test
  void marginsOfErrorUseTheRespondentsOwnScores() {
    // own scores in Sales: r1 = (87.5 + 2×100)/3 = 95.8333, r2 = (50 + 2×75)/3 = 66.6667,
    // r3 = (75 + 2×50)/3 = 58.3333; sample sd s = 19.6909;
    // margin = 1.96 × 19.6909/√3 × √((10 − 3)/(10 − 1)) = 19.6512
    assertThat(department(results, "Sales").marginOfError()).isCloseTo(19.6512, EXACT);
    // Ops: 8.3333, 25, 25 (r6 has only dimension A); s = 9.6225;
    // margin = 1.96 × 9.6225/√3 × √(27/29) = 10.5067
    assertThat(department(results, "Ops").marginOfError()).isCloseTo(10.5067, EXACT);
    // index: 1.96 × √(0.25² × 19.6909²/3 × 7/9 + 0.75² × 9.6225²/3 × 27/29) = 9.2860
    assertThat(results.cemIndexMarginOfError()).isCloseTo(9.2860, EXACT);
  }

  @Test
  void questionMeansAreOnTheScale() {
    // a1: (5+3+4+2+1+3)/6 = 3;  a2: (4+3+2+3+1)/5 = 2.6;  b1: (5+4+3+1+2)/5 = 3
    assertThat(results.questions())
        .extracting(Results.QuestionResult::mean)
        .containsExactly(3.0, 2.6, 3.0);
  }

  @Test
  void everyResponseOfTheFixtureIsReleased() {
    assertThat(results.responses()).isEqualTo(6);
    assertThat(results.withheld()).isZero();
    assertThat(results.withheldFewerThanK()).isFalse();
    assertThat(results.departments()).noneMatch(DepartmentResult::hidden);
  }

  @Test
  void tiersAreScoredFromTheirOwnResponses() {
    // leadership r1, r2, r4: m(a1) = 10/3, m(a2) = 3, m(b1) = 10/3
    //   D_A = ((10/3 + 3)/2 − 1)/4 × 100 = 54.1667; D_B = (10/3 − 1)/4 × 100 = 58.3333
    //   S = (54.1667 + 2 × 58.3333)/3 = 56.9444
    // staff r3, r5, r6: m(a1) = 8/3, m(a2) = 2, m(b1) = 2.5
    //   D_A = ((8/3 + 2)/2 − 1)/4 × 100 = 33.3333; D_B = 37.5; S = (33.3333 + 75)/3 = 36.1111
    TierResult leadership = tier(results, LEADERSHIP);
    assertThat(leadership.responses()).isEqualTo(3);
    assertThat(leadership.score()).isCloseTo(56.9444, EXACT);
    // own scores 95.8333, 66.6667, 8.3333: s = 44.5528, 1.96 × 44.5528 / √3 = 50.4163
    assertThat(leadership.marginOfError()).isCloseTo(50.4163, EXACT);
    TierResult staff = tier(results, STAFF);
    assertThat(staff.score()).isCloseTo(36.1111, EXACT);
    // own scores 58.3333, 25, 25: s = 19.2450, 1.96 × 19.2450 / √3 = 21.7778
    assertThat(staff.marginOfError()).isCloseTo(21.7778, EXACT);
    // alignment gap 56.9444 − 36.1111 = 20.8333; per dimension 54.1667 − 33.3333 and
    // 58.3333 − 37.5, both 20.8333
    assertThat(results.alignmentGap()).isCloseTo(20.8333, EXACT);
    assertThat(results.dimensions())
        .allSatisfy(d -> assertThat(d.alignmentGap()).isCloseTo(20.8333, EXACT));
    // management has no responses: shown as none, not hidden
    assertThat(tier(results, MANAGEMENT).hidden()).isFalse();
    assertThat(tier(results, MANAGEMENT).responses()).isZero();
  }

  private static TierResult tier(Results r, Tier tier) {
    return r.tiers().stream().filter(t -> t.tier() == tier).findFirst().orElseThrow();
  }

  @Test
  void theAlignmentGapIsLeadershipMinusStaff() {
    MaturityModel model = TestModels.oneQuestion(5);
    List<Unit> one = List.of(new Unit("all", null, "All", 20, true));
    // leadership 5, 5, 4: mean 4.6667 → 91.6667;  staff 2, 3, 3, 2: mean 2.5 → 37.5
    Results r =
        ScoringEngine.score(
            model,
            one,
            List.of(
                answer("all", LEADERSHIP, "q", 5),
                answer("all", LEADERSHIP, "q", 5),
                answer("all", LEADERSHIP, "q", 4),
                answer("all", STAFF, "q", 2),
                answer("all", STAFF, "q", 3),
                answer("all", STAFF, "q", 3),
                answer("all", STAFF, "q", 2)),
            3);

    // 91.6667 − 37.5 = 54.1667, and the same for the only dimension
    assertThat(r.alignmentGap()).isCloseTo(54.1667, EXACT);
    assertThat(r.dimensions().get(0).alignmentGap()).isCloseTo(54.1667, EXACT);
    // tier margins have no finite-population factor: staff own scores 25, 50, 50, 25: s = 14.4338
    // 1.96 × 14.4338 / √4 = 14.1451
    TierResult staff = r.tiers().stream().filter(t -> t.tier() == STAFF).findFirst().orElseThrow();
    assertThat(staff.marginOfError()).isCloseTo(14.1451, EXACT);
    // the bolt-on gap needs both sides: undefined
    assertThat(r.boltOnGap()).isNull();
  }

  @Test
  void aStageWhoseReachRuleFailsFallsBackToStageThree() {
    MaturityModel model = TestModels.oneQuestion(5);
    List<Unit> units =
        List.of(new Unit("a", null, "A", 10, true), new Unit("b", null, "B", 15, false));
    // A answers 5 (score 100), B answers 3 (score 50): index (1000 + 750)/25 = 70, band of stage 4;
    // reach 10/25 = 0.4 < 0.5 → stage 3
    Results r = ScoringEngine.score(model, units, threeEach(units, 5, 3), 3);
    assertThat(r.cemIndex()).isCloseTo(70, EXACT);
    assertThat(r.reach()).isCloseTo(0.4, EXACT);
    assertThat(r.stage().number()).isEqualTo(3);
  }

  @Test
  void stageFiveFallsToTheHighestStageWhoseRulesHold() {
    MaturityModel model = TestModels.oneQuestion(5);
    List<Unit> units =
        List.of(new Unit("a", null, "A", 30, true), new Unit("b", null, "B", 10, false));
    // index (30 × 100 + 10 × 50)/40 = 87.5: band 5; reach 0.75 < 0.8 fails 5;
    // stage 4: reach 0.75 ≥ 0.5 holds but gap 50 > 20 fails → stage 3
    Results r = ScoringEngine.score(model, units, threeEach(units, 5, 3), 3);
    assertThat(r.cemIndex()).isCloseTo(87.5, EXACT);
    assertThat(r.stage().number()).isEqualTo(3);
  }

  @Test
  void anUndefinedBoltOnGapDoesNotBlockAStage() {
    MaturityModel model = TestModels.oneQuestion(5);
    List<Unit> units =
        List.of(new Unit("a", null, "A", 10, true), new Unit("c", null, "C", 10, true));
    // all customer-facing: gap undefined, which holds; answers 5 and 4.2 → 100 and 80 → index 90,
    // reach 1
    List<Answers> answers =
        List.of(
            answer("a", STAFF, "q", 5),
            answer("a", STAFF, "q", 5),
            answer("a", STAFF, "q", 5),
            answer("c", STAFF, "q", 5),
            answer("c", STAFF, "q", 4),
            answer("c", STAFF, "q", 4),
            answer("c", STAFF, "q", 4),
            answer("c", STAFF, "q", 4));
    Results r = ScoringEngine.score(model, units, answers, 3);
    assertThat(r.cemIndex()).isCloseTo(90, EXACT);
    assertThat(r.boltOnGap()).isNull();
    assertThat(r.stage().number()).isEqualTo(5);
  }

  @Test
  void aSmallDepartmentIsHiddenAndCountsInNoFigure() {
    MaturityModel model = TestModels.oneQuestion(5);
    List<Unit> units =
        List.of(
            new Unit("ops", null, "Ops", 5, false),
            new Unit("n", "ops", "Ops/North", 10, false),
            new Unit("s", "ops", "Ops/South", 10, false),
            new Unit("w", "ops", "Ops/West", 10, false),
            new Unit("sales", null, "Sales", 10, true));
    List<Answers> answers = new ArrayList<>();
    answers.addAll(repeat("n", 2, 1)); // 2 < k = 5: withheld
    answers.addAll(repeat("s", 6, 3));
    answers.addAll(repeat("w", 8, 5));
    answers.addAll(repeat("sales", 7, 4));
    Results r = ScoringEngine.score(model, units, answers, 5);

    DepartmentResult north = department(r, "Ops/North");
    assertThat(north.hidden()).isTrue();
    assertThat(north.covered()).isFalse();
    assertThat(north.responses()).isNull();
    assertThat(north.score()).isNull();
    assertThat(north.marginOfError()).isNull();
    assertThat(north.dimensions()).isEmpty();
    // the others are each a whole staff cell on their own: released
    assertThat(department(r, "Ops/South").hidden()).isFalse();
    assertThat(department(r, "Ops/West").responses()).isEqualTo(8);
    // Ops has no own responses: not covered, not hidden; its subtree is South and West only:
    // (6 × 3 + 8 × 5)/14 = 4.142857 → 78.5714
    assertThat(department(r, "Ops").covered()).isFalse();
    assertThat(department(r, "Ops").hidden()).isFalse();
    assertThat(department(r, "Ops").rolledUpScore()).isCloseTo(78.5714, EXACT);
    // the index counts South (50), West (100) and Sales (75) only: 2250 / 30 = 75
    assertThat(r.cemIndex()).isCloseTo(75, EXACT);
    assertThat(r.coverage()).isCloseTo(30 / 45.0, EXACT);
    assertThat(r.responses()).isEqualTo(21);
    assertThat(r.withheld()).isNull();
    assertThat(r.withheldFewerThanK()).isTrue();
  }

  @Test
  void anOrganisationWithFewerThanKResponsesShowsNoFigures() {
    MaturityModel model = TestModels.oneQuestion(5);
    List<Unit> units = List.of(new Unit("a", null, "A", 10, true));
    Results r = ScoringEngine.score(model, units, repeat("a", 4, 4), 5);

    assertThat(r.hidden()).isTrue();
    assertThat(r.responses()).isNull();
    assertThat(r.cemIndex()).isNull();
    assertThat(r.stage()).isNull();
    assertThat(r.dimensions()).allSatisfy(d -> assertThat(d.score()).isNull());
    assertThat(r.questions()).allSatisfy(q -> assertThat(q.mean()).isNull());
    assertThat(department(r, "A").hidden()).isTrue();
    assertThat(r.withheldFewerThanK()).isTrue();
  }

  @Test
  void aThreeLevelScaleMapsItsMiddleToFifty() {
    MaturityModel model = TestModels.oneQuestion(3);
    List<Unit> units = List.of(new Unit("a", null, "A", 10, true));
    // answers 2, 2, 3: mean 2.3333 → (1.3333)/2 × 100 = 66.6667
    Results r =
        ScoringEngine.score(
            model,
            units,
            List.of(
                answer("a", STAFF, "q", 2), answer("a", STAFF, "q", 2), answer("a", STAFF, "q", 3)),
            3);
    assertThat(r.cemIndex()).isCloseTo(66.6667, EXACT);
  }

  @Test
  void aDepartmentWithAsManyRespondentsAsPeopleHasNoMargin() {
    MaturityModel model = TestModels.oneQuestion(5);
    List<Unit> units = List.of(new Unit("a", null, "A", 3, true));
    Results r =
        ScoringEngine.score(
            model,
            units,
            List.of(
                answer("a", STAFF, "q", 2), answer("a", STAFF, "q", 4), answer("a", STAFF, "q", 5)),
            3);
    assertThat(department(r, "A").marginOfError()).isZero();
    assertThat(r.cemIndexMarginOfError()).isZero();
  }

  @Test
  void refusesAnAnswerOutsideTheScaleAnUnknownQuestionAndATooLowThreshold() {
    MaturityModel model = TestModels.oneQuestion(5);
    List<Unit> units = List.of(new Unit("a", null, "A", 3, true));
    assertThatThrownBy(
            () -> ScoringEngine.score(model, units, List.of(answer("a", STAFF, "q", 6)), 3))
        .hasMessageContaining("outside its levels 1–5");
    assertThatThrownBy(
            () -> ScoringEngine.score(model, units, List.of(answer("a", STAFF, "zz", 2)), 3))
        .hasMessageContaining("unknown question zz");
    assertThatThrownBy(() -> ScoringEngine.score(model, units, List.of(), 2))
        .hasMessageContaining("below 3");
  }

  @Test
  void theWaveDeltaMatchesScoresAndIsUndefinedWhereEitherSideIs() {
    MaturityModel model = TestModels.oneQuestion(5);
    List<Unit> units =
        List.of(new Unit("a", null, "A", 10, true), new Unit("b", null, "B", 10, false));
    Results first = ScoringEngine.score(model, units, threeEach(units, 3, 2), 3); // 50, 25 → 37.5
    Results second = ScoringEngine.score(model, units, threeEach(units, 4, 2), 3); // 75, 25 → 50

    WaveDelta delta = WaveDelta.between(first, second);
    assertThat(delta.cemIndex()).isCloseTo(12.5, EXACT);
    assertThat(delta.departments())
        .filteredOn(c -> c.key().equals("A"))
        .first()
        .satisfies(c -> assertThat(c.delta()).isCloseTo(25, EXACT));
    assertThat(delta.departments())
        .filteredOn(c -> c.key().equals("B"))
        .first()
        .satisfies(c -> assertThat(c.delta()).isZero());
    assertThat(delta.questions().get(0).delta()).isCloseTo(0.5, EXACT);

    Results hiddenB =
        ScoringEngine.score(
            model,
            units,
            List.of(
                answer("a", STAFF, "q", 4),
                answer("a", STAFF, "q", 4),
                answer("a", STAFF, "q", 4),
                answer("a", STAFF, "q", 4),
                answer("b", STAFF, "q", 2)),
            3);
    // B's one response is withheld: B's change is undefined, A's (50 → 75) is shown
    WaveDelta partly = WaveDelta.between(first, hiddenB);
    assertThat(partly.departments())
        .filteredOn(c -> c.key().equals("B"))
        .allSatisfy(c -> assertThat(c.delta()).isNull());
    assertThat(partly.departments())
        .filteredOn(c -> c.key().equals("A"))
        .first()
        .satisfies(c -> assertThat(c.delta()).isCloseTo(25, EXACT));
  }

  private static List<Answers> threeEach(List<Unit> units, int first, int second) {
    List<Answers> answers = new ArrayList<>();
    answers.addAll(repeat(units.get(0).id(), 3, first));
    answers.addAll(repeat(units.get(1).id(), 3, second));
    return answers;
  }

  private static List<Answers> repeat(String unit, int times, int level) {
    List<Answers> answers = new ArrayList<>();
    for (int i = 0; i < times; i++) {
      answers.add(answer(unit, STAFF, "q", level));
    }
    return answers;
  }
}
