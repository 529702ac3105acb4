package org.cemtracker.scoring;

import java.util.ArrayList;
import java.util.List;
import org.cemtracker.model.MaturityModel;
import org.cemtracker.model.Tier;

/**
 * How well each dimension's questions measure one thing, per campaign: Cronbach's alpha and each
 * question's corrected item-total correlation. Each tier answers its own questions, so the figures
 * are computed per dimension and tier, over the dimension's questions asked of that tier (at least
 * two) and the respondents of that tier who answered all of them ("don't know" leaves a respondent
 * out), and only from {@value #MIN_RESPONDENTS} such respondents.
 *
 * <p>α = k/(k − 1) · (1 − Σ sᵢ² / s_T²) with sample variances of the k items and of their sum. A
 * dimension below {@value #MIN_ALPHA} is flagged, and so is a question whose correlation with the
 * sum of the dimension's other questions is below {@value #MIN_ITEM_TOTAL}.
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

  public static List<DimensionQuality> of(MaturityModel model, List<Answers> responses) {
    List<DimensionQuality> result = new ArrayList<>();
    for (MaturityModel.Dimension dimension : model.dimensions()) {
      for (Tier tier : Tier.values()) {
        List<String> items =
            model.questionsOf(dimension.id()).stream()
                .filter(q -> q.tiers().contains(tier))
                .map(MaturityModel.Question::id)
                .toList();
        if (items.size() < 2) {
          continue;
        }
        List<double[]> complete = new ArrayList<>();
        for (Answers answers : responses) {
          if (answers.tier() == tier
              && items.stream().allMatch(q -> answers.levels().get(q) != null)) {
            complete.add(items.stream().mapToDouble(q -> answers.levels().get(q)).toArray());
          }
        }
        if (complete.size() >= MIN_RESPONDENTS) {
          result.add(quality(dimension.id(), tier, items, complete));
        }
      }
    }
    return result;
  }

  static DimensionQuality quality(
      String dimensionId, Tier tier, List<String> items, List<double[]> rows) {
    int k = items.size();
    double[] totals =
        rows.stream().mapToDouble(row -> java.util.Arrays.stream(row).sum()).toArray();
    double itemVariances = 0;
    for (int i = 0; i < k; i++) {
      itemVariances += variance(column(rows, i));
    }
    double totalVariance = variance(totals);
    Double alpha = totalVariance == 0 ? null : k / (k - 1.0) * (1 - itemVariances / totalVariance);
    List<ItemFit> fits = new ArrayList<>();
    for (int i = 0; i < k; i++) {
      double[] item = column(rows, i);
      double[] rest = new double[rows.size()];
      for (int r = 0; r < rows.size(); r++) {
        rest[r] = totals[r] - item[r];
      }
      Double correlation = correlation(item, rest);
      fits.add(
          new ItemFit(
              items.get(i), correlation, correlation != null && correlation < MIN_ITEM_TOTAL));
    }
    return new DimensionQuality(
        dimensionId, tier, rows.size(), alpha, alpha != null && alpha < MIN_ALPHA, fits);
  }

  private static double[] column(List<double[]> rows, int i) {
    return rows.stream().mapToDouble(row -> row[i]).toArray();
  }

  static double variance(double[] values) {
    double mean = java.util.Arrays.stream(values).average().orElse(0);
    double squares = 0;
    for (double v : values) {
      squares += (v - mean) * (v - mean);
    }
    return values.length < 2 ? 0 : squares / (values.length - 1);
  }

  static Double correlation(double[] x, double[] y) {
    double mx = java.util.Arrays.stream(x).average().orElse(0);
    double my = java.util.Arrays.stream(y).average().orElse(0);
    double sxy = 0;
    double sxx = 0;
    double syy = 0;
    for (int i = 0; i < x.length; i++) {
      sxy += (x[i] - mx) * (y[i] - my);
      sxx += (x[i] - mx) * (x[i] - mx);
      syy += (y[i] - my) * (y[i] - my);
    }
    return sxx == 0 || syy == 0 ? null : sxy / Math.sqrt(sxx * syy);
  }
}
