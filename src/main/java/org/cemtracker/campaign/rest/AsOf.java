package org.cemtracker.campaign.rest;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import org.cemtracker.base.Problem;

/** The {@code asOf} moment of an administrator's run: now, or the moment given. */
final class AsOf {

  private AsOf() {}

  static OffsetDateTime parse(String asOf) {
    try {
      return asOf == null ? OffsetDateTime.now(ZoneOffset.UTC) : OffsetDateTime.parse(asOf);
    } catch (DateTimeParseException e) {
      throw Problem.invalid("asOf", "must be a moment such as 2030-01-01T00:00:00Z");
    }
  }
}
