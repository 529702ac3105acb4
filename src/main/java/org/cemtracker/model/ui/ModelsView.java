package org.cemtracker.model.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinRequest;
import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.text.NumberFormat;
import java.util.List;
import org.cemtracker.base.ui.EmptyState;
import org.cemtracker.base.ui.Tr;
import org.cemtracker.model.MaturityModel;
import org.cemtracker.model.ModelCatalogue;
import org.cemtracker.model.ModelFile;

/**
 * Browse a maturity model: its dimensions and questions with their anchors, stages,
 * recommendations.
 */
@Route("models")
@Menu(order = 50, icon = "vaadin:book", title = "model.menu")
@PermitAll
@Dependent
public class ModelsView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

  private final ModelCatalogue catalogue;
  private final Select<MaturityModel> picker = new Select<>();
  private final Div content = new Div();
  private Component invalidBox;

  @Inject
  public ModelsView(ModelCatalogue catalogue) {
    this.catalogue = catalogue;
    addClassName("page");
    picker.setLabel(getTranslation("model.view.model"));
    picker.setItemLabelGenerator(m -> m.title() + " · v" + m.version());
    picker.addValueChangeListener(e -> show(e.getValue()));
    picker.setId("model-picker");
    picker.setWidth("min(44rem, 100%)");
    content.setWidthFull();
    add(picker, content);
  }

  @Override
  public String getPageTitle() {
    return getTranslation("model.view.title");
  }

  @Override
  public void beforeEnter(BeforeEnterEvent event) {
    List<MaturityModel> models = catalogue.latest();
    picker.setItems(models);
    String wanted =
        event.getLocation().getQueryParameters().getSingleParameter("model").orElse("cem-maturity");
    if (models.isEmpty()) {
      content.removeAll();
      content.add(
          new EmptyState(
              VaadinIcon.BOOK,
              getTranslation("model.view.emptyTitle"),
              getTranslation("model.view.emptyText")));
    } else {
      picker.setValue(
          models.stream().filter(m -> m.id().equals(wanted)).findFirst().orElse(models.get(0)));
    }
    VaadinRequest request = VaadinRequest.getCurrent();
    if (invalidBox != null) {
      remove(invalidBox);
      invalidBox = null;
    }
    if (request != null && request.isUserInRole("ADMIN") && !catalogue.invalid().isEmpty()) {
      invalidBox = invalidFiles(catalogue.invalid());
      add(invalidBox);
    }
  }

  private void show(MaturityModel model) {
    content.removeAll();
    if (model == null) {
      return;
    }
    // in the page's language where the model is translated into it
    model = model.in(getLocale().getLanguage());
    Paragraph description = new Paragraph(model.description());
    description.addClassName("page-intro");
    Span facts =
        new Span(
            getTranslation(
                "model.view.facts",
                String.valueOf(model.dimensions().size()),
                String.valueOf(model.questions().size()),
                String.valueOf(model.levels()),
                format(model.cemLine())));
    facts.addClassName("model-facts");
    TabSheet tabs = new TabSheet();
    tabs.setWidthFull();
    tabs.add(getTranslation("model.view.tabDimensions"), dimensions(model));
    tabs.add(getTranslation("model.view.tabStages"), stages(model));
    tabs.add(getTranslation("model.view.tabRecommendations"), recommendations(model));
    if (catalogue.versions(model.id()).size() > 1) {
      tabs.add(getTranslation("model.view.tabVersions"), new VersionsPanel(catalogue, model.id()));
    }
    content.add(description, facts, tabs);
  }

  private static Component dimensions(MaturityModel model) {
    Div list = new Div();
    for (MaturityModel.Dimension dimension : model.dimensions()) {
      Div questions = new Div();
      Paragraph about = new Paragraph(dimension.description());
      about.addClassName("dimension-about");
      questions.add(about);
      model.questionsOf(dimension.id()).forEach(q -> questions.add(new QuestionCard(model, q)));
      String group =
          dimension.group() == null
              ? ""
              : model.group(dimension.group()).map(g -> g.name() + " › ").orElse("");
      Details details =
          new Details(
              group + dimension.name() + " (" + model.questionsOf(dimension.id()).size() + ")",
              questions);
      details.addClassName("dimension");
      list.add(details);
    }
    return list;
  }

  private static Component stages(MaturityModel model) {
    Div list = new Div();
    list.addClassName("stage-list");
    List<MaturityModel.Stage> stages = model.stages();
    for (int i = 0; i < stages.size(); i++) {
      MaturityModel.Stage stage = stages.get(i);
      String upper = i + 1 < stages.size() ? "< " + format(stages.get(i + 1).min()) : "100";
      Div card = new Div();
      card.addClassNames("stage-card", "stage-" + Math.min(stage.number(), 5));
      card.add(new H3(stage.number() + " · " + stage.name()));
      card.add(new Span(Tr.t("model.stage.range", format(stage.min()), upper)));
      if (stage.minReach() != null || stage.maxBoltOnGap() != null) {
        Span rules = new Span(rules(stage));
        rules.addClassName("stage-rules");
        card.add(rules);
      }
      if (stage.minDimension() != null) {
        Span weakest = new Span(Tr.t("model.stage.minDimension", format(stage.minDimension())));
        weakest.addClassName("stage-rules");
        card.add(weakest);
      }
      stage
          .minimums()
          .forEach(
              (id, min) -> {
                String name =
                    model
                        .dimension(id)
                        .map(MaturityModel.Dimension::name)
                        .or(() -> model.group(id).map(MaturityModel.DimensionGroup::name))
                        .orElse(id);
                Span minimum = new Span(Tr.t("model.stage.minimum", name, format(min)));
                minimum.addClassName("stage-rules");
                card.add(minimum);
              });
      card.add(new Paragraph(stage.description()));
      list.add(card);
    }
    return list;
  }

  private static String rules(MaturityModel.Stage stage) {
    if (stage.minReach() != null && stage.maxBoltOnGap() != null) {
      return Tr.t(
          "model.stage.reachAndGap", format(stage.minReach() * 100), format(stage.maxBoltOnGap()));
    }
    return stage.minReach() != null
        ? Tr.t("model.stage.reach", format(stage.minReach() * 100))
        : Tr.t("model.stage.gap", format(stage.maxBoltOnGap()));
  }

  private static Component recommendations(MaturityModel model) {
    Div list = new Div();
    if (model.recommendations().isEmpty()) {
      list.add(new Paragraph(Tr.t("model.view.noRecommendations")));
      return list;
    }
    for (MaturityModel.Dimension dimension : model.dimensions()) {
      Div items = new Div();
      model.recommendations().stream()
          .filter(r -> r.dimension().equals(dimension.id()))
          .forEach(
              r -> {
                Div item = new Div();
                item.addClassName("recommendation");
                Span stage =
                    new Span(Tr.t("model.recommendation.stage", String.valueOf(r.stage())));
                stage.addClassNames("badge", "badge-quiet");
                item.add(new H3(r.title()), stage, new Paragraph(r.description()));
                if (!r.kpis().isEmpty()) {
                  Span kpis =
                      new Span(Tr.t("model.recommendation.kpis", String.join(" · ", r.kpis())));
                  kpis.addClassName("recommendation-kpis");
                  item.add(kpis);
                }
                items.add(item);
              });
      list.add(new Details(dimension.name(), items));
    }
    return list;
  }

  private static Component invalidFiles(List<ModelFile> files) {
    Div box = new Div();
    box.addClassName("invalid-models");
    box.add(new H3(Tr.t("model.view.invalidFiles")));
    files.forEach(f -> f.problems().forEach(p -> box.add(new Paragraph(p.toString()))));
    return box;
  }

  /** A figure as written in the UI's language, all its digits, no grouping: "2.5", "2,5", "3". */
  static String format(double value) {
    if (value == Math.rint(value)) {
      return Long.toString((long) value);
    }
    NumberFormat number = NumberFormat.getNumberInstance(Tr.locale());
    number.setGroupingUsed(false);
    number.setMaximumFractionDigits(20);
    return number.format(value);
  }
}
