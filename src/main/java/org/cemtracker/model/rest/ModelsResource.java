package org.cemtracker.model.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import java.util.List;
import org.cemtracker.base.Problem;
import org.cemtracker.model.MaturityModel;
import org.cemtracker.model.ModelCatalogue;
import org.cemtracker.model.ModelDiff;
import org.cemtracker.model.ModelProblem;

/** The maturity models found in {@code assessments/} (API.md). */
@Path("models")
@Produces(MediaType.APPLICATION_JSON)
public class ModelsResource {

  @Inject ModelCatalogue catalogue;

  public record DimensionRef(String id, String name) {}

  public record ModelSummary(
      String id, String version, String title, List<DimensionRef> dimensions, int questionCount) {}

  public record InvalidModel(String file, List<ModelProblem> problems) {}

  @GET
  public List<ModelSummary> list() {
    return catalogue.latest().stream()
        .map(
            m ->
                new ModelSummary(
                    m.id(),
                    m.version(),
                    m.title(),
                    m.dimensions().stream().map(d -> new DimensionRef(d.id(), d.name())).toList(),
                    m.questions().size()))
        .toList();
  }

  /** For administrators: model files that could not be loaded, with every problem. */
  @GET
  @Path("invalid")
  public List<InvalidModel> invalid(@Context SecurityContext security) {
    if (!security.isUserInRole("ADMIN")) {
      throw Problem.forbidden("Only administrators may see invalid model files");
    }
    return catalogue.invalid().stream().map(f -> new InvalidModel(f.file(), f.problems())).toList();
  }

  /** Two versions of a model side by side: ?from=1.0.0&to=1.1.0 (default: the two newest). */
  @GET
  @Path("{modelId}/diff")
  public ModelDiff diff(
      @PathParam("modelId") String modelId,
      @QueryParam("from") String from,
      @QueryParam("to") String to) {
    List<String> versions = catalogue.versions(modelId);
    if (versions.isEmpty()) {
      throw Problem.notFound("Model " + modelId);
    }
    if ((from == null || to == null) && versions.size() < 2) {
      throw Problem.conflict(
          "Model "
              + modelId
              + " has one version only ("
              + versions.get(0)
              + "): nothing to compare");
    }
    String before = from != null ? from : versions.get(versions.size() - 2);
    String after = to != null ? to : versions.get(versions.size() - 1);
    return ModelDiff.between(version(modelId, before, "from"), version(modelId, after, "to"));
  }

  private MaturityModel version(String modelId, String version, String field) {
    return catalogue
        .find(modelId, version)
        .orElseThrow(
            () ->
                Problem.invalid(
                    field,
                    "model "
                        + modelId
                        + " has no version "
                        + version
                        + "; it has "
                        + String.join(", ", catalogue.versions(modelId))));
  }

  @GET
  @Path("{modelId}")
  public MaturityModel get(
      @PathParam("modelId") String modelId, @QueryParam("version") String version) {
    return (version == null ? catalogue.find(modelId) : catalogue.find(modelId, version))
        .orElseThrow(
            () ->
                Problem.notFound(
                    "Model " + modelId + (version == null ? "" : " version " + version)));
  }
}
