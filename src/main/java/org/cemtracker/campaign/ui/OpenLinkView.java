package org.cemtracker.campaign.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import org.cemtracker.base.Problem;
import org.cemtracker.campaign.SurveyService;
import org.cemtracker.model.Tier;

/** An open link: the respondent says where they work and at which level, then answers. */
@Route(value = "survey/open/:token", autoLayout = false)
@AnonymousAllowed
@Dependent
public class OpenLinkView extends Div implements BeforeEnterObserver, HasDynamicTitle {

  private final SurveyService survey;

  @Inject
  public OpenLinkView(SurveyService survey) {
    this.survey = survey;
    addClassName("survey");
    getElement().setAttribute("role", "main");
  }

  @Override
  public String getPageTitle() {
    return getTranslation("campaign.openLink.title");
  }

  @Override
  public void beforeEnter(BeforeEnterEvent event) {
    String token = event.getRouteParameters().get("token").orElse("");
    if (continues(token)) {
      event.forwardTo("survey");
      return;
    }
    Div page = new Div();
    page.addClassName("survey-page");
    H1 brand = new H1("CEM Tracker");
    brand.addClassName("survey-brand");
    page.add(brand);
    add(page);
    try {
      SurveyService.OpenLinkChoice choice = survey.openLink(token);
      ComboBox<String> department =
          new ComboBox<>(getTranslation("campaign.openLink.department"), choice.departmentPaths());
      department.setWidthFull();
      Select<Tier> tier = new Select<>();
      tier.setLabel(getTranslation("campaign.openLink.level"));
      tier.setItems(choice.tiers());
      tier.setItemLabelGenerator(CampaignView::tierName);
      Button start =
          new Button(
              getTranslation("campaign.openLink.start"),
              e -> {
                try {
                  String personal =
                      survey.startFromOpenLink(
                          token,
                          department.getValue(),
                          tier.getValue() == null ? null : tier.getValue().name());
                  SurveySession.rememberOpened(token, personal);
                  getUI().ifPresent(ui -> ui.navigate("survey"));
                } catch (Problem problem) {
                  department.setInvalid(problem.fields().containsKey("departmentPath"));
                  department.setErrorMessage(problem.fields().get("departmentPath"));
                  tier.setInvalid(problem.fields().containsKey("tier"));
                  tier.setErrorMessage(problem.fields().get("tier"));
                }
              });
      start.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
      page.add(
          new H2(choice.organisationName() + " · " + choice.campaignName()),
          new Paragraph(getTranslation("campaign.openLink.intro")),
          department,
          tier,
          start);
    } catch (Problem problem) {
      page.add(
          new H2(getTranslation("campaign.openLink.broken")), new Paragraph(problem.getMessage()));
    }
  }

  /**
   * This browser started from the link before and has not submitted: it goes on with the same
   * personal link.
   */
  private boolean continues(String token) {
    return SurveySession.opened(token)
        .filter(
            personal -> {
              try {
                SurveyService.Questionnaire started = survey.questionnaire(personal);
                return started.open() && !started.submitted();
              } catch (Problem gone) {
                return false;
              }
            })
        .map(
            personal -> {
              SurveySession.remember(personal);
              return true;
            })
        .orElse(false);
  }
}
