package org.cemtracker.scoring;

import java.util.List;
import org.cemtracker.model.Tier;

/**
 * The figures of one campaign (DESIGN §4), as every read path shows them, all computed from the
 * released responses R alone. Undefined figures are null. A hidden group (responses, none released)
 * carries {@code hidden = true} and no count, score or margin; {@code hidden} on the whole means
 * that nothing was released. {@code withheld} counts the responses outside R, or is null with
 * {@code withheldFewerThanK} when there are fewer than k of them.
 */
public record Results(
    int threshold,
    boolean hidden,
    Integer responses,
    Integer withheld,
    boolean withheldFewerThanK,
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
    List<QuestionResult> questions,
    List<DimensionResult> groups) {

  /** Figures of a model without dimension groups. */
  public Results(
      int threshold,
      boolean hidden,
      Integer responses,
      Integer withheld,
      boolean withheldFewerThanK,
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
    this(
        threshold,
        hidden,
        responses,
        withheld,
        withheldFewerThanK,
        coverage,
        cemIndex,
        cemIndexMarginOfError,
        stage,
        reach,
        boltOnGap,
        alignmentGap,
        dispersion,
        dimensions,
        tiers,
        departments,
        questions,
        List.of());
  }

  public Results {
    groups = groups == null ? List.of() : List.copyOf(groups);
  }

  /** The same figures with only these departments listed (a view filtered, or a reader's scope). */
  public Results withDepartments(List<DepartmentResult> kept) {
    return copy(reach, boltOnGap, dispersion, List.copyOf(kept));
  }

  /**
   * The same figures without reach, the bolt-on gap and dispersion: figures over every department
   * that, with the headcounts and a reader's own departments, can be solved for the others' scores
   * in a small tree.
   */
  public Results withoutSpread() {
    return copy(null, null, null, departments);
  }

  private Results copy(
      Double reach, Double boltOnGap, Double dispersion, List<DepartmentResult> departments) {
    return new Results(
        threshold,
        hidden,
        responses,
        withheld,
        withheldFewerThanK,
        coverage,
        cemIndex,
        cemIndexMarginOfError,
        stage,
        reach,
        boltOnGap,
        alignmentGap,
        dispersion,
        dimensions,
        tiers,
        departments,
        questions,
        groups);
  }

  public record StageResult(int number, String name) {}

  public record DimensionResult(String id, Double score, Double alignmentGap) {}

  public record DimensionScore(String id, Double score) {}

  public record QuestionResult(String id, Double mean) {}

  /** A tier's released responses; a hidden tier shows no count and no score. */
  public record TierResult(
      Tier tier,
      boolean hidden,
      Integer responses,
      Double score,
      Double marginOfError,
      List<DimensionScore> dimensions) {

    static TierResult hiddenTier(Tier tier) {
      return new TierResult(tier, true, null, null, null, List.of());
    }
  }

  /**
   * A department: its own released responses (covered when there are any), and the rolled-up score
   * of the released responses in its subtree.
   */
  public record DepartmentResult(
      String id,
      String path,
      int headcount,
      boolean customerFacing,
      boolean covered,
      boolean hidden,
      Integer responses,
      Double score,
      Double marginOfError,
      List<DimensionScore> dimensions,
      Double rolledUpScore) {}
}
