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
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinRequest;
import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.util.List;
import org.cemtracker.base.ui.EmptyState;
import org.cemtracker.model.MaturityModel;
import org.cemtracker.model.ModelCatalogue;
import org.cemtracker.model.ModelFile;

/**
 * Browse a maturity model: its dimensions and questions with their anchors, stages,
 * recommendations.
 */
@Route("models")
@PageTitle("Models")
@Menu(order = 50, icon = "vaadin:book", title = "Models")
@PermitAll
@Dependent
public class ModelsView extends VerticalLayout implements BeforeEnterObserver {

  private final ModelCatalogue catalogue;
  private final Select<MaturityModel> picker = new Select<>();
  private final Div content = new Div();
  private Component invalidBox;

  @Inject
  public ModelsView(ModelCatalogue catalogue) {
    this.catalogue = catalogue;
    addClassName("page");
    picker.setLabel("Model");
    picker.setItemLabelGenerator(m -> m.title() + " · v" + m.version());
    picker.addValueChangeListener(e -> show(e.getValue()));
    picker.setId("model-picker");
    picker.setWidth("min(44rem, 100%)");
    content.setWidthFull();
    add(picker, content);
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
              "No models loaded",
              "Put maturity models as YAML files in the assessments folder, or point CEM_MODELS_DIR at a folder of them."));
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
    Paragraph description = new Paragraph(model.description());
    description.addClassName("page-intro");
    Span facts =
        new Span(
            model.dimensions().size()
                + " dimensions · "
                + model.questions().size()
                + " questions · "
                + model.levels()
                + "-level scale · CEM line "
                + format(model.cemLine()));
    facts.addClassName("model-facts");
    TabSheet tabs = new TabSheet();
    tabs.setWidthFull();
    tabs.add("Dimensions & questions", dimensions(model));
    tabs.add("Stages", stages(model));
    tabs.add("Recommendations", recommendations(model));
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
      Details details =
          new Details(
              dimension.name() + " (" + model.questionsOf(dimension.id()).size() + ")", questions);
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
      card.add(new Span("CEM index " + format(stage.min()) + " – " + upper));
      if (stage.minReach() != null || stage.maxBoltOnGap() != null) {
        Span rules = new Span(rules(stage));
        rules.addClassName("stage-rules");
        card.add(rules);
      }
      card.add(new Paragraph(stage.description()));
      list.add(card);
    }
    return list;
  }

  private static String rules(MaturityModel.Stage stage) {
    StringBuilder rules = new StringBuilder("and ");
    if (stage.minReach() != null) {
      rules.append("reach ≥ ").append(format(stage.minReach() * 100)).append(" %");
    }
    if (stage.maxBoltOnGap() != null) {
      rules
          .append(stage.minReach() != null ? " and " : "")
          .append("bolt-on gap ≤ ")
          .append(format(stage.maxBoltOnGap()))
          .append(" points");
    }
    return rules.toString();
  }

  private static Component recommendations(MaturityModel model) {
    Div list = new Div();
    if (model.recommendations().isEmpty()) {
      list.add(new Paragraph("This model has no recommended initiatives."));
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
                Span stage = new Span("Stage " + r.stage());
                stage.addClassNames("badge", "badge-quiet");
                item.add(new H3(r.title()), stage, new Paragraph(r.description()));
                if (!r.kpis().isEmpty()) {
                  Span kpis = new Span("KPIs: " + String.join(" · ", r.kpis()));
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
    box.add(new H3("Invalid model files (not loaded)"));
    files.forEach(f -> f.problems().forEach(p -> box.add(new Paragraph(p.toString()))));
    return box;
  }

  static String format(double value) {
    return value == Math.rint(value) ? Long.toString((long) value) : Double.toString(value);
  }
}
