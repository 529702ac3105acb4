package org.cemtracker.organisation.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.treegrid.TreeGrid;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.UploadHandler;
import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;
import org.cemtracker.base.Problem;
import org.cemtracker.organisation.Department;
import org.cemtracker.organisation.DepartmentImport;
import org.cemtracker.organisation.ErasureService;
import org.cemtracker.organisation.Organisation;
import org.cemtracker.organisation.OrganisationService;

/** One organisation: its department tree (import and edit), its people, its settings. */
@Route("organisations/:orgId")
@PermitAll
@Dependent
public class OrganisationView extends VerticalLayout
    implements BeforeEnterObserver, HasDynamicTitle {

  private final OrganisationService organisations;
  private Organisation organisation;
  private final TreeGrid<Department> tree = new TreeGrid<>();
  private final Paragraph treeSummary = new Paragraph();

  private final ErasureService erasure;

  @Inject
  public OrganisationView(OrganisationService organisations, ErasureService erasure) {
    this.organisations = organisations;
    this.erasure = erasure;
    addClassName("page");
  }

  @Override
  public void beforeEnter(BeforeEnterEvent event) {
    String id = event.getRouteParameters().get("orgId").orElse("");
    try {
      organisation = organisations.get(id);
    } catch (Problem problem) {
      event.rerouteToError(com.vaadin.flow.router.NotFoundException.class);
      return;
    }
    removeAll();
    H2 title = new H2(organisation.name());
    Span facts =
        new Span(
            (organisation.industry() == null ? "" : organisation.industry() + " · ")
                + getTranslation(
                    "organisation.view.facts",
                    String.valueOf(organisation.anonymityThreshold()),
                    String.valueOf(organisation.commentThreshold())));
    facts.addClassName("model-facts");
    Anchor campaigns =
        new Anchor(
            "campaigns?org=" + organisation.id(), getTranslation("organisation.view.campaigns"));
    campaigns.setId("organisation-campaigns");
    TabSheet tabs = new TabSheet();
    tabs.setWidthFull();
    boolean manages = organisations.mayManage(organisation.id());
    tabs.add(getTranslation("organisation.view.tab.departments"), departments(manages));
    tabs.add(
        getTranslation("organisation.view.tab.people"),
        new MembersPanel(organisations, organisation.id()));
    tabs.add(
        getTranslation("organisation.view.tab.settings"),
        new SettingsPanel(
            organisations,
            organisation,
            manages,
            updated -> getUI().ifPresent(ui -> ui.getPage().reload())));
    if (erasure.mayErase(organisation.id())) {
      tabs.add(getTranslation("organisation.view.tab.data"), new ErasePanel(erasure, organisation));
    }
    add(title, facts, campaigns, tabs);
    refreshTree();
  }

  private Div departments(boolean manages) {
    tree.addHierarchyColumn(Department::name)
        .setHeader(getTranslation("organisation.tree.department"))
        .setFlexGrow(1);
    tree.addColumn(Department::headcount)
        .setHeader(getTranslation("organisation.tree.headcount"))
        .setAutoWidth(true)
        .setFlexGrow(0);
    tree.addComponentColumn(d -> badge(d.customerFacing()))
        .setHeader(getTranslation("organisation.tree.customerFacing"))
        .setAutoWidth(true)
        .setFlexGrow(0);
    tree.addComponentColumn(
            d ->
                new Button(
                    getTranslation("organisation.tree.edit"),
                    e -> new DepartmentDialog(d, this::saveTree, this::current).open()))
        .setAutoWidth(true)
        .setFlexGrow(0)
        .setVisible(manages);
    tree.setAllRowsVisible(true);
    tree.setId("department-tree");
    Button add =
        new Button(
            getTranslation("organisation.tree.add"),
            e -> new DepartmentDialog(null, this::saveTree, this::current).open());
    UI ui = UI.getCurrent();
    Upload upload =
        new Upload(
            UploadHandler.inMemory(
                (meta, bytes) ->
                    ui.access(() -> importCsv(new String(bytes, StandardCharsets.UTF_8)))));
    upload.setMaxFileSize(1024 * 1024);
    upload.setAcceptedFileTypes("text/csv", ".csv", "text/plain");
    upload.setDropLabel(new Span(getTranslation("organisation.tree.drop")));
    upload.addFileRejectedListener(e -> error(e.getErrorMessage()));
    TextArea paste = new TextArea(getTranslation("organisation.tree.paste"));
    paste.setPlaceholder(getTranslation("organisation.tree.pastePlaceholder"));
    paste.setWidthFull();
    paste.setId("department-csv");
    Button importPasted =
        new Button(
            getTranslation("organisation.tree.importPasted"), e -> importCsv(paste.getValue()));
    importPasted.setId("import-departments");
    Paragraph help = new Paragraph(getTranslation("organisation.tree.help"));
    help.addClassName("page-intro");
    HorizontalLayout actions = new HorizontalLayout(add);
    Div box = new Div(treeSummary, tree);
    if (manages) {
      box.add(actions, help, upload, paste, importPasted);
    } else {
      Paragraph who = new Paragraph(getTranslation("organisation.tree.readOnly"));
      who.setId("departments-read-only");
      who.addClassName("page-intro");
      box.add(who);
    }
    box.addClassName("card");
    return box;
  }

  private List<Department> current() {
    return organisations.departments(organisation.id());
  }

  private void importCsv(String csv) {
    try {
      saveTree(DepartmentImport.fromCsv(csv));
    } catch (Problem problem) {
      error(
          problem.fields().isEmpty()
              ? problem.getMessage()
              : problem.fields().entrySet().stream()
                  .map(e -> e.getKey() + ": " + e.getValue())
                  .collect(Collectors.joining("\n")));
    }
  }

  private void saveTree(List<org.cemtracker.organisation.DepartmentRow> rows) {
    organisations.replaceDepartments(organisation.id(), rows);
    refreshTree();
    Notification.show(
            getTranslation("organisation.tree.saved"), 3000, Notification.Position.BOTTOM_START)
        .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
  }

  private void refreshTree() {
    List<Department> all = current();
    tree.setItems(
        all.stream().filter(d -> d.parentId() == null).toList(),
        parent -> all.stream().filter(d -> parent.id().equals(d.parentId())).toList());
    tree.expandRecursively(all, 10);
    int people = all.stream().mapToInt(Department::headcount).sum();
    long facing =
        all.stream().filter(Department::customerFacing).mapToInt(Department::headcount).sum();
    treeSummary.setText(
        all.isEmpty()
            ? getTranslation("organisation.tree.empty")
            : getTranslation(
                "organisation.tree.summary",
                String.valueOf(all.size()),
                String.valueOf(people),
                String.valueOf(facing)));
  }

  @Override
  public String getPageTitle() {
    return getTranslation("organisation.view.title");
  }

  private Span badge(boolean facing) {
    Span badge =
        new Span(
            getTranslation(
                facing ? "organisation.tree.customerFacing" : "organisation.tree.backOffice"));
    badge.addClassNames("badge", facing ? "badge-ok" : "badge-quiet");
    return badge;
  }

  private static void error(String text) {
    Notification n = Notification.show(text, 8000, Notification.Position.MIDDLE);
    n.addThemeVariants(NotificationVariant.LUMO_ERROR);
  }
}
