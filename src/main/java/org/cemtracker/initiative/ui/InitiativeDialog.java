package org.cemtracker.initiative.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.NumberField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import org.cemtracker.base.Problem;
import org.cemtracker.initiative.Initiative;
import org.cemtracker.initiative.InitiativeDraft;
import org.cemtracker.initiative.InitiativeDraft.KpiDraft;
import org.cemtracker.initiative.InitiativeDraft.MilestoneDraft;
import org.cemtracker.initiative.InitiativeService;
import org.cemtracker.initiative.InitiativeService.Entry;
import org.cemtracker.initiative.InitiativeStatus;
import org.cemtracker.model.MaturityModel;
import org.cemtracker.organisation.OrganisationService.Member;

/**
 * The initiative form, for a new initiative (blank, or filled in from a recommendation) and for
 * editing one. Saving goes through the service, which checks everything; its field messages appear
 * on the fields. Raises the saved initiative to whoever listens.
 */
public class InitiativeDialog extends Dialog {

  private final InitiativeService service;
  private final InitiativeService.Options options;
  private final Entry editing;
  private final List<Consumer<Entry>> savedListeners = new ArrayList<>();

  private final TextField title = new TextField(getTranslation("initiative.dialog.title"));
  private final TextArea description =
      new TextArea(getTranslation("initiative.dialog.description"));
  private final Select<InitiativeStatus> status = new Select<>();
  private final ComboBox<Member> owner = new ComboBox<>(getTranslation("initiative.dialog.owner"));
  private final ComboBox<Member> sponsor =
      new ComboBox<>(getTranslation("initiative.dialog.sponsor"));
  private final MultiSelectComboBox<MaturityModel.Dimension> dimensions =
      new MultiSelectComboBox<>(getTranslation("initiative.dialog.dimensions"));
  private final MultiSelectComboBox<String> departments =
      new MultiSelectComboBox<>(getTranslation("initiative.dialog.departments"));
  private final DatePicker start = new DatePicker(getTranslation("initiative.dialog.start"));
  private final DatePicker due = new DatePicker(getTranslation("initiative.dialog.due"));
  private final Div milestoneRows = new Div();
  private final Div kpiRows = new Div();
  private final List<MilestoneRow> milestones = new ArrayList<>();
  private final List<KpiRow> kpis = new ArrayList<>();

  public InitiativeDialog(
      InitiativeService service, InitiativeService.Options options, Entry editing) {
    this.service = service;
    this.options = options;
    this.editing = editing;
    setHeaderTitle(
        editing == null
            ? getTranslation("initiative.dialog.new")
            : getTranslation("initiative.dialog.edit"));
    setWidth("min(56rem, 96vw)");
    addClassName("initiative-dialog");
    build();
    if (editing != null) {
      fill(editing);
    } else {
      status.setValue(InitiativeStatus.PROPOSED);
      select(owner, options.callerEmail());
    }
  }

  public void addSavedListener(Consumer<Entry> listener) {
    savedListeners.add(listener);
  }

  private void build() {
    title.setId("initiative-title");
    title.setPlaceholder(getTranslation("initiative.dialog.titlePlaceholder"));
    title.setMaxLength(200);
    description.setId("initiative-description");
    description.setMaxLength(10000);
    description.setMinRows(2);
    status.setLabel(getTranslation("initiative.dialog.status"));
    status.setItems(
        InitiativeStatus.PROPOSED, InitiativeStatus.APPROVED, InitiativeStatus.IN_PROGRESS);
    status.setItemLabelGenerator(Badges::label);
    status.setVisible(editing == null);
    for (ComboBox<Member> person : List.of(owner, sponsor)) {
      person.setItems(distinctMembers());
      person.setItemLabelGenerator(m -> m.name() + " · " + m.email());
      person.setClearButtonVisible(true);
    }
    owner.setId("initiative-owner");
    sponsor.setId("initiative-sponsor");
    dimensions.setItems(options.dimensions());
    dimensions.setItemLabelGenerator(MaturityModel.Dimension::name);
    dimensions.setId("initiative-dimensions");
    departments.setItems(options.targetable());
    departments.setId("initiative-departments");
    departments.setHelperText(getTranslation("initiative.dialog.departmentsHelper"));
    start.setId("initiative-start");
    due.setId("initiative-due");
    FormLayout form =
        new FormLayout(
            title, status, description, owner, sponsor, dimensions, departments, start, due);
    form.setColspan(title, 2);
    form.setColspan(description, 2);
    form.setResponsiveSteps(
        new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("34em", 2));
    Button addMilestone =
        new Button(
            getTranslation("initiative.dialog.addMilestone"),
            VaadinIcon.PLUS.create(),
            e -> addMilestone(null));
    addMilestone.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
    addMilestone.setId("add-milestone");
    Button addKpi =
        new Button(
            getTranslation("initiative.dialog.addKpi"),
            VaadinIcon.PLUS.create(),
            e -> addKpi(null));
    addKpi.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
    addKpi.setId("add-kpi");
    add(
        form,
        new H4(getTranslation("initiative.dialog.milestones")),
        milestoneRows,
        addMilestone,
        new H4(getTranslation("initiative.dialog.kpis")),
        kpiRows,
        addKpi);
    Button save =
        new Button(
            editing == null
                ? getTranslation("initiative.dialog.create")
                : getTranslation("initiative.dialog.save"),
            e -> save());
    save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    save.setId("save-initiative");
    getFooter().add(new Button(getTranslation("initiative.dialog.cancel"), e -> close()), save);
  }

