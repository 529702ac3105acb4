package org.cemtracker.results;

import java.util.ArrayList;
import java.util.List;
import org.cemtracker.scoring.Comments;
import org.cemtracker.text.Themes;

/** The themes of one dimension's released comments (issue 16), all its groups together. */
public record DimensionThemes(
    String dimensionId, String name, int comments, List<Themes.Theme> themes, int unthemed) {

  /** The themes of each dimension with comments, from exactly the comments released there. */
  static List<DimensionThemes> of(List<Comments.DimensionComments> released) {
    List<DimensionThemes> themes = new ArrayList<>();
    for (Comments.DimensionComments dimension : released) {
      List<String> texts = new ArrayList<>();
      dimension.groups().forEach(g -> texts.addAll(g.comments()));
      if (texts.isEmpty()) {
        continue;
      }
      Themes.Result result = Themes.of(texts);
      themes.add(
          new DimensionThemes(
              dimension.dimensionId(),
              dimension.name(),
              texts.size(),
              result.themes(),
              result.unthemed()));
    }
    return themes;
  }
}
