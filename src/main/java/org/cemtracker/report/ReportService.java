package org.cemtracker.report;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.ByteArrayOutputStream;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.cemtracker.benchmark.Benchmarks;
import org.cemtracker.campaign.Campaign;
import org.cemtracker.campaign.CampaignService;
import org.cemtracker.campaign.MonitorService;
import org.cemtracker.initiative.Impact;
import org.cemtracker.initiative.Initiative;
import org.cemtracker.initiative.InitiativeService;
import org.cemtracker.initiative.InitiativeStatus;
import org.cemtracker.initiative.PlanningService;
import org.cemtracker.initiative.Recommendations;
import org.cemtracker.model.MaturityModel;
import org.cemtracker.report.ReportData.InitiativeLine;
import org.cemtracker.results.ResultsService;
import org.cemtracker.results.ResultsService.CampaignResults;
import org.cemtracker.results.ResultsService.TrendPoint;
import org.cemtracker.review.Review;
import org.cemtracker.review.Reviews;

/**
 * Board reports of the campaigns whose results the caller may read: the same released figures as
 * the dashboard, laid out as a PDF.
 */
@ApplicationScoped
@Transactional
public class ReportService {

  /** Initiatives already under way, which the report lists beside the recommendations. */
  static final Set<InitiativeStatus> UNDER_WAY =
      EnumSet.of(
          InitiativeStatus.APPROVED,
          InitiativeStatus.IN_PROGRESS,
          InitiativeStatus.BLOCKED,
          InitiativeStatus.DONE);

  @Inject ResultsService results;
  @Inject CampaignService campaigns;
  @Inject MonitorService monitor;
  @Inject InitiativeService initiatives;
  @Inject PlanningService planning;
  @Inject Reviews reviews;
  @Inject Benchmarks benchmarks;

  /** The fonts, read once, when the first report is made. */
  private static final class Fonts {
    static final ReportFonts INSTANCE = new ReportFonts();
  }

  /** A report as PDF bytes, with the file name it is offered under. */
  public record Report(String fileName, byte[] pdf) {}

  /**
   * The campaign's name if its report may be made now: like its results, 404 for what the caller
   * may not see, 409 while it is open (or unpublished, for members who do not run campaigns).
   */
  public String reportable(String campaignId) {
    return results.results(campaignId).campaign().name();
  }

  /**
   * The report; with {@code benchmark}, it places the client among the caller's other clients (for
   * those who run the campaign: 403 for anyone else).
   */
  public Report boardReport(String campaignId, Paper paper, boolean benchmark) {
    ReportData data = gather(campaignId, benchmark);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    new BoardReport(Fonts.INSTANCE, paper).write(data, out);
    return new Report(fileName(data.campaign(), paper), out.toByteArray());
  }

  ReportData gather(String campaignId, boolean benchmark) {
    CampaignResults found = results.results(campaignId);
    Campaign campaign = found.campaign();
    MaturityModel model = campaign.model();
    List<TrendPoint> trend = results.trend(campaign.organisationId());
    return new ReportData(
        campaign,
        campaigns.organisationOf(campaign).name(),
        model,
        found.results(),
        monitor.monitor(campaignId),
        trend,
        ResultsService.deltaToPrevious(trend, campaignId),
        Recommendations.of(model, found.results()),
        initiativesUnderWay(campaign.organisationId(), model),
        results.comments(campaignId),
        results.instrument(campaignId),
        reviews.readable(campaignId).filter(Review::published),
        benchmark ? Optional.of(benchmarks.benchmark(found)) : Optional.empty(),
        OffsetDateTime.now(ZoneOffset.UTC));
  }

  private List<InitiativeLine> initiativesUnderWay(String organisationId, MaturityModel model) {
    return initiatives.list(organisationId).stream()
        .map(InitiativeService.Entry::initiative)
        .filter(i -> UNDER_WAY.contains(i.status()))
        .map(i -> line(i, model))
        .toList();
  }

  private InitiativeLine line(Initiative initiative, MaturityModel model) {
    PlanningService.ImpactReport impact = planning.impact(initiative.id(), null, null);
    return new InitiativeLine(
        initiative.title(),
        initiative.status().name().replace('_', ' ').toLowerCase(Locale.ROOT),
        initiative.rag().name(),
        initiative.dimensions().stream().map(d -> name(model, d)).toList(),
        initiative.departmentPaths(),
        impact.reason() != null ? impact.reason() : impactText(impact, model));
  }

  private static String name(MaturityModel model, String dimension) {
    return model.dimension(dimension).map(MaturityModel.Dimension::name).orElse(dimension);
  }

  private static String impactText(PlanningService.ImpactReport impact, MaturityModel model) {
    StringBuilder text = new StringBuilder();
    for (Impact.DimensionImpact d : impact.dimensions()) {
      if (!text.isEmpty()) {
        text.append("; ");
      }
      text.append(name(model, d.dimension())).append(": ");
      if (d.difference() != null) {
        text.append(BoardReport.signed(d.difference())).append(" points against the others");
      } else if (d.targeted().change() != null) {
        text.append(BoardReport.signed(d.targeted().change())).append(" points");
      } else {
        text.append("not measurable in both waves");
      }
    }
    return text.toString();
  }

  static String fileName(Campaign campaign, Paper paper) {
    String name = campaign.name().replaceAll("[^A-Za-z0-9]+", "-").replaceAll("(^-|-$)", "");
    return "board-report-" + (name.isEmpty() ? campaign.id() : name) + "-" + paper.name() + ".pdf";
  }
}
