package org.cemtracker.initiative;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.logging.Logger;

/**
 * Looks at the initiatives under way every hour, on every node: a notice is stored once per topic,
 * so two nodes looking at once tell no one twice.
 */
@Singleton
public class WatchSchedule {

  private static final Logger LOG = Logger.getLogger(WatchSchedule.class.getName());

  @Inject InitiativeWatch watch;

  @Schedule(hour = "*", minute = "7", persistent = false)
  void hourly() {
    try {
      watch.look(LocalDate.now(ZoneOffset.UTC), null);
    } catch (RuntimeException e) {
      LOG.warning("The initiatives could not be looked at; the next hour tries again: " + e);
    }
  }
}
