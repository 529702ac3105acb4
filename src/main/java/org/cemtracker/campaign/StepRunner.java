package org.cemtracker.campaign;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.cemtracker.base.Problem;
import org.cemtracker.organisation.Access;

/**
 * Carries out the planned steps that are due, in their order: each claimed first in a transaction
 * of its own, so that a step is done once across nodes and restarts. A step that cannot be done
 * (its phase's higher phase never opened, the campaign closed by hand) is marked done with the
 * reason; one that fails is tried again on the next runs, {@value #ATTEMPTS} times in all. A
 * reminder's links are committed before its mails go, and the mails go outside any transaction.
 */
@ApplicationScoped
public class StepRunner {

  static final int ATTEMPTS = 3;
  private static final Logger LOG = Logger.getLogger(StepRunner.class.getName());

  @Inject PlanRepository plans;
  @Inject CampaignRepository campaigns;
  @Inject StepEffects effects;
  @Inject Reminders reminders;
  @Inject StepRunner self;
  @Inject Access access;
  @Resource ManagedExecutorService executor;

  /** A step carried out: which campaign, what, and what came of it. */
  public record Ran(String campaignId, StepKind kind, OffsetDateTime dueAt, String outcome) {}

  /**
   * Runs the steps due, for an administrator: now, or as of a later moment to try one campaign's
   * plan (every organisation's steps run on their own time, never early).
   */
  public List<Ran> runAs(OffsetDateTime asOf, String campaignId) {
    if (!access.isAdmin()) {
      throw Problem.forbidden("Only administrators run the schedule");
    }
    if (campaignId == null && asOf.isAfter(OffsetDateTime.now(ZoneOffset.UTC).plusMinutes(1))) {
      throw Problem.invalid(
          "campaign",
          "a run as of a later moment tries one campaign's plan: name it (?campaign=<id>)");
    }
    if (campaignId != null && campaigns.find(campaignId).isEmpty()) {
      throw Problem.notFound("Campaign " + campaignId);
    }
    return self.runDue(asOf, campaignId);
  }

  /** Reminders now, for whoever runs the campaign: queued, and sent off the request. */
  public Reminders.Queued remindNow(String campaignId, String linkBase) {
    Reminders.Queued queued = reminders.queue(campaignId, linkBase);
    executor.execute(() -> self.runOne(queued.stepId()));
    return queued;
  }

  /** Runs every step due as of this moment that no one has run, of one campaign or all (null). */
  @Transactional(TxType.NOT_SUPPORTED)
  public List<Ran> runDue(OffsetDateTime asOf, String campaignId) {
    List<Ran> ran = new ArrayList<>();
    Set<String> held = new HashSet<>();
    for (PlanRepository.Due due : self.due(asOf, campaignId)) {
      if (held.contains(due.campaignId())) {
        continue;
      }
      Optional<Ran> done = self.runOne(due.stepId());
      done.ifPresent(ran::add);
      if (!plans.isDone(due.stepId())) {
        // failed, to be tried again: its campaign's later steps wait for it
        held.add(due.campaignId());
      }
    }
    return ran;
  }

  /** The steps due and not done, in their order (public for its transaction). */
  @Transactional
  public List<PlanRepository.Due> due(OffsetDateTime asOf, String campaignId) {
    return plans.due(asOf, campaignId);
  }

  /**
   * Claims and carries out one step, unless another node or run did; a failure is recorded. Off a
   * request (the executor), a request context of its own, with no caller: the audit says "system".
   */
  @Transactional(TxType.NOT_SUPPORTED)
  @ActivateRequestContext
  public Optional<Ran> runOne(String stepId) {
    OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
    try {
      Optional<StepEffects.Claimed> claimed = effects.claimAndDo(stepId, now);
      if (claimed.isEmpty() || claimed.get().mailing() == null) {
        return claimed.map(StepEffects.Claimed::ran);
      }
      Reminders.Sent sent = reminders.send(claimed.get().mailing());
      return Optional.of(effects.finish(stepId, claimed.get().mailing(), sent, ATTEMPTS));
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "A planned step failed", e);
      try {
        return effects.failed(stepId, reason(e), now, ATTEMPTS);
      } catch (RuntimeException again) {
        LOG.warning("The failure could not be recorded; the next run tries the step again");
        return Optional.empty();
      }
    }
  }

  private static String reason(RuntimeException e) {
    return e instanceof Problem problem
        ? problem.getMessage()
        : "an unexpected error (the server log has it)";
  }
}
