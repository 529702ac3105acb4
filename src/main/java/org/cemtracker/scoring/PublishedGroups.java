package org.cemtracker.scoring;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.cemtracker.model.Tier;

/**
 * The groups a view may filter to (DESIGN §4 rule 12): the organisation, every tier, the
 * customer-facing and the other departments, every division (a department with its sub-departments)
 * and every department's own responses — each over the released cells only, and each offered only
 * when its indicator lies in the span the audit checked ({@link Release#isPublishable}) and it
 * holds at least k released responses. Nothing else is a group: the staff of one division cuts
 * across tiers and departments and is never offered.
 */
public final class PublishedGroups {

  /** The key of the whole organisation, the default group. */
  public static final String ORGANISATION = "organisation";

  /**
   * A published group: its key (for the API), kind, label, released responses and cells; {@code
   * path} is the department's or division's path (null for the other kinds).
   */
  public record Group(
      String key, String kind, String label, String path, long responses, Set<Cell> cells) {
    public Group {
      cells = Set.copyOf(cells);
    }

    /**
     * What names the same group in another campaign of the organisation, whose department ids are
     * new: the kind and path of a division or department (matched by path, as DESIGN §4 rule 13
     * matches departments), the key of the others.
     */
    public String acrossWaves() {
      return path == null ? key : kind + ":" + path;
    }

    /**
     * Whether a department of the results belongs to the group: its own path for a department, the
     * path and everything below it for a division, the side's departments, every department for the
     * organisation and a tier.
     */
    public boolean holds(Results.DepartmentResult department) {
      return switch (kind) {
        case "division" ->
            department.path().equals(path) || department.path().startsWith(path + "/");
        case "department" -> department.path().equals(path);
        case "side" -> department.customerFacing() == key.equals("customer-facing");
        default -> true;
      };
    }
  }

  private PublishedGroups() {}

  /** Every published group with released responses, the organisation first. */
  public static List<Group> of(List<Unit> units, Release release, Cells cells) {
    List<Group> groups = new ArrayList<>();
    Set<Cell> released = release.releasedCells();
    add(groups, release, cells, ORGANISATION, "organisation", "Whole organisation", null, released);
    for (Tier tier : Tier.values()) {
      String name = tier.name().charAt(0) + tier.name().substring(1).toLowerCase(Locale.ROOT);
      Set<Cell> of = only(released, c -> c.tier() == tier);
      add(groups, release, cells, "tier:" + tier.name(), "tier", name + " tier", null, of);
    }
    Set<String> facing = new HashSet<>();
    units.stream().filter(Unit::customerFacing).forEach(u -> facing.add(u.id()));
    Set<Cell> front = only(released, c -> facing.contains(c.unitId()));
    Set<Cell> back = only(released, c -> !facing.contains(c.unitId()));
    add(
        groups,
        release,
        cells,
        "customer-facing",
        "side",
        "Customer-facing departments",
        null,
        front);
    add(groups, release, cells, "other", "side", "Other departments", null, back);
    Map<String, List<Unit>> children = new HashMap<>();
    units.forEach(u -> children.computeIfAbsent(u.parentId(), p -> new ArrayList<>()).add(u));
    List<Unit> sorted = units.stream().sorted(Comparator.comparing(Unit::path)).toList();
    for (Unit unit : sorted) {
      if (children.containsKey(unit.id())) {
        Set<String> subtree = subtree(unit.id(), children);
        Set<Cell> of = only(released, c -> subtree.contains(c.unitId()));
        String label = unit.path() + " and below";
        add(groups, release, cells, "division:" + unit.id(), "division", label, unit.path(), of);
      }
    }
    for (Unit unit : sorted) {
      Set<Cell> of = only(released, c -> c.unitId().equals(unit.id()));
      String label = unit.path() + (children.containsKey(unit.id()) ? " (own responses)" : "");
      add(groups, release, cells, "department:" + unit.id(), "department", label, unit.path(), of);
    }
    return groups;
  }

  /** The published group with this key, if there is one. */
  public static Optional<Group> find(List<Group> groups, String key) {
    return groups.stream().filter(g -> g.key().equals(key)).findFirst();
  }

  private static void add(
      List<Group> groups,
      Release release,
      Cells cells,
      String key,
      String kind,
      String label,
      String path,
      Set<Cell> of) {
    long responses = of.stream().mapToLong(c -> cells.sums(c).responses()).sum();
    if (responses >= release.threshold() && release.isPublishable(of)) {
      groups.add(new Group(key, kind, label, path, responses, of));
    }
  }

  private static Set<Cell> only(Set<Cell> cells, Predicate<Cell> test) {
    Set<Cell> of = new LinkedHashSet<>();
    cells.stream().filter(test).forEach(of::add);
    return of;
  }

  private static Set<String> subtree(String root, Map<String, List<Unit>> children) {
    Set<String> ids = new HashSet<>();
    List<String> todo = new ArrayList<>(List.of(root));
    while (!todo.isEmpty()) {
      String id = todo.remove(todo.size() - 1);
      if (ids.add(id)) {
        children.getOrDefault(id, List.of()).forEach(u -> todo.add(u.id()));
      }
    }
    return ids;
  }
}
