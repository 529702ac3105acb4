package org.cemtracker.campaign;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.cemtracker.model.Tier;
import org.cemtracker.organisation.DepartmentRepository;
import org.cemtracker.scoring.CellCount;
import org.cemtracker.scoring.Disclosure;
import org.cemtracker.scoring.Release;

/**
 * A campaign's response counts while it runs (DESIGN §4 rule 14): invited and responded per phase
 * and per department. Response counts go through the same disclosure control as scores, so no count
 * below k can be had by subtracting shown counts (the total minus the visible tiers, say);
 * responses outside the released cells are one figure, or "fewer than k".
 */
@ApplicationScoped
@Transactional
public class MonitorService {

  @Inject CampaignService campaigns;
  @Inject InvitationRepository invitations;
  @Inject ResponseRepository responses;
  @Inject FrozenTreeRepository trees;
  @Inject DepartmentRepository departments;
  @Inject PlanRepository plans;

  /**
   * A phase: its invitations and responses, each a released count or hidden (no number): the
   * invitations pass disclosure control too, or a hidden group's few invitations beside "hidden"
   * (it has responses) would give its count away.
   */
  public record PhaseCount(
      Tier tier,
      boolean open,
      OffsetDateTime openedAt,
      Integer invited,
      boolean invitedHidden,
      Integer responses,
      boolean hidden) {}

  /**
   * A department: its counts, its response-rate target, and — where both counts are released — its
   * rate (responses per invitation, in percent) and whether it meets the target. Where either is
   * hidden there is neither: a rate beside a hidden count would give it back.
   */
  public record DepartmentCount(
      String departmentPath,
      Integer invited,
      boolean invitedHidden,
      Integer responses,
      boolean hidden,
      int target,
      Double rate,
      Boolean targetMet) {}

  public record Monitor(
      Campaign campaign,
      int threshold,
      int invited,
      Integer responses,
      Integer withheld,
      boolean withheldFewerThanK,
      List<PhaseCount> phases,
      List<DepartmentCount> departments) {}

  public Monitor monitor(String campaignId) {
    Campaign campaign = campaigns.get(campaignId);
    int k =
        campaign.isFrozen()
            ? campaign.anonymityThreshold()
            : campaigns.organisationOf(campaign).anonymityThreshold();
    Map<String, String> paths = paths(campaign);
    Release invited = Disclosure.release(counts(invitations.counts(campaign.id())), k);
    List<CellCount> answered = counts(responses.counts(campaign.id()));
    Release released = Disclosure.release(answered, k);
    Set<String> shown =
        new TreeSet<>(
            Comparator.comparing((String id) -> paths.getOrDefault(id, id))
                .thenComparing(id -> id));
    counts(invitations.counts(campaign.id())).forEach(c -> shown.add(c.unitId()));
    answered.forEach(c -> shown.add(c.unitId()));
    List<PhaseCount> phases = new ArrayList<>();
    for (Tier tier : Tier.values()) {
      phases.add(
          new PhaseCount(
              tier,
              campaign.accepts(tier),
              campaign.openedAt(tier),
              invited.isHidden(tier) ? null : (int) invited.tierResponses(tier),
              invited.isHidden(tier),
              released.isHidden(tier) ? null : (int) released.tierResponses(tier),
              released.isHidden(tier)));
    }
    Map<String, Integer> targets = new HashMap<>();
    plans.targets(campaign.id()).forEach(t -> targets.put(t.departmentId(), t.percent()));
    List<DepartmentCount> departments = new ArrayList<>();
    for (String id : shown) {
      Integer invitedCount = invited.isHidden(id) ? null : (int) invited.unitResponses(id);
      Integer responseCount = released.isHidden(id) ? null : (int) released.unitResponses(id);
      int target = targets.getOrDefault(id, campaign.responseTarget());
      Double rate =
          invitedCount == null || responseCount == null || invitedCount == 0
              ? null
              : 100.0 * responseCount / invitedCount;
      departments.add(
          new DepartmentCount(
              paths.getOrDefault(id, "?"),
              invitedCount,
              invited.isHidden(id),
              responseCount,
              released.isHidden(id),
              target,
              rate,
              rate == null ? null : rate >= target));
    }
    return new Monitor(
        campaign,
        k,
        (int) invited.responses(),
        (int) released.responses(),
        released.withheld(),
        released.withheldFewerThanK(),
        phases,
        departments);
  }

  /** Rows of (department, tier, count) as cell counts. */
  private static List<CellCount> counts(List<Object[]> rows) {
    List<CellCount> counts = new ArrayList<>();
    for (Object[] row : rows) {
      counts.add(new CellCount((String) row[0], (Tier) row[1], ((Number) row[2]).longValue()));
    }
    return counts;
  }

  private Map<String, String> paths(Campaign campaign) {
    Map<String, String> paths = new HashMap<>();
    departments.findAll(campaign.organisationId()).forEach(d -> paths.put(d.id(), d.path()));
    trees.findByCampaign(campaign.id()).forEach(d -> paths.put(d.departmentId(), d.path()));
    return paths;
  }
}
