package org.cemtracker.campaign;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

/** The queued submissions, by campaign. */
@ApplicationScoped
public class SubmissionQueue {

  @PersistenceContext(unitName = "cem")
  EntityManager em;

  /**
   * Queues the submissions now, not at the commit: the insert's foreign-key check share-locks the
   * campaign's row, and it must do so before the submissions lock their cells — in the order the
   * writer and a close take them (campaign, then cells) — or the two deadlock on PostgreSQL.
   */
  void storeAll(List<QueuedSubmission> submissions) {
    submissions.forEach(em::persist);
    em.flush();
  }

  long size(String campaignId) {
    return em.createQuery(
            "select count(q) from QueuedSubmission q where q.campaignId = :c", Long.class)
        .setParameter("c", campaignId)
        .getSingleResult();
  }

  /** Queued submissions of a campaign as (department, tier, count). */
  List<Object[]> counts(String campaignId) {
    return em.createQuery(
            "select q.departmentId, q.tier, count(q) from QueuedSubmission q"
                + " where q.campaignId = :c group by q.departmentId, q.tier",
            Object[].class)
        .setParameter("c", campaignId)
        .getResultList();
  }

  List<QueuedSubmission> all(String campaignId) {
    return em.createQuery(
            "select q from QueuedSubmission q where q.campaignId = :c", QueuedSubmission.class)
        .setParameter("c", campaignId)
        .getResultList();
  }

  void delete(List<QueuedSubmission> moved) {
    moved.forEach(em::remove);
  }

  boolean usesDepartment(String departmentId) {
    return !em.createQuery(
            "select q.id from QueuedSubmission q where q.departmentId = :d", String.class)
        .setParameter("d", departmentId)
        .setMaxResults(1)
        .getResultList()
        .isEmpty();
  }
}
