package org.cemtracker.organisation;

/** A member's role in one organisation (DESIGN §2); ADMIN is the instance's, not a membership. */
public enum Role {
  CONSULTANT,
  LEADER,
  DEPARTMENT_HEAD,
  HR
}
