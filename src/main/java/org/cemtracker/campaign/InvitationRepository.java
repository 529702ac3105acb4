package org.cemtracker.campaign;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class InvitationRepository {

  @PersistenceContext(unitName = "cem")
  EntityManager em;

  public Optional<Invitation> findByDigest(String digest) {
    return em.createQuery("select i from Invitation i where i.tokenDigest = :d", Invitation.class)
        .setParameter("d", digest)
        .getResultStream()
        .findFirst();
  }

  public Invitation store(Invitation invitation) {
    em.persist(invitation);
    return invitation;
  }

  /**
   * Marks the invitation used with its receipt, if no one did so before: the single row update that
   * makes submitting idempotent under concurrency. True when this call won.
   */
  public boolean markUsed(String invitationId, String receipt) {
    return em.createQuery(
                "update Invitation i set i.used = true, i.receipt = :r, i.draft = null where i.id = :id and i.used = false")
            .setParameter("r", receipt)
            .setParameter("id", invitationId)
            .executeUpdate()
        == 1;
  }

  public Optional<String> receiptOf(String invitationId) {
    return em.createQuery("select i.receipt from Invitation i where i.id = :id", String.class)
        .setParameter("id", invitationId)
        .getResultStream()
        .findFirst();
  }

  /**
   * Invitations of a campaign as (department, tier, issued) counts. How many were used is not
   * given: it would be a response count, which may be below the anonymity threshold.
   */
  public List<Object[]> counts(String campaignId) {
    return em.createQuery(
            "select i.departmentId, i.tier, count(i) from Invitation i where i.campaignId = :c group by i.departmentId, i.tier",
            Object[].class)
        .setParameter("c", campaignId)
        .getResultList();
  }

  public boolean usesDepartment(String departmentId) {
    return !em.createQuery("select i.id from Invitation i where i.departmentId = :d", String.class)
        .setParameter("d", departmentId)
        .setMaxResults(1)
        .getResultList()
        .isEmpty();
  }
}
