package org.cemtracker.campaign.rest;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.cemtracker.campaign.Campaign;
import org.cemtracker.campaign.CampaignService;
import org.cemtracker.campaign.MonitorService;
import org.cemtracker.model.Tier;

/** Campaign bodies of the API. */
public final class CampaignViews {
  private CampaignViews() {}

  public record CreateCampaign(String modelId, String name) {}

  public record InvitationRequest(
      String departmentPath, String tier, Integer count, List<String> emails) {}

  public record Phase(Tier tier, boolean open, OffsetDateTime openedAt) {}

  public record CampaignView(
      String id,
      String orgId,
      String name,
      String modelId,
      String modelVersion,
      String status,
      List<Phase> phases,
      OffsetDateTime createdAt,
      OffsetDateTime closedAt,
      OffsetDateTime publishedAt) {

    static CampaignView of(Campaign c) {
      List<Phase> phases = new ArrayList<>();
      for (Tier tier : Tier.values()) {
        phases.add(new Phase(tier, c.accepts(tier), c.openedAt(tier)));
      }
      return new CampaignView(
          c.id(),
          c.organisationId(),
          c.name(),
          c.modelId(),
          c.modelVersion(),
          c.status().name(),
          phases,
          c.createdAt(),
          c.closedAt(),
          c.publishedAt());
    }
  }

  /**
   * A campaign with its counts (DESIGN §4 rule 14): {@code responses} are the released responses,
   * {@code withheld} those outside them (null with {@code withheldFewerThanK} below k); per phase
   * and per department, a hidden group has no count (invitations too: they pass disclosure control
   * on their own).
   */
  public record CampaignDetail(
      String id,
      String orgId,
      String name,
      String modelId,
      String modelVersion,
      String status,
      List<Phase> phases,
      int anonymityThreshold,
      Integer commentThreshold,
      int invited,
      Integer responses,
      Integer withheld,
      boolean withheldFewerThanK,
      List<MonitorService.PhaseCount> responsesByPhase,
      List<MonitorService.DepartmentCount> responseCounts) {

    static CampaignDetail of(MonitorService.Monitor m) {
      CampaignView v = CampaignView.of(m.campaign());
      return new CampaignDetail(
          v.id(),
          v.orgId(),
          v.name(),
          v.modelId(),
          v.modelVersion(),
          v.status(),
          v.phases(),
          m.threshold(),
          m.campaign().commentThreshold(),
          m.invited(),
          m.responses(),
          m.withheld(),
          m.withheldFewerThanK(),
          m.phases(),
          m.departments());
    }
  }

  public record Link(String token, String url, String email) {
    static Link of(CampaignService.IssuedLink l) {
      return new Link(l.token(), l.url(), l.email());
    }
  }
}
