package org.cemtracker.campaign;

import org.cemtracker.model.Tier;

/** What a planned step of a campaign does when it is due. */
public enum StepKind {
  OPEN_LEADERSHIP,
  OPEN_MANAGEMENT,
  OPEN_STAFF,
  CLOSE,
  REMIND;

  /** The step that opens a tier's phase. */
  public static StepKind opening(Tier tier) {
    return values()[tier.ordinal()];
  }

  /** The tier this step opens, or null if it opens none. */
  public Tier opens() {
    return ordinal() < Tier.values().length ? Tier.values()[ordinal()] : null;
  }
}