  private List<Member> distinctMembers() {
    Map<String, Member> byEmail = new LinkedHashMap<>();
    options.members().forEach(m -> byEmail.putIfAbsent(m.email(), m));
    return List.copyOf(byEmail.values());
  }

  private void fill(Entry entry) {
    Initiative i = entry.initiative();
    title.setValue(i.title());
    description.setValue(Objects.requireNonNullElse(i.description(), ""));
    select(owner, entry.ownerEmail());
    select(sponsor, entry.sponsorEmail());
    dimensions.setValue(
        options.dimensions().stream().filter(d -> i.dimensions().contains(d.id())).toList());
    departments.setValue(new HashSet<>(i.departmentPaths()));
    start.setValue(i.startDate());
    due.setValue(i.dueDate());
    i.milestones()
        .forEach(
            m -> addMilestone(new MilestoneDraft(m.id(), m.title(), date(m.dueDate()), m.done())));
    i.kpis()
        .forEach(
            k -> addKpi(new KpiDraft(k.id(), k.name(), k.unit(), k.baseline(), k.target(), null)));
  }

  /**
   * Fills in a new initiative from a recommendation: its title and description, the dimension and
   * department, the suggested KPIs, and the dimension's score as a KPI to move.
   */
  public void prefill(
      String recommendedTitle,
      String recommendedDescription,
      String dimensionId,
      String departmentPath,
      List<String> kpiNames,
      Double score) {
    title.setValue(recommendedTitle);
    description.setValue(Objects.requireNonNullElse(recommendedDescription, ""));
    options.dimensions().stream()
        .filter(d -> d.id().equals(dimensionId))
        .findFirst()
        .ifPresent(d -> dimensions.setValue(Set.of(d)));
    if (departmentPath != null) {
      departments.setValue(Set.of(departmentPath));
    }
    if (score != null) {
      String name =
          options.dimensions().stream()
              .filter(d -> d.id().equals(dimensionId))
              .map(MaturityModel.Dimension::name)
              .findFirst()
              .orElse(dimensionId);
      double baseline = Math.round(score * 10) / 10.0;
      addKpi(
          new KpiDraft(
              null,
              getTranslation("initiative.dialog.scoreKpi", name),
              getTranslation("initiative.dialog.scoreUnit"),
              baseline,
              Math.min(100, baseline + 10),
              null));
    }
    kpiNames.forEach(k -> addKpi(new KpiDraft(null, k, null, null, null, null)));
  }

  private static String date(LocalDate date) {
    return date == null ? null : date.toString();
  }

  private static void select(ComboBox<Member> box, String email) {
    box.getListDataView()
        .getItems()
        .filter(m -> m.email().equals(email))
        .findFirst()
        .ifPresent(box::setValue);
  }

  private void addMilestone(MilestoneDraft draft) {
    MilestoneRow row = new MilestoneRow(draft);
    milestones.add(row);
    milestoneRows.add(row.layout);
  }

  private void addKpi(KpiDraft draft) {
    KpiRow row = new KpiRow(draft);
    kpis.add(row);
    kpiRows.add(row.layout);
  }

  private final class MilestoneRow {
    final String id;
    final TextField name = new TextField();
    final DatePicker dueDate = new DatePicker();
    final Checkbox done = new Checkbox(getTranslation("initiative.dialog.milestone.done"));
    final HorizontalLayout layout;

    MilestoneRow(MilestoneDraft draft) {
      id = draft == null ? null : draft.id();
      name.setPlaceholder(getTranslation("initiative.dialog.milestone.placeholder"));
      name.setMaxLength(200);
      name.addClassName("milestone-title");
      dueDate.setPlaceholder(getTranslation("initiative.dialog.milestone.due"));
      if (draft != null) {
        name.setValue(Objects.requireNonNullElse(draft.title(), ""));
        dueDate.setValue(draft.dueDate() == null ? null : LocalDate.parse(draft.dueDate()));
        done.setValue(Boolean.TRUE.equals(draft.done()));
      }
      Button remove = new Button(VaadinIcon.CLOSE_SMALL.create());
      remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
      remove.setAriaLabel(getTranslation("initiative.dialog.milestone.remove"));
      layout = new HorizontalLayout(name, dueDate, done, remove);
      layout.setAlignItems(HorizontalLayout.Alignment.BASELINE);
      layout.addClassName("form-row");
      name.setWidthFull();
      remove.addClickListener(
          e -> {
            milestones.remove(this);
            milestoneRows.remove(layout);
          });
    }

    MilestoneDraft draft() {
      return new MilestoneDraft(id, name.getValue(), date(dueDate.getValue()), done.getValue());
    }
  }

