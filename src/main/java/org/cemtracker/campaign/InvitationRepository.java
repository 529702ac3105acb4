package org.cemtracker.campaign;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.cemtracker.model.Tier;

@ApplicationScoped
public class InvitationRepository {

  @PersistenceContext(unitName = "cem")
  EntityManager em;

  public Optional<Invitation> findByDigest(String digest) {
    return em.createQuery(
            "select i from Invitation i where i.tokenDigest = :d or i.reminderDigest = :d",
            Invitation.class)
        .setParameter("d", digest)
        .getResultStream()
        .findFirst();
  }

  /** The invitations of these tiers with an e-mail address that have not been used. */
  List<Invitation> unansweredByEmail(String campaignId, List<Tier> tiers) {
    return em.createQuery(
            "select i from Invitation i where i.campaignId = :c and i.tier in :t"
                + " and i.used = false and i.email is not null order by i.id",
            Invitation.class)
        .setParameter("c", campaignId)
        .setParameter("t", tiers)
        .getResultList();
  }

  public Invitation store(Invitation invitation) {
    em.persist(invitation);
    return invitation;
  }

  /**
   * Marks the invitation used with its receipt, if no one did so before: the single row update that
   * makes submitting idempotent under concurrency. True when this call won.
   */
  /** An invitation to mark used, with the receipt it gives. */
  public record Use(String invitationId, String receipt) {}

  /**
   * Marks each invitation used with its receipt, unless it was used already (by another node, or
   * earlier in the list): one JDBC batch in the caller's transaction, in the list's order. Which of
   * them this call marked.
   */
  public boolean[] markUsed(List<Use> uses) {
    boolean[] marked = new boolean[uses.size()];
    if (uses.isEmpty()) {
      return marked;
    }
    Connection connection = em.unwrap(Connection.class);
    try (PreparedStatement update =
        connection.prepareStatement(
            "UPDATE invitation SET used = TRUE, receipt = ?, draft = NULL"
                + " WHERE id = ? AND used = FALSE")) {
      for (Use use : uses) {
        update.setString(1, use.receipt());
        update.setString(2, use.invitationId());
        update.addBatch();
      }
      int[] counts = update.executeBatch();
      for (int i = 0; i < counts.length; i++) {
        marked[i] = counts[i] == 1;
      }
      return marked;
    } catch (SQLException e) {
      throw new PersistenceException("the invitations could not be marked used", e);
    }
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
