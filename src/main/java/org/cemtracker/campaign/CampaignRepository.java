package org.cemtracker.campaign;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class CampaignRepository {

  @PersistenceContext(unitName = "cem")
  EntityManager em;

  public Optional<Campaign> find(String id) {
    return Optional.ofNullable(id).map(key -> em.find(Campaign.class, key));
  }

  public List<Campaign> findByOrganisation(String organisationId) {
    return em.createQuery(
            "select c from Campaign c where c.organisationId = :o order by c.createdAt desc",
            Campaign.class)
        .setParameter("o", organisationId)
        .getResultList();
  }

  public List<Campaign> findByOrganisations(List<String> organisationIds) {
    if (organisationIds.isEmpty()) {
      return List.of();
    }
    return em.createQuery(
            "select c from Campaign c where c.organisationId in :o order by c.createdAt desc",
            Campaign.class)
        .setParameter("o", organisationIds)
        .getResultList();
  }

  /**
   * The campaign with its row locked until the transaction ends: the queue's writer and a close
   * take turns on it, and either takes it before any cell of the campaign's results.
   */
  public Optional<Campaign> lock(String id) {
    return Optional.ofNullable(id)
        .map(key -> em.find(Campaign.class, key, LockModeType.PESSIMISTIC_WRITE));
  }

  /** The status as committed now, read past the persistence context's copy. */
  public Optional<CampaignStatus> currentStatus(String id) {
    return em.createQuery("select c.status from Campaign c where c.id = :id", CampaignStatus.class)
        .setParameter("id", id)
        .getResultStream()
        .findFirst();
  }

  public Optional<Campaign> findByOpenLink(String digest) {
    return em.createQuery("select c from Campaign c where c.openLinkDigest = :d", Campaign.class)
        .setParameter("d", digest)
        .getResultStream()
        .findFirst();
  }

  public Campaign store(Campaign campaign) {
    em.persist(campaign);
    em.flush();
    return campaign;
  }
}
