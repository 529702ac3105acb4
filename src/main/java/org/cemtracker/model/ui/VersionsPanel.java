package org.cemtracker.model.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.select.Select;
import java.util.List;
import org.cemtracker.model.ModelCatalogue;
import org.cemtracker.model.ModelDiff;
import org.cemtracker.model.ModelDiff.QuestionChange;

/**
 * Two versions of a model side by side: each question added, removed, reworded or changed, and
 * whether its results (and each dimension's score) compare across waves run on the two.
 */
final class VersionsPanel extends Div {

  private final ModelCatalogue catalogue;
  private final String modelId;
  private final Select<String> from = new Select<>();
  private final Select<String> to = new Select<>();
  private final Grid<QuestionChange> questions = new Grid<>();
  private final Div dimensions = new Div();

  VersionsPanel(ModelCatalogue catalogue, String modelId) {
    this.catalogue = catalogue;
    this.modelId = modelId;
    addClassName("versions-panel");
    List<String> versions = catalogue.versions(modelId);
    from.setLabel(getTranslation("model.versions.from"));
    to.setLabel(getTranslation("model.versions.to"));
    from.setId("diff-from");
    to.setId("diff-to");
    from.setItems(versions);
    to.setItems(versions);
    from.setValue(versions.get(versions.size() - 2));
    to.setValue(versions.get(versions.size() - 1));
    from.addValueChangeListener(e -> refresh());
    to.addValueChangeListener(e -> refresh());
    questions.setId("diff-questions");
    questions.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COMPACT);
    questions
        .addColumn(QuestionChange::id)
        .setHeader(getTranslation("model.versions.question"))
        .setAutoWidth(true)
        .setFlexGrow(0);
    questions
        .addColumn(q -> getTranslation("model.versions.kind." + q.kind().name()))
        .setHeader(getTranslation("model.versions.kind"))
        .setAutoWidth(true)
        .setFlexGrow(0);
    questions
        .addColumn(q -> q.textBefore() == null ? "—" : q.textBefore())
        .setHeader(getTranslation("model.versions.before"));
    questions
        .addColumn(q -> q.textAfter() == null ? "—" : q.textAfter())
        .setHeader(getTranslation("model.versions.after"));
    questions
        .addColumn(
            q ->
                getTranslation(
                    q.comparable() ? "model.versions.comparable" : "model.versions.notComparable"))
        .setHeader(getTranslation("model.versions.acrossWaves"))
        .setAutoWidth(true)
        .setFlexGrow(0);
    questions.setAllRowsVisible(true);
    FlexLayout pickers = new FlexLayout(from, to);
    pickers.setFlexWrap(FlexLayout.FlexWrap.WRAP);
    pickers.getStyle().set("gap", "1rem");
    add(new Paragraph(getTranslation("model.versions.intro")), pickers, dimensions, questions);
    refresh();
  }

  private void refresh() {
    if (from.getValue() == null || to.getValue() == null) {
      return;
    }
    ModelDiff diff =
        ModelDiff.between(
            catalogue.find(modelId, from.getValue()).orElseThrow(),
            catalogue.find(modelId, to.getValue()).orElseThrow());
    questions.setItems(diff.questions());
    dimensions.removeAll();
    dimensions.setId("diff-dimensions");
    diff.dimensions()
        .forEach(
            d -> {
              Span line =
                  new Span(
                      getTranslation(
                          d.comparable()
                              ? "model.versions.dimensionComparable"
                              : "model.versions.dimensionNotComparable",
                          d.name()));
              line.addClassNames(
                  "diff-dimension", d.comparable() ? "diff-comparable" : "diff-not-comparable");
              dimensions.add(new Div(line));
            });
    if (diff.scaleChanged()) {
      dimensions.add(new Paragraph(getTranslation("model.versions.scaleChanged")));
    }
  }
}
