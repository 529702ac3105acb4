package org.cemtracker.organisation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.cemtracker.account.User;
import org.cemtracker.account.UserRepository;
import org.cemtracker.base.Problem;

/**
 * An organisation's own part of its export: settings, department tree and members by e-mail; and
 * its restoring under new ids. Runs in the caller's transaction; the caller checks the rights.
 */
@ApplicationScoped
public class OrganisationTransfer {

  @Inject OrganisationRepository organisations;
  @Inject DepartmentRepository departments;
  @Inject MembershipRepository memberships;
  @Inject UserRepository users;

  /** A department; {@code key} is its id in the exporting instance, only for references. */
  public record DepartmentData(
      String key,
      String parentKey,
      String path,
      int headcount,
      boolean customerFacing,
      boolean archived) {}

  public record MemberData(String email, String role, List<String> departmentPaths) {}

  public record OrganisationData(
      String key,
      String name,
      String industry,
      int anonymityThreshold,
      int commentThreshold,
      Integer retentionMonths,
      List<DepartmentData> departments,
      List<MemberData> members) {}

  /** The new organisation, its departments' new ids by old key, and members left out. */
  public record Restored(
      Organisation organisation, Map<String, String> departmentIds, List<String> skippedMembers) {}

  public OrganisationData export(String organisationId) {
    Organisation o = organisations.find(organisationId).orElseThrow();
    List<DepartmentData> tree =
        departments.findAll(organisationId).stream()
            .map(
                d ->
                    new DepartmentData(
                        d.id(),
                        d.parentId(),
                        d.path(),
                        d.headcount(),
                        d.customerFacing(),
                        d.archived()))
            .toList();
    List<MemberData> members = new ArrayList<>();
    for (Membership m : memberships.findByOrganisation(organisationId)) {
      users
          .find(m.userId())
          .ifPresent(
              u -> members.add(new MemberData(u.email(), m.role().name(), m.departmentPaths())));
    }
    members.sort(Comparator.comparing(MemberData::email).thenComparing(MemberData::role));
    return new OrganisationData(
        o.id(),
        o.name(),
        o.industry(),
        o.anonymityThreshold(),
        o.commentThreshold(),
        o.retentionMonths(),
        tree,
        members);
  }

  /** Makes a user a consultant of the organisation (the one who imported it). */
  public void addConsultant(String organisationId, String userId) {
    memberships.store(new Membership(organisationId, userId, Role.CONSULTANT, List.of()));
  }

  public Restored restore(OrganisationData data) {
    if (data.name() == null || data.name().isBlank() || data.name().length() > 200) {
      throw Problem.invalid("organisation.name", "must be 1 to 200 characters");
    }
    Organisation organisation;
    try {
      organisation = new Organisation(data.name(), data.industry(), data.anonymityThreshold());
      organisation.setThresholds(data.anonymityThreshold(), data.commentThreshold());
      organisation.keepRawAnswersFor(data.retentionMonths());
    } catch (IllegalArgumentException e) {
      throw Problem.invalid("organisation", e.getMessage());
    }
    organisations.store(organisation);
    Map<String, String> ids = new HashMap<>();
    Set<String> paths = new HashSet<>();
    List<DepartmentData> tree = data.departments() == null ? List.of() : data.departments();
    List<Department> created = new ArrayList<>();
    for (int i = 0; i < tree.size(); i++) {
      DepartmentData d = tree.get(i);
      if (d.key() == null || d.path() == null || d.path().isBlank() || ids.containsKey(d.key())) {
        throw Problem.invalid(
            "organisation.departments[" + i + "]", "needs a unique key and a path");
      }
      String path = DepartmentImport.normalisePath(d.path());
      if (path.isEmpty() || !paths.add(path)) {
        throw Problem.invalid(
            "organisation.departments[" + i + "].path", "is empty or appears twice: " + d.path());
      }
      Department department;
      try {
        department = new Department(organisation.id(), path, d.headcount(), d.customerFacing());
      } catch (IllegalArgumentException e) {
        throw Problem.invalid("organisation.departments[" + i + "]", e.getMessage());
      }
      if (d.archived()) {
        department.archive();
      }
      ids.put(d.key(), department.id());
      created.add(department);
    }
    // parents first, so that every department's parent is in the table before it
    for (int i = 0; i < tree.size(); i++) {
      String parent = tree.get(i).parentKey();
      if (parent != null && !ids.containsKey(parent)) {
        throw Problem.invalid(
            "organisation.departments[" + i + "].parentKey", "names no department of the file");
      }
      created.get(i).placeUnder(parent == null ? null : ids.get(parent));
    }
    created.stream()
        .sorted(Comparator.comparingInt(d -> d.path().split("/").length))
        .forEach(departments::store);
    return new Restored(organisation, ids, members(organisation, data.members()));
  }

  private List<String> members(Organisation organisation, List<MemberData> members) {
    List<String> skipped = new ArrayList<>();
    if (members == null) {
      return skipped;
    }
    for (int i = 0; i < members.size(); i++) {
      MemberData m = members.get(i);
      Role role;
      try {
        role = Role.valueOf(String.valueOf(m.role()).toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        throw Problem.invalid("organisation.members[" + i + "].role", "is not a role");
      }
      User user = m.email() == null ? null : users.findByEmail(m.email()).orElse(null);
      if (user == null) {
        skipped.add(m.email());
        continue;
      }
      memberships.store(new Membership(organisation.id(), user.id(), role, m.departmentPaths()));
    }
    return skipped;
  }
}
