package org.cemtracker.base.rest;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.cemtracker.base.Problem;

@Provider
public class ProblemMapper implements ExceptionMapper<Problem> {
  @Override
  public Response toResponse(Problem problem) {
    return ApiError.response(problem.status(), problem.getMessage(), problem.fields());
  }
}
