package org.cemtracker.campaign;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

/** The department trees frozen into campaigns. */
@ApplicationScoped
public class FrozenTreeRepository {

  @PersistenceContext(unitName = "cem")
  EntityManager em;

  public void store(List<FrozenDepartment> departments) {
    departments.forEach(em::persist);
  }

  /** A campaign's frozen departments, by path. */
  public List<FrozenDepartment> findByCampaign(String campaignId) {
    return em.createQuery(
            "select d from FrozenDepartment d where d.campaignId = :c order by d.path",
            FrozenDepartment.class)
        .setParameter("c", campaignId)
        .getResultList();
  }

  public boolean contains(String campaignId, String departmentId) {
    return !em.createQuery(
            "select d.path from FrozenDepartment d where d.campaignId = :c and d.departmentId = :d",
            String.class)
        .setParameter("c", campaignId)
        .setParameter("d", departmentId)
        .setMaxResults(1)
        .getResultList()
        .isEmpty();
  }
}
