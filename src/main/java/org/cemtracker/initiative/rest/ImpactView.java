package org.cemtracker.initiative.rest;

import java.util.List;
import org.cemtracker.campaign.Campaign;
import org.cemtracker.initiative.Impact;
import org.cemtracker.initiative.PlanningService.ImpactReport;

/**
 * An initiative's impact: per target dimension the targeted departments' change beside the other
 * departments' change, and the difference of the two (points on the 0–100 scale).
 */
public record ImpactView(
    CampaignRef before,
    CampaignRef after,
    boolean comparison,
    String reason,
    List<DimensionView> dimensions) {

  public record CampaignRef(String id, String name) {}

  public record SideView(Double before, Double after, Double change, int departments) {}

  public record DimensionView(
      String dimension, SideView targeted, SideView others, Double difference) {}

  static ImpactView of(ImpactReport report) {
    return new ImpactView(
        ref(report.before()),
        ref(report.after()),
        report.comparison(),
        report.reason(),
        report.dimensions().stream()
            .map(
                d ->
                    new DimensionView(
                        d.dimension(), side(d.targeted()), side(d.others()), d.difference()))
            .toList());
  }

  private static CampaignRef ref(Campaign campaign) {
    return campaign == null ? null : new CampaignRef(campaign.id(), campaign.name());
  }

  private static SideView side(Impact.Side side) {
    return new SideView(side.before(), side.after(), side.change(), side.departments());
  }
}
