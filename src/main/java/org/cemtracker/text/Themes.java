package org.cemtracker.text;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Groups comments into themes: the term that most comments share makes the first theme (every
 * comment using it), the term most of the rest share the next, and so on while a term is shared by
 * at least two comments. A theme's label is the word as most of its comments write it, with a
 * second word where more than half of them also use one. Deterministic: ties go to the term first
 * in alphabetical order, examples are taken in alphabetical order, never by when they were written.
 */
public final class Themes {

  static final int MAX_THEMES = 8;
  static final int MIN_COMMENTS = 2;
  static final int EXAMPLES = 3;

  /** A theme: its label, the words it stands for, how many comments, and a few of them. */
  public record Theme(String label, List<String> words, int comments, List<String> examples) {}

  /** The themes, biggest first, and how many comments fell in none. */
  public record Result(List<Theme> themes, int unthemed) {}

  private Themes() {}

  public static Result of(List<String> comments) {
    List<String> texts = comments.stream().sorted().toList();
    List<Map<String, String>> terms = new ArrayList<>();
    String language = Terms.language(String.join("\n", texts), "en");
    texts.forEach(text -> terms.add(Terms.of(text, language)));
    List<Integer> left = new ArrayList<>();
    for (int i = 0; i < texts.size(); i++) {
      left.add(i);
    }
    List<Theme> themes = new ArrayList<>();
    while (themes.size() < MAX_THEMES) {
      String term = mostShared(left, terms, List.of());
      if (term == null) {
        break;
      }
      List<Integer> members = left.stream().filter(i -> terms.get(i).containsKey(term)).toList();
      themes.add(theme(term, members, texts, terms));
      left = left.stream().filter(i -> !members.contains(i)).toList();
    }
    return new Result(themes, left.size());
  }

  private static Theme theme(
      String term, List<Integer> members, List<String> texts, List<Map<String, String>> terms) {
    List<String> keys = new ArrayList<>(List.of(term));
    String second = mostShared(members, terms, keys);
    if (second != null && 2 * share(second, members, terms) > members.size()) {
      keys.add(second);
    }
    List<String> words = keys.stream().map(k -> surface(k, members, terms)).toList();
    List<String> examples =
        members.stream()
            .sorted(
                Comparator.comparingInt(
                        (Integer i) ->
                            -(int) keys.stream().filter(terms.get(i)::containsKey).count())
                    .thenComparing(texts::get))
            .limit(EXAMPLES)
            .map(texts::get)
            .toList();
    return new Theme(String.join(" · ", words), words, members.size(), examples);
  }

  /** The term shared by the most of these comments (at least two), ties alphabetically. */
  private static String mostShared(
      List<Integer> among, List<Map<String, String>> terms, List<String> not) {
    Map<String, Integer> counts = new TreeMap<>();
    for (int i : among) {
      for (String term : terms.get(i).keySet()) {
        if (!not.contains(term)) {
          counts.merge(term, 1, Integer::sum);
        }
      }
    }
    String best = null;
    for (Map.Entry<String, Integer> count : counts.entrySet()) {
      if (count.getValue() >= MIN_COMMENTS
          && (best == null || count.getValue() > counts.get(best))) {
        best = count.getKey();
      }
    }
    return best;
  }

  private static int share(String term, List<Integer> among, List<Map<String, String>> terms) {
    return (int) among.stream().filter(i -> terms.get(i).containsKey(term)).count();
  }

  /** The word most of the comments write the term as; ties to the shortest, then alphabetically. */
  private static String surface(String term, List<Integer> among, List<Map<String, String>> terms) {
    Map<String, Integer> written = new HashMap<>();
    among.stream()
        .map(i -> terms.get(i).get(term))
        .filter(w -> w != null)
        .forEach(w -> written.merge(w, 1, Integer::sum));
    return written.entrySet().stream()
        .min(
            Comparator.comparingInt((Map.Entry<String, Integer> e) -> -e.getValue())
                .thenComparingInt(e -> e.getKey().length())
                .thenComparing(Map.Entry::getKey))
        .map(Map.Entry::getKey)
        .orElseThrow();
  }
}
