package org.cemtracker.scoring;

/** Reads the space-separated numbers that {@link CellSums#encode()} writes. */
final class Numbers {

  private final String[] tokens;
  private int next;

  Numbers(String text) {
    tokens = text.isBlank() ? new String[0] : text.trim().split(" ");
  }

  long nextLong() {
    return Long.parseLong(token());
  }

  double nextDouble() {
    return Double.parseDouble(token());
  }

  private String token() {
    if (next >= tokens.length) {
      throw new IllegalArgumentException("the stored sums end early");
    }
    return tokens[next++];
  }

  void end() {
    if (next != tokens.length) {
      throw new IllegalArgumentException("the stored sums are longer than the model's");
    }
  }
}
