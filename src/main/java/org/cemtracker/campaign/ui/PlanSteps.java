package org.cemtracker.campaign.ui;

import com.vaadin.flow.component.html.Span;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.cemtracker.base.ui.Tr;
import org.cemtracker.campaign.CampaignStep;

/** A plan's steps in words: what, when, and what came of it. */
final class PlanSteps {

  private PlanSteps() {}

  /** Day and time in the given zone; the bundle holds the pattern ("EEE d MMM yyyy, HH:mm"). */
  static String when(OffsetDateTime at, ZoneId zone) {
    return DateTimeFormatter.ofPattern(Tr.t("campaign.plan.whenPattern"), Tr.locale())
        .format(at.atZoneSameInstant(zone));
  }

  static Span describe(CampaignStep step, ZoneId zone) {
    String what = Tr.t("campaign.plan.step." + step.kind().name());
    Span line = new Span(what + " — " + when(step.dueAt(), zone));
    Span state =
        new Span(
            step.doneAt() == null
                ? Tr.t("campaign.plan.planned")
                : Tr.t("campaign.plan.done", when(step.doneAt(), zone), step.outcome()));
    state.addClassName(step.doneAt() == null ? "step-planned" : "step-done");
    return new Span(line, new Span(" · "), state);
  }
}
