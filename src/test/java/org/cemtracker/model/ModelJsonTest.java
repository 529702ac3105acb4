package org.cemtracker.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class ModelJsonTest {

  @Test
  void aCampaignsSnapshotGivesBackTheSameModel() throws Exception {
    MaturityModel model =
        new ModelReader()
            .read("cem-maturity.yaml", Files.readString(Path.of("assessments/cem-maturity.yaml")))
            .model()
            .orElseThrow();

    assertThat(ModelJson.read(ModelJson.write(model))).isEqualTo(model);
  }
}
