package org.cemtracker.organisation;

/**
 * One line of a department import: where the department sits, its own headcount, whether it faces
 * customers.
 */
public record DepartmentRow(String path, int headcount, boolean customerFacing) {}
