package org.cemtracker.base.persistence;

import java.util.logging.Level;
import java.util.logging.Logger;
import org.h2.mvstore.FileStore;
import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;
import org.h2.mvstore.RandomAccessStore;

/**
 * One H2 store's housekeeping, a round at a time (see {@link H2Housekeeping}, which runs it every
 * two seconds): sync the file, keep dead chunks only {@code retentionMillis}, rewrite the live
 * pages of the emptiest chunks for a bounded time, and, when nothing was written since the last
 * round and much of the file is free, move chunks to its start and shorten it.
 *
 * <p>A dead chunk is freed only once a later version of the store was committed; with nobody
 * writing, none comes, and a file whose last writes left it mostly dead would stay as big as it is.
 * So an idle keeper that has nothing to rewrite commits a version of its own now and then (a
 * counter in a map of its own, which H2 leaves alone: it keeps only its "table.", "index." and
 * "temp." maps in order), at most {@value #IDLE_TICKS} times until others write again.
 */
final class H2FileKeeper {

  private static final Logger LOG = Logger.getLogger(H2FileKeeper.class.getName());

  /** Rewrite while the live share of the chunks is below this (per cent). */
  static final int TARGET_FILL_RATE = 80;

  /** At most this many bytes rewritten a rewrite. */
  static final int WRITE_LIMIT = 4 << 20;

  /** Rewrites go on for at most this long a round. */
  static final long BUDGET_NANOS = 400_000_000L;

  /** Idle, chunks are moved and the file shortened while less than this share is in use. */
  static final int SHRINK_BELOW_FILL_RATE = 70;

  /** Idle rewriting stops when the live share has not risen for the retention time and this. */
  static final long STUCK_AFTER_NANOS = 4_000_000_000L;

  /** At most this many bytes moved a round. */
  static final long MOVE_LIMIT = 32 << 20;

  /** The keeper's own map, where its idle commits count. */
  static final String TICK_MAP = "cem.housekeeping";

  /** At most this many commits of the keeper's own while nobody else writes. */
  static final int IDLE_TICKS = 3;

  private final int retentionMillis;
  private long writesSeen = -1;
  private boolean stuck;
  private int markLive;
  private long markTime = System.nanoTime();
  private long reported;
  private int rewritesSince;
  private int busySince;
  private int ticks;
  private long lastBusy = System.nanoTime();
  private long tickedAt = lastBusy;

  H2FileKeeper(int retentionMillis) {
    this.retentionMillis = retentionMillis;
  }

  void round(MVStore store) throws InterruptedException {
    // what was written is on the disk now, so a chunk it superseded may be overwritten soon
    store.sync();
    if (store.getRetentionTime() != retentionMillis) {
      store.setRetentionTime(retentionMillis);
    }
    FileStore<?> file = store.getFileStore();
    // idle: nothing but this keeper wrote since its last round ended
    boolean idle = file.getWriteCount() == writesSeen;
    int liveBefore = file.getChunksFillRate();
    long now = System.nanoTime();
    if (!idle) {
      stuck = false;
      markLive = liveBefore;
      markTime = now;
    } else if (now - markTime > retentionMillis * 1_000_000L + STUCK_AFTER_NANOS) {
      // rewritten chunks die once the retention time has passed: if the live share has not risen
      // since, idle rewriting gains nothing until others write again
      stuck = stuck || liveBefore <= markLive;
      markLive = liveBefore;
      markTime = now;
    }
    int rewrites = 0;
    int busy = 0;
    if (!(idle && stuck)) {
      long stop = System.nanoTime() + BUDGET_NANOS;
      while (System.nanoTime() < stop && file.getChunksFillRate() < TARGET_FILL_RATE) {
        // a rewrite gives up when the store is busy for 10 ms or nothing old enough is left to
        // rewrite: wait, try again
        if (store.compact(TARGET_FILL_RATE, WRITE_LIMIT)) {
          rewrites++;
        } else {
          busy++;
          Thread.sleep(20);
        }
      }
    }
    report(file, rewrites, busy);
    if (!idle) {
      ticks = 0;
      lastBusy = now;
    } else if (rewrites == 0
        && ticks < IDLE_TICKS
        && now - Math.max(lastBusy, tickedAt) > retentionMillis * 1_000_000L + 1_000_000_000L) {
      // the chunks that died before are past the retention time now: a commit lets them go
      tick(store);
    }
    if (idle && file instanceof RandomAccessStore moving) {
      // drop the chunks that died (commits do it, and there were none), then, if less than
      // SHRINK_BELOW_FILL_RATE of the file is in use, move chunks to its start and shorten it
      moving.compactMoveChunks(SHRINK_BELOW_FILL_RATE, MOVE_LIMIT, store);
    }
    writesSeen = file.getWriteCount();
  }

  /** A commit of the keeper's own, so that the chunks that died before it may be freed. */
  private void tick(MVStore store) {
    MVMap<String, Long> marks = store.openMap(TICK_MAP);
    marks.put("idleCommits", marks.getOrDefault("idleCommits", 0L) + 1);
    store.commit();
    ticks++;
    tickedAt = System.nanoTime();
  }

  /** A line a minute at FINE: how full the file and its chunks are, how much was rewritten. */
  private void report(FileStore<?> file, int rewrites, int busy) {
    rewritesSince += rewrites;
    busySince += busy;
    long now = System.nanoTime();
    if (now - reported > 60_000_000_000L && LOG.isLoggable(Level.FINE)) {
      LOG.fine(
          "H2 file "
              + file.size()
              + " bytes, "
              + file.getFillRate()
              + " % in use, chunks "
              + file.getChunksFillRate()
              + " % live; "
              + rewritesSince
              + " rewrites, "
              + busySince
              + " tries that found the store busy or nothing old enough");
      reported = now;
      rewritesSince = 0;
      busySince = 0;
    }
  }
}
