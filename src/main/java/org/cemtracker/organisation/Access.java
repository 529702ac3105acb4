package org.cemtracker.organisation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.cemtracker.account.CallerIdentity;
import org.cemtracker.account.CurrentCaller;
import org.cemtracker.audit.AuditReaders;
import org.cemtracker.base.Problem;

/**
 * Who may see and change what in an organisation. Someone who is not a member gets 404 for it, as
 * if it did not exist, so that no other tenant's ids can be probed; a member without the needed
 * role gets 403. The instance's administrators may do everything.
 */
@ApplicationScoped
public class Access implements AuditReaders {

  /** Roles that may change an organisation's settings, departments and members. */
  static final Set<Role> MANAGERS = EnumSet.of(Role.CONSULTANT, Role.HR);

  /** Roles that may run campaigns. */
  static final Set<Role> CAMPAIGNERS = EnumSet.of(Role.CONSULTANT);

  /** Roles that read the audit log, and edit every initiative of the organisation. */
  static final Set<Role> STEWARDS = EnumSet.of(Role.CONSULTANT, Role.HR, Role.LEADER);

  @Inject CurrentCaller caller;
  @Inject OrganisationRepository organisations;
  @Inject MembershipRepository memberships;

  public CallerIdentity caller() {
    return caller.require();
  }

  /** The organisation if the caller may see it; otherwise "not found". */
  public Organisation view(String organisationId) {
    CallerIdentity me = caller.require();
    Organisation organisation =
        organisations.find(organisationId).orElseThrow(() -> notFound(organisationId));
    if (!me.admin()
        && !TenantCheck.OFF
        && memberships.findOf(organisationId, me.userId()).isEmpty()) {
      throw notFound(organisationId);
    }
    return organisation;
  }

  /** The organisation if the caller may change its settings, departments and members. */
  public Organisation manage(String organisationId) {
    return requireRole(
        organisationId, MANAGERS, "Only the organisation's consultants and HR may change it");
  }

  /**
   * Refuses (403) unless the caller may grant or take away the role for that user: see {@link
   * Grants}.
   */
  public void requireGrant(String organisationId, String userId, Role role) {
    manage(organisationId);
    grantRefusal(organisationId, userId, role)
        .ifPresent(
            refusal -> {
              throw Problem.forbidden(refusal);
            });
  }

  /** Why the caller may not grant or take away the role for that user, if they may not. */
  private Optional<String> grantRefusal(String organisationId, String userId, Role role) {
    return Grants.refusal(
        isAdmin(), roles(organisationId), caller.require().userId().equals(userId), role);
  }

  /** The roles the caller may give other people (their own roles read once). */
  public List<Role> grantable(String organisationId) {
    boolean admin = isAdmin();
    Set<Role> mine = roles(organisationId);
    return Arrays.stream(Role.values())
        .filter(r -> Grants.refusal(admin, mine, false, r).isEmpty())
        .toList();
  }

  /** Which memberships the caller may take away (their own roles read once, for a whole list). */
  public Predicate<Membership> removable(String organisationId) {
    boolean admin = isAdmin();
    Set<Role> mine = roles(organisationId);
    String me = caller.require().userId();
    return m -> Grants.refusal(admin, mine, me.equals(m.userId()), m.role()).isEmpty();
  }

  /** The organisation if the caller may create and run its campaigns. */
  public Organisation campaign(String organisationId) {
    return requireRole(
        organisationId, CAMPAIGNERS, "Only the organisation's consultants may run its campaigns");
  }

  @Override
  public void requireReader(String organisationId) {
    requireRole(
        organisationId,
        STEWARDS,
        "Only the organisation's leaders, HR and consultants may read its audit log");
  }

  @Override
  public Map<String, String> readable() {
    Map<String, String> names = new LinkedHashMap<>();
    Set<String> stewarded = new HashSet<>();
    memberships.findByUser(caller.require().userId()).stream()
        .filter(m -> STEWARDS.contains(m.role()))
        .forEach(m -> stewarded.add(m.organisationId()));
    visible().stream()
        .filter(o -> isAdmin() || stewarded.contains(o.id()))
        .sorted(Comparator.comparing(Organisation::name))
        .forEach(o -> names.put(o.id(), o.name()));
    return names;
  }

  /**
   * Whether the caller runs the organisation's campaigns (consultants and administrators): they
   * read a campaign's results from its close, everyone else from its publication.
   */
  public boolean runsCampaigns(String organisationId) {
    view(organisationId);
    return isAdmin() || roles(organisationId).stream().anyMatch(CAMPAIGNERS::contains);
  }

  /**
   * The organisation if the caller may erase it: administrators, and the organisation's own
   * consultants (who run its engagement and hand its data over); nobody else.
   */
  public Organisation erase(String organisationId) {
    return requireRole(
        organisationId,
        CAMPAIGNERS,
        "Only administrators and the organisation's consultants may erase it");
  }

  /**
   * The organisation if the caller may export it whole (its anonymous responses included):
   * administrators and its consultants, as for erasing it.
   */
  public Organisation handOver(String organisationId) {
    return requireRole(
        organisationId,
        CAMPAIGNERS,
        "Only administrators and the organisation's consultants may export it");
  }

  /** Whether the caller edits every initiative of the organisation (it must be visible). */
  public boolean stewards(String organisationId) {
    view(organisationId);
    return isAdmin() || roles(organisationId).stream().anyMatch(STEWARDS::contains);
  }

  /** Whether the caller may change the organisation's settings, departments and members. */
  public boolean manages(String organisationId) {
    view(organisationId);
    return isAdmin() || roles(organisationId).stream().anyMatch(MANAGERS::contains);
  }

  /** The departments the caller heads in the organisation (paths; sub-departments included). */
  public List<String> headedDepartments(String organisationId) {
    return memberships.findOf(organisationId, caller.require().userId()).stream()
        .filter(m -> m.role() == Role.DEPARTMENT_HEAD)
        .flatMap(m -> m.departmentPaths().stream())
        .distinct()
        .toList();
  }

  public Set<Role> roles(String organisationId) {
    Set<Role> roles = EnumSet.noneOf(Role.class);
    memberships.findOf(organisationId, caller.require().userId()).forEach(m -> roles.add(m.role()));
    return roles;
  }

  public boolean isAdmin() {
    return caller.require().admin();
  }

  /**
   * Organisations the caller may see: all for administrators, otherwise those they are a member of.
   */
  public List<Organisation> visible() {
    CallerIdentity me = caller.require();
    if (me.admin() || TenantCheck.OFF) {
      return organisations.findAll();
    }
    return organisations.findByIds(
        memberships.findByUser(me.userId()).stream()
            .map(Membership::organisationId)
            .distinct()
            .toList());
  }

  /** Whether the caller may create organisations: administrators and consultants. */
  public boolean mayCreateOrganisations() {
    CallerIdentity me = caller.require();
    return me.admin()
        || memberships.findByUser(me.userId()).stream().anyMatch(m -> m.role() == Role.CONSULTANT);
  }

  private Organisation requireRole(String organisationId, Set<Role> allowed, String refusal) {
    Organisation organisation = view(organisationId);
    if (!isAdmin() && roles(organisationId).stream().noneMatch(allowed::contains)) {
      throw Problem.forbidden(refusal);
    }
    return organisation;
  }

  static Problem notFound(String organisationId) {
    return Problem.notFound("Organisation " + organisationId);
  }
}
