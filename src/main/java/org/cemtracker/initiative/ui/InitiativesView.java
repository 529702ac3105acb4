package org.cemtracker.initiative.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.Tabs;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.cemtracker.base.ui.EmptyState;
import org.cemtracker.base.ui.Tr;
import org.cemtracker.initiative.InitiativeFilter;
import org.cemtracker.initiative.InitiativeService;
import org.cemtracker.initiative.InitiativeService.Entry;
import org.cemtracker.initiative.InitiativeStatus;
import org.cemtracker.initiative.Milestone;
import org.cemtracker.initiative.PlanningService;
import org.cemtracker.initiative.Rag;
import org.cemtracker.model.MaturityModel;
import org.cemtracker.organisation.Department;
import org.cemtracker.organisation.Organisation;

/**
 * An organisation's transformation initiatives: a filtered list, a board by status, a roadmap, and
 * the recommendations of a campaign to start new ones from.
 */
@Route("initiatives")
@Menu(order = 40, icon = "vaadin:road-branches", title = "initiative.menu")
@PermitAll
@Dependent
public class InitiativesView extends VerticalLayout
    implements BeforeEnterObserver, HasDynamicTitle {

  private static final Map<String, String> TABS = new LinkedHashMap<>();

  static {
    TABS.put("list", "initiative.tab.list");
    TABS.put("board", "initiative.tab.board");
    TABS.put("roadmap", "initiative.tab.roadmap");
    TABS.put("recommendations", "initiative.tab.recommendations");
  }

  private final InitiativeService initiatives;
  private final PlanningService planning;
  private final Div content = new Div();
  private InitiativeService.Options options;
  private List<Entry> entries = List.of();
  private String view = "list";
  private final Select<InitiativeStatus> status = new Select<>();
  private final Select<MaturityModel.Dimension> dimension = new Select<>();
  private final Select<String> department = new Select<>();
  private final Select<String> owner = new Select<>();
  private final Select<Rag> rag = new Select<>();

  @Inject
  public InitiativesView(InitiativeService initiatives, PlanningService planning) {
    this.initiatives = initiatives;
    this.planning = planning;
    addClassName("page");
    setWidthFull();
    content.setWidthFull();
  }

  @Override
  public String getPageTitle() {
    return getTranslation("initiative.list.title");
  }

  @Override
  public void beforeEnter(BeforeEnterEvent event) {
    removeAll();
    var query = event.getLocation().getQueryParameters();
    List<Organisation> organisations = initiatives.organisations();
    if (organisations.isEmpty()) {
      add(
          new EmptyState(
              VaadinIcon.ROAD_BRANCHES,
              getTranslation("initiative.list.noOrganisation"),
              getTranslation("initiative.list.noOrganisationText")));
      return;
    }
    String orgId = query.getSingleParameter("org").orElse(organisations.get(0).id());
    if (organisations.stream().noneMatch(o -> o.id().equals(orgId))) {
      // unknown, or another tenant's: the two are never told apart
      event.rerouteToError(NotFoundException.class);
      return;
    }
    Organisation organisation =
        organisations.stream()
            .filter(o -> o.id().equals(orgId))
            .findFirst()
            .orElse(organisations.get(0));
    view = query.getSingleParameter("view").filter(TABS::containsKey).orElse("list");
    options = initiatives.options(organisation.id());
    entries = initiatives.list(organisation.id());
    add(header(organisations, organisation), tabs(organisation));
    if (!view.equals("recommendations")) {
      add(filters());
    }
    add(content);
    if (view.equals("recommendations")) {
      content.removeAll();
      content.add(
          new RecommendationsPanel(
              initiatives,
              planning,
              options,
              query.getSingleParameter("campaign").orElse(null),
              this::opened));
    } else {
      render();
    }
  }

  private Component header(List<Organisation> organisations, Organisation organisation) {
    Select<Organisation> picker = new Select<>();
    picker.setLabel(getTranslation("initiative.list.organisation"));
    picker.setItems(organisations);
    picker.setItemLabelGenerator(Organisation::name);
    picker.setValue(organisation);
    picker.setId("initiatives-organisation");
    picker.addValueChangeListener(
        e -> {
          if (e.isFromClient() && e.getValue() != null) {
            go(e.getValue().id(), view);
          }
        });
    Button create =
        new Button(getTranslation("initiative.list.new"), VaadinIcon.PLUS.create(), e -> openNew());
    create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    create.setId("new-initiative");
    create.setVisible(options.mayCreate());
    HorizontalLayout header = new HorizontalLayout(picker, create);
    header.setWidthFull();
    header.setAlignItems(FlexComponent.Alignment.BASELINE);
    header.setJustifyContentMode(FlexComponent.JustifyContentMode.BETWEEN);
    return header;
  }

  private Component tabs(Organisation organisation) {
    Tabs tabs = new Tabs();
    Map<Tab, String> keys = new LinkedHashMap<>();
    TABS.forEach(
        (key, label) -> {
          Tab tab = new Tab(getTranslation(label));
          tab.setId("tab-" + key);
          keys.put(tab, key);
          tabs.add(tab);
          if (key.equals(view)) {
            tabs.setSelectedTab(tab);
          }
        });
    tabs.addSelectedChangeListener(
        e -> {
          if (e.isFromClient()) {
            go(organisation.id(), keys.get(e.getSelectedTab()));
          }
        });
    tabs.setWidthFull();
    return tabs;
  }

  private void go(String orgId, String target) {
    getUI()
        .ifPresent(
            ui ->
                ui.navigate(
                    InitiativesView.class,
                    QueryParameters.simple(Map.of("org", orgId, "view", target))));
  }

  private Component filters() {
    String any = getTranslation("initiative.filter.any");
    status.setLabel(getTranslation("initiative.filter.status"));
    status.setItems(InitiativeStatus.values());
    status.setItemLabelGenerator(s -> s == null ? any : Badges.label(s));
    status.setEmptySelectionAllowed(true);
    status.setEmptySelectionCaption(any);
    status.setVisible(!view.equals("board"));
    dimension.setLabel(getTranslation("initiative.filter.dimension"));
    dimension.setItems(options.dimensions());
    dimension.setItemLabelGenerator(d -> d == null ? any : d.name());
    dimension.setEmptySelectionAllowed(true);
    dimension.setEmptySelectionCaption(any);
    department.setLabel(getTranslation("initiative.filter.department"));
    department.setItems(options.departments().stream().map(Department::path).toList());
    department.setEmptySelectionAllowed(true);
    department.setEmptySelectionCaption(any);
    owner.setLabel(getTranslation("initiative.filter.owner"));
    owner.setItems(
        entries.stream()
            .map(Entry::ownerEmail)
            .filter(Objects::nonNull)
            .distinct()
            .sorted()
            .toList());
    owner.setEmptySelectionAllowed(true);
    owner.setEmptySelectionCaption(getTranslation("initiative.filter.anyone"));
    rag.setLabel(getTranslation("initiative.filter.health"));
    rag.setItems(Rag.values());
    rag.setItemLabelGenerator(r -> r == null ? any : Badges.label(r));
    rag.setEmptySelectionAllowed(true);
    rag.setEmptySelectionCaption(any);
    status.setId("filter-status");
    dimension.setId("filter-dimension");
    department.setId("filter-department");
    owner.setId("filter-owner");
    rag.setId("filter-rag");
    List.of(status, dimension, department, owner, rag)
        .forEach(s -> s.addValueChangeListener(e -> render()));
    HorizontalLayout bar = new HorizontalLayout(status, dimension, department, owner, rag);
    bar.addClassName("filter-bar");
    bar.setWidthFull();
    return bar;
  }

  private List<Entry> filtered() {
    InitiativeFilter filter =
        new InitiativeFilter(
            view.equals("board") ? null : status.getValue(),
            rag.getValue(),
            dimension.getValue() == null ? null : dimension.getValue().id(),
            department.getValue(),
            owner.getValue());
    return entries.stream().filter(filter::matches).toList();
  }

  private void render() {
    content.removeAll();
    if (entries.isEmpty()) {
      Button recommendations =
          new Button(
              getTranslation("initiative.list.seeRecommendations"),
              VaadinIcon.LIGHTBULB.create(),
              e -> go(options.organisation().id(), "recommendations"));
      recommendations.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
      content.add(
          new EmptyState(
              VaadinIcon.ROAD_BRANCHES,
              getTranslation("initiative.list.none"),
              getTranslation("initiative.list.noneText"),
              recommendations));
      return;
    }
    List<Entry> shown = filtered();
    switch (view) {
      case "board":
        content.add(StatusBoard.of(shown, this::opened));
        break;
      case "roadmap":
        content.add(new Roadmap(shown, LocalDate.now()));
        break;
      default:
        content.add(list(shown));
    }
  }

  private Component list(List<Entry> shown) {
    Map<String, String> dimensionNames = new LinkedHashMap<>();
    options.dimensions().forEach(d -> dimensionNames.put(d.id(), d.name()));
    Grid<Entry> grid = new Grid<>();
    grid.setId("initiative-grid");
    grid.addColumn(e -> e.initiative().title())
        .setHeader(getTranslation("initiative.grid.initiative"))
        .setFlexGrow(3)
        .setAutoWidth(true);
    grid.addComponentColumn(e -> Badges.status(e.initiative().status()))
        .setHeader(getTranslation("initiative.grid.status"))
        .setAutoWidth(true);
    grid.addComponentColumn(e -> Badges.rag(e.initiative().rag()))
        .setHeader(getTranslation("initiative.grid.health"))
        .setAutoWidth(true);
    grid.addColumn(e -> Objects.requireNonNullElse(e.ownerEmail(), "—"))
        .setHeader(getTranslation("initiative.grid.owner"))
        .setAutoWidth(true);
    grid.addColumn(
            e ->
                String.join(
                    ", ",
                    e.initiative().dimensions().stream()
                        .map(d -> dimensionNames.getOrDefault(d, d))
                        .toList()))
        .setHeader(getTranslation("initiative.grid.dimensions"))
        .setAutoWidth(true);
    grid.addColumn(
            e ->
                e.initiative().departmentPaths().isEmpty()
                    ? getTranslation("initiative.wholeOrganisation")
                    : String.join(", ", e.initiative().departmentPaths()))
        .setHeader(getTranslation("initiative.grid.departments"))
        .setAutoWidth(true);
    grid.addColumn(e -> e.initiative().dueDate() == null ? "" : Tr.date(e.initiative().dueDate()))
        .setHeader(getTranslation("initiative.grid.due"))
        .setAutoWidth(true);
    grid.addColumn(InitiativesView::milestoneProgress)
        .setHeader(getTranslation("initiative.grid.milestones"))
        .setAutoWidth(true);
    grid.setItems(shown);
    grid.setAllRowsVisible(true);
    grid.addItemClickListener(e -> opened(e.getItem()));
    if (shown.isEmpty()) {
      Span none = new Span(getTranslation("initiative.grid.noMatch"));
      none.addClassName("roadmap-note");
      return new Div(grid, none);
    }
    return grid;
  }

  static String milestoneProgress(Entry e) {
    List<Milestone> milestones = e.initiative().milestones();
    return milestones.isEmpty()
        ? ""
        : Tr.t(
            "initiative.grid.milestoneProgress",
            String.valueOf(milestones.stream().filter(Milestone::done).count()),
            String.valueOf(milestones.size()));
  }

  private void opened(Entry entry) {
    getUI()
        .ifPresent(
            ui ->
                ui.navigate(
                    InitiativeView.class,
                    new RouteParameters("initiativeId", entry.initiative().id())));
  }

  private void openNew() {
    InitiativeDialog dialog = new InitiativeDialog(initiatives, options, null);
    dialog.addSavedListener(this::opened);
    dialog.open();
  }
}
