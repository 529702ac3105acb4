package org.cemtracker.campaign;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.cemtracker.model.Tier;
import org.cemtracker.organisation.OrganisationRepository;

/**
 * Tells the consultants when an open phase reaches the campaign's response-rate target: the
 * invitations used against those issued, once at least k of them are used (a rate of fewer would
 * not be shown on the monitor either). Once per phase.
 */
@ApplicationScoped
@Transactional
public class TargetWatch {

  @PersistenceContext(unitName = "cem")
  EntityManager em;

  @Inject ConsultantNotices consultants;
  @Inject OrganisationRepository organisations;

  public void look() {
    List<Campaign> open =
        em.createQuery("select c from Campaign c where c.status = :s", Campaign.class)
            .setParameter("s", CampaignStatus.OPEN)
            .getResultList();
    for (Campaign campaign : open) {
      // the k the campaign froze when it opened, as the monitor uses
      int k =
          campaign.anonymityThreshold() != null
              ? campaign.anonymityThreshold()
              : organisations
                  .find(campaign.organisationId())
                  .map(o -> o.anonymityThreshold())
                  .orElse(Integer.MAX_VALUE);
      Map<Tier, Long> issued = count(campaign, false);
      Map<Tier, Long> used = count(campaign, true);
      for (Tier tier : Tier.values()) {
        long of = issued.getOrDefault(tier, 0L);
        long answered = used.getOrDefault(tier, 0L);
        if (campaign.accepts(tier)
            && answered >= k
            && answered * 100 >= (long) campaign.responseTarget() * of) {
          consultants.tell(
              campaign,
              "target:" + campaign.id() + ":" + tier,
              "The "
                  + tier.name().toLowerCase()
                  + " phase of “"
                  + campaign.name()
                  + "” has reached its response-rate target of "
                  + campaign.responseTarget()
                  + " %.",
              "campaigns/" + campaign.id());
        }
      }
    }
  }

  private Map<Tier, Long> count(Campaign campaign, boolean onlyUsed) {
    Map<Tier, Long> counts = new EnumMap<>(Tier.class);
    em.createQuery(
            "select i.tier, count(i) from Invitation i where i.campaignId = :c"
                + (onlyUsed ? " and i.used = true" : "")
                + " group by i.tier",
            Object[].class)
        .setParameter("c", campaign.id())
        .getResultList()
        .forEach(row -> counts.put((Tier) row[0], (Long) row[1]));
    return counts;
  }
}
