package org.cemtracker.campaign;

import org.cemtracker.model.Tier;

/** What a planned step of a campaign does when it is due. */
public enum StepKind {
  OPEN_LEADERSHIP,
  OPEN_MANAGEMENT,
  OPEN_STAFF,
  CLOSE,
  REMIND,
  /** Reminders asked for on demand, sent off the request by the runner. */
  REMIND_NOW;

  /** The order of steps due at the same moment: phases from the top, reminders, then the close. */
  int precedence() {
    return switch (this) {
      case CLOSE -> 9;
      case REMIND, REMIND_NOW -> 5;
      default -> ordinal();
    };
  }

  /** Whether the step sends reminders. */
  boolean reminds() {
    return this == REMIND || this == REMIND_NOW;
  }

  /** The step that opens a tier's phase. */
  public static StepKind opening(Tier tier) {
    return values()[tier.ordinal()];
  }

  /** The tier this step opens, or null if it opens none. */
  public Tier opens() {
    return ordinal() < Tier.values().length ? Tier.values()[ordinal()] : null;
  }
}
