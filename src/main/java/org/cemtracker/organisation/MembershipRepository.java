package org.cemtracker.organisation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

@ApplicationScoped
public class MembershipRepository {

  @PersistenceContext(unitName = "cem")
  EntityManager em;

  public List<Membership> findByUser(String userId) {
    return em.createQuery("select m from Membership m where m.userId = :u", Membership.class)
        .setParameter("u", userId)
        .getResultList();
  }

  public List<Membership> findByOrganisation(String organisationId) {
    return em.createQuery(
            "select m from Membership m where m.organisationId = :o", Membership.class)
        .setParameter("o", organisationId)
        .getResultList();
  }

  public List<Membership> findOf(String organisationId, String userId) {
    return em.createQuery(
            "select m from Membership m where m.organisationId = :o and m.userId = :u",
            Membership.class)
        .setParameter("o", organisationId)
        .setParameter("u", userId)
        .getResultList();
  }

  public Membership store(Membership membership) {
    em.persist(membership);
    return membership;
  }

  public void remove(Membership membership) {
    em.remove(membership);
  }
}
