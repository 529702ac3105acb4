package org.cemtracker.results;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.cemtracker.model.Tier;

/** The cells of campaigns, and the comments results keep. */
@ApplicationScoped
public class ResultCellRepository {

  @PersistenceContext(unitName = "cem")
  EntityManager em;

  public void store(ResultCell cell) {
    em.persist(cell);
  }

  /** The cell, locked until the transaction ends: submissions to one cell add up one by one. */
  public Optional<ResultCell> lock(String campaignId, String departmentId, Tier tier) {
    return Optional.ofNullable(
        em.find(
            ResultCell.class,
            ResultCell.key(campaignId, departmentId, tier),
            LockModeType.PESSIMISTIC_WRITE));
  }

  /** Locks all of a campaign's cells until the transaction ends. */
  public void lockAll(String campaignId) {
    em.createQuery("select c from ResultCell c where c.campaignId = :c", ResultCell.class)
        .setParameter("c", campaignId)
        .setLockMode(LockModeType.PESSIMISTIC_WRITE)
        .getResultList();
  }

  /** Every cell of a campaign, answered or not. */
  public List<ResultCell> findAllOf(String campaignId) {
    return em.createQuery("select c from ResultCell c where c.campaignId = :c", ResultCell.class)
        .setParameter("c", campaignId)
        .getResultList();
  }

  public List<ResultCell> findByCampaign(String campaignId) {
    return em.createQuery(
            "select c from ResultCell c where c.campaignId = :c and c.responses > 0",
            ResultCell.class)
        .setParameter("c", campaignId)
        .getResultList();
  }

  public void deleteComments(String campaignId) {
    em.createQuery("delete from ResultComment c where c.campaignId = :c")
        .setParameter("c", campaignId)
        .executeUpdate();
  }

  public void store(ResultComment comment) {
    em.persist(comment);
  }

  /** A campaign's comments, by their text: an order unrelated to when they were written. */
  public List<ResultComment> comments(String campaignId) {
    return em.createQuery(
            "select c from ResultComment c where c.campaignId = :c order by c.body, c.id",
            ResultComment.class)
        .setParameter("c", campaignId)
        .getResultList();
  }
}
