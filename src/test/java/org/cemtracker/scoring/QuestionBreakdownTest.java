package org.cemtracker.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.cemtracker.model.Tier.LEADERSHIP;
import static org.cemtracker.model.Tier.MANAGEMENT;
import static org.cemtracker.model.Tier.STAFF;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.cemtracker.model.MaturityModel;
import org.cemtracker.model.MaturityModel.Question;
import org.cemtracker.model.Tier;
import org.cemtracker.scoring.QuestionBreakdown.Breakdown;
import org.cemtracker.scoring.QuestionBreakdown.QuestionFigures;
import org.junit.jupiter.api.Test;

/**
 * Question-level figures per published group (issue 15): the counts, mean, distribution and bands
 * are right, and no group a filter offers — nor any set of them, compared — tells anything about
 * the answers of cells that disclosure control withheld.
 */
class QuestionBreakdownTest {

  /** Two dimensions; "lead" (in "b", beside "b2") is asked of leaders only. */
  private static final MaturityModel MODEL = model();

  private static MaturityModel model() {
    MaturityModel base =
        TestModels.model(
            5,
            Map.of(
                "a", Map.entry(1.0, Map.of("a1", 1.0, "a2", 1.0)),
                "b", Map.entry(1.0, Map.of("lead", 1.0, "b2", 1.0))));
    List<Question> questions = new ArrayList<>();
    for (Question q : base.questions()) {
      List<Tier> tiers = q.id().equals("lead") ? List.of(LEADERSHIP) : q.tiers();
      questions.add(new Question(q.id(), q.dimension(), q.text(), tiers, q.anchors(), q.weight()));
    }
    return new MaturityModel(
        base.id(),
        base.version(),
        base.title(),
        base.description(),
        base.scale(),
        base.cemLine(),
        base.stages(),
        base.dimensions(),
        questions,
        base.recommendations());
  }

  @Property
  void everyLevelFallsIntoExactlyOneBandAndTheBandsAreSymmetric(
      @ForAll @IntRange(min = 2, max = 11) int levels) {
    Bands bands = new Bands(levels);
    long[] one = new long[levels];
    for (int level = 1; level <= levels; level++) {
      one[level - 1] = 1;
      Bands.Split split = bands.split(one);
      assertThat(split.unfavourable() + split.neutral() + split.favourable()).isEqualTo(1);
      one[level - 1] = 0;
    }
    assertThat(bands.unfavourableUpTo()).isEqualTo(levels - bands.favourableFrom() + 1);
    assertThat(bands.neutral() != 0).isEqualTo(levels % 2 == 1);
  }

  @Test
  void fiveLevelsSplitAsOneTwoThreeFourFive() {
    Bands.Split split = new Bands(5).split(new long[] {1, 2, 3, 4, 5});
    assertThat(split).isEqualTo(new Bands.Split(3, 3, 9));
    assertThat(new Bands(4).split(new long[] {1, 2, 3, 4})).isEqualTo(new Bands.Split(3, 0, 7));
  }

  @Test
  void aGroupsQuestionsCountAskedAnsweredAndDontKnowWithTheirDistribution() {
    List<Unit> units = List.of(new Unit("s", null, "Sales", 20, true));
    List<Answers> answers = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      answers.add(TestModels.answer("s", LEADERSHIP, "a1", 5, "lead", 2 + i % 2));
    }
    for (int i = 0; i < 6; i++) {
      answers.add(i < 2 ? TestModels.answer("s", STAFF) : TestModels.answer("s", STAFF, "a1", 1));
    }
    Cells cells = Cells.of(new ScoringModel(MODEL), answers);
    Release release = Disclosure.release(cells.counts(), 3);
    List<PublishedGroups.Group> groups = PublishedGroups.of(units, release, cells);
    Breakdown org = QuestionBreakdown.of(cells, release, groups.get(0));

