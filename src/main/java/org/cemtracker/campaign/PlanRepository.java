package org.cemtracker.campaign;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.OffsetDateTime;
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

  /** Replaces the steps not done yet by these; the steps done stay, as what happened. */
  void replacePending(String campaignId, List<CampaignStep> steps) {
    em.createQuery("delete from CampaignStep s where s.campaignId = :c and s.doneAt is null")
        .setParameter("c", campaignId)
        .executeUpdate();
    steps.forEach(em::persist);
  }

  /** The ids of the steps due at this moment and not done, oldest first. */
  List<String> due(OffsetDateTime asOf) {
    return em.createQuery(
            "select s.id from CampaignStep s where s.doneAt is null and s.dueAt <= :t"
                + " order by s.dueAt",
            String.class)
        .setParameter("t", asOf)
        .getResultList();
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
