package org.cemtracker.results.ui;

import static org.cemtracker.results.ui.Format.card;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.List;
import java.util.stream.Collectors;
import org.cemtracker.base.Problem;
import org.cemtracker.base.ui.Chart;
import org.cemtracker.base.ui.Tr;
import org.cemtracker.campaign.Campaign;
import org.cemtracker.campaign.CampaignService;
import org.cemtracker.campaign.CampaignStatus;
import org.cemtracker.campaign.MonitorService;
import org.cemtracker.model.MaturityModel;
import org.cemtracker.results.ResultsService;
import org.cemtracker.results.Summaries;
import org.cemtracker.scoring.PublishedGroups;
import org.cemtracker.scoring.Results;

/**
 * A campaign's results: where the organisation stands between bolt-on CX and CEM, the spread
 * figures, a radar of dimensions by tier, departments × dimensions, comments, and the change since
 * the previous wave. Everything shown comes from the released responses; an open campaign shows its
 * response counts and that results come at its close.
 */
@Route("campaigns/:campaignId/results")
@PermitAll
@Dependent
public class DashboardView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

  private final ResultsService results;
  private final CampaignService campaigns;
  private final MonitorService monitors;
  private final Summaries summaries;
  private final Instance<DashboardCard> cards;

  @Inject
  public DashboardView(
      ResultsService results,
      CampaignService campaigns,
      MonitorService monitors,
      Summaries summaries,
      Instance<DashboardCard> cards) {
    this.results = results;
    this.campaigns = campaigns;
    this.monitors = monitors;
    this.summaries = summaries;
    this.cards = cards;
    addClassName("page");
    addClassName("dashboard");
  }

  @Override
  public String getPageTitle() {
    return getTranslation("results.dashboard.title");
  }

  @Override
  public void beforeEnter(BeforeEnterEvent event) {
    String campaignId = event.getRouteParameters().get("campaignId").orElse("");
    Campaign campaign;
    try {
      campaign = campaigns.get(campaignId);
    } catch (Problem problem) {
      event.rerouteToError(NotFoundException.class);
      return;
    }
    removeAll();
    add(new H2(getTranslation("results.dashboard.heading", campaign.name())));
    ResultsService.CampaignResults found;
    try {
      found = results.results(campaignId);
    } catch (Problem notYet) {
      add(links(campaign, false, false), notReleased(campaign, notYet.getMessage()));
      return;
    }
    add(links(campaign, true, !found.results().hidden()));
    show(found, event.getLocation().getQueryParameters().getSingleParameter("group").orElse(null));
  }

  private Component links(Campaign campaign, boolean released, boolean shareable) {
    Anchor back =
        new Anchor(
            "campaigns/" + campaign.id(), getTranslation("results.dashboard.backToCampaign"));
    HorizontalLayout links = new HorizontalLayout(back);
    if (released) {
      // by address, not by class: initiatives build on results, not the other way round
      Anchor plan =
          new Anchor(
              "initiatives?org="
                  + campaign.organisationId()
                  + "&view=recommendations&campaign="
                  + campaign.id(),
              getTranslation("results.dashboard.planInitiatives"));
      plan.setId("plan-initiatives");
      Anchor report =
          new Anchor(
              "campaigns/" + campaign.id() + "/report",
              getTranslation("results.dashboard.boardReport"));
      report.setId("board-report");
      links.add(plan, report);
      if (shareable
          && campaign.status() == CampaignStatus.PUBLISHED
          && summaries.mayShare(campaign.id())) {
        Button share =
            new Button(
                getTranslation("results.dashboard.shareSummary"),
                VaadinIcon.SHARE.create(),
                e -> new ShareSummaryDialog(summaries, campaigns.get(campaign.id())).open());
        share.setId("share-summary");
        share.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        links.add(share);
      }
    }
    links.getStyle().set("gap", "1.5rem");
    links.setAlignItems(FlexComponent.Alignment.CENTER);
    return links;
  }

  private Component notReleased(Campaign campaign, String reason) {
    MonitorService.Monitor monitor = monitors.monitor(campaign.id());
    Paragraph why = new Paragraph(reason + ".");
    why.setId("not-released");
    why.addClassName("release-note");
    Paragraph explain = new Paragraph(getTranslation("results.notReleased.explain"));
    explain.addClassName("explain");
    Div counts = new Div();
    counts.addClassName("figure-row");
    for (MonitorService.PhaseCount phase : monitor.phases()) {
      Paragraph line =
          new Paragraph(
              getTranslation(
                  "results.notReleased.phase",
                  DashboardCharts.tierName(phase.tier()),
                  phase.hidden()
                      ? getTranslation("results.notReleased.responsesHidden")
                      : getTranslation(
                          "results.notReleased.responses", String.valueOf(phase.responses())),
                  phase.invitedHidden()
                      ? getTranslation("results.notReleased.invitationsHidden")
                      : getTranslation(
                          "results.notReleased.invited", String.valueOf(phase.invited()))));
      line.addClassName("phase-total");
      counts.add(line);
    }
    return card(getTranslation("results.notReleased.title"), why, explain, counts);
  }

  private void show(ResultsService.CampaignResults found, String groupKey) {
    String campaignId = found.campaign().id();
    MaturityModel model = found.campaign().model();
    Results r = found.results();
    Paragraph withheld = withheld(r);
    if (r.hidden()) {
      add(
          card(
              getTranslation("results.dashboard.nothingShown"),
              new Paragraph(
                  getTranslation(
                      "results.dashboard.nothingShownText", String.valueOf(r.threshold()))),
              withheld));
      return;
    }
    ResultsService.GroupQuestions focus = focus(campaignId, groupKey);
    PublishedGroups.Group group = focus.breakdown().group();
    add(groupSelect(found.campaign(), focus));
    if (!group.key().equals(PublishedGroups.ORGANISATION)) {
      // the group asked for comes first; the organisation's headline follows for context
      add(
          card(
              getTranslation("results.dashboard.inFocus", group.label()),
              Focus.comparison(model, focus)));
    }
    add(Headline.position(model, r), Headline.figures(r));
    Results shown = Focus.only(r, group);
    Div charts =
        new Div(
            card(
                getTranslation("results.dashboard.radar"),
                chart(DashboardCharts.radar(model, r), "radar-chart", "380px")),
            card(
                getTranslation("results.dashboard.departmentChart"),
                chart(DashboardCharts.departments(shown), "department-chart", "380px")));
    charts.addClassName("chart-row");
    add(charts);
    if (!r.groups().isEmpty()) {
      Paragraph groupsExplain = new Paragraph(getTranslation("results.dashboard.groupsExplain"));
      groupsExplain.addClassName("explain");
      add(card(getTranslation("results.dashboard.groups"), groupsExplain, GroupTable.of(model, r)));
    }
    cards.forEach(c -> c.card(found.campaign()).ifPresent(this::add));
    long rows = shown.departments().stream().filter(d -> d.covered() || d.hidden()).count();
    Chart heatmap =
        chart(
            Heatmap.options(model, shown, Heatmap.Mode.SCORES),
            "heatmap-chart",
            Math.max(300, 100 + 34 * (int) rows) + "px");
    RadioButtonGroup<Heatmap.Mode> show = new RadioButtonGroup<>();
    show.setId("heatmap-mode");
    show.setAriaLabel(getTranslation("results.heatmap.mode"));
    show.setItems(Heatmap.Mode.values());
    show.setItemLabelGenerator(
        m ->
            m == Heatmap.Mode.SCORES
                ? getTranslation("results.heatmap.scores")
                : getTranslation("results.heatmap.differences"));
    show.setValue(Heatmap.Mode.SCORES);
    show.addValueChangeListener(
        e -> heatmap.setOptions(Heatmap.options(model, shown, e.getValue())));
    add(card(getTranslation("results.heatmap.title"), show, heatmap));
    Paragraph hidden =
        new Paragraph(
            getTranslation("results.dashboard.hiddenExplain", String.valueOf(r.threshold())));
    hidden.addClassName("explain");
    add(
        card(getTranslation("results.dashboard.tiers"), ResultTables.tiers(r)),
        card(
            getTranslation("results.dashboard.departments"),
            hidden,
            withheld,
            ResultTables.departments(model, shown)));
    add(
        card(
            getTranslation("results.dashboard.questions", group.label()),
            new QuestionsPanel(model, focus)));
    add(
        card(
            getTranslation("results.dashboard.comments"),
            CommentsPanel.of(results.comments(campaignId))));
    add(
        card(
            getTranslation("results.dashboard.instrument"),
            InstrumentPanel.instrument(model, results.instrument(campaignId), r.threshold())));
    List<ResultsService.TrendPoint> trend = results.trend(found.campaign().organisationId());
    if (trend.size() > 1) {
      add(
          card(
              getTranslation("results.dashboard.trend"),
              chart(DashboardCharts.trend(model, trend), "trend-chart", "340px")));
      ResultsService.deltaToPrevious(trend, campaignId)
          .ifPresent(
              delta ->
                  add(
                      card(
                          getTranslation("results.dashboard.change"),
                          ResultTables.deltas(
                              model,
                              delta,
                              shown.departments().stream()
                                  .map(Results.DepartmentResult::path)
                                  .collect(Collectors.toSet())))));
    }
  }

  /** The group asked for in the address, or the organisation when it names none of the groups. */
  private ResultsService.GroupQuestions focus(String campaignId, String groupKey) {
    try {
      return results.groupQuestions(campaignId, groupKey);
    } catch (Problem notAGroup) {
      Notification.show(getTranslation("results.dashboard.notAGroup"));
      return results.groupQuestions(campaignId, null);
    }
  }

  /**
   * Filters the whole dashboard to one published group — a tier, a division, a department, a side —
   * through the address, so that a filtered view can be bookmarked and shared.
   */
  private Component groupSelect(Campaign campaign, ResultsService.GroupQuestions focus) {
    Select<PublishedGroups.Group> select = new Select<>();
    select.setId("dashboard-group");
    select.setLabel(getTranslation("results.dashboard.group"));
    select.setItems(focus.groups());
    select.setItemLabelGenerator(
        g ->
            getTranslation(
                "results.dashboard.groupOption", g.label(), String.valueOf(g.responses())));
    select.setValue(
        focus.groups().stream()
            .filter(g -> g.key().equals(focus.breakdown().group().key()))
            .findFirst()
            .orElse(null));
    select.setWidth("28rem");
    select.setHelperText(getTranslation("results.dashboard.groupHelper"));
    select.addValueChangeListener(
        e -> {
          if (e.isFromClient() && e.getValue() != null) {
            getUI()
                .ifPresent(
                    ui ->
                        ui.navigate(
                            "campaigns/" + campaign.id() + "/results",
                            QueryParameters.of("group", e.getValue().key())));
          }
        });
    return select;
  }

  /** The one withheld figure, and why; invisible when nothing is withheld. */
  static Paragraph withheld(Results r) {
    Paragraph line = new Paragraph();
    line.setId("withheld");
    line.addClassName("explain");
    if (r.withheldFewerThanK()) {
      line.setText(Tr.t("results.withheld.fewerThan", String.valueOf(r.threshold())));
    } else if (r.withheld() != null && r.withheld() > 0) {
      line.setText(
          r.withheld() == 1
              ? Tr.t("results.withheld.one")
              : Tr.t("results.withheld.many", String.valueOf(r.withheld())));
    } else {
      line.setVisible(false);
    }
    return line;
  }

  private static Chart chart(String options, String id, String height) {
    Chart chart = new Chart(height);
    chart.setId(id);
    chart.setOptions(options);
    return chart;
  }
}
