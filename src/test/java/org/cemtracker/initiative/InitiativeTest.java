package org.cemtracker.initiative;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.cemtracker.base.Problem;
import org.cemtracker.initiative.InitiativeDraft.CheckInDraft;
import org.cemtracker.initiative.InitiativeDraft.KpiDraft;
import org.cemtracker.initiative.InitiativeDraft.MeasurementDraft;
import org.cemtracker.initiative.InitiativeDraft.MilestoneDraft;
import org.junit.jupiter.api.Test;

class InitiativeTest {

  private static final DraftRules.Context CONTEXT =
      new DraftRules.Context(
          Map.of("owner@example.org", "user-1"),
          Set.of("leadership", "journey"),
          Set.of("Sales", "Sales/Inside", "Ops"));

  private static Initiative initiative() {
    return new Initiative("org", "Journey maps", InitiativeStatus.PROPOSED);
  }

  private static InitiativeDraft patch(Set<String> given, InitiativeDraft values) {
    return new InitiativeDraft(
        given,
        0L,
        values.title(),
        values.description(),
        values.status(),
        values.rag(),
        values.ownerEmail(),
        values.sponsorEmail(),
        values.dimensions(),
        values.departmentPaths(),
        values.startDate(),
        values.dueDate(),
        values.milestones(),
        values.kpis(),
        values.checkIns());
  }

  @Test
  void statusesMoveAlongTheBoardOnly() {
    Initiative initiative = initiative();
    assertThatThrownBy(() -> initiative.moveTo(InitiativeStatus.DONE))
        .isInstanceOf(Problem.class)
        .hasMessageContaining("cannot become done")
        .extracting(p -> ((Problem) p).status())
        .isEqualTo(409);
    for (InitiativeStatus s :
        List.of(
            InitiativeStatus.APPROVED,
            InitiativeStatus.IN_PROGRESS,
            InitiativeStatus.BLOCKED,
            InitiativeStatus.IN_PROGRESS,
            InitiativeStatus.DONE,
            InitiativeStatus.IN_PROGRESS,
            InitiativeStatus.CANCELLED,
            InitiativeStatus.PROPOSED)) {
      initiative.moveTo(s);
      assertThat(initiative.status()).isEqualTo(s);
    }
  }

  @Test
  void everyStatusCanBeLeftAndNoneLeadsToItself() {
    for (InitiativeStatus s : InitiativeStatus.values()) {
      assertThat(s.next()).isNotEmpty().doesNotContain(s);
    }
    assertThat(InitiativeStatus.DONE.next()).containsExactly(InitiativeStatus.IN_PROGRESS);
  }

  @Test
  void theRagIsThatOfTheNewestCheckInByDate() {
    Initiative initiative = initiative();
    initiative.checkIn(LocalDate.parse("2027-02-01"), Rag.RED, "late", "a@example.org");
    initiative.checkIn(
        LocalDate.parse("2027-01-01"), Rag.GREEN, "earlier, posted late", "a@example.org");
    assertThat(initiative.rag()).isEqualTo(Rag.RED);
    assertThat(initiative.checkIns())
        .extracting(CheckIn::note)
        .containsExactly("earlier, posted late", "late");
  }

  @Test
  void aKpiKeepsOneValuePerDayAndShowsProgressTowardsItsTarget() {
    Initiative initiative = initiative();
    initiative.replaceKpis(
        List.of(new Initiative.KpiPlan(null, "NPS", "points", 10.0, 30.0, null)));
    String kpi = initiative.kpis().get(0).id();
    initiative.measure(kpi, LocalDate.parse("2027-03-01"), 12);
    initiative.measure(kpi, LocalDate.parse("2027-04-01"), 16);
    initiative.measure(kpi, LocalDate.parse("2027-04-01"), 15);
    assertThat(initiative.kpis().get(0).measurements())
        .extracting(Measurement::value)
        .containsExactly(12.0, 15.0);
    assertThat(initiative.kpis().get(0).progress()).isEqualTo(0.25);
    assertThat(initiative.kpis().get(0).progressInWords())
        .isEqualTo("25 % of the way from baseline to target");
    initiative.measure(kpi, LocalDate.parse("2027-05-01"), 6.5);
    assertThat(initiative.kpis().get(0).progressInWords())
        .isEqualTo("moving away from the target: 3.5 below the baseline");
    initiative.measure(kpi, LocalDate.parse("2027-06-01"), 31);
    assertThat(initiative.kpis().get(0).progressInWords()).isEqualTo("target reached");
  }

