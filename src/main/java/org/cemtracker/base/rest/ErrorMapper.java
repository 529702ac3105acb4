package org.cemtracker.base.rest;

import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.cemtracker.base.Problem;

/**
 * Turns every other failure into the error body of API.md (a malformed body is refused by name
 * before: {@code StrictJson}): an unknown path 404, a wrong media type 415, a database that cannot
 * be reached 503 with {@code Retry-After}, anything unexpected 500 with a reference to the log
 * entry — never a stack trace.
 */
@Provider
public class ErrorMapper implements ExceptionMapper<Throwable> {

  private static final Logger LOG = Logger.getLogger(ErrorMapper.class.getName());

  @Context UriInfo uri;

  @Override
  public Response toResponse(Throwable error) {
    for (Throwable cause = error; cause != null; cause = cause.getCause()) {
      if (cause instanceof Problem problem) {
        return new ProblemMapper().toResponse(problem);
      }
      if (cause instanceof BodyLimitFilter.TooLarge) {
        return ApiError.response(413, cause.getMessage());
      }
    }
    if (error instanceof NotFoundException) {
      return ApiError.response(404, "No such resource: /" + (uri == null ? "" : uri.getPath()));
    }
    if (error instanceof NotAllowedException) {
      return ApiError.response(
          405,
          "Method not allowed here; allowed: "
              + ((NotAllowedException) error).getResponse().getAllowedMethods());
    }
    if (error instanceof NotSupportedException) {
      return ApiError.response(415, "Unsupported media type: send application/json");
    }
    if (error instanceof WebApplicationException web && web.getResponse().getStatus() < 500) {
      int status = web.getResponse().getStatus();
      return ApiError.response(status, firstLine(web.getMessage()));
    }
    if (DatabaseUnavailable.causes(error)) {
      LOG.log(Level.WARNING, "The database cannot be reached: " + firstLine(error.getMessage()));
      return Response.fromResponse(ApiError.response(503, DatabaseUnavailable.MESSAGE))
          .header("Retry-After", DatabaseUnavailable.RETRY_AFTER)
          .build();
    }
    String reference = UUID.randomUUID().toString();
    LOG.log(Level.SEVERE, "Unexpected error, reference " + reference, error);
    return ApiError.response(500, "Internal error; reference " + reference);
  }

  static String firstLine(String message) {
    if (message == null) {
      return "";
    }
    String line = message.lines().findFirst().orElse("");
    return line.length() > 300 ? line.substring(0, 300) + "…" : line;
  }
}
