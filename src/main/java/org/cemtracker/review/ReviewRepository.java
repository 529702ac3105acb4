package org.cemtracker.review;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

/** A campaign's ratings by the consultant and whether they are published. */
@ApplicationScoped
public class ReviewRepository {

  @PersistenceContext(unitName = "cem")
  EntityManager em;

  List<ConsultantRating> ratings(String campaignId) {
    return em.createQuery(
            "select r from ConsultantRating r where r.campaignId = :c order by r.subject",
            ConsultantRating.class)
        .setParameter("c", campaignId)
        .getResultList();
  }

  Optional<ConsultantRating> rating(String campaignId, String subject) {
    return em.createQuery(
            "select r from ConsultantRating r where r.campaignId = :c and r.subject = :s",
            ConsultantRating.class)
        .setParameter("c", campaignId)
        .setParameter("s", subject)
        .getResultStream()
        .findFirst();
  }

  void store(ConsultantRating rating) {
    em.persist(rating);
  }

  void remove(ConsultantRating rating) {
    em.remove(rating);
  }

  Optional<ReviewPublication> publication(String campaignId) {
    return Optional.ofNullable(em.find(ReviewPublication.class, campaignId));
  }

  void publish(ReviewPublication publication) {
    em.persist(publication);
  }

  void withdraw(ReviewPublication publication) {
    em.remove(publication);
  }
}
