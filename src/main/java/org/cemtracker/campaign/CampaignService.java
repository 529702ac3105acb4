package org.cemtracker.campaign;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.cemtracker.account.Secrets;
import org.cemtracker.audit.AuditLog;
import org.cemtracker.audit.Changes;
import org.cemtracker.base.Problem;
import org.cemtracker.base.Validation;
import org.cemtracker.model.MaturityModel;
import org.cemtracker.model.ModelCatalogue;
import org.cemtracker.model.Tier;
import org.cemtracker.organisation.Access;
import org.cemtracker.organisation.Department;
import org.cemtracker.organisation.DepartmentRepository;
import org.cemtracker.organisation.Organisation;
import org.cemtracker.scoring.Unit;

/**
 * Campaigns of the organisations the caller may see: create, open top-down, invite, close, publish.
 */
@ApplicationScoped
@Transactional
public class CampaignService {

  static final int MAX_INVITATIONS = 1000;

  @Inject Access access;
  @Inject ModelCatalogue catalogue;
  @Inject CampaignRepository campaigns;
  @Inject InvitationRepository invitations;
  @Inject ResponseRepository responses;
  @Inject DepartmentRepository departments;
  @Inject InvitationMailer mailer;
  @Inject AuditLog audit;
  @Inject CampaignOpening opening;
  @Inject Event<CampaignClosing> closing;
  @Inject SubmissionWriter writer;
  @Inject FrozenTreeRepository trees;

  /** A link just issued: its token is shown only now. */
  public record IssuedLink(String token, String url, String email) {}

  public Campaign create(String organisationId, String modelId, String name) {
    access.campaign(organisationId);
    new Validation()
        .text(name, "name", 200)
        .require(modelId != null && !modelId.isBlank(), "modelId", "must name a model")
        .check();
    MaturityModel model =
        catalogue
            .find(modelId)
            .orElseThrow(() -> Problem.invalid("modelId", "no model " + modelId + " is loaded"));
    Campaign campaign = campaigns.store(new Campaign(organisationId, name, model));
    record(
        campaign,
        "CREATED",
        new Changes()
            .set("name", campaign.name())
            .set("model", campaign.modelId() + " " + campaign.modelVersion()));
    return campaign;
  }

  public List<Campaign> list(String organisationId) {
    access.view(organisationId);
    return campaigns.findByOrganisation(organisationId);
  }

  /** Campaigns of every organisation the caller may see. */
  public List<Campaign> listVisible() {
    return campaigns.findByOrganisations(access.visible().stream().map(Organisation::id).toList());
  }

  public Campaign get(String campaignId) {
    Campaign campaign = campaigns.find(campaignId).orElseThrow(() -> notFound(campaignId));
    try {
      access.view(campaign.organisationId());
    } catch (Problem hidden) {
      throw notFound(campaignId);
    }
    return campaign;
  }

  public Organisation organisationOf(Campaign campaign) {
    return access.view(campaign.organisationId());
  }

  /** The campaign, if the caller runs it (its organisation's consultants and administrators). */
  Campaign manage(String campaignId) {
    Campaign campaign = get(campaignId);
    access.campaign(campaign.organisationId());
    return campaign;
  }

  public Campaign openPhase(String campaignId, String tier) {
    Campaign campaign = manage(campaignId);
    openNow(campaign, parseTier(tier));
    return campaign;
  }

  /** Opens a phase, for the caller who runs the campaign or for its plan. */
  void openNow(Campaign campaign, Tier tier) {
    CampaignStatus before = campaign.status();
    opening.open(campaign, tier);
    record(
        campaign,
        "PHASE_OPENED",
        new Changes().set("phase", tier.name()).change("status", before, campaign.status()));
  }

  public Campaign close(String campaignId) {
    Campaign campaign = manage(campaignId);
    closeNow(campaign);
    return campaign;
  }

  /** Closes every phase, for the caller who runs the campaign or for its plan. */
  void closeNow(Campaign campaign) {
    CampaignStatus before = campaign.status();
    if (!campaign.isFinished()) {
      // the campaign before its cells, as the queue's writer takes them: then what is queued
      campaigns.lock(campaign.id());
      closing.fire(new CampaignClosing(campaign.id()));
      writer.moveAll(campaign);
    }
    campaign.close();
    record(campaign, "CLOSED", new Changes().change("status", before, campaign.status()));
  }

