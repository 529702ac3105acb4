package org.cemtracker.base.rest;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
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
}
