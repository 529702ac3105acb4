package org.cemtracker.campaign.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.HasEnabled;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.cemtracker.base.Problem;
import org.cemtracker.base.ui.FieldErrors;
import org.cemtracker.base.ui.Tr;
import org.cemtracker.campaign.Campaign;
import org.cemtracker.campaign.CampaignPlans;
import org.cemtracker.campaign.Reminders;
import org.cemtracker.campaign.StepRunner;
import org.cemtracker.model.Tier;

/**
 * The campaign's plan: when each phase opens and the campaign closes, reminders before the close,
 * response-rate targets — carried out by the app on time — and reminders on demand. Times are in
 * the browser's time zone.
 */
class PlanPanel extends Div {

  private final CampaignPlans plans;
  private final StepRunner runner;
  private final Campaign campaign;
  private final boolean editable;
  private final boolean email;
  private final Runnable changed;
  private ZoneId zone = ZoneOffset.UTC;

  private final Map<Tier, DateTimePicker> opens = new EnumMap<>(Tier.class);
  private final DateTimePicker closes = new DateTimePicker(Tr.t("campaign.plan.closes"));
  private final TextField remind = new TextField(Tr.t("campaign.plan.reminders"));
  private final IntegerField target = new IntegerField(Tr.t("campaign.plan.target"));
  private final TextArea departmentTargets = new TextArea(Tr.t("campaign.plan.departmentTargets"));
  private final Paragraph zoneNote = new Paragraph();
  private final UnorderedList steps = new UnorderedList();

