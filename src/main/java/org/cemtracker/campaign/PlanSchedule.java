package org.cemtracker.campaign;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.logging.Logger;

/**
 * Carries out the campaigns' planned steps every minute on every node. The plan lives in the
 * database, so a restart misses nothing (what fell due while the app was down runs on its first
 * minute), and each step is claimed by one node ({@link StepRunner}).
 */
@Singleton
public class PlanSchedule {

  private static final Logger LOG = Logger.getLogger(PlanSchedule.class.getName());

  @Inject StepRunner runner;
  @Inject TargetWatch targets;

  @Schedule(hour = "*", minute = "*", persistent = false)
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  void everyMinute() {
    try {
      for (StepRunner.Ran ran : runner.runDue(OffsetDateTime.now(ZoneOffset.UTC), null)) {
        LOG.info(
            () ->
                "Planned step "
                    + ran.kind()
                    + " of campaign "
                    + ran.campaignId()
                    + ": "
                    + ran.outcome());
      }
    } catch (RuntimeException e) {
      LOG.warning("The planned steps could not be read; the next minute tries again: " + e);
    }
    try {
      targets.look();
    } catch (RuntimeException e) {
      LOG.warning("The response-rate targets could not be looked at; the next minute tries again");
    }
  }
}
