package org.cemtracker.campaign.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.radiobutton.RadioGroupVariant;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.cemtracker.base.Problem;
import org.cemtracker.base.i18n.Bundles;
import org.cemtracker.base.persistence.Durability;
import org.cemtracker.base.ui.Tr;
import org.cemtracker.campaign.SurveyService;
import org.cemtracker.campaign.SurveyService.Questionnaire;

/**
 * The questionnaire, one dimension per page, for phones first. The link's token is exchanged for
 * the browser session on first use and the address bar shows {@code /survey} without it.
 */
@Route(value = "survey/:token?", autoLayout = false)
@AnonymousAllowed
@Dependent
public class SurveyView extends Div implements BeforeEnterObserver, HasDynamicTitle {

  static final int DONT_KNOW = 0;

  private final SurveyService survey;
  private final Div page = new Div();
  private Questionnaire questionnaire;
  private final Map<String, Integer> answers = new HashMap<>();
  private final Map<String, String> comments = new HashMap<>();
  private int section = -1;
  private final Span saved = new Span(getTranslation("campaign.survey.savedAsYouGo"));

  @Inject
  public SurveyView(SurveyService survey) {
    this.survey = survey;
    addClassName("survey");
    getElement().setAttribute("role", "main");
    page.addClassName("survey-page");
    add(page);
  }

  @Override
  public void beforeEnter(BeforeEnterEvent event) {
    String link = event.getRouteParameters().get("token").orElse(null);
    if (link != null) {
      try {
        // only a link that works is kept for this browser
        survey.questionnaire(link);
        SurveySession.remember(link);
        event.forwardTo("survey");
      } catch (Problem problem) {
        message(getTranslation("campaign.survey.linkBroken"), problem.getMessage());
      }
      return;
    }
    String token = SurveySession.token();
    if (token == null) {
      message(
          getTranslation("campaign.survey.needLink"),
          getTranslation("campaign.survey.needLinkText"));
      return;
    }
    try {
      questionnaire = survey.questionnaire(token);
      // the language chosen before in this session, else the browser's, where the model has it
      String wanted = SurveySession.language().orElse(Tr.locale().getLanguage());
      if (!wanted.equals(questionnaire.language()) && questionnaire.languages().contains(wanted)) {
        questionnaire = survey.questionnaire(token, wanted);
      }
      speak(questionnaire.language());
    } catch (Problem problem) {
      // a link that does not work is not kept for this browser
      SurveySession.forget();
      message(getTranslation("campaign.survey.linkBroken"), problem.getMessage());
      return;
    }
    questionnaire
        .draft()
        .answers()
        .forEach((q, level) -> answers.put(q, level == null ? DONT_KNOW : level));
    comments.putAll(questionnaire.draft().comments());
    if (questionnaire.submitted()) {
      SurveySession.forget();
      receipt(questionnaire.receipt(), false);
    } else if (!questionnaire.open()) {
      message(getTranslation("campaign.survey.notOpen"), questionnaire.closedReason());
    } else {
      // a reload comes back to the page of questions it left, the answers given kept
      SurveySession.page(token)
          .filter(index -> index < questionnaire.sections().size())
          .ifPresentOrElse(this::show, this::introduction);
    }
  }

  private void introduction() {
    section = -1;
    page.removeAll();
    page.add(header());
    H2 title = new H2(getTranslation("campaign.survey.introTitle"));
    Paragraph purpose = new Paragraph(getTranslation("campaign.survey.purpose"));
    Paragraph time =
        new Paragraph(
            getTranslation(
                "campaign.survey.time", questionnaire.minutes(), questionnaire.sections().size()));
    Div promise =
        new Div(
            new Span(getTranslation("campaign.survey.anonymous")),
            new Paragraph(
                getTranslation("campaign.survey.anonymousText", questionnaire.threshold())));
    promise.addClassName("survey-promise");
    Paragraph where =
        new Paragraph(
            getTranslation("campaign.survey.where", tierName(), questionnaire.departmentPath()));
    where.addClassName("survey-where");
    Button start =
        new Button(
            getTranslation(
                answers.isEmpty() ? "campaign.survey.start" : "campaign.survey.continue"),
            e -> show(firstUnanswered()));
    start.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
    start.setId("survey-start");
    if (questionnaire.languages().size() > 1) {
      page.add(languagePicker());
    }
    page.add(title, purpose, time, promise, where);
    if (questionnaire.closesAt() != null && questionnaire.open()) {
      page.add(deadline(questionnaire.closesAt()));
    }
    page.add(start);
  }