  @Test
  void aValidDraftIsAppliedWhole() {
    Initiative initiative = initiative();
    new DraftRules(CONTEXT)
        .apply(
            initiative,
            new InitiativeDraft(
                null,
                null,
                " Journey maps ",
                "Map the journeys",
                "APPROVED",
                "AMBER",
                "Owner@Example.org",
                null,
                List.of("journey", "journey"),
                List.of("Sales/Inside"),
                "2027-01-01",
                "2027-06-30",
                List.of(new MilestoneDraft(null, "Workshop", "2027-02-01", null)),
                List.of(
                    new KpiDraft(
                        null,
                        "Journeys mapped",
                        null,
                        0.0,
                        12.0,
                        List.of(new MeasurementDraft("2027-02-15", 2.0)))),
                List.of(new CheckInDraft(null, "2027-01-15", "GREEN", "Kick-off held", null))),
            true,
            "me@example.org");
    assertThat(initiative.title()).isEqualTo("Journey maps");
    assertThat(initiative.status()).isEqualTo(InitiativeStatus.APPROVED);
    assertThat(initiative.ownerId()).isEqualTo("user-1");
    assertThat(initiative.dimensions()).containsExactly("journey");
    assertThat(initiative.targets("Sales/Inside")).isTrue();
    assertThat(initiative.targets("Sales")).isFalse();
    assertThat(initiative.milestones()).extracting(Milestone::title).containsExactly("Workshop");
    assertThat(initiative.kpis().get(0).measurements()).hasSize(1);
    assertThat(initiative.checkIns().get(0).authorEmail()).isEqualTo("me@example.org");
    assertThat(initiative.rag()).isEqualTo(Rag.GREEN); // the check-in's, given after the RAG
  }

  @Test
  void anInvalidDraftNamesEveryWrongFieldAndChangesNothing() {
    Initiative initiative = initiative();
    InitiativeDraft draft =
        new InitiativeDraft(
            null,
            null,
            "x".repeat(201),
            null,
            "BLOCKED",
            "BLUE",
            "nobody@example.org",
            null,
            List.of("nope"),
            List.of("Atlantis"),
            "2027-06-01",
            "2027-05-01",
            List.of(new MilestoneDraft(null, "", "tomorrow", false)),
            null,
            null);
    assertThatThrownBy(() -> new DraftRules(CONTEXT).apply(initiative, draft, true, "me"))
        .isInstanceOf(Problem.class)
        .satisfies(
            p ->
                assertThat(((Problem) p).fields())
                    .containsOnlyKeys(
                        "title",
                        "status",
                        "rag",
                        "ownerEmail",
                        "dimensions[0]",
                        "departmentPaths[0]",
                        "dueDate",
                        "milestones[0].title",
                        "milestones[0].dueDate"));
    assertThat(initiative.title()).isEqualTo("Journey maps");
    assertThat(initiative.milestones()).isEmpty();
  }

  @Test
  void anEditChangesOnlyTheFieldsGivenAndAFieldGivenAsNullIsCleared() {
    Initiative initiative = initiative();
    initiative.describe("Journey maps", "Keep me");
    initiative.assign("user-1", "user-1");
    InitiativeDraft values =
        new InitiativeDraft(
            null,
            0L,
            "New title",
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null);
    new DraftRules(CONTEXT)
        .apply(initiative, patch(Set.of("title", "sponsorEmail"), values), false, "me");
    assertThat(initiative.title()).isEqualTo("New title");
    assertThat(initiative.description()).isEqualTo("Keep me");
    assertThat(initiative.ownerId()).isEqualTo("user-1");
    assertThat(initiative.sponsorId()).isNull();
  }

  @Test
  void checkInsCannotBeRemovedByAnEdit() {
    Initiative initiative = initiative();
    initiative.checkIn(LocalDate.parse("2027-01-01"), Rag.GREEN, null, "a");
    List<CheckInDraft> none = new ArrayList<>();
    InitiativeDraft values =
        new InitiativeDraft(
            null, 0L, null, null, null, null, null, null, null, null, null, null, null, null, none);
    assertThatThrownBy(
            () ->
                new DraftRules(CONTEXT)
                    .apply(initiative, patch(Set.of("checkIns"), values), false, "me"))
        .isInstanceOf(Problem.class)
        .satisfies(p -> assertThat(((Problem) p).fields()).containsKey("checkIns"));
    assertThat(initiative.checkIns()).hasSize(1);
  }
}
