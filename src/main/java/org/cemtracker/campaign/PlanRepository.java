package org.cemtracker.campaign;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** A campaign's planned steps and its departments' response-rate targets. */
@ApplicationScoped
public class PlanRepository {

  @PersistenceContext(unitName = "cem")
  EntityManager em;

  /** Every step of the campaign, done and to do, in the order they are due. */
  public List<CampaignStep> steps(String campaignId) {
    return em.createQuery(
            "select s from CampaignStep s where s.campaignId = :c order by s.dueAt, s.kind",
            CampaignStep.class)
        .setParameter("c", campaignId)
        .getResultList();
  }

  /** When the campaign is planned to close, if it is and has not closed yet. */
  public Optional<OffsetDateTime> plannedClose(String campaignId) {
    return em.createQuery(
            "select s.dueAt from CampaignStep s where s.campaignId = :c and s.kind = :k"
                + " and s.doneAt is null",
            OffsetDateTime.class)
        .setParameter("c", campaignId)
        .setParameter("k", StepKind.CLOSE)
        .getResultStream()
        .findFirst();
  }

  /**
   * Replaces the planned steps not done yet by these; the steps done stay, as what happened, and so
   * do reminders asked for on demand that have not gone yet.
   */
  void replacePending(String campaignId, List<CampaignStep> steps) {
    em.createQuery(
            "delete from CampaignStep s where s.campaignId = :c and s.doneAt is null"
                + " and s.kind <> :now")
        .setParameter("c", campaignId)
        .setParameter("now", StepKind.REMIND_NOW)
        .executeUpdate();
    steps.forEach(em::persist);
  }

  /** When reminders were last asked for on demand, if ever. */
  Optional<OffsetDateTime> lastAsked(String campaignId) {
    return Optional.ofNullable(
        em.createQuery(
                "select max(s.dueAt) from CampaignStep s where s.campaignId = :c and s.kind = :k",
                OffsetDateTime.class)
            .setParameter("c", campaignId)
            .setParameter("k", StepKind.REMIND_NOW)
            .getSingleResult());
  }

  void add(CampaignStep step) {
    em.persist(step);
  }

  /**
   * The ids of the steps due at this moment and not done, of one campaign or all (null): oldest
   * first, and of those due at the same moment, a higher phase's opening before a lower's, the
   * reminders before the close.
   */
  List<Due> due(OffsetDateTime asOf, String campaignId) {
    TypedQuery<CampaignStep> due =
        em.createQuery(
                "select s from CampaignStep s where s.doneAt is null and s.dueAt <= :t"
                    + (campaignId == null ? "" : " and s.campaignId = :c"),
                CampaignStep.class)
            .setParameter("t", asOf);
    if (campaignId != null) {
      due.setParameter("c", campaignId);
    }
    return due.getResultStream()
        .sorted(Comparator.comparing(CampaignStep::dueAt).thenComparing(s -> s.kind().precedence()))
        .map(s -> new Due(s.id(), s.campaignId()))
        .toList();
  }

  /** A step due: its id and its campaign's. */
  public record Due(String stepId, String campaignId) {}

  /** The step, its row locked for this transaction. */
  CampaignStep lockStep(String stepId) {
    CampaignStep step = em.find(CampaignStep.class, stepId);
    if (step != null) {
      // read afresh: a bulk claim does not change the step this context holds
      em.refresh(step, LockModeType.PESSIMISTIC_WRITE);
    }
    return step;
  }

  /**
   * Claims a step for this transaction: true for the one caller whose update marked it done; a
   * second node's update waits for the first's transaction and then finds it done.
   */
  boolean claim(String stepId, OffsetDateTime at) {
    return em.createQuery(
                "update CampaignStep s set s.doneAt = :t where s.id = :id and s.doneAt is null")
            .setParameter("t", at)
            .setParameter("id", stepId)
            .executeUpdate()
        == 1;
  }

  /** Whether the step is done, read afresh (another transaction may have done it). */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public boolean isDone(String stepId) {
    return !em.createQuery(
            "select s.id from CampaignStep s where s.id = :id and s.doneAt is not null",
            String.class)
        .setParameter("id", stepId)
        .getResultList()
        .isEmpty();
  }

  CampaignStep step(String stepId) {
    return em.find(CampaignStep.class, stepId);
  }

  public List<DepartmentTarget> targets(String campaignId) {
    return em.createQuery(
            "select t from DepartmentTarget t where t.campaignId = :c", DepartmentTarget.class)
        .setParameter("c", campaignId)
        .getResultList();
  }

  void replaceTargets(String campaignId, List<DepartmentTarget> targets) {
    em.createQuery("delete from DepartmentTarget t where t.campaignId = :c")
        .setParameter("c", campaignId)
        .executeUpdate();
    em.flush();
    targets.forEach(em::persist);
  }
}
