package org.cemtracker.audit.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.cemtracker.audit.AuditEvent;
import org.cemtracker.audit.AuditLog;
import org.cemtracker.base.ui.EmptyState;
import org.cemtracker.base.ui.Tr;

/** Who changed what and when in an organisation, for its leaders, HR and consultants. */
@Route("audit")
@Menu(order = 60, icon = "vaadin:clipboard-text", title = "audit.menu")
@PermitAll
@Dependent
public class AuditView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

  private final AuditLog audit;

  @Inject
  public AuditView(AuditLog audit) {
    this.audit = audit;
    addClassName("page");
    setWidthFull();
  }

  @Override
  public String getPageTitle() {
    return getTranslation("audit.view.title");
  }

  @Override
  public void beforeEnter(BeforeEnterEvent event) {
    removeAll();
    Map<String, String> organisations = audit.organisations();
    if (organisations.isEmpty()) {
      add(
          new EmptyState(
              VaadinIcon.CLIPBOARD_TEXT,
              getTranslation("audit.view.emptyTitle"),
              getTranslation("audit.view.emptyText")));
      return;
    }
    var query = event.getLocation().getQueryParameters();
    if (query.getSingleParameter("org").filter(o -> !organisations.containsKey(o)).isPresent()) {
      // unknown, or another tenant's: the two are never told apart
      event.rerouteToError(NotFoundException.class);
      return;
    }
    String orgId =
        query
            .getSingleParameter("org")
            .filter(organisations::containsKey)
            .orElse(organisations.keySet().iterator().next());
    String entity = query.getSingleParameter("entity").orElse(null);
    Select<String> organisation = new Select<>();
    organisation.setLabel(getTranslation("audit.view.organisation"));
    organisation.setItems(organisations.keySet());
    organisation.setItemLabelGenerator(organisations::get);
    organisation.setValue(orgId);
    organisation.setWidth("22rem");
    Select<String> kind = new Select<>();
    kind.setLabel(getTranslation("audit.view.changesTo"));
    kind.setItems("initiative", "campaign", "membership", "organisation", "departments");
    kind.setItemLabelGenerator(k -> getTranslation("audit.entity." + k));
    kind.setEmptySelectionAllowed(true);
    kind.setEmptySelectionCaption(getTranslation("audit.view.everything"));
    kind.setValue(entity);
    kind.setId("audit-entity");
    organisation.addValueChangeListener(e -> go(e.getValue(), kind.getValue()));
    kind.addValueChangeListener(e -> go(organisation.getValue(), e.getValue()));
    List<AuditEvent> events =
        audit.events(orgId, null, 500).stream()
            .filter(e -> entity == null || e.entity().equals(entity))
            .toList();
    Div list = new Div();
    list.setId("audit-list");
    list.addClassName("audit-list");
    events.forEach(e -> list.add(row(e)));
    Span count =
        new Span(
            events.size() == 1
                ? getTranslation("audit.view.countOne")
                : getTranslation("audit.view.count", String.valueOf(events.size())));
    count.addClassName("roadmap-note");
    add(new HorizontalLayout(organisation, kind));
    if (events.isEmpty()) {
      Span none =
          new Span(
              getTranslation(entity == null ? "audit.view.nothing" : "audit.view.nothingOfKind"));
      none.addClassName("roadmap-note");
      add(none);
      return;
    }
    add(count, list);
  }

  private void go(String orgId, String entity) {
    Map<String, String> params = new HashMap<>();
    params.put("org", orgId);
    if (entity != null) {
      params.put("entity", entity);
    }
    getUI().ifPresent(ui -> ui.navigate(AuditView.class, QueryParameters.simple(params)));
  }

  /** One event: its time and sentence, its changes behind "Details" when there are any. */
  private static Component row(AuditEvent event) {
    Span when = new Span(Tr.dateTime(event.at()));
    when.addClassName("audit-when");
    Span what = new Span(AuditSentence.of(event));
    what.addClassName("audit-sentence");
    Div line = new Div(when, what);
    line.addClassName("audit-line");
    List<String> changes = AuditSentence.changes(event.changes());
    if (changes.isEmpty()) {
      line.addClassName("audit-event");
      return line;
    }
    UnorderedList details = new UnorderedList();
    changes.forEach(c -> details.add(new ListItem(c)));
    details.addClassName("audit-changes");
    Details more = new Details(line, details);
    more.addClassName("audit-event");
    return more;
  }
}
