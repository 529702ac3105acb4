package org.cemtracker.campaign.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.cemtracker.base.Problem;
import org.cemtracker.base.ui.EmptyState;
import org.cemtracker.base.ui.FieldErrors;
import org.cemtracker.base.ui.Tr;
import org.cemtracker.campaign.Campaign;
import org.cemtracker.campaign.CampaignService;
import org.cemtracker.model.MaturityModel;
import org.cemtracker.organisation.Organisation;

/** Assessment waves of the organisations the user works with; consultants start new ones here. */
@Route("campaigns")
@Menu(order = 30, icon = "vaadin:flag", title = "campaign.menu")
@PermitAll
@Dependent
public class CampaignsView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

  private final CampaignService campaigns;

  @Inject
  public CampaignsView(CampaignService campaigns) {
    this.campaigns = campaigns;
    addClassName("page");
  }

  @Override
  public String getPageTitle() {
    return getTranslation("campaign.list.title");
  }

  @Override
  public void beforeEnter(BeforeEnterEvent event) {
    removeAll();
    String orgFilter =
        event.getLocation().getQueryParameters().getSingleParameter("org").orElse(null);
    List<Organisation> organisations = campaigns.organisations();
    if (orgFilter != null && organisations.stream().noneMatch(o -> o.id().equals(orgFilter))) {
      // unknown, or another tenant's: the two are never told apart
      event.rerouteToError(NotFoundException.class);
      return;
    }
    Map<String, String> names = new HashMap<>();
    organisations.forEach(o -> names.put(o.id(), o.name()));
    List<Campaign> list =
        campaigns.listVisible().stream()
            .filter(c -> orgFilter == null || c.organisationId().equals(orgFilter))
            .toList();
    List<Organisation> runnable = campaigns.runnable();
    Button create =
        new Button(
            getTranslation("campaign.list.newCampaign"),
            VaadinIcon.PLUS.create(),
            e -> createDialog(runnable, orgFilter).open());
    create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    create.setId("new-campaign");
    create.setEnabled(!organisations.isEmpty());
    // campaigns are run by consultants and administrators: nobody else is offered to start one
    create.setVisible(!runnable.isEmpty());
    if (list.isEmpty()) {
      add(
          new EmptyState(
              VaadinIcon.FLAG,
              getTranslation("campaign.list.emptyTitle"),
              getTranslation(
                  organisations.isEmpty()
                      ? "campaign.list.emptyTextNoOrganisation"
                      : "campaign.list.emptyText"),
              create));
      return;
    }
    Grid<Campaign> grid = new Grid<>();
    grid.addColumn(c -> names.getOrDefault(c.organisationId(), ""))
        .setHeader(getTranslation("campaign.list.organisation"))
        .setAutoWidth(true);
    grid.addColumn(Campaign::name)
        .setHeader(getTranslation("campaign.list.campaign"))
        .setAutoWidth(true)
        .setFlexGrow(1);
    grid.addColumn(c -> c.modelId() + " " + c.modelVersion())
        .setHeader(getTranslation("campaign.list.model"))
        .setAutoWidth(true);
    grid.addComponentColumn(c -> status(c))
        .setHeader(getTranslation("campaign.list.status"))
        .setAutoWidth(true);
    grid.addColumn(c -> Tr.date(c.createdAt()))
        .setHeader(getTranslation("campaign.list.created"))
        .setAutoWidth(true);
    grid.setItems(list);
    grid.setAllRowsVisible(true);
    grid.addItemClickListener(
        e ->
            getUI()
                .ifPresent(
                    ui ->
                        ui.navigate(
                            CampaignView.class,
                            new RouteParameters("campaignId", e.getItem().id()))));
    add(create, grid);
  }

  static Span status(Campaign campaign) {
    Span badge = new Span(Tr.t("campaign.status." + campaign.status().name()));
    badge.addClassNames(
        "badge",
        switch (campaign.status()) {
          case DRAFT -> "badge-quiet";
          case OPEN -> "badge-ok";
          case CLOSED -> "badge-off";
          case PUBLISHED -> "badge-strong";
        });
    return badge;
  }

  private Dialog createDialog(List<Organisation> organisations, String preselected) {
    Dialog dialog = new Dialog();
    dialog.setHeaderTitle(getTranslation("campaign.list.newCampaign"));
    Select<Organisation> organisation = new Select<>();
    organisation.setLabel(getTranslation("campaign.list.organisation"));
    organisation.setItems(organisations);
    organisation.setItemLabelGenerator(Organisation::name);
    organisations.stream()
        .filter(o -> o.id().equals(preselected))
        .findFirst()
        .or(() -> organisations.stream().findFirst())
        .ifPresent(organisation::setValue);
    organisation.setId("campaign-organisation");
    Select<MaturityModel> model = new Select<>();
    model.setLabel(getTranslation("campaign.list.maturityModel"));
    List<MaturityModel> models = campaigns.availableModels();
    model.setItems(models);
    model.setItemLabelGenerator(m -> m.title() + " (v" + m.version() + ")");
    models.stream()
        .filter(m -> m.id().equals("cem-maturity"))
        .findFirst()
        .ifPresent(model::setValue);
    TextField name = new TextField(getTranslation("campaign.list.name"));
    name.setPlaceholder(getTranslation("campaign.list.namePlaceholder"));
    name.setId("campaign-name");
    dialog.add(new FormLayout(organisation, model, name));
    Button save =
        new Button(
            getTranslation("campaign.list.create"),
            e -> {
              try {
                Campaign created =
                    campaigns.create(
                        organisation.getValue() == null ? "" : organisation.getValue().id(),
                        model.getValue() == null ? null : model.getValue().id(),
                        name.getValue());
                dialog.close();
                getUI()
                    .ifPresent(
                        ui ->
                            ui.navigate(
                                CampaignView.class,
                                new RouteParameters("campaignId", created.id())));
              } catch (Problem problem) {
                FieldErrors.show(problem, Map.of("name", name));
              }
            });
    save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    save.setId("create-campaign");
    dialog
        .getFooter()
        .add(new Button(getTranslation("campaign.list.cancel"), e -> dialog.close()), save);
    return dialog;
  }
}
