package org.cemtracker.campaign;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
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

  public record PhaseCount(
      Tier tier,
      boolean open,
      OffsetDateTime openedAt,
      long invited,
      Integer responses,
      boolean hidden) {}

  public record DepartmentCount(
      String departmentPath, long invited, Integer responses, boolean hidden) {}

  /** Links issued to one department and tier: the consultant's own doing, not participation. */
  public record CellInvitations(String departmentPath, Tier tier, long invited) {}

  public record Monitor(
      Campaign campaign,
      int threshold,
      Integer responses,
      Integer withheld,
      boolean withheldFewerThanK,
      List<PhaseCount> phases,
      List<DepartmentCount> departments,
      List<CellInvitations> invitations) {}

  public Monitor monitor(String campaignId) {
    Campaign campaign = campaigns.get(campaignId);
    int k =
        campaign.isFrozen()
            ? campaign.anonymityThreshold()
            : campaigns.organisationOf(campaign).anonymityThreshold();
    Map<String, String> paths = paths(campaign);
    Map<String, Map<Tier, Long>> invited = new HashMap<>();
    for (Object[] row : invitations.counts(campaign.id())) {
      invited
          .computeIfAbsent((String) row[0], d -> new HashMap<>())
          .put((Tier) row[1], ((Number) row[2]).longValue());
    }
    List<CellCount> counts = new ArrayList<>();
    for (Object[] row : responses.counts(campaign.id())) {
      counts.add(new CellCount((String) row[0], (Tier) row[1], ((Number) row[2]).longValue()));
    }
    Release release = Disclosure.release(counts, k);
    Set<String> shown = new LinkedHashSet<>(invited.keySet());
    counts.forEach(c -> shown.add(c.unitId()));
    return new Monitor(
        campaign,
        k,
        (int) release.responses(),
        release.withheld(),
        release.withheldFewerThanK(),
        phases(campaign, invited, release),
        departments(shown, paths, invited, release),
        invitationCells(invited, paths));
  }

  private Map<String, String> paths(Campaign campaign) {
    Map<String, String> paths = new HashMap<>();
    departments.findAll(campaign.organisationId()).forEach(d -> paths.put(d.id(), d.path()));
    trees.findByCampaign(campaign.id()).forEach(d -> paths.put(d.departmentId(), d.path()));
    return paths;
  }

  private static List<PhaseCount> phases(
      Campaign campaign, Map<String, Map<Tier, Long>> invited, Release release) {
    List<PhaseCount> phases = new ArrayList<>();
    for (Tier tier : Tier.values()) {
      long issued = invited.values().stream().mapToLong(m -> m.getOrDefault(tier, 0L)).sum();
      boolean hidden = release.isHidden(tier);
      phases.add(
          new PhaseCount(
              tier,
              campaign.accepts(tier),
              campaign.openedAt(tier),
              issued,
              hidden ? null : (int) release.tierResponses(tier),
              hidden));
    }
    return phases;
  }

  private static List<DepartmentCount> departments(
      Set<String> shown,
      Map<String, String> paths,
      Map<String, Map<Tier, Long>> invited,
      Release release) {
    List<DepartmentCount> result = new ArrayList<>();
    for (String id : shown) {
      long issued =
          invited.getOrDefault(id, Map.of()).values().stream().mapToLong(Long::longValue).sum();
      boolean hidden = release.isHidden(id);
      result.add(
          new DepartmentCount(
              paths.getOrDefault(id, "?"),
              issued,
              hidden ? null : (int) release.unitResponses(id),
              hidden));
    }
    result.sort(Comparator.comparing(DepartmentCount::departmentPath));
    return result;
  }

  private static List<CellInvitations> invitationCells(
      Map<String, Map<Tier, Long>> invited, Map<String, String> paths) {
    List<CellInvitations> cells = new ArrayList<>();
    invited.forEach(
        (id, byTier) ->
            byTier.forEach(
                (tier, n) -> cells.add(new CellInvitations(paths.getOrDefault(id, "?"), tier, n))));
    cells.sort(
        Comparator.comparing(CellInvitations::departmentPath).thenComparing(CellInvitations::tier));
    return cells;
  }
}
