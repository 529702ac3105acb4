package org.cemtracker.organisation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.cemtracker.account.CallerIdentity;
import org.cemtracker.account.MembershipDirectory;
import org.cemtracker.account.User;
import org.cemtracker.account.UserRepository;
import org.cemtracker.audit.AuditLog;
import org.cemtracker.audit.Changes;
import org.cemtracker.base.Problem;
import org.cemtracker.base.Validation;

/** Organisations, their members and their department trees, scoped to what the caller may see. */
@ApplicationScoped
@Transactional
public class OrganisationService implements MembershipDirectory {

  @Inject Access access;
  @Inject OrganisationRepository organisations;
  @Inject MembershipRepository memberships;
  @Inject DepartmentRepository departments;
  @Inject UserRepository users;
  @Inject Instance<DepartmentUsage> usages;
  @Inject AuditLog audit;

  /** Settings of an organisation; a null field keeps its value (or takes the default). */
  public record Settings(
      String name,
      String industry,
      Integer anonymityThreshold,
      Integer commentThreshold,
      Integer retentionMonths,
      Long version) {}

  public record Member(Membership membership, String email, String name) {}

  public List<Organisation> list() {
    return access.visible();
  }

  public Organisation get(String organisationId) {
    return access.view(organisationId);
  }

  public Organisation create(Settings settings) {
    CallerIdentity me = access.caller();
    if (!access.mayCreateOrganisations()) {
      throw Problem.forbidden("Only administrators and consultants may create organisations");
    }
    int k =
        settings.anonymityThreshold() == null
            ? Organisation.DEFAULT_THRESHOLD
            : settings.anonymityThreshold();
    int c =
        settings.commentThreshold() == null
            ? Math.max(Organisation.DEFAULT_COMMENT_THRESHOLD, k)
            : settings.commentThreshold();
    validate(settings.name(), settings.industry(), k, c);
    Organisation organisation =
        organisations.store(new Organisation(settings.name(), settings.industry(), k));
    organisation.setThresholds(k, c);
    Integer retention = settings.retentionMonths();
    new Validation()
        .require(
            retention == null || retention >= 0 && retention <= 600,
            "retentionMonths",
            "must be a whole number of months from 1 to 600, or 0 to keep raw answers for ever")
        .check();
    organisation.keepRawAnswersFor(retention == null || retention == 0 ? null : retention);
    audit.record(
        organisation.id(),
        "CREATED",
        "organisation",
        organisation.id(),
        organisation.name(),
        new Changes()
            .set("name", organisation.name())
            .set("industry", organisation.industry())
            .set("anonymityThreshold", k)
            .set("commentThreshold", c));
    if (!me.admin()) {
      Membership own =
          memberships.store(
              new Membership(organisation.id(), me.userId(), Role.CONSULTANT, List.of()));
      recordMembership("ADDED", own, me.email(), false);
    }
    return organisation;
  }

  public Organisation update(String organisationId, Settings edit) {
    Organisation organisation = access.manage(organisationId);
    if (edit.version() != null && edit.version() != organisation.version()) {
      throw Problem.conflict(
          "The organisation was changed by someone else meanwhile (version "
              + organisation.version()
              + ")");
    }
    String name = edit.name() == null ? organisation.name() : edit.name();
    String industry = edit.industry() == null ? organisation.industry() : edit.industry();
    int k =
        edit.anonymityThreshold() == null
            ? organisation.anonymityThreshold()
            : edit.anonymityThreshold();
    // c follows a raised k unless given: it is never below k
    int c =
        edit.commentThreshold() == null
            ? Math.max(organisation.commentThreshold(), k)
            : edit.commentThreshold();
    validate(name, industry, k, c);
    Changes changes =
        new Changes()
            .change("name", organisation.name(), name)
            .change("industry", organisation.industry(), industry)
            .change("anonymityThreshold", organisation.anonymityThreshold(), k)
            .change("commentThreshold", organisation.commentThreshold(), c);
    // retention: null keeps it, 0 switches it off
    Integer retention =
        edit.retentionMonths() == null
            ? organisation.retentionMonths()
            : edit.retentionMonths() == 0 ? null : edit.retentionMonths();
    new Validation()
        .require(
            retention == null || retention >= 1 && retention <= 600,
            "retentionMonths",
            "must be a whole number of months from 1 to 600, or 0 to keep raw answers for ever")
        .check();
    changes.change("retentionMonths", organisation.retentionMonths(), retention);
    organisation.rename(name, industry);
    organisation.setThresholds(k, c);
    organisation.keepRawAnswersFor(retention);
    if (!changes.isEmpty()) {
      audit.record(
          organisationId, "UPDATED", "organisation", organisationId, organisation.name(), changes);
    }
    return organisation;
  }

