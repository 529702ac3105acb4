package org.cemtracker.results.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import org.cemtracker.model.Tier;
import org.cemtracker.results.ResultsService;
import org.cemtracker.scoring.InstrumentQuality;
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
      Boolean hidden,
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
      Boolean hidden,
      Boolean suppressed,
      Integer responses,
      Double score,
      Double marginOfError,
      List<DimensionScore> dimensions,
      Double rolledUpScore) {}

  public record QuestionView(String id, Double mean) {}

  public record ResultsView(
      String campaignId,
      String modelId,
      String modelVersion,
      int anonymityThreshold,
      Boolean hidden,
      Boolean suppressed,
      Integer responses,
      Integer withheld,
      Boolean withheldFewerThanK,
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
      List<DepartmentView> departments,
      List<QuestionView> questions,
      List<Dimension> groups) {}

  public record TrendPointView(
      String campaignId,
      String name,
      OffsetDateTime date,
      Double cemIndex,
      Stage stage,
      Double reach,
      List<DimensionScore> dimensions) {}

  /**
   * The results, with the time the service took in a {@code Server-Timing} header (for the
   * benchmark: it reveals nothing but time, and the read costs the same for every campaign size of
   * equal cells).
   */
  @GET
  public Response get(@PathParam("campaignId") String campaignId) {
    long start = System.nanoTime();
    ResultsService.CampaignResults found = results.results(campaignId);
    double millis = (System.nanoTime() - start) / 1e6;
    return Response.ok(view(found))
        .header("Server-Timing", String.format(Locale.ROOT, "results;dur=%.2f", millis))
        .build();
  }

  static ResultsView view(ResultsService.CampaignResults found) {
    Results r = found.results();
    return new ResultsView(
        found.campaign().id(),
        found.campaign().modelId(),
        found.campaign().modelVersion(),
        r.threshold(),
        flag(r.hidden()),
        flag(r.hidden()),
        r.responses(),
        r.withheld(),
        r.withheldFewerThanK(),
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
        r.departments().stream().map(ResultsResource::department).toList(),
        r.questions().stream().map(q -> new QuestionView(q.id(), q.mean())).toList(),
        r.groups().stream().map(g -> new Dimension(g.id(), g.score(), g.alignmentGap())).toList());
  }

  /** Instrument quality (not in API.md's results body, which stays as specified). */
  @GET
  @Path("instrument")
  public List<InstrumentQuality.DimensionQuality> instrument(
      @PathParam("campaignId") String campaignId) {
    return results.instrument(campaignId);
  }

  /**
   * One published group's figures question by question (the organisation unless {@code ?group=}
   * names another of the groups listed); not in API.md's results body, which stays as specified.
   */
  @GET
  @Path("questions")
  public QuestionsView questions(
      @PathParam("campaignId") String campaignId, @QueryParam("group") String group) {
    ResultsService.GroupQuestions found = results.groupQuestions(campaignId, group);
    return QuestionsView.of(found);
  }

  /** The comments DESIGN §4 rule 15 lets through, per dimension and group. */
  @GET
  @Path("comments")
  public ResultsService.CampaignComments comments(@PathParam("campaignId") String campaignId) {
    return results.comments(campaignId);
  }

  /** True or absent: hidden and suppressed flags are written only where they hold. */
  private static Boolean flag(boolean value) {
    return value ? Boolean.TRUE : null;
  }

  static Stage stage(Results.StageResult stage) {
    return stage == null ? null : new Stage(stage.number(), stage.name());
  }

  private static TierView tier(Results.TierResult t) {
    return new TierView(
        t.tier(),
        flag(t.hidden()),
        flag(t.hidden()),
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
        flag(d.hidden()),
        flag(d.hidden()),
        d.responses(),
        d.score(),
        d.marginOfError(),
        d.dimensions().stream().map(x -> new DimensionScore(x.id(), x.score())).toList(),
        d.rolledUpScore());
  }
}
