package org.cemtracker.initiative;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.cemtracker.account.CallerIdentity;
import org.cemtracker.account.User;
import org.cemtracker.account.UserRepository;
import org.cemtracker.audit.AuditLog;
import org.cemtracker.audit.Changes;
import org.cemtracker.base.Problem;
import org.cemtracker.campaign.Campaign;
import org.cemtracker.campaign.CampaignService;
import org.cemtracker.model.MaturityModel;
import org.cemtracker.model.ModelCatalogue;
import org.cemtracker.organisation.Access;
import org.cemtracker.organisation.Department;
import org.cemtracker.organisation.Organisation;
import org.cemtracker.organisation.OrganisationService;
import org.cemtracker.organisation.OrganisationService.Member;

/**
 * Initiatives of the organisations the caller may see. Every member reads them; leaders, HR and
 * consultants edit all of them; a department head edits those they own or that target their
 * departments. Each change is audited in its own transaction.
 */
@ApplicationScoped
@Transactional
public class InitiativeService {

  @Inject Access access;
  @Inject InitiativeRepository initiatives;
  @Inject OrganisationService organisations;
  @Inject CampaignService campaigns;
  @Inject ModelCatalogue catalogue;
  @Inject UserRepository users;
  @Inject AuditLog audit;

  /** An initiative with its people's e-mails and whether the caller may change it. */
  public record Entry(
      Initiative initiative, String ownerEmail, String sponsorEmail, boolean editable) {}

  /** What an initiative of this organisation can refer to, for forms. */
  public record Options(
      Organisation organisation,
      List<Member> members,
      List<Department> departments,
      List<MaturityModel.Dimension> dimensions,
      boolean mayCreate,
      String callerEmail) {}

  public List<Organisation> organisations() {
    return access.visible();
  }

  public List<Entry> list(String organisationId) {
    access.view(organisationId);
    Map<String, String> emails = emails(organisationId);
    return initiatives.findByOrganisation(organisationId).stream()
        .map(i -> entry(i, emails))
        .toList();
  }

  public Entry get(String initiativeId) {
    Initiative initiative = find(initiativeId);
    return entry(initiative, emails(initiative.organisationId()));
  }

  public Options options(String organisationId) {
    Organisation organisation = access.view(organisationId);
    Map<String, MaturityModel.Dimension> dimensions = new LinkedHashMap<>();
    for (MaturityModel model : models(organisationId)) {
      model.dimensions().forEach(d -> dimensions.putIfAbsent(d.id(), d));
    }
    boolean mayCreate =
        access.stewards(organisationId) || !access.headedDepartments(organisationId).isEmpty();
    return new Options(
        organisation,
        organisations.members(organisationId),
        organisations.departments(organisationId),
        List.copyOf(dimensions.values()),
        mayCreate,
        access.caller().email());
  }

  public Entry create(String organisationId, InitiativeDraft draft) {
    access.view(organisationId);
    if (!access.stewards(organisationId) && access.headedDepartments(organisationId).isEmpty()) {
      throw Problem.forbidden(
          "Only the organisation's leaders, HR, consultants and department heads plan initiatives");
    }
    CallerIdentity me = access.caller();
    Initiative initiative = new Initiative(organisationId, "", InitiativeStatus.PROPOSED);
    InitiativeDraft withOwner = draft;
    Map<String, String> members = memberIds(organisationId);
    if (draft.ownerEmail() == null && members.containsKey(me.email())) {
      withOwner = draft.withOwner(me.email());
    }
    new DraftRules(context(organisationId, members)).apply(initiative, withOwner, true, me.email());
    requireEditor(initiative, "Department heads plan initiatives for their own departments");
    initiatives.store(initiative);
    Map<String, String> emails = emails(organisationId);
    Changes changes = new Changes();
    snapshot(initiative, emails).forEach(changes::set);
    audit.record(
        organisationId, "CREATED", "initiative", initiative.id(), initiative.title(), changes);
    return entry(initiative, emails);
  }

