package org.cemtracker.base.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.cemtracker.base.Settings;
import org.junit.jupiter.api.Test;

class DatabaseSettingsTest {

  @Test
  void defaultsToAnH2FileDatabaseUnderTheDataFolderOfTheWorkingDirectory() {
    DatabaseSettings db = DatabaseSettings.from(Settings.of(Map.of()));

    assertThat(db.isH2()).isTrue();
    assertThat(db.url()).startsWith("jdbc:h2:file:" + Path.of("data").toAbsolutePath() + "/cem");
  }

  @Test
  void writesEveryCommitBeforeAcknowledgingIt() {
    DatabaseSettings db = DatabaseSettings.from(Settings.of(Map.of()));

    assertThat(db.url()).contains(";WRITE_DELAY=0");
  }

  @Test
  void putsTheH2FileInCemDataDir() {
    DatabaseSettings db = DatabaseSettings.from(Settings.of(Map.of("CEM_DATA_DIR", "/srv/cem")));

    assertThat(db.url()).startsWith("jdbc:h2:file:/srv/cem/cem;");
  }

  @Test
  void usesCemDbUrlWithItsCredentialsWhenSet() {
    DatabaseSettings db =
        DatabaseSettings.from(
            Settings.of(
                Map.of(
                    "CEM_DB_URL", "jdbc:postgresql://db:5432/cem?sslmode=require",
                    "CEM_DB_USER", "cem",
                    "CEM_DB_PASSWORD", "s3cret",
                    "CEM_DATA_DIR", "/ignored")));

    assertThat(db.isPostgres()).isTrue();
    assertThat(db.user()).isEqualTo("cem");
    assertThat(db.password()).isEqualTo("s3cret");
  }

  @Test
  void neverShowsThePasswordOrUrlParametersWhenDescribed() {
    DatabaseSettings db =
        new DatabaseSettings("jdbc:postgresql://db/cem?password=hunter2", "cem", "s3cret");

    assertThat(db.describe()).isEqualTo("jdbc:postgresql://db/cem");
    assertThat(db.toString()).doesNotContain("s3cret").doesNotContain("hunter2");
  }

  @Test
  void aSystemPropertyWinsOverTheEnvironment() {
    Settings settings =
        new Settings(
            key -> key.equals("cem.data.dir") ? "/from/property" : null,
            Map.of("CEM_DATA_DIR", "/from/env")::get);

    assertThat(DatabaseSettings.dataDirectory(settings)).isEqualTo(Path.of("/from/property"));
  }
}
