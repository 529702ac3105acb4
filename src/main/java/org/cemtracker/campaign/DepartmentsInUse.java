package org.cemtracker.campaign;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.cemtracker.organisation.DepartmentUsage;

/** A department with invitations or responses is archived, not deleted, when the tree changes. */
@ApplicationScoped
public class DepartmentsInUse implements DepartmentUsage {

  @Inject InvitationRepository invitations;
  @Inject ResponseRepository responses;

  @Override
  public boolean isUsed(String departmentId) {
    return invitations.usesDepartment(departmentId) || responses.usesDepartment(departmentId);
  }
}
