package org.cemtracker.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class SnapshotCacheTest {

  private static String snapshot(String version) throws Exception {
    MaturityModel model =
        new ModelReader()
            .read("cem-pulse.yaml", Files.readString(Path.of("assessments/cem-pulse.yaml")))
            .model()
            .orElseThrow();
    String json = ModelJson.write(model);
    String field = "\"version\":\"" + model.version() + "\"";
    assertThat(json).contains(field);
    return json.replace(field, "\"version\":\"" + version + "\"");
  }

  @Test
  void aSnapshotIsParsedOnceAndDifferentSnapshotsStayApart() throws Exception {
    String one = snapshot("cache-1");
    MaturityModel first = SnapshotCache.read(one);
    // an equal text read from the database is another String: still the one parse
    assertThat(SnapshotCache.read(new String(one.toCharArray()))).isSameAs(first);
    MaturityModel other = SnapshotCache.read(snapshot("cache-2"));
    assertThat(other.version()).isEqualTo("cache-2");
    assertThat(first.version()).isEqualTo("cache-1");
    assertThat(other).isEqualTo(ModelJson.read(snapshot("cache-2")));
  }

  @Test
  void theLeastRecentlyReadGoBeyondItsSize() throws Exception {
    String kept = snapshot("kept");
    MaturityModel parsed = SnapshotCache.read(kept);
    for (int i = 0; i < SnapshotCache.SIZE; i++) {
      SnapshotCache.read(snapshot("filler-" + i));
    }
    assertThat(SnapshotCache.read(kept)).isNotSameAs(parsed).isEqualTo(parsed);
  }
}
