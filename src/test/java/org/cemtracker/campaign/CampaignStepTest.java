package org.cemtracker.campaign;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class CampaignStepTest {

  private static final OffsetDateTime AT =
      OffsetDateTime.of(2027, 3, 1, 9, 0, 0, 0, ZoneOffset.UTC);

  @Test
  void aFailingStepIsTriedAgainUntilTheLastAttemptThenRecordedAsFailed() {
    CampaignStep step = new CampaignStep("c", StepKind.CLOSE, AT, null);
    assertThat(step.failed("the database was away", AT, 3)).isFalse();
    assertThat(step.doneAt()).isNull();
    assertThat(step.outcome()).startsWith("attempt 1 of 3 failed");
    assertThat(step.failed("the database was away", AT.plusMinutes(1), 3)).isFalse();
    assertThat(step.doneAt()).isNull();
    assertThat(step.failed("the database was away", AT.plusMinutes(2), 3)).isTrue();
    assertThat(step.doneAt()).isEqualTo(AT.plusMinutes(2));
    assertThat(step.outcome()).isEqualTo("failed 3 times, not tried again: the database was away");
  }
}
