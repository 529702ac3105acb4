package org.cemtracker.base.rest;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.ext.Provider;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Refuses request bodies over {@value #MAX_BYTES} bytes with 413: by their declared length before
 * reading, and by counting while reading when no length is declared.
 */
@Provider
@PreMatching
@Priority(Priorities.AUTHENTICATION - 100)
public class BodyLimitFilter implements ContainerRequestFilter {

  public static final int MAX_BYTES = 2 * 1024 * 1024;

  /** An organisation's import file may be large: its responses come with it. */
  public static final int MAX_IMPORT_BYTES = 512 * 1024 * 1024;

  @Override
  public void filter(ContainerRequestContext request) {
    int limit =
        request.getUriInfo().getPath().endsWith("organisations/import")
            ? MAX_IMPORT_BYTES
            : MAX_BYTES;
    if (request.getLength() > limit) {
      request.abortWith(ApiError.response(413, tooLarge(limit)));
      return;
    }
    if (request.hasEntity()) {
      request.setEntityStream(new Limited(request.getEntityStream(), limit));
    }
  }

  static String tooLarge(int limit) {
    return "Request body too large: at most " + limit / 1024 / 1024 + " MiB";
  }

  /** Raised while reading a body that turns out longer than the limit. */
  public static final class TooLarge extends IOException {
    TooLarge(int limit) {
      super(tooLarge(limit));
    }
  }

  private static final class Limited extends FilterInputStream {
    private final int limit;
    private long count;

    Limited(InputStream in, int limit) {
      super(in);
      this.limit = limit;
    }

    @Override
    public int read() throws IOException {
      int b = super.read();
      if (b >= 0) {
        count(1);
      }
      return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
      int n = super.read(buffer, offset, length);
      if (n > 0) {
        count(n);
      }
      return n;
    }

    private void count(int n) throws TooLarge {
      count += n;
      if (count > limit) {
        throw new TooLarge(limit);
      }
    }
  }
}
