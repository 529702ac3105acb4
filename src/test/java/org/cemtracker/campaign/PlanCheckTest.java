package org.cemtracker.campaign;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cemtracker.base.Problem;
import org.cemtracker.model.Tier;
import org.junit.jupiter.api.Test;

class PlanCheckTest {

  private static final OffsetDateTime NOW =
      OffsetDateTime.of(2027, 3, 1, 9, 0, 0, 0, ZoneOffset.UTC);
  private static final Map<String, String> DEPARTMENTS = Map.of("Sales", "d-sales", "Ops", "d-ops");

  private static PlanCheck.Checked check(
      Map<Tier, OffsetDateTime> opened, CampaignPlans.PlanRequest request) {
    return new PlanCheck(opened, DEPARTMENTS, NOW).check(request);
  }

  private static Map<String, String> fields(
      Map<Tier, OffsetDateTime> opened, CampaignPlans.PlanRequest request) {
    try {
      check(opened, request);
    } catch (Problem problem) {
      return problem.fields();
    }
    throw new AssertionError("the plan passed");
  }

  private static CampaignPlans.PlanRequest request(
      Map<String, String> opens, String closes, List<Integer> reminders) {
    return new CampaignPlans.PlanRequest(opens, closes, reminders, null, null);
  }

  @Test
  void aWholeWaveIsPlannedTopDownWithRemindersLatestLast() {
    PlanCheck.Checked plan =
        check(
            Map.of(),
            new CampaignPlans.PlanRequest(
                Map.of(
                    "LEADERSHIP", "2027-03-02T09:00:00Z",
                    "MANAGEMENT", "2027-03-09T09:00:00+01:00",
                    "STAFF", "2027-03-16T09:00:00Z"),
                "2027-03-31T17:00:00Z",
                List.of(1, 7, 3),
                80,
                Map.of("Sales", 90)));
    assertThat(plan.opens()).containsOnlyKeys(Tier.values());
    assertThat(plan.remindDaysBefore()).containsExactly(7, 3, 1);
    assertThat(plan.target()).isEqualTo(80);
    assertThat(plan.departmentTargets()).containsExactly(Map.entry("d-sales", 90));
  }

  @Test
  void theTargetIsSeventyFivePercentUnlessSet() {
    assertThat(check(Map.of(), request(null, null, null)).target()).isEqualTo(75);
  }

  @Test
  void aLowerPhaseNeedsTheOneAboveOpenedOrPlannedNoLater() {
    assertThat(fields(Map.of(), request(Map.of("MANAGEMENT", "2027-03-05T09:00:00Z"), null, null)))
        .containsOnlyKeys("opens.MANAGEMENT");
    assertThat(
            fields(
                Map.of(),
                request(
                    Map.of(
                        "LEADERSHIP", "2027-03-05T09:00:00Z", "MANAGEMENT", "2027-03-04T09:00:00Z"),
                    null,
                    null)))
        .containsEntry("opens.MANAGEMENT", "must not be before the leadership phase opens");
    Map<Tier, OffsetDateTime> leadershipOpen = new EnumMap<>(Tier.class);
    leadershipOpen.put(Tier.LEADERSHIP, NOW.minusDays(3));
    assertThat(
            check(leadershipOpen, request(Map.of("MANAGEMENT", "2027-03-05T09:00:00Z"), null, null))
                .opens())
        .containsOnlyKeys(Tier.MANAGEMENT);
    assertThat(
            fields(
                leadershipOpen, request(Map.of("LEADERSHIP", "2027-03-05T09:00:00Z"), null, null)))
        .containsEntry("opens.LEADERSHIP", "the leadership phase is open already");
  }

  @Test
  void everyMistakeIsNamedAtOnce() {
    Map<String, String> opens = new LinkedHashMap<>();
    opens.put("BOARD", "2027-03-05T09:00:00Z");
    opens.put("LEADERSHIP", "yesterday");
    Map<String, Integer> targets = new LinkedHashMap<>();
    targets.put("Marketing", 80);
    targets.put("Sales", 0);
    Map<String, String> fields =
        fields(
            Map.of(),
            new CampaignPlans.PlanRequest(
                opens, "2027-02-01T00:00:00Z", Arrays.asList(3, 3, 0, null), 101, targets));
    assertThat(fields)
        .containsOnlyKeys(
            "opens.BOARD",
            "opens.LEADERSHIP",
            "closes",
            "remindDaysBefore[0]",
            "remindDaysBefore[1]",
            "remindDaysBefore[2]",
            "remindDaysBefore[3]",
            "target",
            "departmentTargets.Marketing",
            "departmentTargets.Sales");
    assertThat(fields.get("closes")).isEqualTo("must be in the future");
    assertThat(fields.get("remindDaysBefore[1]")).isEqualTo("3 days is planned twice");
  }

