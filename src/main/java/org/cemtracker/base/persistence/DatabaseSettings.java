package org.cemtracker.base.persistence;

import java.nio.file.Path;
import org.cemtracker.base.Settings;

/**
 * The database the application uses: PostgreSQL (or any JDBC URL) when {@code CEM_DB_URL} is set,
 * otherwise an embedded H2 file database in {@code CEM_DATA_DIR} (default {@code ./data}).
 *
 * <p>H2 is opened with {@code WRITE_DELAY=0} so that a commit reaches the file before the caller is
 * told it succeeded: by default H2 delays writes by half a second and a killed process loses the
 * last commits (DESIGN §9, durability).
 */
public record DatabaseSettings(String url, String user, String password) {

  public static final String H2_OPTIONS = ";WRITE_DELAY=0;DB_CLOSE_ON_EXIT=FALSE";

  public static DatabaseSettings from(Settings settings) {
    return settings
        .get("cem.db.url")
        .map(
            url ->
                new DatabaseSettings(
                    url,
                    settings.get("cem.db.user").orElse(""),
                    settings.get("cem.db.password").orElse("")))
        .orElseGet(() -> embedded(dataDirectory(settings)));
  }

  public static Path dataDirectory(Settings settings) {
    return Path.of(settings.get("cem.data.dir").orElse("data")).toAbsolutePath().normalize();
  }

  static DatabaseSettings embedded(Path dataDirectory) {
    String file = dataDirectory.resolve("cem").toString().replace('\\', '/');
    return new DatabaseSettings("jdbc:h2:file:" + file + H2_OPTIONS, "sa", "");
  }

  public boolean isH2() {
    return url.startsWith("jdbc:h2:");
  }

  public boolean isPostgres() {
    return url.startsWith("jdbc:postgresql:");
  }

  /** The URL without user information or query parameters, fit for a log line. */
  public String describe() {
    int cut = url.indexOf(isH2() ? ';' : '?');
    return cut < 0 ? url : url.substring(0, cut);
  }

  @Override
  public String toString() {
    return "DatabaseSettings[" + describe() + ", user=" + user + "]";
  }
}
