package org.cemtracker.audit.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.cemtracker.audit.AuditEvent;
import org.cemtracker.audit.AuditLog;
import org.cemtracker.base.ui.EmptyState;

/** Who changed what and when in an organisation, for its leaders, HR and consultants. */
@Route("audit")
@PageTitle("Audit log")
@Menu(order = 60, icon = "vaadin:clipboard-text", title = "Audit log")
@PermitAll
@Dependent
public class AuditView extends VerticalLayout implements BeforeEnterObserver {

  private static final DateTimeFormatter WHEN =
      DateTimeFormatter.ofPattern("d MMM yyyy HH:mm", Locale.ENGLISH);
  private final AuditLog audit;

  @Inject
  public AuditView(AuditLog audit) {
    this.audit = audit;
    addClassName("page");
    setWidthFull();
  }

  @Override
  public void beforeEnter(BeforeEnterEvent event) {
    removeAll();
    Map<String, String> organisations = audit.organisations();
    if (organisations.isEmpty()) {
      add(
          new EmptyState(
              VaadinIcon.CLIPBOARD_TEXT,
              "No audit log to show",
              "The audit log of an organisation — changes to its initiatives, campaigns and memberships — is for its leaders, HR and consultants."));
      return;
    }
    var query = event.getLocation().getQueryParameters();
    String orgId =
        query
            .getSingleParameter("org")
            .filter(organisations::containsKey)
            .orElse(organisations.keySet().iterator().next());
    String entity = query.getSingleParameter("entity").orElse(null);
    Select<String> organisation = new Select<>();
    organisation.setLabel("Organisation");
    organisation.setItems(organisations.keySet());
    organisation.setItemLabelGenerator(organisations::get);
    organisation.setValue(orgId);
    organisation.setWidth("22rem");
    Select<String> kind = new Select<>();
    kind.setLabel("Changes to");
    kind.setItems("initiative", "campaign", "membership", "organisation", "departments");
    kind.setEmptySelectionAllowed(true);
    kind.setEmptySelectionCaption("Everything");
    kind.setValue(entity);
    kind.setId("audit-entity");
    organisation.addValueChangeListener(e -> go(e.getValue(), kind.getValue()));
    kind.addValueChangeListener(e -> go(organisation.getValue(), e.getValue()));
    List<AuditEvent> events =
        audit.events(orgId, null, 500).stream()
            .filter(e -> entity == null || e.entity().equals(entity))
            .toList();
    Grid<AuditEvent> grid = new Grid<>();
    grid.setId("audit-grid");
    grid.addColumn(e -> WHEN.format(e.at().atZoneSameInstant(ZoneId.systemDefault())))
        .setHeader("When")
        .setAutoWidth(true);
    grid.addColumn(AuditEvent::actorEmail).setHeader("Who").setAutoWidth(true);
    grid.addColumn(e -> e.entity() + " · " + e.action().toLowerCase(Locale.ROOT).replace('_', ' '))
        .setHeader("What")
        .setAutoWidth(true);
    grid.addColumn(AuditEvent::subject).setHeader("Of").setAutoWidth(true);
    grid.addColumn(e -> summary(e.changes())).setHeader("Changes").setFlexGrow(1);
    grid.addThemeVariants(com.vaadin.flow.component.grid.GridVariant.LUMO_WRAP_CELL_CONTENT);
    grid.setItems(events);
    grid.setAllRowsVisible(events.size() <= 50);
    Span count =
        new Span(
            events.size()
                + (events.size() == 1 ? " event" : " events")
                + ", newest first (at most 500)");
    count.addClassName("roadmap-note");
    add(new HorizontalLayout(organisation, kind));
    if (events.isEmpty()) {
      Span none =
          new Span(
              "Nothing recorded yet"
                  + (entity == null ? "" : " for this kind of change")
                  + ": changes to initiatives, campaigns, members and departments appear here as they are made.");
      none.addClassName("roadmap-note");
      add(none);
      return;
    }
    add(count, grid);
  }

  private void go(String orgId, String entity) {
    java.util.Map<String, String> params = new java.util.HashMap<>();
    params.put("org", orgId);
    if (entity != null) {
      params.put("entity", entity);
    }
    getUI().ifPresent(ui -> ui.navigate(AuditView.class, QueryParameters.simple(params)));
  }

  /** "status: PROPOSED → APPROVED; title: … " */
  static String summary(String changes) {
    if (changes == null || changes.isBlank()) {
      return "";
    }
    JsonObject object;
    try (var reader = Json.createReader(new StringReader(changes))) {
      object = reader.readObject();
    }
    List<String> parts = new ArrayList<>();
    object.forEach(
        (field, value) -> {
          JsonObject change = value.asJsonObject();
          String from = text(change.get("from"));
          String to = text(change.get("to"));
          parts.add(
              field + ": " + (from.isEmpty() ? to : from + " → " + (to.isEmpty() ? "—" : to)));
        });
    return String.join("; ", parts);
  }

  private static String text(JsonValue value) {
    if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
      return "";
    }
    if (value.getValueType() == JsonValue.ValueType.STRING) {
      return ((jakarta.json.JsonString) value).getString();
    }
    if (value.getValueType() == JsonValue.ValueType.ARRAY) {
      List<String> items = new ArrayList<>();
      value.asJsonArray().forEach(v -> items.add(text(v)));
      return "[" + String.join(", ", items) + "]";
    }
    return value.toString();
  }
}
