package org.cemtracker.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

@ApplicationScoped
public class AuditRepository {

  @PersistenceContext(unitName = "cem")
  EntityManager em;

  /** Deletes an organisation's log (its erasure). */
  public void deleteOf(String organisationId) {
    em.createQuery("delete from AuditEvent e where e.organisationId = :o")
        .setParameter("o", organisationId)
        .executeUpdate();
  }

  public void store(AuditEvent event) {
    em.persist(event);
  }

  /**
   * Newest first; {@code entityId} narrows it to one entity when not null; a null organisation
   * means the instance's own events.
   */
  public List<AuditEvent> findByOrganisation(String organisationId, String entityId, int limit) {
    var query =
        em.createQuery(
                "select e from AuditEvent e where "
                    + (organisationId == null
                        ? "e.organisationId is null"
                        : "e.organisationId = :o")
                    + (entityId == null ? "" : " and e.entityId = :e")
                    + " order by e.at desc, e.id",
                AuditEvent.class)
            .setMaxResults(limit);
    if (organisationId != null) {
      query.setParameter("o", organisationId);
    }
    if (entityId != null) {
      query.setParameter("e", entityId);
    }
    return query.getResultList();
  }
}