  private static void validate(String name, String industry, int k, int c) {
    new Validation()
        .text(name, "name", 200)
        .require(
            industry == null || industry.length() <= 200,
            "industry",
            "must be at most 200 characters")
        .require(
            k >= Organisation.MIN_THRESHOLD && k <= 100,
            "anonymityThreshold",
            "must be a whole number from 3 to 100")
        .require(
            c >= k && c <= 1000,
            "commentThreshold",
            "must be a whole number from the anonymity threshold (" + k + ") to 1000")
        .check();
  }

  public List<Member> members(String organisationId) {
    access.view(organisationId);
    List<Member> result = new ArrayList<>();
    for (Membership m : memberships.findByOrganisation(organisationId)) {
      users.find(m.userId()).ifPresent(u -> result.add(new Member(m, u.email(), u.name())));
    }
    result.sort(java.util.Comparator.comparing(Member::email));
    return result;
  }

  public Member addMember(
      String organisationId, String email, String role, List<String> departmentPaths) {
    access.manage(organisationId);
    Role parsed = parseRole(role);
    Validation validation = new Validation().email(email, "email");
    List<String> paths =
        departmentPaths == null
            ? List.of()
            : departmentPaths.stream().map(DepartmentImport::normalisePath).toList();
    validation.require(
        parsed != Role.DEPARTMENT_HEAD || !paths.isEmpty(),
        "departmentPaths",
        "a department head needs at least one department");
    for (String path : paths) {
      validation.require(
          path != null && departments.findByPath(organisationId, path).isPresent(),
          "departmentPaths",
          "no department " + path + " in this organisation");
    }
    validation.check();
    User user =
        users
            .findByEmail(email)
            .orElseThrow(
                () ->
                    Problem.invalid("email", "no user with this e-mail: create the account first"));
    access.requireGrant(organisationId, user.id(), parsed);
    boolean already =
        memberships.findOf(organisationId, user.id()).stream().anyMatch(m -> m.role() == parsed);
    if (already) {
      throw Problem.conflict(user.email() + " is already " + parsed + " in this organisation");
    }
    Membership membership =
        memberships.store(new Membership(organisationId, user.id(), parsed, paths));
    recordMembership("ADDED", membership, user.email(), false);
    return new Member(membership, user.email(), user.name());
  }

  /** Whether the caller may change the organisation (its consultants, HR and administrators). */
  public boolean mayManage(String organisationId) {
    return access.manages(organisationId);
  }

  /** The roles the caller may give other people in the organisation (none if they manage none). */
  public List<Role> grantableRoles(String organisationId) {
    access.view(organisationId);
    return access.grantable(organisationId);
  }

  /** Which of the organisation's memberships the caller may take away. */
  public Predicate<Membership> removable(String organisationId) {
    access.view(organisationId);
    return access.removable(organisationId);
  }

  public void removeMember(String organisationId, String membershipId) {
    access.manage(organisationId);
    Membership membership =
        memberships.findByOrganisation(organisationId).stream()
            .filter(m -> m.id().equals(membershipId))
            .findFirst()
            .orElseThrow(() -> Problem.notFound("Membership " + membershipId));
    access.requireGrant(organisationId, membership.userId(), membership.role());
    memberships.remove(membership);
    recordMembership(
        "REMOVED", membership, users.find(membership.userId()).map(User::email).orElse(null), true);
  }

