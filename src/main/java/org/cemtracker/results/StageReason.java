package org.cemtracker.results;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.cemtracker.model.MaturityModel;
import org.cemtracker.scoring.Results;
import org.cemtracker.scoring.Stages;
import org.cemtracker.scoring.Thresholds;

/** Why a campaign's stage is below the band its CEM index falls in, in words (DESIGN §3). */
public final class StageReason {

  private StageReason() {}

  /** A threshold as written in the model: 40, 42.5. */
  private static String plain(double value) {
    return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
  }

  private static String nameOf(MaturityModel model, String id) {
    return model
        .dimension(id)
        .map(MaturityModel.Dimension::name)
        .or(() -> model.group(id).map(MaturityModel.DimensionGroup::name))
        .orElse(id);
  }

  /** Why the stage is below the band the index falls in, if it is; empty otherwise. */
  public static String whyLower(MaturityModel model, Results r) {
    if (r.cemIndex() == null || r.stage() == null) {
      return "";
    }
    MaturityModel.Stage band = model.stages().get(0);
    for (MaturityModel.Stage stage : model.stages()) {
      if (Thresholds.atLeast(r.cemIndex(), stage.min())) {
        band = stage;
      }
    }
    if (band.number() == r.stage().number()) {
      return "";
    }
    StringBuilder why = new StringBuilder(" The index lies in the " + band.name() + " band, but");
    if (band.minReach() != null
        && r.reach() != null
        && !Thresholds.atLeast(r.reach(), band.minReach())) {
      why.append(
          String.format(
              Locale.ENGLISH,
              " reach is %.0f %% (needs %.0f %%)",
              r.reach() * 100,
              band.minReach() * 100));
    }
    if (band.maxBoltOnGap() != null
        && r.boltOnGap() != null
        && !Thresholds.atMost(r.boltOnGap(), band.maxBoltOnGap())) {
      why.append(why.toString().endsWith("but") ? "" : " and")
          .append(
              String.format(
                  Locale.ENGLISH,
                  " the bolt-on gap is %.1f points (at most %.0f)",
                  r.boltOnGap(),
                  band.maxBoltOnGap()));
    }
    Map<String, Double> scores = new HashMap<>();
    r.dimensions().forEach(d -> scores.put(d.id(), d.score()));
    r.groups().forEach(g -> scores.put(g.id(), g.score()));
    Stages.Figures figures = new Stages.Figures(r.cemIndex(), r.reach(), r.boltOnGap(), scores);
    String weakest = Stages.weakest(model, band, figures);
    if (weakest != null) {
      why.append(why.toString().endsWith("but") ? "" : " and")
          .append(
              String.format(
                  Locale.ENGLISH,
                  " %s scores %.1f (every dimension needs %s)",
                  nameOf(model, weakest),
                  scores.get(weakest),
                  plain(band.minDimension())));
    }
    String below = Stages.belowMinimum(band, figures);
    if (below != null) {
      why.append(why.toString().endsWith("but") ? "" : " and")
          .append(
              String.format(
                  Locale.ENGLISH,
                  " %s scores %s (needs %s)",
                  nameOf(model, below),
                  scores.get(below) == null
                      ? "nothing"
                      : String.format(Locale.ENGLISH, "%.1f", scores.get(below)),
                  plain(band.minimums().get(below))));
    }
    // the dimension ending only where a dimension rule alone held the stage down
    boolean dimensionsOnly =
        (weakest != null || below != null)
            && why.indexOf("reach is") < 0
            && why.indexOf("bolt-on gap") < 0;
    return why.append(
            !dimensionsOnly
                ? ": customer experience has not yet reached the whole organisation."
                : ": the stage needs its weakest areas raised too.")
        .toString();
  }
}
