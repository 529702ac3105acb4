package org.cemtracker.organisation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.cemtracker.base.persistence.Tenancy;

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
  /**
   * Deletes the organisation with its members and departments (parents unlinked first, so no
   * department waits for another); the database takes its initiatives with it.
   */
  public void erase(Organisation organisation) {
    em.createQuery("delete from Membership m where m.organisationId = :o")
        .setParameter("o", organisation.id())
        .executeUpdate();
    em.createQuery("update Department d set d.parentId = null where d.organisationId = :o")
        .setParameter("o", organisation.id())
        .executeUpdate();
    em.createQuery("delete from Department d where d.organisationId = :o")
        .setParameter("o", organisation.id())
        .executeUpdate();
    em.createQuery("delete from Organisation o where o.id = :o")
        .setParameter("o", organisation.id())
        .executeUpdate();
  }

  /**
   * Stores a new organisation; on PostgreSQL its maker's connection may from now on write its rows
   * (row-level security, {@link Tenancy}).
   */
  public Organisation store(Organisation organisation) {
    try {
      Tenancy.include(organisation.id(), em.unwrap(Connection.class));
    } catch (SQLException e) {
      throw new PersistenceException(e);
    }
    em.persist(organisation);
    em.flush();
    return organisation;
  }
}
