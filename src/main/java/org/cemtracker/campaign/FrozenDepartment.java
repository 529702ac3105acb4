package org.cemtracker.campaign;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Objects;
import org.cemtracker.organisation.Department;
import org.cemtracker.scoring.Unit;

/**
 * A department as it was when the campaign's first phase opened: its place in the tree, headcount
 * and customer-facing flag are frozen (DESIGN §4 rule 12), so editing the tree later changes only
 * later campaigns — no one can reweigh or regroup a campaign's figures after people answered.
 */
@Entity
@Table(name = "campaign_department")
@IdClass(FrozenDepartment.Key.class)
public class FrozenDepartment {

  @Id
  @Column(name = "campaign_id")
  private String campaignId;

  @Id
  @Column(name = "department_id")
  private String departmentId;

  @Column(name = "parent_id")
  private String parentId;

  private String path;
  private int headcount;

  @Column(name = "customer_facing")
  private boolean customerFacing;

  protected FrozenDepartment() {}

  FrozenDepartment(String campaignId, Department department) {
    this.campaignId = campaignId;
    this.departmentId = department.id();
    this.parentId = department.parentId();
    this.path = department.path();
    this.headcount = department.headcount();
    this.customerFacing = department.customerFacing();
  }

  FrozenDepartment(
      String campaignId,
      String departmentId,
      String parentId,
      String path,
      int headcount,
      boolean customerFacing) {
    this.campaignId = campaignId;
    this.departmentId = departmentId;
    this.parentId = parentId;
    this.path = path;
    this.headcount = headcount;
    this.customerFacing = customerFacing;
  }

  public String departmentId() {
    return departmentId;
  }

  public String path() {
    return path;
  }

  /** The department as the scoring engine sees it. */
  public Unit unit() {
    return new Unit(departmentId, parentId, path, headcount, customerFacing);
  }

  /** The composite key. */
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
}
