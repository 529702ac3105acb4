package org.cemtracker.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class UserRepository {

  @PersistenceContext(unitName = "cem")
  EntityManager em;

  protected UserRepository() {}

  UserRepository(EntityManager em) {
    this.em = em;
  }

  public Optional<User> find(String id) {
    return Optional.ofNullable(id).map(key -> em.find(User.class, key));
  }

  public Optional<User> findByEmail(String email) {
    return em.createQuery("select u from AppUser u where u.email = :email", User.class)
        .setParameter("email", User.normaliseEmail(email))
        .getResultStream()
        .findFirst();
  }

  public List<User> findAll() {
    return em.createQuery("select u from AppUser u order by u.email", User.class).getResultList();
  }

  public long count() {
    return em.createQuery("select count(u) from AppUser u", Long.class).getSingleResult();
  }

  public long countEnabledAdmins() {
    return em.createQuery(
            "select count(u) from AppUser u where u.admin = true and u.enabled = true", Long.class)
        .getSingleResult();
  }

  /** The account linked to this identity at the identity provider ("issuer subject"). */
  public Optional<User> findBySsoSubject(String subject) {
    return em.createQuery("select u from AppUser u where u.ssoSubject = :s", User.class)
        .setParameter("s", subject)
        .getResultStream()
        .findFirst();
  }

  public User store(User user) {
    em.persist(user);
    return user;
  }
}
