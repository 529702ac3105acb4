package org.cemtracker.results;

import java.util.Locale;
import org.cemtracker.model.MaturityModel;
import org.cemtracker.scoring.Results;

/** Why a campaign's stage is below the band its CEM index falls in, in words (DESIGN §3). */
public final class StageReason {

  private StageReason() {}

  /** Why the stage is below the band the index falls in, if it is; empty otherwise. */
  public static String whyLower(MaturityModel model, Results r) {
    if (r.cemIndex() == null || r.stage() == null) {
      return "";
    }
    MaturityModel.Stage band = model.stages().get(0);
    for (MaturityModel.Stage stage : model.stages()) {
      if (stage.min() <= r.cemIndex()) {
        band = stage;
      }
    }
    if (band.number() == r.stage().number()) {
      return "";
    }
    StringBuilder why = new StringBuilder(" The index lies in the " + band.name() + " band, but");
    if (band.minReach() != null && r.reach() != null && r.reach() < band.minReach()) {
      why.append(
          String.format(
              Locale.ENGLISH,
              " reach is %.0f %% (needs %.0f %%)",
              r.reach() * 100,
              band.minReach() * 100));
    }
    if (band.maxBoltOnGap() != null
        && r.boltOnGap() != null
        && r.boltOnGap() > band.maxBoltOnGap()) {
      why.append(why.toString().endsWith("but") ? "" : " and")
          .append(
              String.format(
                  Locale.ENGLISH,
                  " the bolt-on gap is %.1f points (at most %.0f)",
                  r.boltOnGap(),
                  band.maxBoltOnGap()));
    }
    return why.append(": customer experience has not yet reached the whole organisation.")
        .toString();
  }
}
