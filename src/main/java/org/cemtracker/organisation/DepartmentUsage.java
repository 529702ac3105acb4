package org.cemtracker.organisation;

/**
 * Whether anything refers to a department (responses, invitations), so that replacing the tree
 * archives it instead of deleting it. Implemented by the features that refer to departments.
 */
public interface DepartmentUsage {
  boolean isUsed(String departmentId);
}
