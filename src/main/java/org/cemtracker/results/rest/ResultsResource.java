package org.cemtracker.results.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.OffsetDateTime;
import java.util.List;
import org.cemtracker.model.Tier;
import org.cemtracker.results.ResultsService;
import org.cemtracker.scoring.Results;

/** Results of a campaign, in the shape of API.md. */
@Path("campaigns/{campaignId}/results")
@Produces(MediaType.APPLICATION_JSON)
public class ResultsResource {

  @Inject ResultsService results;

  public record Stage(int number, String name) {}

  public record Dimension(String id, Double score, Double alignmentGap) {}

  public record DimensionScore(String id, Double score) {}

  public record TierView(
      Tier tier,
      Boolean suppressed,
      Integer responses,
      Double score,
      Double marginOfError,
      List<DimensionScore> dimensions) {}

  public record DepartmentView(
      String path,
      int headcount,
      boolean customerFacing,
      boolean covered,
      Boolean suppressed,
      Integer responses,
      Double score,
      Double marginOfError,
      List<DimensionScore> dimensions,
      Double rolledUpScore) {}

  public record ResultsView(
      String campaignId,
      String modelId,
      String modelVersion,
      int anonymityThreshold,
      Boolean suppressed,
      Integer responses,
      Double coverage,
      Double cemIndex,
      Double cemIndexMarginOfError,
      Stage stage,
      Double reach,
      Double boltOnGap,
      Double alignmentGap,
      Double dispersion,
      List<Dimension> dimensions,
      List<TierView> tiers,
      List<DepartmentView> departments) {}

  public record TrendPointView(
      String campaignId,
      String name,
      OffsetDateTime date,
      Double cemIndex,
      Stage stage,
      Double reach,
      List<DimensionScore> dimensions) {}

  @GET
  public ResultsView get(@PathParam("campaignId") String campaignId) {
    ResultsService.CampaignResults found = results.results(campaignId);
    Results r = found.results();
    return new ResultsView(
        found.campaign().id(),
        found.campaign().modelId(),
        found.campaign().modelVersion(),
        r.threshold(),
        r.suppressed() ? Boolean.TRUE : null,
        r.responses(),
        r.coverage(),
        r.cemIndex(),
        r.cemIndexMarginOfError(),
        stage(r.stage()),
        r.reach(),
        r.boltOnGap(),
        r.alignmentGap(),
        r.dispersion(),
        r.dimensions().stream()
            .map(d -> new Dimension(d.id(), d.score(), d.alignmentGap()))
            .toList(),
        r.tiers().stream().map(ResultsResource::tier).toList(),
        r.departments().stream().map(ResultsResource::department).toList());
  }

  /** Instrument quality (not in API.md's results body, which stays as specified). */
  @GET
  @Path("instrument")
  public List<org.cemtracker.scoring.InstrumentQuality.DimensionQuality> instrument(
      @PathParam("campaignId") String campaignId) {
    return results.instrument(campaignId);
  }

  static Stage stage(Results.StageResult stage) {
    return stage == null ? null : new Stage(stage.number(), stage.name());
  }

  private static TierView tier(Results.TierResult t) {
    return new TierView(
        t.tier(),
        t.suppressed() ? Boolean.TRUE : null,
        t.responses(),
        t.score(),
        t.marginOfError(),
        t.dimensions().stream().map(d -> new DimensionScore(d.id(), d.score())).toList());
  }

  private static DepartmentView department(Results.DepartmentResult d) {
    return new DepartmentView(
        d.path(),
        d.headcount(),
        d.customerFacing(),
        d.covered(),
        d.suppressed() ? Boolean.TRUE : null,
        d.responses(),
        d.score(),
        d.marginOfError(),
        d.dimensions().stream().map(x -> new DimensionScore(x.id(), x.score())).toList(),
        d.rolledUpSuppressed() ? null : d.rolledUpScore());
  }
}
