package org.cemtracker.campaign;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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
import org.cemtracker.scoring.Suppression;

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

  /** A link just issued: its token is shown only now. */
  public record IssuedLink(String token, String url, String email) {}

  public record PhaseCount(
      Tier tier,
      boolean open,
      OffsetDateTime openedAt,
      long invited,
      Integer responses,
      boolean hidden) {}

  public record CellCount(
      String departmentPath, Tier tier, long invited, Integer responses, boolean hidden) {}

  /** Live response counts; a count between 1 and k − 1 is shown as "fewer than k". */
  public record Monitor(
      Campaign campaign,
      int threshold,
      Integer responses,
      List<PhaseCount> phases,
      List<CellCount> cells) {}

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

  private Campaign manage(String campaignId) {
    Campaign campaign = get(campaignId);
    access.campaign(campaign.organisationId());
    return campaign;
  }

  public Campaign openPhase(String campaignId, String tier) {
    Campaign campaign = manage(campaignId);
    Tier parsed = parseTier(tier);
    CampaignStatus before = campaign.status();
    campaign.open(parsed);
    record(
        campaign,
        "PHASE_OPENED",
        new Changes().set("phase", parsed.name()).change("status", before, campaign.status()));
    return campaign;
  }

  public Campaign close(String campaignId) {
    Campaign campaign = manage(campaignId);
    CampaignStatus before = campaign.status();
    campaign.close();
    record(campaign, "CLOSED", new Changes().change("status", before, campaign.status()));
    return campaign;
  }

  public Campaign publish(String campaignId) {
    Campaign campaign = manage(campaignId);
    CampaignStatus before = campaign.status();
    campaign.publish();
    record(campaign, "PUBLISHED", new Changes().change("status", before, campaign.status()));
    return campaign;
  }

  private void record(Campaign campaign, String action, Changes changes) {
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

  public Monitor monitor(String campaignId) {
    Campaign campaign = get(campaignId);
    int k = access.view(campaign.organisationId()).anonymityThreshold();
    Map<String, String> paths = new HashMap<>();
    departments.findAll(campaign.organisationId()).forEach(d -> paths.put(d.id(), d.path()));
    Map<String, long[]> cells = new LinkedHashMap<>(); // key dept|tier → {invited, responses}
    for (Object[] row : invitations.counts(campaign.id())) {
      cells.computeIfAbsent(row[0] + "|" + row[1], x -> new long[2])[0] =
          ((Number) row[2]).longValue();
    }
    for (Object[] row : responses.counts(campaign.id())) {
      cells.computeIfAbsent(row[0] + "|" + row[1], x -> new long[2])[1] =
          ((Number) row[2]).longValue();
    }
    List<CellCount> cellCounts = new ArrayList<>();
    List<PhaseCount> phases = new ArrayList<>();
    long total = 0;
    for (Tier tier : Tier.values()) {
      Map<String, Long> counts = new LinkedHashMap<>();
      long invited = 0;
      long answered = 0;
      for (Map.Entry<String, long[]> e : cells.entrySet()) {
        String[] key = e.getKey().split("\\|");
        if (key[1].equals(tier.name())) {
          counts.put(key[0], e.getValue()[1]);
          invited += e.getValue()[0];
          answered += e.getValue()[1];
        }
      }
      Set<String> hidden =
          Suppression.hidden(counts, k, Comparator.comparing(id -> paths.getOrDefault(id, id)));
      for (Map.Entry<String, long[]> e : cells.entrySet()) {
        String[] key = e.getKey().split("\\|");
        if (key[1].equals(tier.name())) {
          boolean hide = hidden.contains(key[0]);
          cellCounts.add(
              new CellCount(
                  paths.getOrDefault(key[0], "?"),
                  tier,
                  e.getValue()[0],
                  hide ? null : (int) e.getValue()[1],
                  hide));
        }
      }
      total += answered;
      boolean hideTier = answered > 0 && answered < k;
      phases.add(
          new PhaseCount(
              tier,
              campaign.accepts(tier),
              campaign.openedAt(tier),
              invited,
              hideTier ? null : (int) answered,
              hideTier));
    }
    cellCounts.sort(Comparator.comparing(CellCount::departmentPath).thenComparing(CellCount::tier));
    return new Monitor(
        campaign, k, total > 0 && total < k ? null : (int) total, phases, cellCounts);
  }

  /**
   * The campaign's responses as the scoring engine reads them, and its organisation's departments
   * (archived ones too: their responses still count).
   */
  public record Scorable(
      Campaign campaign,
      Organisation organisation,
      List<org.cemtracker.scoring.Unit> units,
      List<org.cemtracker.scoring.Answers> answers) {}

  /**
   * What a campaign's results depend on, without reading its answers: the response count, the
   * department tree and the threshold. Equal fingerprints mean equal results.
   */
  public record Fingerprint(Campaign campaign, String key) {}

  public Fingerprint fingerprint(String campaignId) {
    Campaign campaign = get(campaignId);
    Organisation organisation = access.view(campaign.organisationId());
    StringBuilder tree = new StringBuilder();
    departments
        .findAll(campaign.organisationId())
        .forEach(
            d ->
                tree.append(d.id())
                    .append('/')
                    .append(d.parentId())
                    .append('/')
                    .append(d.headcount())
                    .append('/')
                    .append(d.customerFacing())
                    .append(';'));
    return new Fingerprint(
        campaign,
        campaign.id()
            + "|"
            + responses.count(campaign.id())
            + "|"
            + organisation.anonymityThreshold()
            + "|"
            + org.cemtracker.account.Secrets.sha256(tree.toString()));
  }

  public Scorable scorable(String campaignId) {
    Campaign campaign = get(campaignId);
    Organisation organisation = access.view(campaign.organisationId());
    List<org.cemtracker.scoring.Unit> units =
        departments.findAll(campaign.organisationId()).stream()
            .map(
                d ->
                    new org.cemtracker.scoring.Unit(
                        d.id(), d.parentId(), d.path(), d.headcount(), d.customerFacing()))
            .toList();
    Map<String, Map<String, Integer>> levels = new HashMap<>();
    responses
        .answersOf(campaign.id())
        .forEach(
            row ->
                levels
                    .computeIfAbsent((String) row[0], r -> new HashMap<>())
                    .put((String) row[1], ((Number) row[2]).intValue()));
    List<org.cemtracker.scoring.Answers> answers =
        responses.findByCampaign(campaign.id()).stream()
            .map(
                r ->
                    new org.cemtracker.scoring.Answers(
                        r.departmentId(), r.tier(), levels.getOrDefault(r.id(), Map.of())))
            .toList();
    return new Scorable(campaign, organisation, units, answers);
  }

  /** The models a new campaign can run (their newest versions). */
  public List<MaturityModel> availableModels() {
    return catalogue.latest();
  }

  /** Organisations the caller may see, for choosing where a campaign runs. */
  public List<Organisation> organisations() {
    return access.visible();
  }

  /** The departments invitations can go to. */
  public List<Department> departmentsOf(Campaign campaign) {
    access.view(campaign.organisationId());
    return departments.findActive(campaign.organisationId());
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
