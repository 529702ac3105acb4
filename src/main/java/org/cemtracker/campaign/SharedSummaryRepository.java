package org.cemtracker.campaign;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;
import org.cemtracker.base.persistence.Tenancy;

/** The shared summaries: one per campaign at most, found by their link's digest. */
@ApplicationScoped
public class SharedSummaryRepository {

  @PersistenceContext(unitName = "cem")
  EntityManager em;

  /** Replaces the campaign's shared summary, if any, with this one. */
  void replace(Campaign campaign, SharedSummaryLink link) {
    remove(campaign);
    em.flush();
    em.persist(link);
  }

  /** Stops sharing; whether there was a summary to stop. */
  boolean remove(Campaign campaign) {
    return em.createQuery("delete from SharedSummaryLink s where s.campaignId = :c")
            .setParameter("c", campaign.id())
            .executeUpdate()
        > 0;
  }

  boolean shared(Campaign campaign) {
    return !em.createQuery(
            "select s.digest from SharedSummaryLink s where s.campaignId = :c", String.class)
        .setParameter("c", campaign.id())
        .setMaxResults(1)
        .getResultList()
        .isEmpty();
  }

  /**
   * The summary of this digest, for whoever holds its link: the connection names the digest first,
   * so that on PostgreSQL row-level security lets this one row through, whatever the reader's
   * scope.
   */
  Optional<SharedSummaryLink> byDigest(String digest) {
    try {
      Tenancy.nameSummary(digest, em.unwrap(Connection.class));
    } catch (SQLException e) {
      throw new IllegalStateException("the database refused to name a shared summary", e);
    }
    return Optional.ofNullable(em.find(SharedSummaryLink.class, digest));
  }
}
