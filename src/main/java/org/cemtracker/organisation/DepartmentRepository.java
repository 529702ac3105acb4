package org.cemtracker.organisation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class DepartmentRepository {

  @PersistenceContext(unitName = "cem")
  EntityManager em;

  /** Every department of the organisation, archived ones too, by path. */
  public List<Department> findAll(String organisationId) {
    return em.createQuery(
            "select d from Department d where d.organisationId = :o order by d.path",
            Department.class)
        .setParameter("o", organisationId)
        .getResultList();
  }

  public List<Department> findActive(String organisationId) {
    return em.createQuery(
            "select d from Department d where d.organisationId = :o and d.archived = false order by d.path",
            Department.class)
        .setParameter("o", organisationId)
        .getResultList();
  }

  public Optional<Department> findByPath(String organisationId, String path) {
    return em.createQuery(
            "select d from Department d where d.organisationId = :o and d.path = :p and d.archived = false",
            Department.class)
        .setParameter("o", organisationId)
        .setParameter("p", path)
        .getResultStream()
        .findFirst();
  }

  public Optional<Department> find(String organisationId, String id) {
    return Optional.ofNullable(em.find(Department.class, id))
        .filter(d -> d.organisationId().equals(organisationId));
  }

  /** Persists at once, so that a parent is in the table before its children refer to it. */
  public Department store(Department department) {
    em.persist(department);
    em.flush();
    return department;
  }

  public void remove(Department department) {
    em.remove(department);
  }

  public void flush() {
    em.flush();
  }
}
