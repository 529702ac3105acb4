package org.cemtracker.campaign;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

@ApplicationScoped
public class ResponseRepository {

  @PersistenceContext(unitName = "cem")
  EntityManager em;

  /** Stores a response and its answers; the response row goes first. */
  public void store(Response response, List<ResponseAnswer> answers) {
    em.persist(response);
    em.flush();
    answers.forEach(em::persist);
    em.flush();
  }

  /** Responses of a campaign as (department, tier, count). */
  public List<Object[]> counts(String campaignId) {
    return em.createQuery(
            "select r.departmentId, r.tier, count(r) from Response r where r.campaignId = :c group by r.departmentId, r.tier",
            Object[].class)
        .setParameter("c", campaignId)
        .getResultList();
  }

  public boolean usesDepartment(String departmentId) {
    return !em.createQuery("select r.id from Response r where r.departmentId = :d", String.class)
        .setParameter("d", departmentId)
        .setMaxResults(1)
        .getResultList()
        .isEmpty();
  }
}
