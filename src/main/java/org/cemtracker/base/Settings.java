package org.cemtracker.base;

import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Where the application's configuration comes from: a JVM system property {@code cem.db.url} wins
 * over the environment variable {@code CEM_DB_URL}. Plain Java so that it can be tested with any
 * lookup.
 */
public final class Settings {

  private final Function<String, String> properties;
  private final Function<String, String> environment;

  public Settings(Function<String, String> properties, Function<String, String> environment) {
    this.properties = properties;
    this.environment = environment;
  }

  /** The settings of this process. */
  public static Settings fromSystem() {
    return new Settings(System::getProperty, System::getenv);
  }

  /** For tests: a fixed map of environment variables and no system properties. */
  public static Settings of(Map<String, String> environment) {
    return new Settings(key -> null, environment::get);
  }

  /**
   * @param key dotted lower-case key such as {@code cem.db.url}; the environment variable is its
   *     upper-case form with underscores, {@code CEM_DB_URL}
   */
  public Optional<String> get(String key) {
    String value = properties.apply(key);
    if (value == null || value.isBlank()) {
      value = environment.apply(key.toUpperCase().replace('.', '_'));
    }
    return Optional.ofNullable(value).map(String::trim).filter(v -> !v.isEmpty());
  }
}
