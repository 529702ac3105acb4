package org.cemtracker.report;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.cemtracker.benchmark.Benchmark;
import org.cemtracker.campaign.Campaign;
import org.cemtracker.campaign.MonitorService.Monitor;
import org.cemtracker.initiative.Recommendations;
import org.cemtracker.model.MaturityModel;
import org.cemtracker.results.ResultsService.CampaignComments;
import org.cemtracker.results.ResultsService.TrendPoint;
import org.cemtracker.review.Review;
import org.cemtracker.scoring.InstrumentQuality.DimensionQuality;
import org.cemtracker.scoring.Results;
import org.cemtracker.scoring.WaveDelta;

/**
 * Everything a board report shows, gathered from the released figures: results, counts, the trend,
 * recommendations with the initiatives under way, comments and instrument quality, and the
 * consultant's review once it is published, and where the consultant asks for it, the client among
 * their other clients.
 */
record ReportData(
    Campaign campaign,
    String organisationName,
    MaturityModel model,
    Results results,
    Monitor counts,
    List<TrendPoint> trend,
    Optional<WaveDelta> delta,
    Recommendations.Plan plan,
    List<InitiativeLine> initiatives,
    CampaignComments comments,
    List<DimensionQuality> instrument,
    Optional<Review> review,
    Optional<Benchmark> benchmark,
    OffsetDateTime generatedAt) {

  /** An initiative under way, as the report lists it. */
  record InitiativeLine(
      String title,
      String status,
      String health,
      List<String> dimensions,
      List<String> departments,
      String impact) {}

  String dimensionName(String id) {
    return model.dimension(id).map(MaturityModel.Dimension::name).orElse(id);
  }
}
