package org.cemtracker.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Parsed model snapshots, kept for the next read: a campaign's snapshot never changes, and parsing
 * its 23–38 KB on every submit was a tenth of the submit path. Keyed by the snapshot's text, so an
 * entry can never be stale; the least recently read go first beyond {@value #SIZE}. The models are
 * immutable records, safe to share.
 */
public final class SnapshotCache {

  static final int SIZE = 64;

  private static final Map<String, MaturityModel> PARSED =
      Collections.synchronizedMap(
          new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, MaturityModel> eldest) {
              return size() > SIZE;
            }
          });

  private SnapshotCache() {}

  public static MaturityModel read(String snapshot) {
    MaturityModel model = PARSED.get(snapshot);
    if (model == null) {
      model = ModelJson.read(snapshot);
      PARSED.put(snapshot, model);
    }
    return model;
  }
}
