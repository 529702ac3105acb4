package org.cemtracker.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

@ApplicationScoped
public class AuditRepository {

  @PersistenceContext(unitName = "cem")
  EntityManager em;

  public void store(AuditEvent event) {
    em.persist(event);
  }

  /** Newest first; {@code entityId} narrows it to one entity when not null. */
  public List<AuditEvent> findByOrganisation(String organisationId, String entityId, int limit) {
    var query =
        em.createQuery(
                "select e from AuditEvent e where e.organisationId = :o"
                    + (entityId == null ? "" : " and e.entityId = :e")
                    + " order by e.at desc, e.id",
                AuditEvent.class)
            .setParameter("o", organisationId)
            .setMaxResults(limit);
    if (entityId != null) {
      query.setParameter("e", entityId);
    }
    return query.getResultList();
  }
}
