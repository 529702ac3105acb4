package org.cemtracker.scoring;

import java.util.ArrayList;
import java.util.List;
import org.cemtracker.model.MaturityModel;
import org.cemtracker.model.Tier;

/**
 * How well each dimension's questions measure one thing, per campaign: Cronbach's alpha and each
 * question's corrected item-total correlation. Each tier answers its own questions, so the figures
 * are computed per dimension and tier, over the dimension's questions asked of that tier (at least
 * two) and the <em>released</em> respondents of that tier who answered all of them ("don't know"
 * leaves a respondent out), and shown only from max({@value #MIN_RESPONDENTS}, k) such respondents
 * (DESIGN §4 rule 12).
 *
 * <p>α = m/(m − 1) · (1 − Σ sᵢ² / s_T²) with sample variances of the m items and of their sum. A
 * dimension below {@value #MIN_ALPHA} is flagged, and so is a question whose correlation with the
 * sum of the dimension's other questions is below {@value #MIN_ITEM_TOTAL}. Everything comes from
 * the cells' {@link ItemMoments}: with n respondents, item sums sᵢ and sums of products pᵢⱼ, the
 * whole numbers Cᵢⱼ = n·pᵢⱼ − sᵢ·sⱼ are n(n − 1) times the covariances, and every figure here is a
 * ratio of sums of them, so the factor cancels and the zero checks are exact.
 */
public final class InstrumentQuality {

  public static final int MIN_RESPONDENTS = 30;
  public static final double MIN_ALPHA = 0.7;
  public static final double MIN_ITEM_TOTAL = 0.3;

  private InstrumentQuality() {}

  public record ItemFit(String questionId, Double correctedItemTotal, boolean weak) {}

  public record DimensionQuality(
      String dimensionId,
      Tier tier,
      int respondents,
      Double alpha,
      boolean weak,
      List<ItemFit> items) {}

  /** The fewest complete released respondents a figure is shown from, at threshold k. */
  public static int minimumRespondents(int k) {
    return Math.max(MIN_RESPONDENTS, k);
  }

  /** Instrument quality of the released cells of a campaign. */
  public static List<DimensionQuality> of(Cells cells, Release release) {
    Cells released = cells.released(release);
    ScoringModel model = cells.model();
    List<DimensionQuality> result = new ArrayList<>();
    for (int d = 0; d < model.dimensionCount(); d++) {
      for (Tier tier : Tier.values()) {
        ItemMoments moments = released.moments(tier);
        if (moments.items[d].length >= 2
            && moments.complete[d] >= minimumRespondents(release.threshold())) {
          result.add(quality(model.model(), d, tier, moments));
        }
      }
    }
    return result;
  }

  /** Every respondent counted as released (for tests of the formulas). */
  static List<DimensionQuality> of(MaturityModel model, List<Answers> responses) {
    Cells cells = Cells.of(new ScoringModel(model), responses);
    return of(cells, Release.everything(cells.counts(), ScoringEngine.MIN_THRESHOLD));
  }

  private static DimensionQuality quality(
      MaturityModel model, int d, Tier tier, ItemMoments moments) {
    int[] items = moments.items[d];
    int m = items.length;
    long n = moments.complete[d];
    double[][] c = new double[m][m];
    double total = 0;
    double itemVariances = 0;
    double[] rowSums = new double[m];
    for (int i = 0; i < m; i++) {
      for (int j = 0; j < m; j++) {
        c[i][j] =
            (double) n * moments.product(d, i, j)
                - (double) moments.sums[d][i] * moments.sums[d][j];
        rowSums[i] += c[i][j];
        total += c[i][j];
      }
      itemVariances += c[i][i];
    }
    Double alpha = total == 0 ? null : m / (m - 1.0) * (1 - itemVariances / total);
    List<ItemFit> fits = new ArrayList<>();
    for (int i = 0; i < m; i++) {
      double covariance = rowSums[i] - c[i][i];
      double restVariance = total - 2 * rowSums[i] + c[i][i];
      Double r =
          c[i][i] == 0 || restVariance == 0 ? null : covariance / Math.sqrt(c[i][i] * restVariance);
      fits.add(
          new ItemFit(model.questions().get(items[i]).id(), r, r != null && r < MIN_ITEM_TOTAL));
    }
    return new DimensionQuality(
        model.dimensions().get(d).id(),
        tier,
        (int) n,
        alpha,
        alpha != null && alpha < MIN_ALPHA,
        fits);
  }
}
