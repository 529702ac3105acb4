package org.cemtracker.organisation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class OrganisationRepository {

  @PersistenceContext(unitName = "cem")
  EntityManager em;

  public Optional<Organisation> find(String id) {
    return Optional.ofNullable(id).map(key -> em.find(Organisation.class, key));
  }

  public List<Organisation> findAll() {
    return em.createQuery("select o from Organisation o order by o.name", Organisation.class)
        .getResultList();
  }

  public List<Organisation> findByIds(Collection<String> ids) {
    if (ids.isEmpty()) {
      return List.of();
    }
    return em.createQuery(
            "select o from Organisation o where o.id in :ids order by o.name", Organisation.class)
        .setParameter("ids", ids)
        .getResultList();
  }

  /** Persists at once: rows that refer to it by id (memberships, departments) follow it. */
  public Organisation store(Organisation organisation) {
    em.persist(organisation);
    em.flush();
    return organisation;
  }
}
