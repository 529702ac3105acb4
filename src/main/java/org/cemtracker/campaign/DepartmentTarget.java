package org.cemtracker.campaign;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Objects;

/** A department's own response-rate target in a campaign, in percent of its invitations. */
@Entity
@Table(name = "department_target")
@IdClass(DepartmentTarget.Key.class)
public class DepartmentTarget {

  /** The composite key: campaign and department. */
  public static class Key implements Serializable {
    private String campaignId;
    private String departmentId;

    public Key() {}

    @Override
    public boolean equals(Object other) {
      return other instanceof Key k
          && Objects.equals(campaignId, k.campaignId)
          && Objects.equals(departmentId, k.departmentId);
    }

    @Override
    public int hashCode() {
      return Objects.hash(campaignId, departmentId);
    }
  }

  @Id
  @Column(name = "campaign_id")
  private String campaignId;

  @Id
  @Column(name = "department_id")
  private String departmentId;

  private int percent;

  protected DepartmentTarget() {}

  DepartmentTarget(String campaignId, String departmentId, int percent) {
    this.campaignId = campaignId;
    this.departmentId = departmentId;
    this.percent = percent;
  }

  public String departmentId() {
    return departmentId;
  }

  public int percent() {
    return percent;
  }
}
