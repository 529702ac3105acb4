package org.cemtracker.organisation;

import java.util.logging.Logger;

/**
 * The test-only switch that turns the application's own tenant check off ({@code
 * -Dcem.test.no-tenant-check=true}): a test then shows that PostgreSQL's row-level security alone
 * keeps each organisation's rows from the others' members. Never for a real instance: it says so in
 * the log, loudly.
 */
final class TenantCheck {

  static final boolean OFF = Boolean.getBoolean("cem.test.no-tenant-check");

  static {
    if (OFF) {
      Logger.getLogger(TenantCheck.class.getName())
          .severe(
              "cem.test.no-tenant-check is set: the application does not check which organisation"
                  + " a caller belongs to. For tests only; only row-level security separates the"
                  + " tenants now.");
    }
  }

  private TenantCheck() {}
}
