package org.cemtracker.initiative;

import java.util.Locale;
import org.cemtracker.base.Validation;

/** Which initiatives a list shows: by status, RAG, target dimension, target department, owner. */
public record InitiativeFilter(
    InitiativeStatus status, Rag rag, String dimension, String department, String ownerEmail) {

  public static final InitiativeFilter ALL = new InitiativeFilter(null, null, null, null, null);

  /** From query text; an unknown status or RAG is an error that names it. */
  public static InitiativeFilter parse(
      String status, String rag, String dimension, String department, String ownerEmail) {
    Validation validation = new Validation();
    InitiativeStatus parsedStatus = null;
    Rag parsedRag = null;
    try {
      parsedStatus = blank(status) ? null : InitiativeStatus.valueOf(upper(status));
    } catch (IllegalArgumentException e) {
      validation.require(
          false, "status", "must be PROPOSED, APPROVED, IN_PROGRESS, BLOCKED, DONE or CANCELLED");
    }
    try {
      parsedRag = blank(rag) ? null : Rag.valueOf(upper(rag));
    } catch (IllegalArgumentException e) {
      validation.require(false, "rag", "must be GREEN, AMBER or RED");
    }
    validation.check();
    return new InitiativeFilter(
        parsedStatus,
        parsedRag,
        blank(dimension) ? null : dimension.trim(),
        blank(department) ? null : department.trim(),
        blank(ownerEmail) ? null : ownerEmail.trim());
  }

  private static boolean blank(String text) {
    return text == null || text.isBlank();
  }

  private static String upper(String text) {
    return text.trim().toUpperCase(Locale.ROOT);
  }

  public boolean matches(InitiativeService.Entry entry) {
    Initiative i = entry.initiative();
    return (status == null || i.status() == status)
        && (rag == null || i.rag() == rag)
        && (dimension == null || i.dimensions().contains(dimension))
        && (department == null || i.targets(department) || targetsWithin(i, department))
        && (ownerEmail == null || ownerEmail.equalsIgnoreCase(entry.ownerEmail()));
  }

  /** An initiative on a sub-department shows under its parent too. */
  private static boolean targetsWithin(Initiative i, String department) {
    return i.departmentPaths().stream().anyMatch(p -> p.startsWith(department + "/"));
  }
}