  PlanPanel(
      CampaignPlans plans,
      StepRunner runner,
      Campaign campaign,
      boolean editable,
      boolean email,
      Runnable changed) {
    this.plans = plans;
    this.runner = runner;
    this.campaign = campaign;
    this.editable = editable;
    this.email = email;
    this.changed = changed;
    addClassName("card");
    setId("plan");
    FormLayout form = new FormLayout();
    form.setResponsiveSteps(
        new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40em", 2));
    for (Tier tier : Tier.values()) {
      DateTimePicker picker =
          new DateTimePicker(getTranslation("campaign.plan.phaseOpens." + tier.name()));
      picker.setId("plan-opens-" + tier.name());
      opens.put(tier, picker);
      form.add(picker);
    }
    closes.setId("plan-closes");
    remind.setId("plan-reminders");
    remind.setPlaceholder(getTranslation("campaign.plan.remindersPlaceholder"));
    remind.setHelperText(
        getTranslation(
            email ? "campaign.plan.remindersByEmail" : "campaign.plan.remindersNeedEmail"));
    target.setId("plan-target");
    target.setMin(1);
    target.setMax(100);
    target.setSuffixComponent(new Span("%"));
    target.setHelperText(getTranslation("campaign.plan.targetHelp"));
    departmentTargets.setId("plan-department-targets");
    departmentTargets.setPlaceholder(getTranslation("campaign.plan.departmentTargetsPlaceholder"));
    departmentTargets.setHelperText(getTranslation("campaign.plan.departmentTargetsHelp"));
    form.add(closes, remind, target, departmentTargets);
    zoneNote.addClassName("explain");
    steps.setId("plan-steps");
    steps.addClassName("plan-steps");
    add(new H3(getTranslation("campaign.plan.heading")), zoneNote, form);
    if (editable) {
      Button save = new Button(getTranslation("campaign.plan.save"), e -> save());
      save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
      save.setId("save-plan");
      Button now = new Button(getTranslation("campaign.plan.remindNow"), e -> remindNow());
      now.setId("remind-now");
      now.setEnabled(email && campaign.status().name().equals("OPEN"));
      add(new HorizontalLayout(save, now));
    } else {
      form.getChildren().forEach(c -> ((HasEnabled) c).setEnabled(false));
    }
    add(steps);
  }

  @Override
  protected void onAttach(AttachEvent attach) {
    attach
        .getUI()
        .getPage()
        .retrieveExtendedClientDetails(
            details -> {
              try {
                zone = ZoneId.of(details.getTimeZoneId());
              } catch (RuntimeException unknown) {
                zone = ZoneOffset.UTC;
              }
              show(plans.get(campaign.id()));
            });
    show(plans.get(campaign.id()));
  }

  private void show(CampaignPlans.Plan plan) {
    zoneNote.setText(
        getTranslation(
            "campaign.plan.zoneNote", zone.equals(ZoneOffset.UTC) ? "UTC" : zone.getId()));
    for (Tier tier : Tier.values()) {
      DateTimePicker picker = opens.get(tier);
      OffsetDateTime opened = plan.campaign().openedAt(tier);
      picker.setValue(local(opened != null ? opened : plan.opens().get(tier)));
      picker.setReadOnly(opened != null || !editable);
      picker.setHelperText(
          opened != null
              ? getTranslation("campaign.plan.opened", PlanSteps.when(opened, zone))
              : null);
    }
    closes.setValue(local(plan.closes()));
    remind.setValue(
        String.join(", ", plan.remindDaysBefore().stream().map(String::valueOf).toList()));
    target.setValue(plan.target());
    StringBuilder lines = new StringBuilder();
    plan.departmentTargets()
        .forEach((path, p) -> lines.append(path).append(" = ").append(p).append('\n'));
    departmentTargets.setValue(lines.toString().strip());
    showSteps(plan);
  }

  private void showSteps(CampaignPlans.Plan plan) {
    steps.removeAll();
    plan.steps().forEach(step -> steps.add(new ListItem(PlanSteps.describe(step, zone))));
    if (plan.steps().isEmpty()) {
      steps.add(new ListItem(new Text(getTranslation("campaign.plan.nothingPlanned"))));
    }
  }

  private LocalDateTime local(OffsetDateTime at) {
    return at == null ? null : at.atZoneSameInstant(zone).toLocalDateTime();
  }

  private void save() {
    Map<String, String> opening = new LinkedHashMap<>();
    opens.forEach(
        (tier, picker) -> {
          if (!picker.isReadOnly() && picker.getValue() != null) {
            opening.put(tier.name(), picker.getValue().atZone(zone).toOffsetDateTime().toString());
          }
        });
    Map<String, HasValidation> fields = new LinkedHashMap<>();
    opens.forEach((tier, picker) -> fields.put("opens." + tier.name(), picker));
    fields.put("closes", closes);
    fields.put("target", target);
    try {
      PlanFields.Parsed parsed = PlanFields.parse(remind.getValue(), departmentTargets.getValue());
      CampaignPlans.Plan plan =
          plans.save(
              campaign.id(),
              new CampaignPlans.PlanRequest(
                  opening,
                  closes.getValue() == null
                      ? null
                      : closes.getValue().atZone(zone).toOffsetDateTime().toString(),
                  parsed.reminders(),
                  target.getValue(),
                  parsed.targets()),
              CampaignView.requestBase());
      fields.values().forEach(f -> f.setInvalid(false));
      remind.setInvalid(false);
      departmentTargets.setInvalid(false);
      show(plan);
      Notification.show(getTranslation("campaign.plan.saved"));
      changed.run();
    } catch (Problem problem) {
      if (!PlanFields.mark(problem, remind, departmentTargets)) {
        FieldErrors.show(problem, fields);
      } else {
        fields.forEach(
            (name, field) -> {
              field.setInvalid(problem.fields().containsKey(name));
              field.setErrorMessage(problem.fields().get(name));
            });
      }
    }
  }

  private void remindNow() {
    Reminders.Queued sent = runner.remindNow(campaign.id(), CampaignView.requestBase());
    Notification.show(
        getTranslation(
            "campaign.plan.remindersQueued",
            String.join(", ", sent.phases().stream().map(CampaignView::tierInSentence).toList())));
    showSteps(plans.get(campaign.id()));
  }
}
