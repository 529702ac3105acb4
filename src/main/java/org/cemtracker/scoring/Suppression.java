package org.cemtracker.scoring;

import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * DESIGN §4 rule 12 among siblings: a group with fewer than k responses is hidden; if exactly one
 * sibling is hidden, the one with the fewest responses among the rest is hidden too, so that no
 * hidden score can be derived by subtraction. Groups without any response are not covered, not
 * hidden, and are never the one chosen.
 */
public final class Suppression {

  private Suppression() {}

  /**
   * @param counts the response count of each sibling
   * @param order breaks ties between siblings with the same count (first in order is hidden)
   */
  public static <T> Set<T> hidden(Map<T, Long> counts, int k, Comparator<T> order) {
    Set<T> hidden = new HashSet<>();
    counts.forEach(
        (group, n) -> {
          if (n > 0 && n < k) {
            hidden.add(group);
          }
        });
    if (hidden.size() == 1) {
      List<T> rest =
          counts.keySet().stream()
              .filter(g -> counts.get(g) > 0 && !hidden.contains(g))
              .sorted(Comparator.<T>comparingLong(counts::get).thenComparing(order))
              .toList();
      if (!rest.isEmpty()) {
        hidden.add(rest.get(0));
      }
    }
    return hidden;
  }
}
