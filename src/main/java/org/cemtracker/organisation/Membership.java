package org.cemtracker.organisation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/** A role that a user holds in one organisation; a department head's also names departments. */
@Entity
@Table(name = "membership")
public class Membership {

  @Id private String id;

  @Column(name = "organisation_id")
  private String organisationId;

  @Column(name = "user_id")
  private String userId;

  @Enumerated(EnumType.STRING)
  private Role role;

  /** Department paths, one per line (a department head's departments). */
  @Column(name = "department_paths")
  private String departmentPaths;

  @Column(name = "created_at")
  private OffsetDateTime createdAt;

  protected Membership() {}

  public Membership(String organisationId, String userId, Role role, List<String> departmentPaths) {
    this.id = UUID.randomUUID().toString();
    this.organisationId = organisationId;
    this.userId = userId;
    this.role = role;
    this.departmentPaths =
        departmentPaths == null || departmentPaths.isEmpty()
            ? null
            : String.join("\n", departmentPaths);
    this.createdAt = OffsetDateTime.now(ZoneOffset.UTC);
  }

  public String id() {
    return id;
  }

  public String organisationId() {
    return organisationId;
  }

  public String userId() {
    return userId;
  }

  public Role role() {
    return role;
  }

  public List<String> departmentPaths() {
    return departmentPaths == null ? List.of() : Arrays.asList(departmentPaths.split("\n"));
  }
}
