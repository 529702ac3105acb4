package org.cemtracker.campaign;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.cemtracker.account.Secrets;
import org.cemtracker.base.Problem;
import org.cemtracker.base.StoredText;
import org.cemtracker.base.Validation;
import org.cemtracker.model.MaturityModel;
import org.cemtracker.model.Tier;
import org.cemtracker.organisation.Department;
import org.cemtracker.organisation.DepartmentRepository;
import org.cemtracker.organisation.Organisation;
import org.cemtracker.organisation.OrganisationRepository;

/**
 * The questionnaire a respondent answers through an invitation link. Public: the token is the
 * credential. Submitting queues the answers where nothing refers to the invitation, marks the
 * invitation used and deletes the draft, in one transaction with the other submissions of the
 * moment ({@link GroupCommit}); {@link SubmissionWriter} moves them on into responses later, among
 * others. A second submit with the same token gets the first receipt.
 */
@ApplicationScoped
@Transactional
public class SurveyService {

  static final int MAX_COMMENT = 2000;
  static final int MAX_ANSWERS = 1000;
  static final String CLOSED = "This survey has closed. Thank you for your interest.";
  private static final ObjectMapper JSON = new ObjectMapper();

  @Inject InvitationRepository invitations;
  @Inject CampaignRepository campaigns;
  @Inject SubmitGroup group;
  @Inject DepartmentRepository departments;
  @Inject OrganisationRepository organisations;
  @Inject CampaignService campaignService;
  @Inject FrozenTreeRepository trees;
  @Inject PlanRepository plans;

  /** Answers by question id (a level, or null for "don't know") and optional comments. */
  public record SurveyAnswers(
      @Size(max = MAX_ANSWERS, message = "must hold at most {max} answers")
          Map<String, Integer> answers,
      @Size(max = MAX_ANSWERS, message = "must hold at most {max} comments")
          Map<String, String> comments) {
    public SurveyAnswers {
      answers = answers == null ? Map.of() : new LinkedHashMap<>(answers);
      comments = comments == null ? Map.of() : new LinkedHashMap<>(comments);
    }
  }

  /**
   * A question as the respondent sees it; {@code criteria} is what qualifies an answer, or null.
   */
  public record Item(String id, String text, List<String> anchors, String criteria) {}

  public record Section(
      String dimensionId, String name, String description, List<Item> questions) {}

  /** Everything the questionnaire page needs. */
  public record Questionnaire(
      String campaignName,
      String organisationName,
      String departmentPath,
      Tier tier,
      boolean open,
      String closedReason,
      boolean submitted,
      String receipt,
      List<MaturityModel.ScaleLevel> scale,
      List<Section> sections,
      SurveyAnswers draft,
      int minutes,
      int threshold,
      OffsetDateTime closesAt,
      String language,
      List<String> languages) {}

  public record Receipt(String code, boolean first) {}

  public record OpenLinkChoice(
      String campaignName,
      String organisationName,
      List<String> departmentPaths,
      List<Tier> tiers) {}

  public Questionnaire questionnaire(String token) {
    return questionnaire(token, null);
  }

  /**
   * The questionnaire with its texts in {@code language}, one of its model's languages; none given,
   * in the model's own. The answers are the same whatever the language: they are kept by question
   * id and level, so results merge across languages.
   */
  public Questionnaire questionnaire(String token, String language) {
    Invitation invitation = invitation(token);
    Campaign campaign =
        campaigns.find(invitation.campaignId()).orElseThrow(SurveyService::unknownLink);
    Organisation organisation =
        organisations.find(campaign.organisationId()).orElseThrow(SurveyService::unknownLink);
    MaturityModel original = campaign.model();
    if (language != null && !original.languages().contains(language)) {
      throw Problem.invalid(
          "language",
          "the questionnaire is in "
              + String.join(", ", original.languages())
              + ", not "
              + language);
    }
    MaturityModel model = original.in(language);
    List<Section> sections = sections(model, invitation.tier());
    int questions = sections.stream().mapToInt(s -> s.questions().size()).sum();
    return new Questionnaire(
        campaign.name(),
        organisation.name(),
        departments
            .find(campaign.organisationId(), invitation.departmentId())
            .map(Department::path)
            .orElse(""),
        invitation.tier(),
        campaign.accepts(invitation.tier()),
        closedReason(campaign, invitation.tier()),
        invitation.used(),
        invitation.receipt(),
        model.scale(),
        sections,
        readDraft(invitation.draft()),
        Math.max(2, (int) Math.ceil(questions * 0.3)),
        campaign.isFrozen() ? campaign.anonymityThreshold() : organisation.anonymityThreshold(),
        campaign.isFinished() ? null : plans.plannedClose(campaign.id()).orElse(null),
        model.language(),
        original.languages());
  }

