package org.cemtracker.model;

import java.util.List;
import java.util.Optional;

/** What reading one model file gave: the model, or the problems that stop it from loading. */
public record ModelFile(String file, Optional<MaturityModel> model, List<ModelProblem> problems) {

  public ModelFile {
    problems = List.copyOf(problems);
  }

  public boolean valid() {
    return model.isPresent();
  }
}
