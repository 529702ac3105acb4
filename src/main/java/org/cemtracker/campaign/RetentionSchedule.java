package org.cemtracker.campaign;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.logging.Logger;

/** Runs retention every night (not persisted: a missed night is caught up the next). */
@Singleton
public class RetentionSchedule {

  private static final Logger LOG = Logger.getLogger(RetentionSchedule.class.getName());

  @Inject RetentionService retention;

  @Schedule(hour = "3", minute = "17", persistent = false)
  void nightly() {
    RetentionService.Run run = retention.run(OffsetDateTime.now(ZoneOffset.UTC));
    if (!run.campaignIds().isEmpty()) {
      LOG.info(
          "Retention deleted the raw answers of "
              + run.campaignIds().size()
              + " campaigns ("
              + run.answersDeleted()
              + " answers)");
    }
  }
}