    QuestionFigures a1 = question(org, "a1");
    assertThat(a1.asked()).isEqualTo(10L);
    assertThat(a1.answered()).isEqualTo(8L);
    assertThat(a1.dontKnow()).isEqualTo(2L);
    assertThat(a1.distribution()).containsExactly(4L, 0L, 0L, 0L, 4L);
    assertThat(a1.mean()).isEqualTo(3.0);
    assertThat(a1.score()).isEqualTo(50.0);
    assertThat(a1.bands()).isEqualTo(new Bands.Split(4, 0, 4));
    QuestionFigures lead = question(org, "lead");
    assertThat(lead.asked()).as("asked of leaders only").isEqualTo(4L);
    assertThat(lead.dontKnow()).isZero();
    assertThat(lead.score()).isCloseTo(37.5, within(1e-9));
    QuestionFigures a2 = question(org, "a2");
    assertThat(a2.answered()).isZero();
    assertThat(a2.mean()).isNull();
    assertThat(a2.dontKnow()).isEqualTo(10L);
    assertThat(org.dimensions())
        .filteredOn(d -> d.dimensionId().equals("a"))
        .singleElement()
        .satisfies(d -> assertThat(d.score()).isEqualTo(50.0));
  }

  @Test
  void aDivisionWithAHiddenDepartmentShowsOnlyItsReleasedDepartmentsAndNoTierWithinIt() {
    List<Unit> units =
        List.of(
            new Unit("ops", null, "Ops", 5, false),
            new Unit("wh", "ops", "Ops/Warehouse", 30, false),
            new Unit("tr", "ops", "Ops/Transport", 3, false),
            new Unit("sales", null, "Sales", 30, true));
    Map<Integer, List<PublishedGroups.Group>> offered = new HashMap<>();
    Map<Integer, List<Breakdown>> read = new HashMap<>();
    for (int level : new int[] {1, 5}) {
      List<Answers> answers = new ArrayList<>();
      repeat(answers, "wh", STAFF, 8, 3);
      repeat(answers, "wh", MANAGEMENT, 5, 4);
      repeat(answers, "sales", STAFF, 9, 4);
      repeat(answers, "sales", MANAGEMENT, 5, 2);
      repeat(answers, "tr", STAFF, 2, level);
      Cells cells = Cells.of(new ScoringModel(MODEL), answers);
      Release release = Disclosure.release(cells.counts(), 5);
      List<PublishedGroups.Group> groups = PublishedGroups.of(units, release, cells);
      offered.put(level, groups);
      read.put(level, groups.stream().map(g -> QuestionBreakdown.of(cells, release, g)).toList());
    }
    assertThat(read.get(5))
        .as("the hidden department's answers move nothing")
        .isEqualTo(read.get(1));
    List<String> keys = offered.get(1).stream().map(PublishedGroups.Group::key).toList();
    assertThat(keys).contains("division:ops", "department:wh", "tier:STAFF", "customer-facing");
    assertThat(keys).doesNotContain("department:tr", "department:ops");
    PublishedGroups.Group division = PublishedGroups.find(offered.get(1), "division:ops").get();
    assertThat(division.responses()).isEqualTo(13);
  }

  /** A campaign: department i's parent, and per cell (department × tier) a count and a level. */
  record Campaign(List<Unit> units, int[] counts, int[] levels, int k) {}

  @Provide
  Arbitrary<Campaign> campaigns() {
    Arbitrary<int[]> parents = Arbitraries.integers().between(-1, 4).array(int[].class).ofSize(5);
    Arbitrary<int[]> counts = Arbitraries.integers().between(0, 9).array(int[].class).ofSize(15);
    Arbitrary<int[]> levels = Arbitraries.integers().between(1, 5).array(int[].class).ofSize(15);
    Arbitrary<Boolean[]> facing = Arbitraries.of(true, false).array(Boolean[].class).ofSize(5);
    return Combinators.combine(
            parents, counts, levels, facing, Arbitraries.integers().between(3, 6))
        .as(
            (p, c, l, f, k) -> {
              List<Unit> units = new ArrayList<>();
              for (int i = 0; i < 5; i++) {
                String parent = p[i] >= 0 && p[i] < i ? "u" + p[i] : null;
                units.add(new Unit("u" + i, parent, "U" + i, 10, f[i]));
              }
              return new Campaign(units, c, l, k);
            });
  }

  @Property(tries = 200)
  void everyOfferedGroupIsInTheAuditedSpanAndIgnoresWithheldAnswers(
      @ForAll("campaigns") Campaign campaign) {
    List<Breakdown> first = null;
    for (int flip : new int[] {0, 1}) {
      List<Answers> answers = new ArrayList<>();
      List<CellCount> counts = new ArrayList<>();
      for (int i = 0; i < 15; i++) {
        if (campaign.counts()[i] > 0) {
          counts.add(new CellCount("u" + i / 3, Tier.values()[i % 3], campaign.counts()[i]));
        }
      }
      Release release = Disclosure.release(counts, campaign.k());
      for (int i = 0; i < 15; i++) {
        Cell cell = new Cell("u" + i / 3, Tier.values()[i % 3]);
        boolean withheld = !release.isReleased(cell);
        int level = withheld && flip == 1 ? 6 - campaign.levels()[i] : campaign.levels()[i];
        repeat(answers, cell.unitId(), cell.tier(), campaign.counts()[i], level);
      }
      Cells cells = Cells.of(new ScoringModel(MODEL), answers);
      List<PublishedGroups.Group> groups = PublishedGroups.of(campaign.units(), release, cells);
      List<CellCount> released = counts.stream().filter(c -> release.isReleased(c.cell())).toList();
      for (PublishedGroups.Group group : groups) {
        assertThat(group.responses()).isGreaterThanOrEqualTo(campaign.k());
        assertThat(release.releasedCells()).containsAll(group.cells());
        assertThat(DisclosurePropertiesTest.Oracle.inSpan(released, group.cells())).isTrue();
      }
      List<Breakdown> read =
          groups.stream().map(g -> QuestionBreakdown.of(cells, release, g)).toList();
      for (Breakdown breakdown : read) {
        for (QuestionBreakdown.DimensionFigures d : breakdown.dimensions()) {
          for (QuestionFigures q : d.questions()) {
            if (!q.withheld()) {
              Question question = MODEL.question(q.questionId()).orElseThrow();
              Set<Cell> asked = QuestionBreakdown.askedIn(breakdown.group().cells(), question);
              assertThat(q.asked()).isGreaterThanOrEqualTo((long) campaign.k());
              assertThat(DisclosurePropertiesTest.Oracle.inSpan(released, asked)).isTrue();
            }
          }
        }
      }
      if (first == null) {
        first = read;
      } else {
        assertThat(read).isEqualTo(first);
      }
    }
  }

  @Test
  void aQuestionAskedOfLeadersOnlyIsWithheldWhereItWouldShowTwoLeadersOfOneDepartment() {
    List<Unit> units =
        List.of(
            new Unit("sales", null, "Sales", 30, true), new Unit("ops", null, "Ops", 30, false));
    Map<Integer, List<Breakdown>> read = new HashMap<>();
    for (int level : new int[] {1, 5}) {
      List<Answers> answers = new ArrayList<>();
      repeat(answers, "sales", STAFF, 10, 3);
      for (int i = 0; i < 2; i++) {
        answers.add(TestModels.answer("sales", LEADERSHIP, "a1", 3, "a2", 3, "lead", level));
      }
      repeat(answers, "ops", STAFF, 10, 3);
      repeat(answers, "ops", LEADERSHIP, 4, 4);
      Cells cells = Cells.of(new ScoringModel(MODEL), answers);
      Release release = Disclosure.release(cells.counts(), 5);
      assertThat(release.isReleased(new Cell("sales", LEADERSHIP))).as("on a cycle").isTrue();
      List<PublishedGroups.Group> groups = PublishedGroups.of(units, release, cells);
      PublishedGroups.Group sales = PublishedGroups.find(groups, "department:sales").orElseThrow();
      read.put(level, List.of(QuestionBreakdown.of(cells, release, sales)));
    }
    Breakdown sales = read.get(1).get(0);
    // "lead" in Sales would be its two leaders' answers: withheld, with no count at all
    assertThat(question(sales, "lead").withheld()).isTrue();
    assertThat(question(sales, "lead").asked()).isNull();
    assertThat(question(sales, "lead").mean()).isNull();
    // and, with it, the rest of its dimension and the dimension's score: with the score shown
    // elsewhere, the other means would give it back
    assertThat(question(sales, "b2").withheld()).isTrue();
    assertThat(question(sales, "a1").withheld()).isFalse();
    assertThat(sales.dimensions())
        .filteredOn(d -> d.dimensionId().equals("b"))
        .singleElement()
        .satisfies(d -> assertThat(d.score()).isNull());
    // the leaders answering 1 or 5 shows nowhere in Sales' breakdown
    assertThat(read.get(5)).isEqualTo(read.get(1));
  }

  @Test
  void theStaffOfOneDivisionIsNeverOffered() {
    List<Unit> units =
        List.of(
            new Unit("ops", null, "Ops", 0, false),
            new Unit("wh", "ops", "Ops/Warehouse", 30, false),
            new Unit("sales", null, "Sales", 30, true));
    List<Answers> answers = new ArrayList<>();
    repeat(answers, "wh", STAFF, 8, 3);
    repeat(answers, "wh", MANAGEMENT, 6, 4);
    repeat(answers, "sales", STAFF, 9, 4);
    repeat(answers, "sales", MANAGEMENT, 7, 2);
    Cells cells = Cells.of(new ScoringModel(MODEL), answers);
    Release release = Disclosure.release(cells.counts(), 5);
    Set<Cell> staffOfOps = new HashSet<>(List.of(new Cell("wh", STAFF)));
    assertThat(release.isPublishable(staffOfOps)).isFalse();
    assertThat(PublishedGroups.of(units, release, cells))
        .noneMatch(g -> g.cells().equals(staffOfOps));
  }

  private static void repeat(List<Answers> into, String unit, Tier tier, int times, int level) {
    for (int i = 0; i < times; i++) {
      into.add(
          tier == LEADERSHIP
              ? TestModels.answer(unit, tier, "a1", level, "a2", level, "lead", level)
              : TestModels.answer(unit, tier, "a1", level, "a2", level));
    }
  }

  private static QuestionFigures question(Breakdown breakdown, String id) {
    return breakdown.dimensions().stream()
        .flatMap(d -> d.questions().stream())
        .filter(q -> q.questionId().equals(id))
        .findFirst()
        .orElseThrow();
  }
}
