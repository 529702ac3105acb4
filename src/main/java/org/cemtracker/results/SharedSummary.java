package org.cemtracker.results;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Locale;
import org.cemtracker.campaign.Campaign;
import org.cemtracker.model.MaturityModel;
import org.cemtracker.scoring.Results;

/**
 * The read-only summary a leader shares with everyone in the organisation: the organisation-level
 * figures of one published campaign and nothing below them — no department, division or side, no
 * question, no comment — as they stood when it was shared. Every figure in it is one the results
 * publish to the organisation's leaders, so it reveals nothing they cannot see.
 */
public record SharedSummary(
    String organisation,
    String campaign,
    String model,
    String closedOn,
    int threshold,
    Integer responses,
    Double cemIndex,
    Double cemIndexMarginOfError,
    Integer stage,
    String stageName,
    String stageReason,
    double cemLine,
    Double reach,
    Double boltOnGap,
    Double alignmentGap,
    Double coverage,
    List<Dimension> dimensions,
    List<TierScore> tiers) {

  public record Dimension(String name, Double score) {}

  /** A tier's figures; a hidden tier shows neither its count nor its score. */
  public record TierScore(String tier, boolean hidden, Integer responses, Double score) {}

  private static final ObjectMapper JSON = new ObjectMapper();

  static SharedSummary of(String organisation, Campaign campaign, Results r) {
    MaturityModel model = campaign.model();
    return new SharedSummary(
        organisation,
        campaign.name(),
        model.title(),
        campaign.closedAt() == null ? null : campaign.closedAt().toLocalDate().toString(),
        r.threshold(),
        r.responses(),
        r.cemIndex(),
        r.cemIndexMarginOfError(),
        r.stage() == null ? null : r.stage().number(),
        r.stage() == null ? null : r.stage().name(),
        StageReason.whyLower(model, r).trim(),
        model.cemLine(),
        r.reach(),
        r.boltOnGap(),
        r.alignmentGap(),
        r.coverage(),
        r.dimensions().stream()
            .map(
                d ->
                    new Dimension(
                        model.dimension(d.id()).map(MaturityModel.Dimension::name).orElse(d.id()),
                        d.score()))
            .toList(),
        r.tiers().stream()
            .map(
                t ->
                    new TierScore(
                        t.tier().name().charAt(0)
                            + t.tier().name().substring(1).toLowerCase(Locale.ROOT),
                        t.hidden(),
                        t.responses(),
                        t.score()))
            .toList());
  }

  String toJson() {
    try {
      return JSON.writeValueAsString(this);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a summary could not be written", e);
    }
  }

  static SharedSummary fromJson(String json) {
    try {
      return JSON.readValue(json, SharedSummary.class);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a stored summary could not be read", e);
    }
  }
}