  public void saveDraft(String token, SurveyAnswers answers) {
    Invitation invitation = invitation(token);
    if (invitation.used()) {
      throw Problem.conflict(
          "These answers were submitted already; receipt " + invitation.receipt());
    }
    Campaign campaign =
        campaigns.find(invitation.campaignId()).orElseThrow(SurveyService::unknownLink);
    validate(campaign.model(), invitation.tier(), answers, false);
    invitation.saveDraft(writeDraft(answers));
  }

  /**
   * Submits the answers: committed, together with the other submissions arriving meanwhile on this
   * node ({@link SubmitGroup}), before the receipt is given.
   */
  @Transactional(TxType.NOT_SUPPORTED)
  public Receipt submit(String token, SurveyAnswers answers) {
    return group.submit(token, answers);
  }

  /** A submission checked and ready to write, or the receipt of the link's earlier one. */
  record Checked(
      Invitation invitation,
      Campaign campaign,
      Map<String, Integer> valid,
      Map<String, String> comments,
      Receipt earlier) {}

  /** What writing a submission gave: its receipt, and the row to queue (null: another won). */
  record Written(Receipt receipt, QueuedSubmission row) {}

  /** Reads and validates, writing nothing; a problem here leaves the group's transaction intact. */
  @Transactional(dontRollbackOn = Problem.class)
  Checked check(String token, SurveyAnswers answers) {
    Invitation invitation = invitation(token);
    if (invitation.used()) {
      return new Checked(invitation, null, null, null, new Receipt(invitation.receipt(), false));
    }
    Campaign campaign =
        campaigns.find(invitation.campaignId()).orElseThrow(SurveyService::unknownLink);
    if (!campaign.accepts(invitation.tier())) {
      throw Problem.conflict(closedReason(campaign, invitation.tier()));
    }
    if (!campaign.isFrozen() || !trees.contains(campaign.id(), invitation.departmentId())) {
      throw Problem.conflict(
          "This link's department is not part of the survey any more. Ask for a new link.");
    }
    MaturityModel model = campaign.model();
    Map<String, Integer> valid = validate(model, invitation.tier(), answers, true);
    Map<String, String> comments = new LinkedHashMap<>();
    answers
        .comments()
        .forEach(
            (question, text) -> {
              if (text != null && !text.isBlank()) {
                comments.put(question, text.strip());
              }
            });
    return new Checked(invitation, campaign, valid, comments, null);
  }

  /**
   * Marks the invitations used (in the list's order, one batch), unless another submit with the
   * token did first; a submission whose invitation another won gets that one's receipt.
   */
  List<Written> write(List<Checked> checked) {
    List<InvitationRepository.Use> uses = new ArrayList<>();
    for (Checked c : checked) {
      uses.add(
          new InvitationRepository.Use(
              c.invitation().id(),
              "CEM-" + Secrets.random(9).toUpperCase().replace('-', 'X').replace('_', 'Y')));
    }
    boolean[] marked = invitations.markUsed(uses);
    List<Written> written = new ArrayList<>();
    for (int i = 0; i < checked.size(); i++) {
      Checked c = checked.get(i);
      if (!marked[i]) {
        // another submit with this token won the race: give its receipt
        written.add(
            new Written(
                new Receipt(invitations.receiptOf(c.invitation().id()).orElseThrow(), false),
                null));
        continue;
      }
      written.add(
          new Written(
              new Receipt(uses.get(i).receipt(), true),
              new QueuedSubmission(
                  c.campaign().id(),
                  c.invitation().departmentId(),
                  c.invitation().tier(),
                  c.valid(),
                  c.comments())));
    }
    return written;
  }

  public OpenLinkChoice openLink(String token) {
    Campaign campaign = openLinkCampaign(token);
    Organisation organisation =
        organisations.find(campaign.organisationId()).orElseThrow(SurveyService::unknownLink);
    List<Tier> tiers = Arrays.stream(Tier.values()).filter(campaign::accepts).toList();
    return new OpenLinkChoice(
        campaign.name(),
        organisation.name(),
        departments.findActive(campaign.organisationId()).stream()
            .filter(d -> inTree(campaign, d))
            .map(Department::path)
            .toList(),
        tiers);
  }

  /** Whether respondents of the department take part: once frozen, the frozen tree decides. */
  private boolean inTree(Campaign campaign, Department department) {
    return !campaign.isFrozen() || trees.contains(campaign.id(), department.id());
  }