  public Campaign publish(String campaignId) {
    Campaign campaign = manage(campaignId);
    CampaignStatus before = campaign.status();
    campaign.publish();
    record(campaign, "PUBLISHED", new Changes().change("status", before, campaign.status()));
    return campaign;
  }

  void record(Campaign campaign, String action, Changes changes) {
    audit.record(
        campaign.organisationId(), action, "campaign", campaign.id(), campaign.name(), changes);
  }

  /** Issues invitations: {@code count} anonymous links, or one per e-mail address. */
  public List<IssuedLink> invite(
      String campaignId,
      String departmentPath,
      String tier,
      Integer count,
      List<String> emails,
      String baseUrl) {
    Campaign campaign = manage(campaignId);
    if (campaign.isFinished()) {
      throw Problem.conflict(
          "The campaign is " + campaign.status().name().toLowerCase() + ": no more invitations");
    }
    Validation validation = new Validation();
    Department department =
        departments
            .findByPath(
                campaign.organisationId(), departmentPath == null ? "" : departmentPath.trim())
            .orElse(null);
    validation.require(
        department != null,
        "departmentPath",
        "no department " + departmentPath + " in this organisation");
    validation.require(
        department == null
            || !campaign.isFrozen()
            || trees.contains(campaign.id(), department.id()),
        "departmentPath",
        "department "
            + departmentPath
            + " was added after the campaign opened; it takes part in later campaigns");
    Tier parsed = tierOrNull(tier);
    validation.require(parsed != null, "tier", "must be LEADERSHIP, MANAGEMENT or STAFF");
    boolean byEmail = emails != null && !emails.isEmpty();
    validation.require(
        byEmail || count != null, "count", "give a count of links or a list of e-mails");
    validation.require(
        byEmail || count == null || count >= 1 && count <= MAX_INVITATIONS,
        "count",
        "must be from 1 to " + MAX_INVITATIONS);
    validation.require(
        !byEmail || emails.size() <= MAX_INVITATIONS,
        "emails",
        "at most " + MAX_INVITATIONS + " per request");
    if (byEmail) {
      for (int i = 0; i < emails.size(); i++) {
        validation.email(emails.get(i), "emails[" + i + "]");
      }
    }
    validation.check();
    List<IssuedLink> issued = new ArrayList<>();
    int n = byEmail ? emails.size() : count;
    for (int i = 0; i < n; i++) {
      String email = byEmail ? emails.get(i).trim().toLowerCase(Locale.ROOT) : null;
      issued.add(issue(campaign, department, parsed, email, baseUrl));
    }
    // counts only: who was invited is not the log's business, and must not meet the responses
    record(
        campaign,
        "INVITED",
        new Changes()
            .set("departmentPath", department.path())
            .set("tier", parsed.name())
            .set("invitations", n)
            .set("byEmail", byEmail));
    if (byEmail) {
      mailer.send(access.view(campaign.organisationId()).name(), campaign.name(), issued);
    }
    return issued;
  }

  /**
   * A new link for a reminder: it opens the same invitation, and replaces an earlier reminder's.
   */
  IssuedLink remind(Invitation invitation, String baseUrl) {
    String token = Secrets.random(32);
    invitation.remindWith(Secrets.sha256(token));
    return new IssuedLink(token, surveyUrl(baseUrl, token), invitation.email());
  }

  IssuedLink issue(
      Campaign campaign, Department department, Tier tier, String email, String baseUrl) {
    String token = Secrets.random(32);
    invitations.store(
        new Invitation(campaign.id(), department.id(), tier, Secrets.sha256(token), email));
    return new IssuedLink(token, surveyUrl(baseUrl, token), email);
  }

