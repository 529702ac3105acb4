package org.cemtracker.base.rest;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyReader;
import jakarta.ws.rs.ext.Provider;
import java.io.IOException;
import java.io.InputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.util.List;

/**
 * A request body that is a JSON array, bound to a list, read strictly ({@link StrictJsonReader}).
 */
@Provider
@Consumes({MediaType.APPLICATION_JSON, "application/*+json"})
public class ListBodyReader implements MessageBodyReader<List<?>> {

  @Override
  public boolean isReadable(
      Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
    return List.class.isAssignableFrom(type);
  }

  @Override
  public List<?> readFrom(
      Class<List<?>> type,
      Type genericType,
      Annotation[] annotations,
      MediaType mediaType,
      MultivaluedMap<String, String> headers,
      InputStream body)
      throws IOException {
    return (List<?>) StrictJsonReader.read(type, genericType, body);
  }
}