  private final class KpiRow {
    final String id;
    final TextField name = new TextField();
    final TextField unit = new TextField();
    final NumberField baseline = new NumberField();
    final NumberField target = new NumberField();
    final HorizontalLayout layout;

    KpiRow(KpiDraft draft) {
      id = draft == null ? null : draft.id();
      name.setPlaceholder(getTranslation("initiative.dialog.kpi.placeholder"));
      name.addClassName("kpi-name");
      unit.setPlaceholder(getTranslation("initiative.dialog.kpi.unit"));
      unit.setWidth("6em");
      baseline.setPlaceholder(getTranslation("initiative.dialog.kpi.baseline"));
      target.setPlaceholder(getTranslation("initiative.dialog.kpi.target"));
      baseline.setWidth("7em");
      target.setWidth("7em");
      if (draft != null) {
        name.setValue(Objects.requireNonNullElse(draft.name(), ""));
        unit.setValue(Objects.requireNonNullElse(draft.unit(), ""));
        baseline.setValue(draft.baseline());
        target.setValue(draft.target());
      }
      Button remove = new Button(VaadinIcon.CLOSE_SMALL.create());
      remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
      remove.setAriaLabel(getTranslation("initiative.dialog.kpi.remove"));
      layout = new HorizontalLayout(name, unit, baseline, target, remove);
      layout.setAlignItems(HorizontalLayout.Alignment.BASELINE);
      layout.addClassName("form-row");
      name.setWidthFull();
      remove.addClickListener(
          e -> {
            kpis.remove(this);
            kpiRows.remove(layout);
          });
    }

    KpiDraft draft() {
      return new KpiDraft(
          id, name.getValue(), unit.getValue(), baseline.getValue(), target.getValue(), null);
    }
  }

  private void save() {
    InitiativeDraft draft =
        new InitiativeDraft(
            editing == null
                ? null
                : Set.of(
                    "title",
                    "description",
                    "ownerEmail",
                    "sponsorEmail",
                    "dimensions",
                    "departmentPaths",
                    "startDate",
                    "dueDate",
                    "milestones",
                    "kpis"),
            editing == null ? null : editing.initiative().version(),
            title.getValue(),
            description.getValue(),
            editing == null && status.getValue() != null ? status.getValue().name() : null,
            null,
            owner.getValue() == null ? "" : owner.getValue().email(),
            sponsor.getValue() == null ? null : sponsor.getValue().email(),
            dimensions.getValue().stream().map(MaturityModel.Dimension::id).toList(),
            List.copyOf(departments.getValue()),
            date(start.getValue()),
            date(due.getValue()),
            milestones.stream().map(MilestoneRow::draft).toList(),
            kpis.stream().map(KpiRow::draft).toList(),
            null);
    try {
      Entry saved =
          editing == null
              ? service.create(options.organisation().id(), draft)
              : service.update(editing.initiative().id(), draft);
      close();
      savedListeners.forEach(l -> l.accept(saved));
    } catch (Problem problem) {
      showErrors(problem);
    }
  }

  /** Puts each message on its field; a problem about no field of the form goes on up. */
  private void showErrors(Problem problem) {
    if (problem.fields().isEmpty()) {
      // a refusal or a conflict is about the whole change, not a field: said as such, form kept
      Notification refused =
          Notification.show(problem.getMessage(), 8000, Notification.Position.MIDDLE);
      refused.addThemeVariants(NotificationVariant.LUMO_ERROR);
      refused.setId("initiative-refused");
      return;
    }
    Map<String, HasValidation> fields = new LinkedHashMap<>();
    fields.put("title", title);
    fields.put("description", description);
    fields.put("status", status);
    fields.put("ownerEmail", owner);
    fields.put("sponsorEmail", sponsor);
    fields.put("dimensions", dimensions);
    fields.put("departmentPaths", departments);
    fields.put("startDate", start);
    fields.put("dueDate", due);
    for (int i = 0; i < milestones.size(); i++) {
      fields.put("milestones[" + i + "].title", milestones.get(i).name);
      fields.put("milestones[" + i + "].dueDate", milestones.get(i).dueDate);
    }
    for (int i = 0; i < kpis.size(); i++) {
      fields.put("kpis[" + i + "].name", kpis.get(i).name);
      fields.put("kpis[" + i + "].unit", kpis.get(i).unit);
      fields.put("kpis[" + i + "].baseline", kpis.get(i).baseline);
      fields.put("kpis[" + i + "].target", kpis.get(i).target);
    }
    boolean shown = false;
    for (Map.Entry<String, HasValidation> field : fields.entrySet()) {
      String message = message(problem, field.getKey());
      field.getValue().setInvalid(message != null);
      field.getValue().setErrorMessage(message);
      shown |= message != null;
    }
    if (!shown) {
      throw problem;
    }
  }

  private static String message(Problem problem, String field) {
    String exact = problem.fields().get(field);
    if (exact != null) {
      return exact;
    }
    return problem.fields().entrySet().stream()
        .filter(e -> e.getKey().startsWith(field + "["))
        .map(Map.Entry::getValue)
        .findFirst()
        .orElse(null);
  }
}
