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
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.PageTitle;
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
@PageTitle("Results")
@PermitAll
@Dependent
public class DashboardView extends VerticalLayout implements BeforeEnterObserver {

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
    add(new H2(campaign.name() + " — results"));
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
    Anchor back = new Anchor("campaigns/" + campaign.id(), "← Campaign");
    HorizontalLayout links = new HorizontalLayout(back);
    if (released) {
      // by address, not by class: initiatives build on results, not the other way round
      Anchor plan =
          new Anchor(
              "initiatives?org="
                  + campaign.organisationId()
                  + "&view=recommendations&campaign="
                  + campaign.id(),
              "Plan initiatives from these results →");
      plan.setId("plan-initiatives");
      Anchor report = new Anchor("campaigns/" + campaign.id() + "/report", "Board report (PDF) →");
      report.setId("board-report");
      links.add(plan, report);
      if (shareable
          && campaign.status() == CampaignStatus.PUBLISHED
          && summaries.mayShare(campaign.id())) {
        Button share =
            new Button(
                "Share a summary with everyone",
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
    Paragraph explain =
        new Paragraph(
            "Scores appear only once the campaign is closed, so that nobody can compare two"
                + " readings around one person's answers. Until then the response counts show how far"
                + " the survey has travelled.");
    explain.addClassName("explain");
    Div counts = new Div();
    counts.addClassName("figure-row");
    for (MonitorService.PhaseCount phase : monitor.phases()) {
      Paragraph line =
          new Paragraph(
              DashboardCharts.tierName(phase.tier())
                  + ": "
                  + (phase.hidden() ? "responses hidden" : phase.responses() + " responses")
                  + " · "
                  + (phase.invitedHidden() ? "invitations hidden" : phase.invited() + " invited"));
      line.addClassName("phase-total");
      counts.add(line);
    }
    return card("Results are not released yet", why, explain, counts);
  }

  private void show(ResultsService.CampaignResults found, String groupKey) {
    String campaignId = found.campaign().id();
    MaturityModel model = found.campaign().model();
    Results r = found.results();
    Paragraph withheld = withheld(r);
    if (r.hidden()) {
      add(
          card(
              "Nothing can be shown",
              new Paragraph(
                  "Every response is in a group too small to show without letting someone work"
                      + " out the answers of fewer than k = "
                      + r.threshold()
                      + " people."),
              withheld));
      return;
    }
    ResultsService.GroupQuestions focus = focus(campaignId, groupKey);
    PublishedGroups.Group group = focus.breakdown().group();
    add(groupSelect(found.campaign(), focus));
    if (!group.key().equals(PublishedGroups.ORGANISATION)) {
      // the group asked for comes first; the organisation's headline follows for context
      add(card("In focus: " + group.label(), Focus.comparison(model, focus)));
    }
    add(Headline.position(model, r), Headline.figures(r));
    Results shown = Focus.only(r, group);
    Div charts =
        new Div(
            card(
                "Dimensions by tier",
                chart(DashboardCharts.radar(model, r), "radar-chart", "380px")),
            card(
                "Department scores (teal: customer-facing, orange: back office)",
                chart(DashboardCharts.departments(shown), "department-chart", "380px")));
    charts.addClassName("chart-row");
    add(charts);
    cards.forEach(c -> c.card(found.campaign()).ifPresent(this::add));
    long rows = shown.departments().stream().filter(d -> d.covered() || d.hidden()).count();
    Chart heatmap =
        chart(
            Heatmap.options(model, shown, Heatmap.Mode.SCORES),
            "heatmap-chart",
            Math.max(300, 100 + 34 * (int) rows) + "px");
    RadioButtonGroup<Heatmap.Mode> show = new RadioButtonGroup<>();
    show.setId("heatmap-mode");
    show.setAriaLabel("What the cells show");
    show.setItems(Heatmap.Mode.values());
    show.setItemLabelGenerator(
        m -> m == Heatmap.Mode.SCORES ? "Scores, by stage" : "Difference from the organisation");
    show.setValue(Heatmap.Mode.SCORES);
    show.addValueChangeListener(
        e -> heatmap.setOptions(Heatmap.options(model, shown, e.getValue())));
    add(card("Departments × dimensions", show, heatmap));
    Paragraph hidden =
        new Paragraph(
            "A department or tier marked hidden has responses, but too few to show without letting"
                + " someone work out, by adding and subtracting the figures shown, the answers of a"
                + " group smaller than k = "
                + r.threshold()
                + ". Its responses count in no figure.");
    hidden.addClassName("explain");
    add(
        card("Tiers", ResultTables.tiers(r)),
        card("Departments", hidden, withheld, ResultTables.departments(model, shown)));
    add(card("Questions — " + group.label(), new QuestionsPanel(model, focus)));
    add(card("Comments", CommentsPanel.of(results.comments(campaignId))));
    add(
        card(
            "Instrument quality",
            InstrumentPanel.instrument(model, results.instrument(campaignId), r.threshold())));
    List<ResultsService.TrendPoint> trend = results.trend(found.campaign().organisationId());
    if (trend.size() > 1) {
      add(
          card(
              "CEM index (bold) and dimensions across waves",
              chart(DashboardCharts.trend(model, trend), "trend-chart", "340px")));
      ResultsService.deltaToPrevious(trend, campaignId)
          .ifPresent(
              delta ->
                  add(
                      card(
                          "Change since the previous wave",
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
      Notification.show(
          "That group is not shown for this campaign: showing the whole organisation.");
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
    select.setLabel("Show results for");
    select.setItems(focus.groups());
    select.setItemLabelGenerator(g -> g.label() + " (" + g.responses() + " responses)");
    select.setValue(
        focus.groups().stream()
            .filter(g -> g.key().equals(focus.breakdown().group().key()))
            .findFirst()
            .orElse(null));
    select.setWidth("28rem");
    select.setHelperText(
        "Filters the department chart, the heatmap, the department tables and the questions; the"
            + " headline, radar, tiers, comments and trend stay the organisation's. Only groups"
            + " that cannot be combined into a smaller hidden one are offered.");
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
      line.setText(
          "Fewer than "
              + r.threshold()
              + " responses are in groups too small to show and count in no figure.");
    } else if (r.withheld() != null && r.withheld() > 0) {
      line.setText(
          (r.withheld() == 1 ? "1 response is" : r.withheld() + " responses are")
              + " in groups too small to show and count in no figure.");
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