  /** A respondent of an open link picks department and tier; they get their own single-use link. */
  public String startFromOpenLink(String token, String departmentPath, String tier) {
    Campaign campaign = openLinkCampaign(token);
    Tier parsed = CampaignService.tierOrNull(tier);
    Department department =
        departments
            .findByPath(campaign.organisationId(), departmentPath == null ? "" : departmentPath)
            .orElse(null);
    Validation validation = new Validation();
    validation.require(
        department != null && inTree(campaign, department),
        "departmentPath",
        "choose one of the organisation's departments");
    validation.require(parsed != null, "tier", "choose LEADERSHIP, MANAGEMENT or STAFF");
    validation.check();
    if (!campaign.accepts(parsed)) {
      throw Problem.conflict(closedReason(campaign, parsed));
    }
    return campaignService.issue(campaign, department, parsed, null, "").token();
  }

  private Campaign openLinkCampaign(String token) {
    if (token == null || token.length() > 100) {
      throw unknownLink();
    }
    return campaigns
        .findByOpenLink(Secrets.sha256(token))
        .filter(c -> !c.isFinished())
        .orElseThrow(SurveyService::unknownLink);
  }

  private Invitation invitation(String token) {
    if (token == null || token.length() > 100) {
      throw unknownLink();
    }
    return invitations.findByDigest(Secrets.sha256(token)).orElseThrow(SurveyService::unknownLink);
  }

  static Problem unknownLink() {
    return Problem.notFoundSaying(
        "This survey link is not valid. Check that you copied the whole link.");
  }

  static String closedReason(Campaign campaign, Tier tier) {
    if (campaign.isFinished()) {
      return CLOSED;
    }
    if (campaign.openedAt(tier) == null) {
      return "This survey has not opened yet for your group. Please come back when you are told it has.";
    }
    return null;
  }

  static List<Section> sections(MaturityModel model, Tier tier) {
    List<Section> sections = new ArrayList<>();
    for (MaturityModel.Dimension d : model.dimensions()) {
      List<Item> items =
          model.questionsOf(d.id()).stream()
              .filter(q -> q.tiers().contains(tier))
              .map(q -> new Item(q.id(), q.text(), q.anchors(), q.criteria()))
              .toList();
      if (!items.isEmpty()) {
        sections.add(new Section(d.id(), d.name(), d.description(), items));
      }
    }
    return sections;
  }

  /** Checks answers against the tier's questions; every wrong field is named. */
  private static int levelsOf(MaturityModel model, String questionId) {
    return model.answersOf(model.question(questionId).orElseThrow()).size();
  }

  static Map<String, Integer> validate(
      MaturityModel model, Tier tier, SurveyAnswers answers, boolean final_) {
    Set<String> asked =
        sections(model, tier).stream()
            .flatMap(s -> s.questions().stream())
            .map(Item::id)
            .collect(Collectors.toSet());
    Map<String, String> errors = new LinkedHashMap<>();
    Map<String, Integer> valid = new LinkedHashMap<>();
    answers
        .answers()
        .forEach(
            (question, level) -> {
              if (!asked.contains(question)) {
                errors.put("answers." + question, "is not a question of this questionnaire");
              } else if (level != null && (level < 1 || level > levelsOf(model, question))) {
                errors.put(
                    "answers." + question,
                    "must be a level from 1 to "
                        + levelsOf(model, question)
                        + ", or null for don't know");
              } else {
                valid.put(question, level);
              }
            });
    answers
        .comments()
        .forEach(
            (question, text) -> {
              if (!asked.contains(question)) {
                errors.put("comments." + question, "is not a question of this questionnaire");
              } else if (text != null && text.length() > MAX_COMMENT) {
                errors.put(
                    "comments." + question, "must be at most " + MAX_COMMENT + " characters");
              } else if (text != null && StoredText.wrong(text) != null) {
                errors.put("comments." + question, StoredText.wrong(text));
              }
            });
    if (final_ && errors.isEmpty() && valid.values().stream().allMatch(v -> v == null)) {
      errors.put("answers", "answer at least one question before submitting");
    }
    if (!errors.isEmpty()) {
      throw Problem.invalid(errors);
    }
    return valid;
  }

  private static String writeDraft(SurveyAnswers answers) {
    try {
      return JSON.writeValueAsString(answers);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a draft could not be written", e);
    }
  }

  private static SurveyAnswers readDraft(String json) {
    if (json == null) {
      return new SurveyAnswers(Map.of(), Map.of());
    }
    try {
      return JSON.readValue(json, SurveyAnswers.class);
    } catch (JsonProcessingException e) {
      return new SurveyAnswers(Map.of(), Map.of());
    }
  }
}