  /**
   * The questionnaire's languages (those its model is translated into); the choice also sets the
   * page's own texts where the UI speaks that language, and is kept for this browser's session.
   */
  private Component languagePicker() {
    Select<String> language = new Select<>();
    language.setId("survey-language");
    language.setLabel(getTranslation("campaign.survey.language"));
    language.setItems(questionnaire.languages());
    language.setItemLabelGenerator(SurveyView::languageName);
    language.setValue(questionnaire.language());
    language.addValueChangeListener(
        e -> {
          if (e.getValue() == null || e.getValue().equals(questionnaire.language())) {
            return;
          }
          try {
            questionnaire = survey.questionnaire(SurveySession.token(), e.getValue());
          } catch (Problem problem) {
            Notification.show(problem.getMessage(), 6000, Notification.Position.MIDDLE);
            return;
          }
          SurveySession.rememberLanguage(e.getValue());
          speak(questionnaire.language());
          introduction();
        });
    language.addClassName("survey-language");
    return language;
  }

  /**
   * The page's own texts in the questionnaire's language where the UI speaks it (else English), for
   * this page only: a signed-in page in the same browser keeps its own language.
   */
  private void speak(String language) {
    UI.getCurrent().setLocale(Bundles.supported(Locale.forLanguageTag(language)));
    saved.setText(getTranslation("campaign.survey.savedAsYouGo"));
  }

  /** A language by its own name ("Deutsch", "Français"), whatever the page's language. */
  static String languageName(String code) {
    Locale locale = Locale.forLanguageTag(code);
    String name = locale.getDisplayLanguage(locale);
    return name.isEmpty() ? code : name.substring(0, 1).toUpperCase(locale) + name.substring(1);
  }

  /** The planned close, in the respondent's time zone once the browser has told it. */
  private Paragraph deadline(OffsetDateTime closesAt) {
    Paragraph deadline = new Paragraph();
    deadline.setId("survey-deadline");
    deadline.addClassName("survey-deadline");
    deadline.setText(deadlineText(closesAt, ZoneOffset.UTC));
    UI.getCurrent()
        .getPage()
        .retrieveExtendedClientDetails(
            details -> {
              try {
                deadline.setText(deadlineText(closesAt, ZoneId.of(details.getTimeZoneId())));
              } catch (RuntimeException unknownZone) {
                // stays in UTC
              }
            });
    return deadline;
  }

  String deadlineText(OffsetDateTime closesAt, ZoneId zone) {
    DateTimeFormatter format =
        DateTimeFormatter.ofPattern(getTranslation("campaign.survey.deadlineFormat"), Tr.locale());
    return getTranslation(
        "campaign.survey.deadline",
        format.format(closesAt.atZoneSameInstant(zone)),
        zone.equals(ZoneOffset.UTC) ? "UTC" : zone.getId());
  }

  private String tierName() {
    return getTranslation("campaign.survey.as." + questionnaire.tier().name());
  }

  private int firstUnanswered() {
    List<SurveyService.Section> sections = questionnaire.sections();
    for (int i = 0; i < sections.size(); i++) {
      if (sections.get(i).questions().stream().anyMatch(q -> !answers.containsKey(q.id()))) {
        return i;
      }
    }
    return sections.size() - 1;
  }

  private void show(int index) {
    section = index;
    SurveySession.rememberPage(SurveySession.token(), index);
    SurveyService.Section current = questionnaire.sections().get(index);
    page.removeAll();
    page.add(header());
    ProgressBar progress = new ProgressBar(0, questionnaire.sections().size(), index + 1);
    progress
        .getElement()
        .setAttribute(
            "aria-label",
            getTranslation("campaign.survey.progress", index + 1, questionnaire.sections().size()));
    Span step =
        new Span(
            getTranslation("campaign.survey.page", index + 1, questionnaire.sections().size()));
    step.addClassName("survey-step");
    H2 name = new H2(current.name());
    Paragraph about = new Paragraph(current.description());
    about.addClassName("survey-about");
    page.add(step, progress, name, about);
    current.questions().forEach(q -> page.add(question(q)));
    page.add(navigation(index));
  }

  private Component question(SurveyService.Item item) {
    RadioButtonGroup<Integer> choice = new RadioButtonGroup<>();
    choice.setLabel(item.text());
    if (item.criteria() != null) {
      choice.setHelperText(item.criteria());
    }
    choice.addThemeVariants(RadioGroupVariant.LUMO_VERTICAL);
    List<Integer> levels = new ArrayList<>();
    for (int l = 1; l <= item.anchors().size(); l++) {
      levels.add(l);
    }
    levels.add(DONT_KNOW);
    choice.setItems(levels);
    choice.setItemLabelGenerator(
        l ->
            l == DONT_KNOW
                ? getTranslation("campaign.survey.dontKnow")
                : item.anchors().get(l - 1));
    choice.setValue(answers.get(item.id()));
    choice.addValueChangeListener(
        e -> {
          if (e.getValue() != null && !e.getValue().equals(answers.get(item.id()))) {
            answers.put(item.id(), e.getValue());
            save();
          }
        });
    choice.setId("q-" + item.id());
    TextArea comment = new TextArea(getTranslation("campaign.survey.comment"));
    comment.setMaxLength(2000);
    comment.setWidthFull();
    comment.setValue(comments.getOrDefault(item.id(), ""));
    comment.setValueChangeMode(ValueChangeMode.LAZY);
    comment.setValueChangeTimeout(1500);
    comment.addValueChangeListener(
        e -> {
          comments.put(item.id(), e.getValue());
          save();
        });
    Details more = new Details(getTranslation("campaign.survey.addComment"), comment);
    more.setOpened(!comment.isEmpty());
    Div card = new Div(choice, more);
    card.addClassName("survey-question");
    return card;
  }

