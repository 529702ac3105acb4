package org.cemtracker.results.ui;

import static org.cemtracker.results.ui.Format.format;
import static org.cemtracker.results.ui.Format.signed;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.util.Comparator;
import java.util.function.Function;
import org.cemtracker.base.ui.Tr;
import org.cemtracker.model.MaturityModel;
import org.cemtracker.results.ResultsService.GroupQuestions;
import org.cemtracker.scoring.GroupComparison.DimensionComparison;
import org.cemtracker.scoring.PublishedGroups;
import org.cemtracker.scoring.Results;

/**
 * The group the whole dashboard is filtered to: which departments belong to it, and its dimensions
 * beside the organisation's and beside its own in the previous wave.
 */
final class Focus {

  private Focus() {}

  /** The results with only the group's departments in the department list. */
  static Results only(Results r, PublishedGroups.Group group) {
    return r.withDepartments(r.departments().stream().filter(group::holds).toList());
  }

  /** The group's dimensions beside the organisation and the previous wave, as a sortable table. */
  static Component comparison(MaturityModel model, GroupQuestions found) {
    PublishedGroups.Group group = found.breakdown().group();
    Paragraph intro =
        new Paragraph(
            found.previous() == null
                ? Tr.t("results.focus.intro", group.label(), String.valueOf(group.responses()))
                : Tr.t(
                    "results.focus.introPrevious",
                    group.label(),
                    String.valueOf(group.responses()),
                    found.previous().name()));
    intro.addClassName("explain");
    Grid<DimensionComparison> grid = new Grid<>();
    grid.setId("focus-comparison");
    grid.addColumn(
            c -> model.dimension(c.dimensionId()).map(MaturityModel.Dimension::name).orElse(""))
        .setHeader(Tr.t("results.focus.dimension"))
        .setWidth("14rem")
        .setFlexGrow(1)
        .setTooltipGenerator(
            c -> model.dimension(c.dimensionId()).map(MaturityModel.Dimension::name).orElse(""));
    column(
        grid, Tr.t("results.focus.thisGroup"), c -> format(c.score()), DimensionComparison::score);
    column(
        grid,
        Tr.t("results.focus.organisation"),
        c -> format(c.organisation()),
        DimensionComparison::organisation);
    column(
        grid,
        Tr.t("results.focus.difference"),
        c -> signed(c.difference()),
        DimensionComparison::difference);
    if (found.previous() != null) {
      column(
          grid,
          Tr.t("results.focus.previousWave"),
          c -> format(c.previous()),
          DimensionComparison::previous);
      column(
          grid, Tr.t("results.focus.change"), c -> signed(c.change()), DimensionComparison::change);
    }
    grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
    grid.setItems(found.comparison().dimensions());
    grid.setAllRowsVisible(true);
    Paragraph withheld = new Paragraph(Tr.t("results.focus.withheld"));
    withheld.addClassName("explain");
    withheld.setVisible(
        found.comparison().dimensions().stream()
            .anyMatch(
                c -> c.score() == null || (found.previous() != null && c.previous() == null)));
    Paragraph how = new Paragraph(how(group));
    how.addClassName("explain");
    return new Div(intro, grid, how, withheld);
  }

  private static String how(PublishedGroups.Group group) {
    return switch (group.kind()) {
      case "division", "side" -> Tr.t("results.focus.howWeighted");
      case "tier" -> Tr.t("results.focus.howTier");
      default -> Tr.t("results.focus.howDepartment");
    };
  }

  private static void column(
      Grid<DimensionComparison> grid,
      String header,
      Function<DimensionComparison, String> text,
      Function<DimensionComparison, Double> value) {
    Span title = new Span(header);
    title.getStyle().set("white-space", "normal");
    grid.addColumn(text::apply)
        .setHeader(title)
        .setWidth("9rem")
        .setFlexGrow(0)
        .setComparator(
            Comparator.comparing(value, Comparator.nullsLast(Comparator.naturalOrder())));
  }
}
