package org.cemtracker.model;

import java.util.List;
import java.util.Optional;

/** What reading one model file gave: the model, or the problems that stop it from loading. */
public record ModelFile(
    String file, Optional<MaturityModel> model, List<ModelProblem> problems, int idLine) {

  public ModelFile {
    problems = List.copyOf(problems);
  }

  public ModelFile(String file, Optional<MaturityModel> model, List<ModelProblem> problems) {
    this(file, model, problems, 1);
  }

  /** The file refused for a problem found beside it (another file with the same model). */
  public ModelFile refused(ModelProblem problem) {
    return new ModelFile(file, Optional.empty(), List.of(problem), idLine);
  }

  public boolean valid() {
    return model.isPresent();
  }
}
