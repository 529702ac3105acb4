package org.cemtracker.organisation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.cemtracker.audit.AuditLog;
import org.cemtracker.audit.AuditRepository;
import org.cemtracker.audit.Changes;
import org.cemtracker.base.Problem;

/**
 * Erases an organisation whole, in one transaction: every feature deletes its part of it (the
 * {@link OrganisationErasing} event), then its audit log, members, departments and the organisation
 * itself go. One instance-level audit event remains, saying who erased which id when, with nothing
 * of the erased data.
 */
@ApplicationScoped
@Transactional
public class ErasureService {

  @Inject Access access;
  @Inject OrganisationRepository organisations;
  @Inject MembershipRepository memberships;
  @Inject DepartmentRepository departments;
  @Inject AuditRepository auditEvents;
  @Inject AuditLog audit;
  @Inject Event<OrganisationErasing> erasing;

  /** Whether the caller may erase the organisation (it must be visible). */
  public boolean mayErase(String organisationId) {
    try {
      access.erase(organisationId);
      return true;
    } catch (Problem notAllowed) {
      if (notAllowed.status() == 404) {
        throw notAllowed;
      }
      return false;
    }
  }

  /** Erases the organisation if {@code confirmation} is its name, exactly. */
  public void erase(String organisationId, String confirmation) {
    Organisation organisation = access.erase(organisationId);
    if (confirmation == null || !confirmation.trim().equals(organisation.name())) {
      throw Problem.invalid("confirm", "type the organisation's name exactly as it is to erase it");
    }
    int members = memberships.findByOrganisation(organisationId).size();
    int tree = departments.findAll(organisationId).size();
    erasing.fire(new OrganisationErasing(organisationId));
    auditEvents.deleteOf(organisationId);
    organisations.erase(organisation);
    audit.recordInstance(
        "ORGANISATION_ERASED",
        "organisation",
        organisationId,
        new Changes().set("members", members).set("departments", tree));
  }
}
