package org.cemtracker.initiative;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.cemtracker.model.MaturityModel;
import org.cemtracker.model.ModelReader;
import org.cemtracker.scoring.Results;
import org.cemtracker.scoring.Results.DepartmentResult;
import org.cemtracker.scoring.Results.DimensionResult;
import org.cemtracker.scoring.Results.DimensionScore;

/** Results built by hand, with only the figures the initiative feature reads. */
final class Fixtures {

  private Fixtures() {}

  static MaturityModel model(String file) {
    try {
      return new ModelReader().read(file, Files.readString(Path.of(file))).model().orElseThrow();
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /** A visible department with a score per dimension ({@code "a", 40.0, "b", 55.0, …}). */
  static DepartmentResult department(String path, int headcount, Object... scores) {
    List<DimensionScore> dimensions = new ArrayList<>();
    double sum = 0;
    for (int i = 0; i < scores.length; i += 2) {
      dimensions.add(new DimensionScore((String) scores[i], (Double) scores[i + 1]));
      sum += (Double) scores[i + 1];
    }
    Double score = dimensions.isEmpty() ? null : sum / dimensions.size();
    return new DepartmentResult(
        path, path, headcount, true, true, false, 10, score, 3.0, dimensions, score);
  }

  static DepartmentResult suppressed(String path, int headcount) {
    return new DepartmentResult(
        path, path, headcount, true, false, true, null, null, null, List.of(), null);
  }

  static Results results(
      Integer stage, Map<String, Double> dimensions, List<DepartmentResult> departments) {
    List<DimensionResult> dims = new ArrayList<>();
    dimensions.forEach((id, score) -> dims.add(new DimensionResult(id, score, null)));
    return new Results(
        5,
        false,
        100,
        0,
        false,
        1.0,
        50.0,
        2.0,
        stage == null ? null : new Results.StageResult(stage, "Stage " + stage),
        0.5,
        null,
        null,
        5.0,
        dims,
        List.of(),
        departments,
        List.of());
  }

  static Results results(List<DepartmentResult> departments) {
    return results(2, Map.of(), departments);
  }
}
