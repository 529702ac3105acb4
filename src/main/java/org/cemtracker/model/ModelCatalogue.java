package org.cemtracker.model;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;
import java.util.stream.Stream;

/**
 * The maturity models this instance knows: those shipped in the artifact's {@code assessments/}
 * and, when {@code CEM_MODELS_DIR} is set, those in that folder. An invalid file does not stop the
 * others; it is listed with its problems.
 */
@ApplicationScoped
public class ModelCatalogue {

  private static final Logger LOG = Logger.getLogger(ModelCatalogue.class.getName());

  private volatile List<ModelFile> files = List.of();

  @PostConstruct
  void load() {
    reload();
  }

  /** Reads every model file again. */
  public synchronized void reload() {
    ModelReader reader = new ModelReader();
    List<ModelFile> read = new ArrayList<>();
    read.addAll(readShipped(reader));
    // named relative to their folder: an error never shows where the server keeps its files
    modelsDirectory().ifPresent(dir -> read.addAll(readFolder(reader, dir, "CEM_MODELS_DIR")));
    List<ModelFile> checked = Duplicates.refuse(read);
    checked.stream()
        .filter(f -> !f.valid())
        .forEach(
            f ->
                LOG.warning(
                    () ->
                        "Model file "
                            + f.file()
                            + " is invalid and was not loaded: "
                            + f.problems()));
    files = List.copyOf(checked);
  }

  /** The newest version of every valid model, by id. */
  public List<MaturityModel> latest() {
    return models().stream()
        .collect(java.util.stream.Collectors.groupingBy(MaturityModel::id))
        .values()
        .stream()
        .map(
            versions ->
                versions.stream()
                    .max(
                        Comparator.comparing(
                            MaturityModel::version, ModelCatalogue::compareVersions))
                    .orElseThrow())
        .sorted(Comparator.comparing(MaturityModel::id))
        .toList();
  }

  public Optional<MaturityModel> find(String id) {
    return latest().stream().filter(m -> m.id().equals(id)).findFirst();
  }

  public Optional<MaturityModel> find(String id, String version) {
    return models().stream()
        .filter(m -> m.id().equals(id) && m.version().equals(version))
        .findFirst();
  }

  /** Every loaded version of a model, oldest first. */
  public List<String> versions(String id) {
    return models().stream()
        .filter(m -> m.id().equals(id))
        .map(MaturityModel::version)
        .sorted(ModelCatalogue::compareVersions)
        .toList();
  }

  /** Files that could not be loaded, with what is wrong in them. */
  public List<ModelFile> invalid() {
    return files.stream().filter(f -> !f.valid()).toList();
  }

  private List<MaturityModel> models() {
    return files.stream().flatMap(f -> f.model().stream()).toList();
  }

  static int compareVersions(String a, String b) {
    String[] x = a.split("\\.");
    String[] y = b.split("\\.");
    for (int i = 0; i < Math.max(x.length, y.length); i++) {
      int xi = i < x.length ? Integer.parseInt(x[i]) : 0;
      int yi = i < y.length ? Integer.parseInt(y[i]) : 0;
      if (xi != yi) {
        return Integer.compare(xi, yi);
      }
    }
    return 0;
  }

  private static Optional<Path> modelsDirectory() {
    String dir = System.getProperty("cem.models.dir");
    if (dir == null || dir.isBlank()) {
      dir = System.getenv("CEM_MODELS_DIR");
    }
    return dir == null || dir.isBlank() ? Optional.empty() : Optional.of(Path.of(dir.trim()));
  }

  private static List<ModelFile> readShipped(ModelReader reader) {
    URL url = ModelCatalogue.class.getClassLoader().getResource("assessments");
    if (url == null) {
      LOG.warning("No assessments/ folder on the classpath: no shipped models");
      return List.of();
    }
    try {
      URI uri = url.toURI();
      if ("jar".equals(uri.getScheme())) {
        try (FileSystem jar = FileSystems.newFileSystem(uri, Map.of())) {
          return readFolder(reader, jar.getPath("assessments"), "assessments");
        }
      }
      return readFolder(reader, Path.of(uri), "assessments");
    } catch (IOException | URISyntaxException e) {
      throw new IllegalStateException("The shipped models could not be listed", e);
    }
  }

  static List<ModelFile> readFolder(ModelReader reader, Path folder, String label) {
    if (!Files.isDirectory(folder)) {
      return List.of(
          new ModelFile(
              label,
              Optional.empty(),
              List.of(
                  new ModelProblem(
                      label, 1, "", "the models folder does not exist or is not a folder"))));
    }
    try (Stream<Path> entries = Files.list(folder)) {
      return entries
          .filter(p -> p.getFileName().toString().matches(".*\\.ya?ml"))
          .sorted()
          .map(p -> read(reader, p, label + "/" + p.getFileName()))
          .toList();
    } catch (IOException e) {
      throw new IllegalStateException("The models folder " + label + " could not be read", e);
    }
  }

  private static ModelFile read(ModelReader reader, Path path, String name) {
    try {
      if (Files.size(path) > ModelReader.MAX_BYTES) {
        return new ModelFile(
            name,
            Optional.empty(),
            List.of(new ModelProblem(name, 1, "", "file is larger than 1 MiB")));
      }
      return reader.read(name, Files.readString(path, StandardCharsets.UTF_8));
    } catch (IOException e) {
      return new ModelFile(
          name,
          Optional.empty(),
          List.of(new ModelProblem(name, 1, "", "cannot be read: " + e.getMessage())));
    }
  }
}