  public Entry update(String initiativeId, InitiativeDraft draft) {
    if (draft.version() == null) {
      throw Problem.invalid("version", "give the version you edited, to protect others' changes");
    }
    Initiative initiative = find(initiativeId);
    requireEditor(initiative, "You may read this initiative but not change it");
    if (draft.version() != initiative.version()) {
      throw stale(initiative);
    }
    Map<String, String> emails = emails(initiative.organisationId());
    Map<String, Object> before = snapshot(initiative, emails);
    new DraftRules(context(initiative.organisationId(), memberIds(initiative.organisationId())))
        .apply(initiative, draft, false, access.caller().email());
    requireEditor(initiative, "Department heads may target only their own departments");
    return saved(initiative, "UPDATED", before, emails);
  }

  public void delete(String initiativeId, Long version) {
    Initiative initiative = find(initiativeId);
    requireEditor(initiative, "You may read this initiative but not delete it");
    if (version != null && version != initiative.version()) {
      throw stale(initiative);
    }
    Changes changes = new Changes();
    snapshot(initiative, emails(initiative.organisationId()))
        .forEach((field, value) -> changes.change(field, value, null));
    audit.record(
        initiative.organisationId(),
        "DELETED",
        "initiative",
        initiative.id(),
        initiative.title(),
        changes);
    initiatives.remove(initiative);
  }

  /** Posts a check-in; the initiative's RAG becomes the newest check-in's. */
  public Entry checkIn(String initiativeId, String date, String rag, String note) {
    Initiative initiative = find(initiativeId);
    requireEditor(initiative, "You may read this initiative but not post check-ins");
    Map<String, String> emails = emails(initiative.organisationId());
    Map<String, Object> before = snapshot(initiative, emails);
    DraftRules rules = new DraftRules(context(initiative.organisationId(), Map.of()));
    DraftRules.NewCheckIn checkIn = rules.checkIn(date, rag, note, null);
    rules.check();
    initiative.checkIn(checkIn.date(), checkIn.rag(), checkIn.note(), access.caller().email());
    return saved(initiative, "CHECKED_IN", before, emails);
  }

  /** Records a KPI's value on a day (replacing that day's earlier value). */
  public Entry measure(String initiativeId, String kpiId, String date, Double value) {
    Initiative initiative = find(initiativeId);
    requireEditor(initiative, "You may read this initiative but not record measurements");
    Map<String, String> emails = emails(initiative.organisationId());
    Map<String, Object> before = snapshot(initiative, emails);
    DraftRules rules = new DraftRules(context(initiative.organisationId(), Map.of()));
    LocalDate day = rules.date(date, "date");
    new org.cemtracker.base.Validation()
        .require(day != null, "date", "must be a date like 2027-03-31")
        .require(value != null && Double.isFinite(value), "value", "must be a number")
        .check();
    rules.check();
    initiative.measure(kpiId, day, value);
    return saved(initiative, "MEASURED", before, emails);
  }

  public Entry markMilestone(String initiativeId, String milestoneId, boolean done) {
    Initiative initiative = find(initiativeId);
    requireEditor(initiative, "You may read this initiative but not change it");
    Map<String, String> emails = emails(initiative.organisationId());
    Map<String, Object> before = snapshot(initiative, emails);
    initiative.markMilestone(milestoneId, done);
    return saved(initiative, "UPDATED", before, emails);
  }

  private Entry saved(
      Initiative initiative,
      String action,
      Map<String, Object> before,
      Map<String, String> emails) {
    try {
      initiatives.flush();
    } catch (OptimisticLockException e) {
      throw stale(initiative);
    }
    Changes changes = new Changes();
    snapshot(initiative, emails)
        .forEach((field, value) -> changes.change(field, before.get(field), value));
    audit.record(
        initiative.organisationId(),
        action,
        "initiative",
        initiative.id(),
        initiative.title(),
        changes);
    return entry(initiative, emails);
  }

  Initiative find(String initiativeId) {
    Initiative initiative =
        initiatives.find(initiativeId).orElseThrow(() -> notFound(initiativeId));
    try {
      access.view(initiative.organisationId());
    } catch (Problem hidden) {
      throw notFound(initiativeId);
    }
    return initiative;
  }

