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
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import org.cemtracker.base.Problem;
import org.cemtracker.campaign.SurveyService;
import org.cemtracker.model.Tier;

/** An open link: the respondent says where they work and at which level, then answers. */
@Route(value = "survey/open/:token", autoLayout = false)
@PageTitle("Questionnaire · CEM Tracker")
@AnonymousAllowed
@Dependent
public class OpenLinkView extends Div implements BeforeEnterObserver {

  private final SurveyService survey;

  @Inject
  public OpenLinkView(SurveyService survey) {
    this.survey = survey;
    addClassName("survey");
    getElement().setAttribute("role", "main");
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
      ComboBox<String> department = new ComboBox<>("Your department", choice.departmentPaths());
      department.setWidthFull();
      Select<Tier> tier = new Select<>();
      tier.setLabel("Your level");
      tier.setItems(choice.tiers());
      tier.setItemLabelGenerator(
          t ->
              switch (t) {
                case LEADERSHIP -> "Leadership";
                case MANAGEMENT -> "Management";
                case STAFF -> "Staff";
              });
      Button start =
          new Button(
              "Start",
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
          new Paragraph("Tell us where you work and at which level; your answers stay anonymous."),
          department,
          tier,
          start);
    } catch (Problem problem) {
      page.add(new H2("This link does not work"), new Paragraph(problem.getMessage()));
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
