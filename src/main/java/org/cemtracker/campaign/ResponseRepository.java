package org.cemtracker.campaign;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

@ApplicationScoped
public class ResponseRepository {

  @PersistenceContext(unitName = "cem")
  EntityManager em;

  /** Stores a response and its answers and comments; the response row goes first. */
  public void store(
      Response response, List<ResponseAnswer> answers, List<ResponseComment> comments) {
    em.persist(response);
    em.flush();
    answers.forEach(em::persist);
    comments.forEach(em::persist);
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

  public long count(String campaignId) {
    return em.createQuery("select count(r) from Response r where r.campaignId = :c", Long.class)
        .setParameter("c", campaignId)
        .getSingleResult();
  }

  public List<Response> findByCampaign(String campaignId) {
    return em.createQuery("select r from Response r where r.campaignId = :c", Response.class)
        .setParameter("c", campaignId)
        .getResultList();
  }

  /**
   * A campaign's given answers as rows (response id, question id, level), without "don't know" and
   * without building entities: the one read of every answer, done when results change.
   */
  public List<Object[]> answersOf(String campaignId) {
    return em.createQuery(
            "select a.responseId, a.questionId, a.answer from ResponseAnswer a, Response r"
                + " where a.responseId = r.id and r.campaignId = :c and a.answer is not null",
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