  private static Problem notFound(String initiativeId) {
    return Problem.notFound("Initiative " + initiativeId);
  }

  private static Problem stale(Initiative initiative) {
    return Problem.conflict(
        "The initiative was changed by someone else meanwhile (it is now version "
            + initiative.version()
            + "); reload it and apply your change again");
  }

  private void requireEditor(Initiative initiative, String refusal) {
    if (!mayEdit(initiative)) {
      throw Problem.forbidden(refusal);
    }
  }

  private boolean mayEdit(Initiative initiative) {
    String organisationId = initiative.organisationId();
    if (access.stewards(organisationId)) {
      return true;
    }
    if (access.caller().userId().equals(initiative.ownerId())) {
      return true;
    }
    List<String> headed = access.headedDepartments(organisationId);
    return initiative.departmentPaths().stream()
        .anyMatch(p -> headed.stream().anyMatch(h -> p.equals(h) || p.startsWith(h + "/")));
  }

  private Entry entry(Initiative initiative, Map<String, String> emails) {
    return new Entry(
        initiative,
        email(initiative.ownerId(), emails),
        email(initiative.sponsorId(), emails),
        mayEdit(initiative));
  }

  private String email(String userId, Map<String, String> emails) {
    if (userId == null) {
      return null;
    }
    String email = emails.get(userId);
    return email != null ? email : users.find(userId).map(User::email).orElse(null);
  }

  /** User id → e-mail of the organisation's members. */
  private Map<String, String> emails(String organisationId) {
    Map<String, String> emails = new HashMap<>();
    organisations
        .members(organisationId)
        .forEach(m -> emails.put(m.membership().userId(), m.email()));
    return emails;
  }

  /** E-mail (lower case) → user id of the organisation's members. */
  private Map<String, String> memberIds(String organisationId) {
    Map<String, String> ids = new HashMap<>();
    organisations
        .members(organisationId)
        .forEach(m -> ids.put(m.email().toLowerCase(Locale.ROOT), m.membership().userId()));
    return ids;
  }

  private DraftRules.Context context(String organisationId, Map<String, String> memberIds) {
    Set<String> dimensions = new LinkedHashSet<>();
    models(organisationId).forEach(m -> m.dimensions().forEach(d -> dimensions.add(d.id())));
    Set<String> paths = new TreeSet<>();
    organisations.departments(organisationId).forEach(d -> paths.add(d.path()));
    return new DraftRules.Context(memberIds, dimensions, paths);
  }

  /** The models an initiative's dimensions may come from: those loaded and those campaigns ran. */
  private List<MaturityModel> models(String organisationId) {
    List<MaturityModel> models = new ArrayList<>(catalogue.latest());
    campaigns.list(organisationId).stream().map(Campaign::model).forEach(models::add);
    return models;
  }

  /** The audited fields, as the log shows them. */
  private Map<String, Object> snapshot(Initiative i, Map<String, String> emails) {
    Map<String, Object> fields = new LinkedHashMap<>();
    fields.put("title", i.title());
    fields.put("description", i.description());
    fields.put("status", i.status().name());
    fields.put("rag", i.rag().name());
    fields.put("ownerEmail", email(i.ownerId(), emails));
    fields.put("sponsorEmail", email(i.sponsorId(), emails));
    fields.put("dimensions", i.dimensions());
    fields.put("departmentPaths", i.departmentPaths());
    fields.put("startDate", i.startDate());
    fields.put("dueDate", i.dueDate());
    fields.put(
        "milestones",
        i.milestones().stream()
            .map(
                m ->
                    m.title()
                        + (m.dueDate() == null ? "" : " by " + m.dueDate())
                        + (m.done() ? " (done)" : ""))
            .toList());
    fields.put(
        "kpis",
        i.kpis().stream()
            .map(
                k ->
                    k.name()
                        + " ("
                        + k.baseline()
                        + " → "
                        + k.target()
                        + (k.unit() == null ? "" : " " + k.unit())
                        + ", "
                        + k.measurements().size()
                        + " measurements)")
            .toList());
    fields.put("checkIns", i.checkIns().size());
    return fields;
  }
}
