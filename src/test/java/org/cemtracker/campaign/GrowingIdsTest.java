package org.cemtracker.campaign;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import org.junit.jupiter.api.Test;

class GrowingIdsTest {

  @Test
  void idsFitTheColumnAndGrowInTheOrderTheyAreMade() {
    // 10,000 ids cross several powers of ten: text order is numeric order only if zero-padded
    List<String> made = new ArrayList<>();
    for (int i = 0; i < 10_000; i++) {
      made.add(GrowingIds.next());
    }
    assertThat(made).allSatisfy(id -> assertThat(id).hasSize(36));
    assertThat(made).isSorted();
    assertThat(new HashSet<>(made)).hasSize(made.size());
  }
}
