package org.cemtracker.campaign.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinRequest;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.cemtracker.base.Problem;
import org.cemtracker.campaign.Campaign;
import org.cemtracker.campaign.CampaignService;
import org.cemtracker.model.Tier;

/**
 * One campaign: its phases opened top-down, invitations, the open link, and response counts
 * refreshed while the page is open (counts below k, and the next smallest beside them, are hidden).
 */
@Route("campaigns/:campaignId")
@PageTitle("Campaign")
@PermitAll
public class CampaignView extends VerticalLayout implements BeforeEnterObserver {

  static final int POLL_MILLIS = 10_000;
  static final long POLL_FOR_SECONDS = 30 * 60;
  private static final DateTimeFormatter WHEN =
      DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm 'UTC'", Locale.ENGLISH);

  private final CampaignService campaigns;
  private String campaignId;
  private final Div phases = new Div();
  private final Div counts = new Div();
  private final Grid<CampaignService.CellCount> grid = new Grid<>();
  private final HorizontalLayout lifecycle = new HorizontalLayout();
  private final H2 title = new H2();
  private final Span status = new Span();
  private Instant openedAt = Instant.now();

  @Inject
  public CampaignView(CampaignService campaigns) {
    this.campaigns = campaigns;
    addClassName("page");
    grid.addColumn(CampaignService.CellCount::departmentPath)
        .setHeader("Department")
        .setFlexGrow(1);
    grid.addColumn(c -> tierName(c.tier())).setHeader("Tier").setAutoWidth(true);
    grid.addColumn(CampaignService.CellCount::invited).setHeader("Invited").setAutoWidth(true);
    grid.setAllRowsVisible(true);
    grid.setId("response-counts");
    phases.addClassName("phase-list");
  }

  @Override
  public void beforeEnter(BeforeEnterEvent event) {
    campaignId = event.getRouteParameters().get("campaignId").orElse("");
    Campaign campaign;
    try {
      campaign = campaigns.get(campaignId);
    } catch (Problem problem) {
      event.rerouteToError(NotFoundException.class);
      return;
    }
    removeAll();
    int k = campaigns.organisationOf(campaign).anonymityThreshold();
    if (grid.getColumnByKey("responses") != null) {
      grid.removeColumnByKey("responses");
    }
    grid.addColumn(c -> c.responses() == null ? "hidden" : Integer.toString(c.responses()))
        .setHeader("Responses")
        .setKey("responses")
        .setAutoWidth(true);
    Paragraph model =
        new Paragraph(
            campaigns.organisationOf(campaign).name()
                + " · model "
                + campaign.modelId()
                + " v"
                + campaign.modelVersion());
    model.addClassName("page-intro");
    com.vaadin.flow.component.html.Anchor results =
        new com.vaadin.flow.component.html.Anchor(
            "campaigns/" + campaignId + "/results", "Results →");
    results.setId("campaign-results");
    HorizontalLayout head = new HorizontalLayout(title, status, results);
    head.setAlignItems(FlexComponent.Alignment.CENTER);
    Button refresh = new Button("Refresh", e -> refresh());
    refresh.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
    Paragraph hidden =
        new Paragraph(
            "Counts below the anonymity threshold k = "
                + k
                + ", and the next smallest count beside them, show as hidden.");
    hidden.addClassName("explain");
    Div monitor = new Div(new H3("Responses"), hidden, counts, grid, refresh);
    monitor.addClassName("card");
    add(head, model, phases, new InvitationPanel(campaigns, campaign), monitor, lifecycle);
    refresh();
  }

  @Override
  protected void onAttach(AttachEvent attach) {
    openedAt = Instant.now();
    attach.getUI().setPollInterval(POLL_MILLIS);
    attach
        .getUI()
        .addPollListener(
            e -> {
              if (Instant.now().isAfter(openedAt.plusSeconds(POLL_FOR_SECONDS))) {
                e.getSource().setPollInterval(-1); // stop, so an idle session can still time out
              } else if (isAttached()) {
                refresh();
              }
            });
  }

  private void refresh() {
    CampaignService.Monitor monitor = campaigns.monitor(campaignId);
    Campaign campaign = monitor.campaign();
    title.setText(campaign.name());
    status.removeAll();
    status.add(CampaignsView.status(campaign));
    phases.removeAll();
    for (Tier tier : Tier.values()) {
      phases.add(phaseCard(campaign, tier));
    }
    counts.removeAll();
    for (CampaignService.PhaseCount phase : monitor.phases()) {
      Span total =
          new Span(
              tierName(phase.tier())
                  + ": "
                  + (phase.responses() == null ? "hidden" : phase.responses())
                  + " responses · "
                  + phase.invited()
                  + " invited");
      total.addClassName("phase-total");
      counts.add(total);
    }
    grid.setItems(monitor.cells());
    lifecycle.removeAll();
    Button close = new Button("Close campaign", e -> act(() -> campaigns.close(campaignId)));
    close.setEnabled(!campaign.isFinished());
    close.setId("close-campaign");
    Button publish = new Button("Publish results", e -> act(() -> campaigns.publish(campaignId)));
    publish.setEnabled(campaign.status() == org.cemtracker.campaign.CampaignStatus.CLOSED);
    lifecycle.add(close, publish);
  }

  private Div phaseCard(Campaign campaign, Tier tier) {
    Div card = new Div();
    card.addClassNames("phase-card", campaign.accepts(tier) ? "phase-open" : "phase-waiting");
    card.add(new H3((tier.ordinal() + 1) + " · " + tierName(tier)));
    if (campaign.openedAt(tier) != null) {
      card.add(new Span("Open since " + WHEN.format(campaign.openedAt(tier))));
    } else {
      boolean allowed =
          !campaign.isFinished()
              && (tier == Tier.LEADERSHIP
                  || campaign.openedAt(Tier.values()[tier.ordinal() - 1]) != null);
      Button open =
          new Button("Open phase", e -> act(() -> campaigns.openPhase(campaignId, tier.name())));
      open.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
      open.setEnabled(allowed);
      open.setId("open-" + tier.name().toLowerCase());
      card.add(
          new Span(
              allowed
                  ? "Not opened yet"
                  : "Opens after "
                      + tierName(Tier.values()[Math.max(0, tier.ordinal() - 1)]).toLowerCase()),
          open);
    }
    return card;
  }

  private void act(Runnable action) {
    action.run();
    refresh();
  }

  static String tierName(Tier tier) {
    return tier.name().charAt(0) + tier.name().substring(1).toLowerCase();
  }

  static String requestBase() {
    VaadinRequest request = VaadinRequest.getCurrent();
    if (request instanceof com.vaadin.flow.server.VaadinServletRequest servlet) {
      jakarta.servlet.http.HttpServletRequest http = servlet.getHttpServletRequest();
      String url =
          http.getScheme()
              + "://"
              + http.getServerName()
              + ":"
              + http.getServerPort()
              + http.getContextPath();
      return org.cemtracker.base.Settings.fromSystem().get("cem.public.url").orElse(url);
    }
    return "";
  }
}
