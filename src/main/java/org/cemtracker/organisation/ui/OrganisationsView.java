package org.cemtracker.organisation.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.util.List;
import org.cemtracker.base.Problem;
import org.cemtracker.base.ui.EmptyState;
import org.cemtracker.base.ui.FieldErrors;
import org.cemtracker.organisation.Organisation;
import org.cemtracker.organisation.OrganisationService;

/** The organisations the user works with; consultants and administrators create them here. */
@Route("organisations")
@Menu(order = 20, icon = "vaadin:building", title = "organisation.menu")
@PermitAll
@Dependent
public class OrganisationsView extends VerticalLayout implements HasDynamicTitle {

  private final OrganisationService organisations;

  @Inject
  public OrganisationsView(OrganisationService organisations) {
    this.organisations = organisations;
    addClassName("page");
    refresh();
  }

  private void refresh() {
    removeAll();
    List<Organisation> list = organisations.list();
    Button create =
        new Button(
            getTranslation("organisation.list.new"),
            VaadinIcon.PLUS.create(),
            e -> createDialog().open());
    create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    create.setId("new-organisation");
    if (list.isEmpty()) {
      add(
          new EmptyState(
              VaadinIcon.BUILDING,
              getTranslation("organisation.list.emptyTitle"),
              getTranslation("organisation.list.emptyText"),
              create,
              new Anchor("organisations/import", getTranslation("organisation.list.emptyImport"))));
      return;
    }
    Grid<Organisation> grid = new Grid<>();
    grid.addColumn(Organisation::name)
        .setHeader(getTranslation("organisation.list.organisation"))
        .setAutoWidth(true)
        .setFlexGrow(1);
    grid.addColumn(o -> o.industry() == null ? "" : o.industry())
        .setHeader(getTranslation("organisation.list.industry"))
        .setAutoWidth(true);
    grid.addColumn(
            o ->
                getTranslation(
                    "organisation.list.threshold", String.valueOf(o.anonymityThreshold())))
        .setHeader(getTranslation("organisation.list.anonymityThreshold"))
        .setAutoWidth(true);
    grid.setItems(list);
    grid.setAllRowsVisible(true);
    grid.addItemClickListener(
        e ->
            getUI()
                .ifPresent(
                    ui ->
                        ui.navigate(
                            OrganisationView.class,
                            new com.vaadin.flow.router.RouteParameters(
                                "orgId", e.getItem().id()))));
    // by address: the import builds on organisations, not the other way round
    Anchor importFile =
        new Anchor("organisations/import", getTranslation("organisation.list.import"));
    importFile.setId("import-organisation");
    HorizontalLayout actions = new HorizontalLayout(create, importFile);
    actions.setAlignItems(FlexComponent.Alignment.CENTER);
    add(actions, grid);
  }

  @Override
  public String getPageTitle() {
    return getTranslation("organisation.list.title");
  }

  private Dialog createDialog() {
    Dialog dialog = new Dialog();
    dialog.setHeaderTitle(getTranslation("organisation.list.new"));
    TextField name = new TextField(getTranslation("organisation.settings.name"));
    name.setId("organisation-name");
    TextField industry = new TextField(getTranslation("organisation.settings.industry"));
    IntegerField k = new IntegerField(getTranslation("organisation.settings.k"));
    k.setValue(Organisation.DEFAULT_THRESHOLD);
    k.setMin(Organisation.MIN_THRESHOLD);
    k.setHelperText(getTranslation("organisation.list.kHelp"));
    dialog.add(new FormLayout(name, industry, k));
    Button save =
        new Button(
            getTranslation("organisation.list.create"),
            e -> {
              try {
                Organisation created =
                    organisations.create(
                        new OrganisationService.Settings(
                            name.getValue(), industry.getValue(), k.getValue(), null, null, null));
                dialog.close();
                getUI()
                    .ifPresent(
                        ui ->
                            ui.navigate(
                                OrganisationView.class,
                                new com.vaadin.flow.router.RouteParameters("orgId", created.id())));
              } catch (Problem problem) {
                FieldErrors.show(problem, java.util.Map.of("name", name, "anonymityThreshold", k));
              }
            });
    save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    save.setId("create-organisation");
    dialog
        .getFooter()
        .add(new Button(getTranslation("organisation.list.cancel"), e -> dialog.close()), save);
    return dialog;
  }
}
