package org.cemtracker.initiative.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import java.util.List;
import java.util.function.Consumer;
import org.cemtracker.base.Problem;
import org.cemtracker.base.ui.EmptyState;
import org.cemtracker.base.ui.Tr;
import org.cemtracker.campaign.Campaign;
import org.cemtracker.initiative.InitiativeService;
import org.cemtracker.initiative.InitiativeService.Entry;
import org.cemtracker.initiative.PlanningService;
import org.cemtracker.initiative.Recommendations;
import org.cemtracker.initiative.Recommendations.Suggestion;
import org.cemtracker.model.MaturityModel.Recommendation;

/**
 * A campaign's weakest dimensions, organisation-wide and per department, with the model's
 * recommended initiatives; each can become an initiative with the form filled in.
 */
class RecommendationsPanel extends VerticalLayout {

  private final InitiativeService initiatives;
  private final PlanningService planning;
  private final InitiativeService.Options options;
  private final Consumer<Entry> created;
  private final List<Entry> existing;
  private final Div body = new Div();

  RecommendationsPanel(
      InitiativeService initiatives,
      PlanningService planning,
      InitiativeService.Options options,
      String campaignId,
      Consumer<Entry> created) {
    this.initiatives = initiatives;
    this.planning = planning;
    this.options = options;
    this.created = created;
    this.existing = initiatives.list(options.organisation().id());
    setPadding(false);
    addClassName("recommendations");
    List<Campaign> campaigns = planning.campaigns(options.organisation().id());
    if (campaigns.isEmpty()) {
      add(
          new EmptyState(
              VaadinIcon.LIGHTBULB,
              getTranslation("initiative.recommendations.noCampaign"),
              getTranslation("initiative.recommendations.noCampaignText")));
      return;
    }
    Select<Campaign> campaign = new Select<>();
    campaign.setLabel(getTranslation("initiative.recommendations.campaign"));
    campaign.setItems(campaigns);
    campaign.setItemLabelGenerator(
        c ->
            c.name()
                + " ("
                + getTranslation("initiative.recommendations.campaignStatus." + c.status().name())
                + ")");
    campaign.setId("recommendations-campaign");
    campaign.setWidth("26rem");
    Campaign chosen =
        campaigns.stream()
            .filter(c -> c.id().equals(campaignId))
            .findFirst()
            .or(
                () ->
                    planning
                        .latestFinishedCampaign(options.organisation().id())
                        .flatMap(
                            id -> campaigns.stream().filter(c -> c.id().equals(id)).findFirst()))
            .orElse(campaigns.get(0));
    campaign.setValue(chosen);
    campaign.addValueChangeListener(e -> show(e.getValue()));
    body.setWidthFull();
    add(campaign, body);
    show(chosen);
  }

  private void show(Campaign campaign) {
    body.removeAll();
    if (campaign == null) {
      return;
    }
    PlanningService.Recommended recommended;
    try {
      recommended = planning.recommendations(campaign.id());
    } catch (Problem notReleased) {
      Paragraph why =
          new Paragraph(
              getTranslation("initiative.recommendations.notReleased", notReleased.getMessage()));
      why.setId("recommendations-not-released");
      body.add(why);
      return;
    }
    Recommendations.Plan plan = recommended.plan();
    if (plan.organisation().isEmpty()) {
      body.add(new Paragraph(getTranslation("initiative.recommendations.noScores")));
      return;
    }
    Paragraph intro =
        new Paragraph(
            getTranslation(
                "initiative.recommendations.intro",
                plan.stage() == null ? "?" : String.valueOf(plan.stage())));
    intro.addClassName("page-intro");
    body.add(intro);
    Div cards = new Div();
    cards.addClassName("suggestion-grid");
    plan.organisation().forEach(s -> cards.add(suggestion(s, false)));
    body.add(cards);
    if (!plan.departments().isEmpty()) {
      body.add(new H3(getTranslation("initiative.recommendations.byDepartment")));
      Paragraph note = new Paragraph(getTranslation("initiative.recommendations.departmentNote"));
      note.addClassName("page-intro");
      body.add(note);
      for (Suggestion s : plan.departments()) {
        Details details =
            new Details(
                s.departmentPath()
                    + " — "
                    + s.dimensionName()
                    + " "
                    + score(s.score())
                    + (s.organisationScore() == null
                        ? ""
                        : " "
                            + getTranslation(
                                "initiative.recommendations.organisationScore",
                                score(s.organisationScore()))),
                suggestion(s, true));
        details.addClassName("department-suggestion");
        body.add(details);
      }
    }
  }

  private static String score(Double value) {
    return value == null ? "—" : Tr.number(value, 1);
  }

  private Component suggestion(Suggestion s, boolean inDepartment) {
    Div card = new Div();
    card.addClassNames("card", "suggestion");
    if (!inDepartment) {
      Span name = new Span(s.dimensionName());
      name.addClassName("suggestion-dimension");
      Span value = new Span(score(s.score()));
      value.addClassName("suggestion-score");
      Div head = new Div(name, value);
      head.addClassName("suggestion-head");
      card.add(head);
    }
    for (Recommendation r : s.recommendations()) {
      Div item = new Div();
      item.addClassName("recommendation");
      Span title = new Span(r.title());
      title.addClassName("recommendation-title");
      Paragraph about = new Paragraph(r.description());
      Div kpis = new Div();
      r.kpis()
          .forEach(
              k -> {
                Span chip = new Span(k);
                chip.addClassNames("badge", "badge-quiet");
                kpis.add(chip);
              });
      kpis.addClassName("chips");
      Button create =
          new Button(
              getTranslation("initiative.recommendations.create"),
              VaadinIcon.PLUS.create(),
              e -> create(s, r));
      create.addThemeVariants(ButtonVariant.LUMO_SMALL);
      create.addClassName("create-from-recommendation");
      create.setVisible(options.mayCreate());
      item.add(title, about, kpis, fromIt(s, r), create);
      card.add(item);
    }
    return card;
  }

  /**
   * The initiatives already created from this recommendation: those on its dimension (and, for a
   * department's suggestion, its department) that still carry its title, as the form filled it in.
   */
  private Component fromIt(Suggestion s, Recommendation r) {
    Div links = new Div();
    links.addClassName("from-recommendation");
    existing.stream()
        .map(Entry::initiative)
        .filter(i -> i.title().equalsIgnoreCase(r.title()))
        .filter(i -> i.dimensions().contains(s.dimension()))
        .filter(i -> s.departmentPath() == null || i.departmentPaths().contains(s.departmentPath()))
        .forEach(
            i -> {
              Anchor link = new Anchor("initiatives/" + i.id(), i.title());
              Span status = new Span(Badges.label(i.status()));
              status.addClassNames("badge", "badge-quiet");
              links.add(
                  new Span(getTranslation("initiative.recommendations.alreadyCreated") + " "),
                  link,
                  status);
            });
    links.setVisible(links.getComponentCount() > 0);
    return links;
  }

  private void create(Suggestion s, Recommendation r) {
    InitiativeDialog dialog = new InitiativeDialog(initiatives, options, null);
    dialog.prefill(
        r.title(), r.description(), s.dimension(), s.departmentPath(), r.kpis(), s.score());
    dialog.addSavedListener(created);
    dialog.open();
  }
}