  private Component navigation(int index) {
    Button back =
        new Button(
            getTranslation("campaign.survey.back"),
            e -> {
              save();
              if (index == 0) {
                introduction();
              } else {
                show(index - 1);
              }
            });
    boolean last = index == questionnaire.sections().size() - 1;
    Button next =
        new Button(
            getTranslation(last ? "campaign.survey.submit" : "campaign.survey.next"),
            e -> {
              if (last) {
                confirmSubmit();
              } else {
                save();
                show(index + 1);
              }
            });
    next.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    next.setId(last ? "survey-submit" : "survey-next");
    Div nav = new Div(back, next);
    nav.addClassName("survey-nav");
    saved.addClassName("survey-saved");
    saved.setId("survey-saved");
    return new Div(nav, saved);
  }

  private SurveyService.SurveyAnswers current() {
    Map<String, Integer> levels = new HashMap<>();
    answers.forEach((q, l) -> levels.put(q, l == DONT_KNOW ? null : l));
    Map<String, String> notes = new HashMap<>();
    comments.forEach(
        (q, c) -> {
          if (c != null && !c.isBlank()) {
            notes.put(q, c);
          }
        });
    return new SurveyService.SurveyAnswers(levels, notes);
  }

  private void save() {
    try {
      survey.saveDraft(SurveySession.token(), current());
      saved.setText(getTranslation("campaign.survey.saved"));
    } catch (Problem problem) {
      Notification.show(problem.getMessage(), 5000, Notification.Position.MIDDLE);
    }
  }

  /**
   * Submits at once when every question has an answer; warns first, naming how many, when some have
   * none; and says in plain words that an answer is needed when none is given at all.
   */
  private void confirmSubmit() {
    int total = questionnaire.sections().stream().mapToInt(s -> s.questions().size()).sum();
    long unanswered = total - answers.size();
    if (answers.values().stream().allMatch(level -> level == DONT_KNOW)) {
      ConfirmDialog none =
          new ConfirmDialog(
              getTranslation("campaign.survey.noneTitle"),
              getTranslation("campaign.survey.noneText"),
              getTranslation("campaign.survey.noneGo"),
              e -> show(0));
      none.setId("survey-nothing-answered");
      none.open();
    } else if (unanswered > 0) {
      ConfirmDialog warn =
          new ConfirmDialog(
              getTranslation(
                  unanswered == 1
                      ? "campaign.survey.unansweredOne"
                      : "campaign.survey.unansweredMany",
                  unanswered),
              getTranslation("campaign.survey.unansweredText", unanswered, total),
              getTranslation("campaign.survey.submitAnyway"),
              e -> submit(),
              getTranslation("campaign.survey.answerThem"),
              e -> show(firstUnanswered()));
      warn.setId("survey-unanswered");
      warn.open();
    } else {
      submit();
    }
  }

  private void submit() {
    try {
      SurveyService.Receipt receipt = survey.submit(SurveySession.token(), current());
      Durability.flush();
      SurveySession.forget();
      receipt(receipt.code(), receipt.first());
    } catch (Problem problem) {
      Notification.show(problem.getMessage(), 6000, Notification.Position.MIDDLE);
    }
  }

  private void receipt(String code, boolean justNow) {
    page.removeAll();
    page.add(header());
    H2 thanks =
        new H2(getTranslation(justNow ? "campaign.survey.thanks" : "campaign.survey.already"));
    Paragraph text =
        new Paragraph(
            getTranslation(justNow ? "campaign.survey.stored" : "campaign.survey.usedAlready"));
    Div receipt = new Div(new Span(getTranslation("campaign.survey.receipt")), new Span(code));
    receipt.addClassName("survey-receipt");
    receipt.setId("survey-receipt");
    Paragraph keep = new Paragraph(getTranslation("campaign.survey.keepReceipt"));
    page.add(thanks, text, receipt, keep);
  }

  private void message(String title, String text) {
    page.removeAll();
    page.add(brand(), new H2(title), new Paragraph(text));
  }

  private Component header() {
    Div header = new Div(brand());
    Span who = new Span(questionnaire.organisationName() + " · " + questionnaire.campaignName());
    who.addClassName("survey-org");
    header.add(who);
    header.addClassName("survey-header");
    return header;
  }

  private static Component brand() {
    H1 brand = new H1("CEM Tracker");
    brand.addClassName("survey-brand");
    return brand;
  }

  @Override
  public String getPageTitle() {
    return getTranslation("campaign.survey.pageTitle");
  }
}
