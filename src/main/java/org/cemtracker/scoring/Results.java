package org.cemtracker.scoring;

import java.util.List;
import org.cemtracker.model.Tier;

/**
 * The figures of one campaign (DESIGN §4), as the API shows them. Undefined figures are null; a
 * suppressed group carries {@code suppressed = true} and no count, score or margin.
 */
public record Results(
    int threshold,
    boolean suppressed,
    Integer responses,
    Double coverage,
    Double cemIndex,
    Double cemIndexMarginOfError,
    StageResult stage,
    Double reach,
    Double boltOnGap,
    Double alignmentGap,
    Double dispersion,
    List<DimensionResult> dimensions,
    List<TierResult> tiers,
    List<DepartmentResult> departments,
    List<QuestionResult> questions) {

  public record StageResult(int number, String name) {}

  public record DimensionResult(String id, Double score, Double alignmentGap) {}

  public record DimensionScore(String id, Double score) {}

  public record QuestionResult(String id, Double mean) {}

  public record TierResult(
      Tier tier,
      boolean suppressed,
      Integer responses,
      Double score,
      Double marginOfError,
      List<DimensionScore> dimensions) {

    static TierResult hidden(Tier tier) {
      return new TierResult(tier, true, null, null, null, List.of());
    }
  }

  public record DepartmentResult(
      String id,
      String path,
      int headcount,
      boolean customerFacing,
      boolean covered,
      boolean suppressed,
      Integer responses,
      Double score,
      Double marginOfError,
      List<DimensionScore> dimensions,
      boolean rolledUpSuppressed,
      Double rolledUpScore,
      List<TierResult> tiers) {}
}
