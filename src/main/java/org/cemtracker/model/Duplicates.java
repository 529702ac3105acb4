package org.cemtracker.model;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Two files with the same model id and version: which one is meant cannot be told, so both are
 * refused, each naming the other, instead of one winning by the order of their names.
 */
final class Duplicates {

  private Duplicates() {}

  static List<ModelFile> refuse(List<ModelFile> files) {
    Map<String, List<ModelFile>> byModel = new LinkedHashMap<>();
    for (ModelFile f : files) {
      f.model()
          .ifPresent(
              m ->
                  byModel
                      .computeIfAbsent(m.id() + " " + m.version(), k -> new ArrayList<>())
                      .add(f));
    }
    List<ModelFile> result = new ArrayList<>();
    for (ModelFile f : files) {
      List<ModelFile> same =
          f.model().map(m -> byModel.get(m.id() + " " + m.version())).orElse(List.of(f));
      if (same.size() < 2) {
        result.add(f);
        continue;
      }
      MaturityModel m = f.model().orElseThrow();
      List<String> others = same.stream().filter(o -> o != f).map(ModelFile::file).toList();
      result.add(
          f.refused(
              new ModelProblem(
                  f.file(),
                  f.idLine(),
                  "id",
                  "model "
                      + m.id()
                      + " version "
                      + m.version()
                      + " is also in "
                      + String.join(", ", others)
                      + ": neither is loaded; give one another id or raise its version")));
    }
    return result;
  }
}