  private void recordMembership(String action, Membership m, String email, boolean removed) {
    Changes changes = new Changes();
    if (removed) {
      changes
          .change("email", email, null)
          .change("role", m.role().name(), null)
          .change("departmentPaths", m.departmentPaths(), null);
    } else {
      changes
          .set("email", email)
          .set("role", m.role().name())
          .set("departmentPaths", m.departmentPaths());
    }
    audit.record(m.organisationId(), action, "membership", m.id(), email, changes);
  }

  private static Role parseRole(String role) {
    try {
      return Role.valueOf(role == null ? "" : role.trim().toUpperCase());
    } catch (IllegalArgumentException e) {
      throw Problem.invalid("role", "must be CONSULTANT, LEADER, DEPARTMENT_HEAD or HR");
    }
  }

  public List<Department> departments(String organisationId) {
    access.view(organisationId);
    return departments.findActive(organisationId);
  }

  /**
   * Replaces the department tree: departments are matched by path (kept, with their responses); new
   * paths are added; a department no longer listed is archived when anything refers to it, deleted
   * otherwise.
   */
  public List<Department> replaceDepartments(String organisationId, List<DepartmentRow> rows) {
    access.manage(organisationId);
    List<String> before =
        departments.findActive(organisationId).stream().map(Department::path).toList();
    List<Department> after = replaceTree(organisationId, rows);
    List<String> paths = after.stream().map(Department::path).toList();
    audit.record(
        organisationId,
        "REPLACED",
        "departments",
        organisationId,
        paths.size() + " departments",
        new Changes()
            .change("added", null, paths.stream().filter(p -> !before.contains(p)).toList())
            .change("removed", null, before.stream().filter(p -> !paths.contains(p)).toList())
            .change("departments", before.size(), paths.size()));
    return after;
  }

  /** The replacement itself, for callers that have checked access (or seed demo data). */
  List<Department> replaceTree(String organisationId, List<DepartmentRow> rows) {
    Map<String, Department> byPath = new HashMap<>();
    for (Department d : departments.findAll(organisationId)) {
      Department seen = byPath.get(d.path());
      if (seen == null || seen.archived()) {
        byPath.put(d.path(), d);
      }
    }
    Set<String> kept = new HashSet<>();
    for (DepartmentRow row : rows) { // sorted by path: parents come before their children
      String parentPath = Department.parentPath(row.path());
      String parentId = parentPath == null ? null : byPath.get(parentPath).id();
      Department existing = byPath.get(row.path());
      if (existing == null) {
        existing =
            new Department(organisationId, row.path(), row.headcount(), row.customerFacing());
        existing.placeUnder(parentId);
        departments.store(existing);
        byPath.put(row.path(), existing);
      } else {
        existing.update(row.headcount(), row.customerFacing());
        existing.placeUnder(parentId);
      }
      kept.add(existing.id());
    }
    List<Department> dropped =
        departments.findAll(organisationId).stream().filter(d -> !kept.contains(d.id())).toList();
    dropped.forEach(d -> d.placeUnder(null));
    departments.flush();
    for (Department d : dropped) {
      if (isUsed(d.id())) {
        d.archive();
      } else {
        departments.remove(d);
      }
    }
    return departments.findActive(organisationId);
  }

  private boolean isUsed(String departmentId) {
    for (DepartmentUsage usage : usages) {
      if (usage.isUsed(departmentId)) {
        return true;
      }
    }
    return false;
  }

  @Override
  public List<MembershipDirectory.Entry> of(String userId) {
    return memberships.findByUser(userId).stream()
        .map(
            m ->
                new MembershipDirectory.Entry(
                    m.organisationId(), m.role().name(), m.departmentPaths()))
        .toList();
  }
}
