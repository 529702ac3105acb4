package org.cemtracker.results.ui;

import static org.cemtracker.results.ui.Format.format;
import static org.cemtracker.results.ui.Format.signed;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import java.util.stream.Collectors;
import org.cemtracker.base.ui.Tr;
import org.cemtracker.model.MaturityModel;
import org.cemtracker.scoring.Results;

/**
 * The scores of a model's dimension groups (format 2): each the weighted mean of its dimensions'
 * organisation-wide scores, so it shows nothing the dimension scores do not.
 */
final class GroupTable {

  private GroupTable() {}

  static Component of(MaturityModel model, Results r) {
    Grid<Results.DimensionResult> grid = new Grid<>();
    grid.addColumn(g -> name(model, g.id()))
        .setHeader(Tr.t("results.groups.group"))
        .setAutoWidth(true);
    grid.addColumn(
            g ->
                model.dimensionsOf(g.id()).stream()
                    .map(MaturityModel.Dimension::name)
                    .collect(Collectors.joining(", ")))
        .setHeader(Tr.t("results.groups.dimensions"))
        .setFlexGrow(1);
    grid.addColumn(g -> format(g.score())).setHeader(Tr.t("results.groups.score"));
    grid.addColumn(g -> signed(g.alignmentGap())).setHeader(Tr.t("results.groups.gap"));
    grid.setItems(r.groups());
    grid.setAllRowsVisible(true);
    grid.setId("group-results");
    return grid;
  }

  private static String name(MaturityModel model, String id) {
    return model.group(id).map(MaturityModel.DimensionGroup::name).orElse(id);
  }
}
