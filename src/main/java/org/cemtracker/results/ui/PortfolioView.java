package org.cemtracker.results.ui;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.util.Comparator;
import java.util.List;
import org.cemtracker.base.ui.Chart;
import org.cemtracker.base.ui.EmptyState;
import org.cemtracker.base.ui.Tr;
import org.cemtracker.results.ResultsService;

/**
 * The consultant's portfolio: each organisation with its latest stage and index, its trend and open
 * campaigns.
 */
@Route("")
@Menu(order = 10, icon = "vaadin:chart-grid", title = "results.portfolio.menu")
@PermitAll
@Dependent
public class PortfolioView extends VerticalLayout implements HasDynamicTitle {

  @Inject
  public PortfolioView(ResultsService results) {
    addClassName("page");
    List<ResultsService.PortfolioEntry> entries = results.portfolio();
    if (entries.isEmpty()) {
      Button next =
          new Button(
              getTranslation("results.portfolio.seeOrganisations"),
              VaadinIcon.ARROW_RIGHT.create(),
              e -> getUI().ifPresent(ui -> ui.navigate("organisations")));
      next.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
      next.setIconAfterText(true);
      add(
          new EmptyState(
              VaadinIcon.CHART_GRID,
              getTranslation("results.portfolio.emptyTitle"),
              getTranslation("results.portfolio.emptyText"),
              next));
      return;
    }
    Div grid = new Div();
    grid.addClassName("portfolio");
    // organisations with results first, then by name
    entries.stream()
        .sorted(
            Comparator.comparing((ResultsService.PortfolioEntry e) -> e.latest().isEmpty())
                .thenComparing(e -> e.organisation().name()))
        .forEach(entry -> grid.add(card(entry)));
    add(grid);
  }

  @Override
  public String getPageTitle() {
    return getTranslation("results.portfolio.title");
  }

  private static Component card(ResultsService.PortfolioEntry entry) {
    Div card = new Div();
    card.addClassNames("card", "portfolio-card");
    Anchor name =
        new Anchor("organisations/" + entry.organisation().id(), entry.organisation().name());
    H3 title = new H3(name);
    card.add(title);
    entry
        .latest()
        .ifPresentOrElse(
            latest -> {
              Span index = new Span(Format.format(latest.results().cemIndex()));
              index.addClassName("portfolio-index");
              Span stage =
                  new Span(
                      latest.results().stage() == null
                          ? ""
                          : Tr.t(
                              "results.common.stage",
                              String.valueOf(latest.results().stage().number()),
                              latest.results().stage().name()));
              stage.addClassName("cem-stage");
              Anchor wave =
                  new Anchor(
                      "campaigns/" + latest.campaign().id() + "/results", latest.campaign().name());
              card.add(new Div(index, stage), wave);
              if (entry.trend().size() > 1) {
                card.add(sparkline(entry.trend()));
              }
            },
            () -> card.add(new Span(Tr.t("results.portfolio.noResults"))));
    if (!entry.openCampaigns().isEmpty()) {
      Div open = new Div(new Span(Tr.t("results.portfolio.open") + " "));
      entry.openCampaigns().forEach(c -> open.add(new Anchor("campaigns/" + c.id(), c.name())));
      open.addClassName("portfolio-open");
      card.add(open);
    }
    return card;
  }

  private static Chart sparkline(List<ResultsService.TrendPoint> trend) {
    ObjectNode root = new ObjectMapper().createObjectNode();
    root.put("animation", false);
    root.putObject("grid").put("left", 2).put("right", 2).put("top", 4).put("bottom", 4);
    root.putObject("xAxis").put("type", "category").put("show", false);
    root.putObject("yAxis").put("type", "value").put("min", 0).put("max", 100).put("show", false);
    ObjectNode series =
        root.putArray("series")
            .addObject()
            .put("type", "line")
            .put("symbol", "none")
            .put("color", DashboardCharts.PALETTE[0]);
    ArrayNode data = series.putArray("data");
    trend.forEach(
        p -> {
          if (p.results().cemIndex() == null) {
            data.addNull();
          } else {
            data.add(DashboardCharts.round(p.results().cemIndex()));
          }
        });
    Chart chart = new Chart("48px");
    chart.addClassName("sparkline");
    chart.setOptions(root.toString());
    return chart;
  }
}
