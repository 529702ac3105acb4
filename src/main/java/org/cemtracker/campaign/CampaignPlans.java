package org.cemtracker.campaign;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.cemtracker.audit.Changes;
import org.cemtracker.base.Problem;
import org.cemtracker.model.Tier;
import org.cemtracker.organisation.DepartmentRepository;

/**
 * A campaign's plan (issue 16): when each phase opens, when the campaign closes, the reminders
 * before the close, and the response-rate targets. The steps are carried out by {@link StepRunner};
 * planning again replaces the steps not done yet, one save at a time per campaign (the row of the
 * campaign is locked), so that two saves at once never leave the steps of both.
 */
@ApplicationScoped
@Transactional
public class CampaignPlans {

  @Inject CampaignService campaigns;
  @Inject PlanRepository plans;
  @Inject CampaignRepository repository;
  @Inject DepartmentRepository departments;

  /** What is planned, and what was done. Department targets by department path. */
  public record Plan(
      Campaign campaign,
      Map<Tier, OffsetDateTime> opens,
      OffsetDateTime closes,
      List<Integer> remindDaysBefore,
      int target,
      Map<String, Integer> departmentTargets,
      List<CampaignStep> steps) {}

  /** A plan to save: moments as ISO-8601 text with an offset, as the client sent them. */
  public record PlanRequest(
      Map<String, String> opens,
      String closes,
      List<Integer> remindDaysBefore,
      Integer target,
      Map<String, Integer> departmentTargets) {}

  public Plan get(String campaignId) {
    return plan(campaigns.get(campaignId));
  }

  /** Saves a plan: every mistake named at once, and nothing changed if there is one. */
  public Plan save(String campaignId, PlanRequest request, String linkBase) {
    campaigns.manage(campaignId);
    Campaign campaign = repository.lock(campaignId).orElseThrow();
    if (campaign.isFinished()) {
      throw Problem.conflict(
          "The campaign is "
              + campaign.status().name().toLowerCase()
              + ": there is nothing to plan");
    }
    Map<Tier, OffsetDateTime> opened = new EnumMap<>(Tier.class);
    for (Tier tier : Tier.values()) {
      if (campaign.openedAt(tier) != null) {
        opened.put(tier, campaign.openedAt(tier));
      }
    }
    Map<String, String> paths = new LinkedHashMap<>();
    campaigns.departmentsOf(campaign).forEach(d -> paths.put(d.path(), d.id()));
    PlanCheck.Checked plan =
        new PlanCheck(opened, paths, OffsetDateTime.now(ZoneOffset.UTC)).check(request);
    List<CampaignStep> steps = new ArrayList<>();
    plan.opens().forEach((tier, at) -> steps.add(step(campaign, StepKind.opening(tier), at, null)));
    if (plan.closes() != null) {
      steps.add(step(campaign, StepKind.CLOSE, plan.closes(), null));
      for (int days : plan.remindDaysBefore()) {
        steps.add(step(campaign, StepKind.REMIND, plan.closes().minusDays(days), linkBase));
      }
    }
    plans.replacePending(campaign.id(), steps);
    campaign.setResponseTarget(plan.target());
    List<DepartmentTarget> targets = new ArrayList<>();
    plan.departmentTargets()
        .forEach((id, percent) -> targets.add(new DepartmentTarget(campaign.id(), id, percent)));
    plans.replaceTargets(campaign.id(), targets);
    Changes changes = new Changes();
    plan.opens().forEach((tier, at) -> changes.set("opens." + tier.name(), at.toString()));
    changes
        .set("closes", plan.closes() == null ? "not planned" : plan.closes().toString())
        .set("remindDaysBefore", plan.remindDaysBefore().toString())
        .set("target", plan.target())
        .set("departmentTargets", plan.departmentTargets().size());
    campaigns.record(campaign, "PLANNED", changes);
    return plan(campaign);
  }

  private static CampaignStep step(
      Campaign campaign, StepKind kind, OffsetDateTime at, String linkBase) {
    return new CampaignStep(campaign.id(), kind, at, linkBase);
  }

  private Plan plan(Campaign campaign) {
    List<CampaignStep> steps = plans.steps(campaign.id());
    Map<Tier, OffsetDateTime> opens = new EnumMap<>(Tier.class);
    OffsetDateTime closes = null;
    for (CampaignStep step : steps) {
      if (step.doneAt() == null && step.kind().opens() != null) {
        opens.put(step.kind().opens(), step.dueAt());
      } else if (step.doneAt() == null && step.kind() == StepKind.CLOSE) {
        closes = step.dueAt();
      }
    }
    List<Integer> reminders = new ArrayList<>();
    for (CampaignStep step : steps) {
      if (step.doneAt() == null && step.kind() == StepKind.REMIND && closes != null) {
        reminders.add((int) Duration.between(step.dueAt(), closes).toDays());
      }
    }
    reminders.sort((a, b) -> b - a);
    Map<String, Integer> targets = new TreeMap<>();
    for (DepartmentTarget target : plans.targets(campaign.id())) {
      departments
          .find(campaign.organisationId(), target.departmentId())
          .ifPresent(d -> targets.put(d.path(), target.percent()));
    }
    return new Plan(
        campaign,
        new LinkedHashMap<>(opens),
        closes,
        reminders,
        campaign.responseTarget(),
        targets,
        steps);
  }
}