  @Test
  void remindersNeedACloseAndFallAfterNow() {
    assertThat(fields(Map.of(), request(null, null, List.of(3))))
        .containsEntry("remindDaysBefore", "reminders need a close date");
    Map<Tier, OffsetDateTime> leadershipOpen = Map.of(Tier.LEADERSHIP, NOW.minusDays(1));
    assertThat(fields(leadershipOpen, request(null, "2027-03-03T09:00:00Z", List.of(1, 5))))
        .containsOnlyKeys("remindDaysBefore[1]")
        .containsEntry("remindDaysBefore[1]", "5 days before the close is already past");
    assertThat(fields(Map.of(), request(null, "2027-06-01T09:00:00Z", List.of(1, 2, 3, 4, 5, 6))))
        .containsKey("remindDaysBefore");
  }

  @Test
  void theCloseComesAfterEveryPlannedOpening() {
    assertThat(
            fields(
                Map.of(),
                request(
                    Map.of("LEADERSHIP", "2027-03-10T09:00:00Z"), "2027-03-09T09:00:00Z", null)))
        .containsEntry("closes", "must be after the leadership phase opens");
  }

  @Test
  void aStepOpensTheTierOfItsName() {
    for (Tier tier : Tier.values()) {
      assertThat(StepKind.opening(tier).opens()).isEqualTo(tier);
    }
    assertThat(StepKind.CLOSE.opens()).isNull();
    assertThat(StepKind.REMIND.opens()).isNull();
    assertThat(StepKind.REMIND_NOW.opens()).isNull();
  }

  @Test
  void stepsDueTogetherRunTopDownRemindersBeforeTheClose() {
    List<StepKind> shuffled =
        new ArrayList<>(
            List.of(
                StepKind.CLOSE,
                StepKind.OPEN_STAFF,
                StepKind.REMIND,
                StepKind.OPEN_LEADERSHIP,
                StepKind.OPEN_MANAGEMENT));
    shuffled.sort(Comparator.comparingInt(StepKind::precedence));
    assertThat(shuffled)
        .containsExactly(
            StepKind.OPEN_LEADERSHIP,
            StepKind.OPEN_MANAGEMENT,
            StepKind.OPEN_STAFF,
            StepKind.REMIND,
            StepKind.CLOSE);
  }

  @Test
  void aCloseNeedsAnOpeningAndNothingIsSilentlyDropped() {
    assertThat(fields(Map.of(), request(null, "2027-03-20T09:00:00Z", null)))
        .containsEntry("closes", "the leadership phase is neither open nor planned: plan it too");
    Map<String, String> none = new LinkedHashMap<>();
    none.put("LEADERSHIP", null);
    assertThat(fields(Map.of(), request(none, null, null)))
        .containsEntry(
            "opens.LEADERSHIP", "give a moment, or leave the phase out to open it by hand");
  }

  @Test
  void momentsAreWithinTenYearsAndListsAreCappedBeforeTheyAreRead() {
    assertThat(
            fields(
                Map.of(),
                request(
                    Map.of("LEADERSHIP", "2027-03-02T09:00:00Z"), "+999999-01-01T00:00:00Z", null)))
        .containsEntry("closes", "must be within 10 years from now");
    List<Integer> many = Collections.nCopies(100_000, 0);
    Map<String, String> fields =
        fields(
            Map.of(Tier.LEADERSHIP, NOW.minusDays(1)), request(null, "2027-03-20T09:00:00Z", many));
    assertThat(fields).containsOnlyKeys("remindDaysBefore");
    Map<String, Integer> targets = new LinkedHashMap<>();
    for (int i = 0; i < 3; i++) {
      targets.put("Dept " + i, 50);
    }
    assertThat(fields(Map.of(), new CampaignPlans.PlanRequest(null, null, null, null, targets)))
        .containsOnlyKeys("departmentTargets")
        .containsEntry("departmentTargets", "more targets than the campaign's 2 departments");
  }
}
