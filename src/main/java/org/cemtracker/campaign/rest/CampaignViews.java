package org.cemtracker.campaign.rest;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.cemtracker.campaign.Campaign;
import org.cemtracker.campaign.CampaignService;
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

  public record CampaignDetail(
      String id,
      String orgId,
      String name,
      String modelId,
      String modelVersion,
      String status,
      List<Phase> phases,
      int anonymityThreshold,
      Integer responses,
      List<CampaignService.PhaseCount> responsesByPhase,
      List<CampaignService.CellCount> responseCounts) {

    static CampaignDetail of(CampaignService.Monitor m) {
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
          m.responses(),
          m.phases(),
          m.cells());
    }
  }

  public record Link(String token, String url, String email) {
    static Link of(CampaignService.IssuedLink l) {
      return new Link(l.token(), l.url(), l.email());
    }
  }
}
