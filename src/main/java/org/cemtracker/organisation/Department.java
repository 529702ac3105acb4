package org.cemtracker.organisation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;

/**
 * A unit of an organisation's tree, identified by its path ({@code Operations/Logistics}). Its
 * headcount is its own, not its sub-departments'. A department removed from the tree while it has
 * responses is archived, so that the responses keep their place.
 */
@Entity
@Table(name = "department")
public class Department {

  @Id private String id;

  @Column(name = "organisation_id")
  private String organisationId;

  @Column(name = "parent_id")
  private String parentId;

  private String path;
  private String name;
  private int headcount;

  @Column(name = "customer_facing")
  private boolean customerFacing;

  private boolean archived;

  protected Department() {}

  Department(String organisationId, String path, int headcount, boolean customerFacing) {
    this.id = UUID.randomUUID().toString();
    this.organisationId = organisationId;
    this.path = path;
    this.name = path.substring(path.lastIndexOf('/') + 1);
    update(headcount, customerFacing);
  }

  void update(int headcount, boolean customerFacing) {
    if (headcount < 0) {
      throw new IllegalArgumentException("headcount must not be negative");
    }
    this.headcount = headcount;
    this.customerFacing = customerFacing;
    this.archived = false;
  }

  void placeUnder(String parentId) {
    this.parentId = parentId;
  }

  void archive() {
    this.archived = true;
  }

  public String id() {
    return id;
  }

  public String organisationId() {
    return organisationId;
  }

  public String parentId() {
    return parentId;
  }

  public String path() {
    return path;
  }

  public String name() {
    return name;
  }

  public int headcount() {
    return headcount;
  }

  public boolean customerFacing() {
    return customerFacing;
  }

  public boolean archived() {
    return archived;
  }

  /** The path's parent, or null at the top. */
  public static String parentPath(String path) {
    int cut = path.lastIndexOf('/');
    return cut < 0 ? null : path.substring(0, cut);
  }
}
