package org.cemtracker.base.persistence;

import org.h2.mvstore.MVStore;

/**
 * Makes an embedded H2's committed transactions durable before they are acknowledged. With {@code
 * WRITE_DELAY=0} H2 writes a commit with {@code MVStore.tryCommit}, which returns without writing
 * when another thread holds the store's lock — the housekeeping's compaction, or another commit —
 * so a commit could be acknowledged and lost to a {@code kill -9} (CrashDurabilityIT caught it: a
 * campaign, its invitation and a receipted submission gone). {@link #flush} waits for the lock and
 * writes whatever is unsaved; with nothing unsaved it costs next to nothing. On PostgreSQL, or an
 * H2 served by another process, there is no store here and it does nothing.
 */
public final class Durability {

  private static volatile MVStore store;

  private Durability() {}

  /** The embedded store, once the housekeeping has found it. */
  static void use(MVStore embedded) {
    store = embedded;
  }

  /**
   * Writes every committed change that is not yet in the file; call after commit, before replying.
   */
  public static void flush() {
    MVStore embedded = store;
    if (embedded != null && !embedded.isClosed()) {
      embedded.commit();
    }
  }
}
