package org.cemtracker.campaign;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

/** The department trees frozen into campaigns. */
@ApplicationScoped
public class FrozenTreeRepository {

  @PersistenceContext(unitName = "cem")
  EntityManager em;

  /**
   * Departments known to be in a campaign's frozen tree. A frozen tree never changes, and only goes
   * with its campaign (whose lookup comes first), so a member once seen stays one: the submit path
   * asks for every submission.
   */
  private final Cache<String, Boolean> members = Caffeine.newBuilder().maximumSize(50_000).build();

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
    String key = campaignId + '/' + departmentId;
    if (members.getIfPresent(key) != null) {
      return true;
    }
    boolean member =
        !em.createQuery(
                "select d.path from FrozenDepartment d where d.campaignId = :c"
                    + " and d.departmentId = :d",
                String.class)
            .setParameter("c", campaignId)
            .setParameter("d", departmentId)
            .setMaxResults(1)
            .getResultList()
            .isEmpty();
    if (member) {
      members.put(key, true);
    }
    return member;
  }
}
