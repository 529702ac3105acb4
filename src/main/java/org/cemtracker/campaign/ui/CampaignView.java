package org.cemtracker.campaign.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
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
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinServletRequest;
import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Instant;
import org.cemtracker.base.Problem;
import org.cemtracker.base.Settings;
import org.cemtracker.base.proxy.ClientView;
import org.cemtracker.base.ui.Confirm;
import org.cemtracker.base.ui.Tr;
import org.cemtracker.campaign.Campaign;
import org.cemtracker.campaign.CampaignPlans;
import org.cemtracker.campaign.CampaignService;
import org.cemtracker.campaign.CampaignStatus;
import org.cemtracker.campaign.InvitationMailer;
import org.cemtracker.campaign.MonitorService;
import org.cemtracker.campaign.StepRunner;
import org.cemtracker.model.Tier;

/**
 * One campaign: its phases opened top-down, invitations, the open link, and response counts
 * refreshed while the page is open. Counts pass the same disclosure control as the results: a group
 * that could be worked out below k shows as hidden, and scores appear only once the campaign is
 * closed.
 */
@Route("campaigns/:campaignId")
@PermitAll
@Dependent
public class CampaignView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

  static final int POLL_MILLIS = 10_000;
  static final long POLL_FOR_SECONDS = 30 * 60;

  private final CampaignService campaigns;
  private final MonitorService monitors;
  private final CampaignPlans plans;
  private final StepRunner runner;
  private final InvitationMailer mailer;
  private String campaignId;

  /** Whether the caller runs this campaign: read once per visit, not on every poll. */
  private boolean runs;

  private final Div phases = new Div();
  private final Div counts = new Div();
  private final Paragraph withheld = new Paragraph();
  private final Paragraph release = new Paragraph();
  private final Anchor results = new Anchor();
  private final Grid<MonitorService.DepartmentCount> grid = new Grid<>();
  private final HorizontalLayout lifecycle = new HorizontalLayout();
  private final H2 title = new H2();
  private final Span status = new Span();
  private Instant openedAt = Instant.now();

  @Inject
  public CampaignView(
      CampaignService campaigns,
      MonitorService monitors,
      CampaignPlans plans,
      StepRunner runner,
      InvitationMailer mailer) {
    this.campaigns = campaigns;
    this.monitors = monitors;
    this.plans = plans;
    this.runner = runner;
    this.mailer = mailer;
    addClassName("page");
    grid.addColumn(MonitorService.DepartmentCount::departmentPath)
        .setHeader(getTranslation("campaign.view.department"))
        .setAutoWidth(true)
        .setFlexGrow(1);
    grid.addColumn(
            c -> c.invitedHidden() ? getTranslation("campaign.view.hidden") : count(c.invited()))
        .setHeader(getTranslation("campaign.view.invited"))
        .setAutoWidth(true);
    grid.addColumn(
            c ->
                c.hidden()
                    ? getTranslation("campaign.view.hidden")
                    : Integer.toString(c.responses()))
        .setHeader(getTranslation("campaign.view.responses"))
        .setAutoWidth(true);
    grid.addColumn(c -> c.rate() == null ? "—" : percent(c.rate()))
        .setHeader(getTranslation("campaign.view.responseRate"))
        .setAutoWidth(true);
    grid.addComponentColumn(CampaignView::target)
        .setHeader(getTranslation("campaign.view.target"))
        .setAutoWidth(true);
    grid.setAllRowsVisible(true);
    grid.setId("response-counts");
    phases.addClassName("phase-list");
    withheld.addClassName("explain");
    withheld.setId("withheld");
    release.addClassName("release-note");
    release.setId("release-note");
    results.setText(getTranslation("campaign.view.results"));
    results.setId("campaign-results");
  }

  @Override
  public String getPageTitle() {
    return getTranslation("campaign.view.title");
  }

  static String percent(double value) {
    return Tr.number(value, 0) + " %";
  }

  /** The department's target, and whether its rate meets it where the rate can be shown. */
  private static Span target(MonitorService.DepartmentCount c) {
    Span target = new Span(c.target() + " %");
    if (c.targetMet() != null) {
      Span mark =
          new Span(
              " · "
                  + Tr.t(c.targetMet() ? "campaign.view.targetMet" : "campaign.view.targetBelow"));
      mark.addClassName(c.targetMet() ? "target-met" : "target-below");
      target.add(mark);
    }
    return target;
  }

  static String count(Integer n) {
    return n == null ? "—" : Integer.toString(n);
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
    Paragraph model =
        new Paragraph(
            getTranslation(
                "campaign.view.modelLine",
                campaigns.organisationOf(campaign).name(),
                campaign.modelId(),
                String.valueOf(campaign.modelVersion())));
    model.addClassName("page-intro");
    results.setHref("campaigns/" + campaignId + "/results");
    HorizontalLayout head = new HorizontalLayout(title, status, results);
    head.setAlignItems(FlexComponent.Alignment.CENTER);
    Button refresh = new Button(getTranslation("campaign.view.refresh"), e -> refresh());
    refresh.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
    Div monitor =
        new Div(
            new H3(getTranslation("campaign.view.responses")),
            release,
            counts,
            withheld,
            grid,
            refresh);
    monitor.addClassName("card");
    add(head, model, phases);
    runs = campaigns.runs(campaign);
    if (!campaign.isFinished() && runs) {
      add(new PlanPanel(plans, runner, campaign, true, mailer.enabled(), this::refresh));
      add(new InvitationPanel(campaigns, campaign));
    }
    add(monitor, lifecycle);
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
    MonitorService.Monitor monitor = monitors.monitor(campaignId);
    Campaign campaign = monitor.campaign();
    results.setVisible(campaign.isFinished());
    release.setText(releaseNote(campaign, monitor.threshold()));
    withheld.setText(withheldNote(monitor));
    withheld.setVisible(monitor.withheldFewerThanK() || monitor.withheld() > 0);
    title.setText(campaign.name());
    status.removeAll();
    status.add(CampaignsView.status(campaign));
    phases.removeAll();
    for (Tier tier : Tier.values()) {
      phases.add(phaseCard(campaign, tier));
    }
    counts.removeAll();
    for (MonitorService.PhaseCount phase : monitor.phases()) {
      Span total =
          new Span(
              getTranslation(
                  "campaign.view.phaseTotal",
                  tierName(phase.tier()),
                  phase.hidden()
                      ? getTranslation("campaign.view.responsesHidden")
                      : getTranslation(
                          "campaign.view.responseCount", String.valueOf(phase.responses())),
                  phase.invitedHidden()
                      ? getTranslation("campaign.view.invitationsHidden")
                      : getTranslation(
                          "campaign.view.invitedCount", String.valueOf(phase.invited()))));
      total.addClassName("phase-total");
      counts.add(total);
    }
    grid.setItems(monitor.departments());
    lifecycle.removeAll();
    if (!runs) {
      Span who =
          new Span(
              campaign.status() == CampaignStatus.PUBLISHED
                  ? getTranslation("campaign.view.published", Tr.dateTime(campaign.publishedAt()))
                  : getTranslation("campaign.view.runByConsultants"));
      who.setId("run-by-consultants");
      lifecycle.add(who);
    } else if (!campaign.isFinished()) {
      Button close = new Button(getTranslation("campaign.view.close"), e -> confirmClose());
      close.setId("close-campaign");
      lifecycle.add(close);
    } else if (campaign.status() == CampaignStatus.CLOSED) {
      Button publish =
          new Button(
              getTranslation("campaign.view.publish"),
              e ->
                  Confirm.ask(
                      "confirm-publish",
                      getTranslation("campaign.view.publishQuestion"),
                      getTranslation("campaign.view.publishText"),
                      getTranslation("campaign.view.publish"),
                      false,
                      () -> act(() -> campaigns.publish(campaignId))));
      publish.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
      publish.setId("publish-results");
      lifecycle.add(publish, new Span(getTranslation("campaign.view.releasedToConsultants")));
    } else {
      lifecycle.add(
          new Span(getTranslation("campaign.view.published", Tr.dateTime(campaign.publishedAt()))));
    }
  }

  static String releaseNote(Campaign campaign, int k) {
    return Tr.t(
        campaign.isFinished() ? "campaign.view.releaseClosed" : "campaign.view.releaseOpen",
        String.valueOf(k));
  }

  static String withheldNote(MonitorService.Monitor monitor) {
    return monitor.withheldFewerThanK()
        ? Tr.t("campaign.view.withheldFewerThanK", String.valueOf(monitor.threshold()))
        : monitor.withheld() == 1
            ? Tr.t("campaign.view.withheldOne")
            : Tr.t("campaign.view.withheldMany", String.valueOf(monitor.withheld()));
  }

  private void confirmClose() {
    Dialog confirm = new Dialog();
    confirm.setWidth("min(32rem, 95vw)");
    confirm.setHeaderTitle(getTranslation("campaign.view.closeQuestion"));
    confirm.add(new Paragraph(getTranslation("campaign.view.closeText")));
    Button yes =
        new Button(
            getTranslation("campaign.view.close"),
            e -> {
              confirm.close();
              act(() -> campaigns.close(campaignId));
            });
    yes.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    yes.setId("confirm-close");
    confirm
        .getFooter()
        .add(new Button(getTranslation("campaign.view.keepOpen"), e -> confirm.close()), yes);
    confirm.open();
  }

  private Div phaseCard(Campaign campaign, Tier tier) {
    Div card = new Div();
    card.addClassNames("phase-card", campaign.accepts(tier) ? "phase-open" : "phase-waiting");
    card.add(new H3((tier.ordinal() + 1) + " · " + tierName(tier)));
    if (campaign.isFinished()) {
      card.add(
          new Span(
              campaign.openedAt(tier) == null
                  ? getTranslation(
                      "campaign.view.neverOpenedClosed", Tr.dateTime(campaign.closedAt()))
                  : getTranslation(
                      "campaign.view.openedClosed",
                      Tr.dateTime(campaign.openedAt(tier)),
                      Tr.dateTime(campaign.closedAt()))));
    } else if (campaign.openedAt(tier) != null) {
      card.add(
          new Span(
              getTranslation("campaign.view.openSince", Tr.dateTime(campaign.openedAt(tier)))));
    } else if (!runs) {
      card.add(new Span(getTranslation("campaign.view.notOpened")));
    } else {
      boolean allowed =
          !campaign.isFinished()
              && (tier == Tier.LEADERSHIP
                  || campaign.openedAt(Tier.values()[tier.ordinal() - 1]) != null);
      Button open =
          new Button(
              getTranslation("campaign.view.openPhase"),
              e ->
                  Confirm.ask(
                      "confirm-open-" + tier.name().toLowerCase(),
                      getTranslation("campaign.view.openPhaseQuestion", tierInSentence(tier)),
                      getTranslation(
                          tier == Tier.LEADERSHIP
                              ? "campaign.view.openLeadershipText"
                              : "campaign.view.openPhaseText"),
                      getTranslation("campaign.view.openPhase"),
                      false,
                      () -> act(() -> campaigns.openPhase(campaignId, tier.name()))));
      open.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
      open.setEnabled(allowed);
      open.setId("open-" + tier.name().toLowerCase());
      card.add(
          new Span(
              allowed
                  ? getTranslation("campaign.view.notOpened")
                  : getTranslation(
                      "campaign.view.opensAfter",
                      tierInSentence(Tier.values()[Math.max(0, tier.ordinal() - 1)]))),
          open);
    }
    return card;
  }

  private void act(Runnable action) {
    action.run();
    refresh();
  }

  /** The tier's name as a label: "Leadership". */
  static String tierName(Tier tier) {
    return Tr.t("campaign.tier." + tier.name());
  }

  /** The tier's name inside a sentence: "leadership" (a German noun keeps its capital). */
  static String tierInSentence(Tier tier) {
    return Tr.t("campaign.tier.lower." + tier.name());
  }

  /** Where people reach the app, for the links it hands out: CEM_PUBLIC_URL, or this page's. */
  public static String requestBase() {
    VaadinRequest request = VaadinRequest.getCurrent();
    if (request instanceof VaadinServletRequest servlet) {
      HttpServletRequest http = servlet.getHttpServletRequest();
      String url =
          ClientView.origin(http.getScheme(), http.getServerName(), http.getServerPort())
              + http.getContextPath();
      return Settings.fromSystem().get("cem.public.url").orElse(url);
    }
    return "";
  }
}
