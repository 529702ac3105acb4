package org.cemtracker.base.rest;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.util.Map;

/** The error body of API.md: {@code {"status": 400, "error": "...", "fields": {...}}}. */
public record ApiError(int status, String error, Map<String, String> fields) {

  public static Response response(int status, String error, Map<String, String> fields) {
    return Response.status(status)
        .type(MediaType.APPLICATION_JSON_TYPE)
        .entity(new ApiError(status, error, fields))
        .build();
  }

  public static Response response(int status, String error) {
    return response(status, error, Map.of());
  }

  /**
   * The same body written straight to a servlet response, for refusals made before JAX-RS is
   * reached (the authentication layer, a stopping node). The message is the app's own text.
   */
  public static void write(HttpServletResponse response, int status, String error)
      throws IOException {
    response.setStatus(status);
    response.setContentType("application/json");
    response.setCharacterEncoding("UTF-8");
    response
        .getWriter()
        .write(
            "{\"status\":"
                + status
                + ",\"error\":\""
                + error.replace("\\", "\\\\").replace("\"", "\\\"")
                + "\",\"fields\":{}}");
  }
}
