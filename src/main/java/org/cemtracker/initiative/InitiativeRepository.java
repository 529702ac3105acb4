package org.cemtracker.initiative;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class InitiativeRepository {

  @PersistenceContext(unitName = "cem")
  EntityManager em;

  public Optional<Initiative> find(String id) {
    return Optional.ofNullable(id).map(key -> em.find(Initiative.class, key));
  }

  public List<Initiative> findByOrganisation(String organisationId) {
    return em.createQuery(
            "select i from Initiative i where i.organisationId = :o order by i.createdAt",
            Initiative.class)
        .setParameter("o", organisationId)
        .getResultList();
  }

  public Initiative store(Initiative initiative) {
    em.persist(initiative);
    em.flush();
    return initiative;
  }

  public void remove(Initiative initiative) {
    em.remove(initiative);
  }

  /** Writes pending changes now, so that a stale version fails here rather than at commit. */
  public void flush() {
    em.flush();
  }
}
