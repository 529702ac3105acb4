package org.cemtracker.scoring;

/**
 * A department as scoring sees it: its place in the tree, its own headcount (not its
 * sub-departments') and whether it faces customers. {@code parentId} is null at the top.
 */
public record Unit(String id, String parentId, String path, int headcount, boolean customerFacing) {

  public Unit {
    if (headcount < 0) {
      throw new IllegalArgumentException("headcount of " + path + " must not be negative");
    }
  }
}
