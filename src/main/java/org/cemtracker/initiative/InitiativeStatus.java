package org.cemtracker.initiative;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where an initiative stands. Moves are limited to those a portfolio board expects: an idea is
 * approved before work starts, work can stall and resume, a finished initiative can be reopened and
 * a cancelled one proposed again.
 */
public enum InitiativeStatus {
  PROPOSED,
  APPROVED,
  IN_PROGRESS,
  BLOCKED,
  DONE,
  CANCELLED;

  public Set<InitiativeStatus> next() {
    switch (this) {
      case PROPOSED:
        return EnumSet.of(APPROVED, CANCELLED);
      case APPROVED:
        return EnumSet.of(IN_PROGRESS, PROPOSED, CANCELLED);
      case IN_PROGRESS:
        return EnumSet.of(BLOCKED, DONE, CANCELLED);
      case BLOCKED:
        return EnumSet.of(IN_PROGRESS, CANCELLED);
      case DONE:
        return EnumSet.of(IN_PROGRESS);
      default:
        return EnumSet.of(PROPOSED);
    }
  }

  public boolean mayMoveTo(InitiativeStatus target) {
    return target == this || next().contains(target);
  }

  /** The statuses a new initiative may start in: work that exists already can be recorded. */
  public boolean isStart() {
    return this == PROPOSED || this == APPROVED || this == IN_PROGRESS;
  }

  public String label() {
    String words = name().replace('_', ' ').toLowerCase();
    return Character.toUpperCase(words.charAt(0)) + words.substring(1);
  }
}