  /** A new open link (the old one stops working): respondents pick their department and tier. */
  public IssuedLink openLink(String campaignId, String baseUrl) {
    Campaign campaign = manage(campaignId);
    if (campaign.isFinished()) {
      throw Problem.conflict(
          "The campaign is " + campaign.status().name().toLowerCase() + ": no open link");
    }
    String token = Secrets.random(32);
    campaign.replaceOpenLink(Secrets.sha256(token));
    record(
        campaign,
        "OPEN_LINK_ISSUED",
        new Changes().set("openLink", "new (the old one stops working)"));
    return new IssuedLink(token, trim(baseUrl) + "/survey/open/" + token, null);
  }

  static String surveyUrl(String baseUrl, String token) {
    return trim(baseUrl) + "/survey/" + token;
  }

  private static String trim(String baseUrl) {
    return baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
  }

  /** A finished campaign whose results the caller may read, with its frozen department tree. */
  public record Released(
      Campaign campaign, int threshold, int commentThreshold, List<Unit> units) {}

  /**
   * The campaign if its results may be read now (DESIGN §4 rule 12): once it is closed by the
   * consultants and administrators, once it is published by every member. An open campaign answers
   * 409: its scores do not exist yet, only its response counts.
   */
  public Released released(String campaignId) {
    Campaign campaign = get(campaignId);
    if (!campaign.isFinished()) {
      throw Problem.conflict("Results are released when the campaign closes");
    }
    if (campaign.status() == CampaignStatus.CLOSED
        && !access.runsCampaigns(campaign.organisationId())) {
      throw Problem.conflict(
          "The results are shown to the organisation once the consultant publishes them");
    }
    return released(campaign);
  }

  private Released released(Campaign campaign) {
    if (!campaign.isFrozen()) {
      // closed before any phase opened: no responses, nothing to freeze
      Organisation organisation = access.view(campaign.organisationId());
      return new Released(
          campaign, organisation.anonymityThreshold(), organisation.commentThreshold(), List.of());
    }
    return new Released(
        campaign,
        campaign.anonymityThreshold(),
        campaign.commentThreshold(),
        trees.findByCampaign(campaign.id()).stream().map(FrozenDepartment::unit).toList());
  }

  /** The organisation's campaigns whose results the caller may read, oldest first. */
  public List<Released> releasedCampaigns(String organisationId) {
    List<Campaign> finished = list(organisationId).stream().filter(Campaign::isFinished).toList();
    boolean runs = access.runsCampaigns(organisationId);
    return finished.stream()
        .filter(c -> runs || c.status() == CampaignStatus.PUBLISHED)
        .sorted(Comparator.comparing(Campaign::createdAt))
        .map(this::released)
        .toList();
  }

  /** The models a new campaign can run (their newest versions). */
  public List<MaturityModel> availableModels() {
    return catalogue.latest();
  }

  /** Organisations the caller may see, for choosing where a campaign runs. */
  public List<Organisation> organisations() {
    return access.visible();
  }

  /** The organisations where the caller runs campaigns (creates, opens, closes, publishes). */
  public List<Organisation> runnable() {
    return access.visible().stream().filter(o -> access.runsCampaigns(o.id())).toList();
  }

  /** Whether the caller runs this campaign: its organisation's consultants and administrators. */
  public boolean runs(Campaign campaign) {
    return access.runsCampaigns(campaign.organisationId());
  }

  /** The departments invitations can go to: once frozen, only those of the frozen tree. */
  public List<Department> departmentsOf(Campaign campaign) {
    access.view(campaign.organisationId());
    List<Department> active = departments.findActive(campaign.organisationId());
    if (!campaign.isFrozen()) {
      return active;
    }
    Set<String> frozen = new HashSet<>();
    trees.findByCampaign(campaign.id()).forEach(d -> frozen.add(d.departmentId()));
    return active.stream().filter(d -> frozen.contains(d.id())).toList();
  }

  static Tier parseTier(String tier) {
    Tier parsed = tierOrNull(tier);
    if (parsed == null) {
      throw Problem.invalid("tier", "must be LEADERSHIP, MANAGEMENT or STAFF");
    }
    return parsed;
  }

  static Tier tierOrNull(String tier) {
    try {
      return tier == null ? null : Tier.valueOf(tier.trim().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  static Problem notFound(String campaignId) {
    return Problem.notFound("Campaign " + campaignId);
  }
}
