package org.cemtracker.notice;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.OffsetDateTime;
import java.util.List;

/** The notices of a user. */
@ApplicationScoped
public class NoticeRepository {

  @PersistenceContext(unitName = "cem")
  EntityManager em;

  boolean told(String userId, String topic) {
    return !em.createQuery(
            "select n.id from Notice n where n.userId = :u and n.topic = :t", String.class)
        .setParameter("u", userId)
        .setParameter("t", topic)
        .setMaxResults(1)
        .getResultList()
        .isEmpty();
  }

  void store(Notice notice) {
    em.persist(notice);
    em.flush();
  }

  /** The user's notices about the app, or about an organisation they are still a member of. */
  List<Notice> of(String userId, int limit) {
    return em.createQuery(
            "select n from Notice n where n.userId = :u and "
                + MEMBER
                + " order by n.createdAt desc",
            Notice.class)
        .setParameter("u", userId)
        .setMaxResults(limit)
        .getResultList();
  }

  long unread(String userId) {
    return em.createQuery(
            "select count(n) from Notice n where n.userId = :u and n.readAt is null and " + MEMBER,
            Long.class)
        .setParameter("u", userId)
        .getSingleResult();
  }

  private static final String MEMBER =
      "(n.organisationId is null or exists (select m.id from Membership m"
          + " where m.organisationId = n.organisationId and m.userId = n.userId))";

  Notice find(String id) {
    return em.find(Notice.class, id);
  }

  void readAll(String userId, OffsetDateTime at) {
    em.createQuery("update Notice n set n.readAt = :t where n.userId = :u and n.readAt is null")
        .setParameter("t", at)
        .setParameter("u", userId)
        .executeUpdate();
  }
}
