package org.cemtracker.initiative.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.cemtracker.base.Problem;
import org.cemtracker.base.ui.Tr;
import org.cemtracker.initiative.Initiative;
import org.cemtracker.initiative.InitiativeService;
import org.cemtracker.initiative.InitiativeService.Entry;
import org.cemtracker.initiative.InitiativeStatus;
import org.cemtracker.initiative.Milestone;
import org.cemtracker.initiative.PlanningService;

/**
 * One initiative: its plan, status moves, milestones, KPIs with their charts, check-ins, impact.
 */
@Route("initiatives/:initiativeId")
@PermitAll
@Dependent
public class InitiativeView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

  private final InitiativeService initiatives;
  private final PlanningService planning;
  private String initiativeId;
  private Entry entry;
  private InitiativeService.Options options;

  @Inject
  public InitiativeView(InitiativeService initiatives, PlanningService planning) {
    this.initiatives = initiatives;
    this.planning = planning;
    addClassNames("page", "initiative-page");
    setWidthFull();
  }

  @Override
  public String getPageTitle() {
    return getTranslation("initiative.view.title");
  }

  @Override
  public void beforeEnter(BeforeEnterEvent event) {
    initiativeId = event.getRouteParameters().get("initiativeId").orElse("");
    try {
      initiatives.get(initiativeId);
    } catch (Problem problem) {
      // unknown, or another tenant's: the two are never told apart
      event.rerouteToError(NotFoundException.class);
      return;
    }
    refresh();
  }

  private void refresh() {
    removeAll();
    entry = initiatives.get(initiativeId);
    options = initiatives.options(entry.initiative().organisationId());
    Div columns = new Div();
    columns.addClassName("initiative-columns");
    Div main =
        new Div(
            milestones(),
            new KpisPanel(initiatives, entry, this::refresh).build(),
            new ImpactPanel(planning, initiativeId, options, entry.initiative().startDate())
                .build());
    main.addClassName("initiative-main");
    Div side = new Div(new CheckInsPanel(initiatives, entry, this::refresh).build());
    side.addClassName("initiative-side");
    columns.add(main, side);
    add(back(), summary(), columns);
  }

  private Component back() {
    Anchor back =
        new Anchor(
            "initiatives?org=" + entry.initiative().organisationId(),
            getTranslation("initiative.view.back"));
    back.addClassName("back-link");
    return back;
  }

  private Component summary() {
    Initiative i = entry.initiative();
    Div card = new Div();
    card.addClassNames("card", "initiative-summary");
    H2 title = new H2(i.title());
    title.setId("initiative-heading");
    Span status = Badges.status(i.status());
    status.setId("initiative-status");
    Span rag = Badges.rag(i.rag());
    rag.setId("initiative-rag");
    HorizontalLayout heading = new HorizontalLayout(title, status, rag);
    heading.setAlignItems(Alignment.CENTER);
    heading.addClassName("initiative-heading");
    card.add(heading);
    Div facts = new Div();
    facts.addClassName("facts");
    fact(facts, getTranslation("initiative.view.owner"), entry.ownerEmail());
    fact(facts, getTranslation("initiative.view.sponsor"), entry.sponsorEmail());
    fact(
        facts,
        getTranslation("initiative.view.start"),
        i.startDate() == null ? null : Tr.date(i.startDate()));
    fact(
        facts,
        getTranslation("initiative.view.due"),
        i.dueDate() == null ? null : Tr.date(i.dueDate()));
    Map<String, String> names = new HashMap<>();
    options.dimensions().forEach(d -> names.put(d.id(), d.name()));
    fact(
        facts,
        getTranslation("initiative.view.dimensions"),
        String.join(", ", i.dimensions().stream().map(d -> names.getOrDefault(d, d)).toList()));
    fact(
        facts,
        getTranslation("initiative.view.departments"),
        i.departmentPaths().isEmpty()
            ? getTranslation("initiative.wholeOrganisation")
            : String.join(", ", i.departmentPaths()));
    card.add(facts);
    if (i.description() != null) {
      Paragraph about = new Paragraph(i.description());
      about.addClassName("initiative-description");
      card.add(about);
    }
    if (entry.editable()) {
      card.add(actions(i));
    } else {
      Span readOnly = new Span(getTranslation("initiative.view.readOnly"));
      readOnly.addClassName("roadmap-note");
      card.add(readOnly);
    }
    return card;
  }

  private static void fact(Div facts, String label, String value) {
    Span term = new Span(label);
    term.addClassName("fact-label");
    Span text = new Span(value == null || value.isBlank() ? "—" : value);
    text.addClassName("fact-value");
    facts.add(new Div(term, text));
  }

  private Component actions(Initiative i) {
    HorizontalLayout actions = new HorizontalLayout();
    actions.addClassName("initiative-actions");
    actions.setWrap(true);
    Button edit =
        new Button(
            getTranslation("initiative.view.edit"),
            VaadinIcon.EDIT.create(),
            e -> {
              InitiativeDialog dialog = new InitiativeDialog(initiatives, options, entry);
              dialog.addSavedListener(saved -> refresh());
              dialog.open();
            });
    edit.setId("edit-initiative");
    actions.add(edit);
    for (InitiativeStatus next : List.of(InitiativeStatus.values())) {
      if (!i.status().next().contains(next)) {
        continue;
      }
      Button move = new Button(Badges.verb(i.status(), next), e -> act(() -> move(next)));
      move.setId("move-" + next.name().toLowerCase().replace('_', '-'));
      if (next == InitiativeStatus.CANCELLED) {
        move.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
      } else {
        move.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
      }
      actions.add(move);
    }
    Button delete =
        new Button(
            getTranslation("initiative.view.delete"),
            VaadinIcon.TRASH.create(),
            e -> confirmDelete());
    delete.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
    delete.setId("delete-initiative");
    actions.add(delete);
    return actions;
  }

  private void move(InitiativeStatus next) {
    initiatives.update(
        initiativeId,
        new org.cemtracker.initiative.InitiativeDraft(
            java.util.Set.of("status"),
            entry.initiative().version(),
            null,
            null,
            next.name(),
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null));
  }

  private void confirmDelete() {
    Dialog confirm = new Dialog();
    confirm.setHeaderTitle(getTranslation("initiative.view.deleteTitle"));
    confirm.add(new Paragraph(getTranslation("initiative.view.deleteText")));
    Button yes =
        new Button(
            getTranslation("initiative.view.delete"),
            e -> {
              initiatives.delete(initiativeId, entry.initiative().version());
              confirm.close();
              getUI()
                  .ifPresent(
                      ui ->
                          ui.navigate(
                              InitiativesView.class,
                              QueryParameters.simple(
                                  Map.of("org", entry.initiative().organisationId()))));
            });
    yes.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_PRIMARY);
    yes.setId("confirm-delete");
    confirm
        .getFooter()
        .add(new Button(getTranslation("initiative.view.keep"), e -> confirm.close()), yes);
    confirm.open();
  }

  /** Runs a change and redraws; a stale copy says so and shows the current state. */
  private void act(Runnable change) {
    try {
      change.run();
    } catch (Problem problem) {
      if (problem.status() != 409) {
        throw problem;
      }
      Notification.show(problem.getMessage(), 6000, Notification.Position.MIDDLE);
    }
    refresh();
  }

  private Component milestones() {
    Div card = Cards.section(getTranslation("initiative.milestones.title"));
    List<Milestone> milestones = entry.initiative().milestones();
    if (milestones.isEmpty()) {
      card.add(
          Cards.note(
              getTranslation(
                  entry.editable()
                      ? "initiative.milestones.noneEditable"
                      : "initiative.milestones.none")));
    }
    LocalDate today = LocalDate.now();
    for (Milestone m : milestones) {
      Checkbox done = new Checkbox(m.title(), m.done());
      done.setReadOnly(!entry.editable());
      done.addClassName("milestone");
      done.addValueChangeListener(
          e -> {
            if (e.isFromClient()) {
              act(() -> initiatives.markMilestone(initiativeId, m.id(), e.getValue()));
            }
          });
      Span due = new Span(m.dueDate() == null ? "" : Tr.date(m.dueDate()));
      due.addClassName("milestone-due");
      if (m.isOverdue(today)) {
        due.addClassName("overdue");
        due.setText(due.getText() + " · " + getTranslation("initiative.milestones.overdue"));
      }
      Div row = new Div(done, due);
      row.addClassName("milestone-row");
      card.add(row);
    }
    return card;
  }
}
