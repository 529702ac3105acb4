package org.cemtracker.initiative;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import jakarta.transaction.Transactional;
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
import org.cemtracker.notice.Notices;
import org.cemtracker.notice.Told;
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
  @Inject Notices notices;

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
      String callerEmail,
      List<String> targetable) {}

  public List<Organisation> organisations() {
    return access.visible();
  }

  public List<Entry> list(String organisationId) {
    access.view(organisationId);
    People people = people(organisationId);
    Editor editor = editor(organisationId);
    return initiatives.findByOrganisation(organisationId).stream()
        .map(i -> entry(i, people, editor))
        .toList();
  }

  public Entry get(String initiativeId) {
    Initiative initiative = find(initiativeId);
    String organisationId = initiative.organisationId();
    return entry(initiative, people(organisationId), editor(organisationId));
  }

  public Options options(String organisationId) {
    Organisation organisation = access.view(organisationId);
    Map<String, MaturityModel.Dimension> dimensions = new LinkedHashMap<>();
    for (MaturityModel model : models(organisationId)) {
      model.dimensions().forEach(d -> dimensions.putIfAbsent(d.id(), d));
    }
    Editor editor = editor(organisationId);
    List<Department> departments = organisations.departments(organisationId);
    return new Options(
        organisation,
        organisations.members(organisationId),
        departments,
        List.copyOf(dimensions.values()),
        editor.mayCreate(),
        access.caller().email(),
        // what the caller may target: a department head only their own departments
        departments.stream().map(Department::path).filter(editor::mayTarget).toList());
  }

  public Entry create(String organisationId, InitiativeDraft draft) {
    access.view(organisationId);
    Editor editor = editor(organisationId);
    if (!editor.mayCreate()) {
      throw Problem.forbidden(
          "Only the organisation's leaders, HR, consultants and department heads plan initiatives");
    }
    CallerIdentity me = access.caller();
    People people = people(organisationId);
    Initiative initiative = new Initiative(organisationId, "", InitiativeStatus.PROPOSED);
    InitiativeDraft withOwner =
        draft.ownerEmail() == null && people.ids().containsKey(me.email())
            ? draft.withOwner(me.email())
            : draft;
    new DraftRules(context(organisationId, people)).apply(initiative, withOwner, true, me.email());
    editor.requireOwnTargets(
        initiative, null, "Department heads plan initiatives for their own departments only");
    initiatives.store(initiative);
    Changes changes = new Changes();
    snapshot(initiative, people).forEach(changes::set);
    audit.record(
        organisationId, "CREATED", "initiative", initiative.id(), initiative.title(), changes);
    assigned(initiative, null);
    return entry(initiative, people, editor);
  }

  public Entry update(String initiativeId, InitiativeDraft draft) {
    // one that the caller may not see is not found, whatever the edit says
    Change change = begin(initiativeId, "You may read this initiative but not change it");
    Initiative initiative = change.initiative();
    if (draft.version() == null) {
      throw Problem.invalid("version", "give the version you edited, to protect others' changes");
    }
    if (draft.version() != initiative.version()) {
      throw stale(initiative);
    }
    List<String> targets = List.copyOf(initiative.departmentPaths());
    String owner = initiative.ownerId();
    new DraftRules(context(initiative.organisationId(), change.people()))
        .apply(initiative, draft, false, access.caller().email());
    change.editor().require(initiative, "Department heads may target only their own departments");
    change
        .editor()
        .requireOwnTargets(
            initiative, targets, "Department heads may target only their own departments");
    Entry saved = saved(change, "UPDATED");
    assigned(initiative, owner);
    return saved;
  }

  /** Tells a new owner, unless they gave it to themselves, once the change commits. */
  private void assigned(Initiative initiative, String before) {
    String owner = initiative.ownerId();
    if (owner == null || owner.equals(before) || owner.equals(access.caller().userId())) {
      return;
    }
    notices.tell(
        new Told(
            owner,
            initiative.organisationId(),
            "assigned:" + initiative.id() + ":" + initiative.version(),
            "You own the initiative “"
                + initiative.title()
                + "” now: "
                + access.caller().email()
                + " gave it to you.",
            "initiatives/" + initiative.id()));
  }

  public void delete(String initiativeId, Long version) {
    Change change = begin(initiativeId, "You may read this initiative but not delete it");
    Initiative initiative = change.initiative();
    if (version != null && version != initiative.version()) {
      throw stale(initiative);
    }
    Changes changes = new Changes();
    change.before().forEach((field, value) -> changes.change(field, value, null));
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
    Change change = begin(initiativeId, "You may read this initiative but not post check-ins");
    DraftRules rules = new DraftRules(DraftRules.Context.NONE);
    DraftRules.NewCheckIn checkIn = rules.checkIn(date, rag, note, null);
    rules.check();
    change
        .initiative()
        .checkIn(checkIn.date(), checkIn.rag(), checkIn.note(), access.caller().email());
    return saved(change, "CHECKED_IN");
  }

  /** Records a KPI's value on a day (replacing that day's earlier value). */
  public Entry measure(String initiativeId, String kpiId, String date, Double value) {
    Change change = begin(initiativeId, "You may read this initiative but not record measurements");
    DraftRules rules = new DraftRules(DraftRules.Context.NONE);
    Measurement measurement = rules.measurement(date, value);
    rules.check();
    change.initiative().measure(kpiId, measurement.date(), measurement.value());
    return saved(change, "MEASURED");
  }

  public Entry markMilestone(String initiativeId, String milestoneId, boolean done) {
    Change change = begin(initiativeId, "You may read this initiative but not change it");
    change.initiative().markMilestone(milestoneId, done);
    return saved(change, "UPDATED");
  }

  /** An edit under way: the initiative, what it looked like, and who is changing it. */
  private record Change(
      Initiative initiative, People people, Editor editor, Map<String, Object> before) {}

  private Change begin(String initiativeId, String refusal) {
    Initiative initiative = find(initiativeId);
    Editor editor = editor(initiative.organisationId());
    editor.require(initiative, refusal);
    People people = people(initiative.organisationId());
    return new Change(initiative, people, editor, snapshot(initiative, people));
  }

  private Entry saved(Change change, String action) {
    Initiative initiative = change.initiative();
    try {
      initiatives.flush();
    } catch (OptimisticLockException e) {
      throw stale(initiative);
    }
    Changes changes = new Changes();
    snapshot(initiative, change.people())
        .forEach((field, value) -> changes.change(field, change.before().get(field), value));
    audit.record(
        initiative.organisationId(),
        action,
        "initiative",
        initiative.id(),
        initiative.title(),
        changes);
    return entry(initiative, change.people(), change.editor());
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

  /** The caller's rights in one organisation, read once per call rather than per initiative. */
  private record Editor(boolean steward, String userId, List<String> headed) {

    boolean mayCreate() {
      return steward || !headed.isEmpty();
    }

    /** Stewards edit all; a department head what they own or what targets their departments. */
    boolean mayEdit(Initiative initiative) {
      return steward
          || userId.equals(initiative.ownerId())
          || initiative.departmentPaths().stream().anyMatch(this::heads);
    }

    void require(Initiative initiative, String refusal) {
      if (!mayEdit(initiative)) {
        throw Problem.forbidden(refusal);
      }
    }

    /**
     * A department head (not a steward) sets targets only among their own departments: a new
     * initiative, or changed targets, must name at least one department and only theirs — owning an
     * initiative does not let its targets go elsewhere.
     */
    void requireOwnTargets(Initiative initiative, List<String> before, String refusal) {
      List<String> after = initiative.departmentPaths();
      if (steward || after.equals(before)) {
        return;
      }
      if (after.isEmpty() || !after.stream().allMatch(this::heads)) {
        throw Problem.forbidden(refusal);
      }
    }

    boolean mayTarget(String path) {
      return steward || heads(path);
    }

    private boolean heads(String path) {
      return headed.stream().anyMatch(h -> path.equals(h) || path.startsWith(h + "/"));
    }
  }

  private Editor editor(String organisationId) {
    return new Editor(
        access.stewards(organisationId),
        access.caller().userId(),
        access.headedDepartments(organisationId));
  }

  private Entry entry(Initiative initiative, People people, Editor editor) {
    return new Entry(
        initiative,
        email(initiative.ownerId(), people),
        email(initiative.sponsorId(), people),
        editor.mayEdit(initiative));
  }

  /** The organisation's members both ways: user id → e-mail, e-mail (lower case) → user id. */
  private record People(Map<String, String> emails, Map<String, String> ids) {}

  private People people(String organisationId) {
    Map<String, String> emails = new HashMap<>();
    Map<String, String> ids = new HashMap<>();
    for (Member m : organisations.members(organisationId)) {
      emails.put(m.membership().userId(), m.email());
      ids.put(m.email().toLowerCase(Locale.ROOT), m.membership().userId());
    }
    return new People(emails, ids);
  }

  /** A former member's e-mail still shows: the account is looked up when they left. */
  private String email(String userId, People people) {
    if (userId == null) {
      return null;
    }
    String email = people.emails().get(userId);
    return email != null ? email : users.find(userId).map(User::email).orElse(null);
  }

  private DraftRules.Context context(String organisationId, People people) {
    Set<String> dimensions = new LinkedHashSet<>();
    models(organisationId).forEach(m -> m.dimensions().forEach(d -> dimensions.add(d.id())));
    Set<String> paths = new TreeSet<>();
    organisations.departments(organisationId).forEach(d -> paths.add(d.path()));
    return new DraftRules.Context(people.ids(), dimensions, paths);
  }

  /** The models an initiative's dimensions may come from: those loaded and those campaigns ran. */
  private List<MaturityModel> models(String organisationId) {
    List<MaturityModel> models = new ArrayList<>(catalogue.latest());
    campaigns.list(organisationId).stream().map(Campaign::model).forEach(models::add);
    return models;
  }

  /** The audited fields, as the log shows them. */
  private Map<String, Object> snapshot(Initiative i, People people) {
    Map<String, Object> fields = new LinkedHashMap<>();
    fields.put("title", i.title());
    fields.put("description", i.description());
    fields.put("status", i.status().name());
    fields.put("rag", i.rag().name());
    fields.put("ownerEmail", email(i.ownerId(), people));
    fields.put("sponsorEmail", email(i.sponsorId(), people));
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
