package org.cemtracker.account;

import java.util.List;

/**
 * The organisation roles of a user, for {@code GET /api/me}; provided by the organisation feature,
 * which depends on accounts (not the other way round).
 */
public interface MembershipDirectory {

  record Entry(String orgId, String role, List<String> departmentPaths) {}

  List<Entry> of(String userId);
}
