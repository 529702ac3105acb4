package org.cemtracker.scoring;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.cemtracker.model.MaturityModel;

/**
 * DESIGN §4 rule 15: which comments may be shown, and in which groups. Only comments of released
 * cells count. Text can be matched across lists, so groups whose comment lists overlapped would let
 * anyone take one list from another and read the rest; the groups are therefore one partition of
 * the released responses: each department with at least c released respondents on its own, and
 * every other released respondent pooled ("Other departments") when the pool has at least c too —
 * otherwise the pool's comments are not shown anywhere. Within a group, comments are listed per
 * dimension in the order of their text: nothing about when they were written, and no comment beside
 * its respondent's other answers.
 */
public final class Comments {

  private Comments() {}

  /** One group's comments on one dimension. */
  public record Group(String label, long respondents, List<String> comments) {}

  public record DimensionComments(String dimensionId, String name, List<Group> groups) {

    /** The same dimension with only the groups whose label passes (a reader's scope). */
    public DimensionComments only(Predicate<String> label) {
      return new DimensionComments(
          dimensionId, name, groups.stream().filter(g -> label.test(g.label())).toList());
    }
  }

  /** The label of the pooled group when some departments have their own. */
  public static final String OTHERS = "Other departments";

  /** The label of the pooled group when no department has its own. */
  public static final String ALL = "All departments";

  public static List<DimensionComments> of(
      MaturityModel model, List<Unit> units, Release release, int c, List<Comment> comments) {
    if (c < release.threshold()) {
      throw new IllegalArgumentException("the comment threshold may not be below k");
    }
    Map<String, String> groupOf = new HashMap<>();
    Map<String, Long> respondents = new LinkedHashMap<>();
    long pooled = 0;
    for (Unit unit : units.stream().sorted(Comparator.comparing(Unit::path)).toList()) {
      long n = release.unitResponses(unit.id());
      if (n >= c) {
        groupOf.put(unit.id(), unit.path());
        respondents.put(unit.path(), n);
      } else if (n > 0) {
        groupOf.put(unit.id(), null);
        pooled += n;
      }
    }
    String pool = respondents.isEmpty() ? ALL : OTHERS;
    if (pooled >= c) {
      groupOf.replaceAll((unit, label) -> label == null ? pool : label);
      respondents.put(pool, pooled);
    }
    Map<String, String> dimensionOf = new HashMap<>();
    model.questions().forEach(q -> dimensionOf.put(q.id(), q.dimension()));
    Map<String, Map<String, List<String>>> byDimension = new LinkedHashMap<>();
    for (Comment comment : comments) {
      String group = groupOf.get(comment.unitId());
      String dimension = dimensionOf.get(comment.questionId());
      if (group == null
          || dimension == null
          || !release.isReleased(new Cell(comment.unitId(), comment.tier()))) {
        continue;
      }
      byDimension
          .computeIfAbsent(dimension, d -> new LinkedHashMap<>())
          .computeIfAbsent(group, g -> new ArrayList<>())
          .add(comment.text());
    }
    List<DimensionComments> result = new ArrayList<>();
    for (MaturityModel.Dimension dimension : model.dimensions()) {
      Map<String, List<String>> groups = byDimension.getOrDefault(dimension.id(), Map.of());
      List<Group> shown = new ArrayList<>();
      respondents.forEach(
          (label, n) -> {
            List<String> texts = new ArrayList<>(groups.getOrDefault(label, List.of()));
            if (!texts.isEmpty()) {
              texts.sort(String.CASE_INSENSITIVE_ORDER.thenComparing(Comparator.naturalOrder()));
              shown.add(new Group(label, n, List.copyOf(texts)));
            }
          });
      if (!shown.isEmpty()) {
        result.add(new DimensionComments(dimension.id(), dimension.name(), shown));
      }
    }
    return result;
  }
}
