package org.cemtracker.base.rest;

import jakarta.annotation.Priority;
import jakarta.transaction.TransactionalException;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.sql.SQLIntegrityConstraintViolationException;
import org.cemtracker.base.Problem;

/**
 * A failure of a {@code @Transactional} service: the problem it raised, a conflict when the
 * database refused the change (a duplicate, a concurrent edit), else the generic error. Takes the
 * place of Jersey's own mapper, which answers an empty 500.
 */
@Provider
@Priority(Priorities.USER - 100)
public class TransactionFailureMapper implements ExceptionMapper<TransactionalException> {

  @Override
  public Response toResponse(TransactionalException failure) {
    for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
      if (cause instanceof Problem problem) {
        return new ProblemMapper().toResponse(problem);
      }
      if (cause instanceof SQLIntegrityConstraintViolationException
          || cause instanceof jakarta.persistence.OptimisticLockException) {
        return ApiError.response(
            409, "The change conflicts with data stored meanwhile; reload and try again");
      }
    }
    return new ErrorMapper().toResponse(failure);
  }
}
