package org.cemtracker.it;

import java.net.URL;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Issue 14's bad-input corpus on the embedded database (H2): every case gets a clear 4xx that names
 * what is wrong, and nothing changes. {@code BadInputPostgresIT} runs it on PostgreSQL.
 */
@ExtendWith(ArquillianExtension.class)
class BadInputIT {

  @ArquillianResource URL base;

  @Test
  void everyBadInputIsRefusedByNameAndChangesNothing() {
    new BadInputRun(new BadInputCorpus(new Api(base))).runAll();
  }
}
