package org.cemtracker.campaign.ui;

import com.vaadin.flow.component.html.Span;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.cemtracker.campaign.CampaignStep;

/** A plan's steps in words: what, when, and what came of it. */
final class PlanSteps {

  private static final DateTimeFormatter WHEN =
      DateTimeFormatter.ofPattern("EEE d MMM yyyy, HH:mm", Locale.ENGLISH);

  private PlanSteps() {}

  static String when(OffsetDateTime at, ZoneId zone) {
    return WHEN.format(at.atZoneSameInstant(zone));
  }

  static Span describe(CampaignStep step, ZoneId zone) {
    String what =
        switch (step.kind()) {
          case OPEN_LEADERSHIP -> "Open the leadership phase";
          case OPEN_MANAGEMENT -> "Open the management phase";
          case OPEN_STAFF -> "Open the staff phase";
          case CLOSE -> "Close the campaign";
          case REMIND -> "Remind the invitations not yet used";
          case REMIND_NOW -> "Remind the invitations not yet used (asked for)";
        };
    Span line = new Span(what + " — " + when(step.dueAt(), zone));
    Span state =
        new Span(
            step.doneAt() == null
                ? "planned"
                : "done " + when(step.doneAt(), zone) + ": " + step.outcome());
    state.addClassName(step.doneAt() == null ? "step-planned" : "step-done");
    return new Span(line, new Span(" · "), state);
  }
}
