package org.cemtracker.campaign;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.List;

@ApplicationScoped
public class ResponseRepository {

  @PersistenceContext(unitName = "cem")
  EntityManager em;

  @Inject SubmissionQueue queue;

  /** Stores responses and their answers; the response rows go first. */
  void storeAll(List<Response> responses, List<ResponseAnswer> answers) {
    responses.forEach(em::persist);
    em.flush();
    answers.forEach(em::persist);
    em.flush();
  }

  /** Responses of a campaign, stored and queued, as (department, tier, count). */
  public List<Object[]> counts(String campaignId) {
    List<Object[]> counts = new ArrayList<>(stored(campaignId));
    counts.addAll(queue.counts(campaignId));
    return counts;
  }

  private List<Object[]> stored(String campaignId) {
    return em.createQuery(
            "select r.departmentId, r.tier, count(r) from Response r where r.campaignId = :c group by r.departmentId, r.tier",
            Object[].class)
        .setParameter("c", campaignId)
        .getResultList();
  }

  public boolean usesDepartment(String departmentId) {
    return queue.usesDepartment(departmentId)
        || !em.createQuery("select r.id from Response r where r.departmentId = :d", String.class)
            .setParameter("d", departmentId)
            .setMaxResults(1)
            .getResultList()
            .isEmpty();
  }
}
