package org.cemtracker.base.rest;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyReader;
import jakarta.ws.rs.ext.Provider;
import java.io.IOException;
import java.io.InputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;

/**
 * A request body kept as a JSON tree (an edit that must know which fields it gave), read strictly
 * ({@link StrictJsonReader}).
 */
@Provider
@Consumes({MediaType.APPLICATION_JSON, "application/*+json"})
public class TreeBodyReader implements MessageBodyReader<JsonNode> {

  @Override
  public boolean isReadable(
      Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
    return JsonNode.class.isAssignableFrom(type);
  }

  @Override
  public JsonNode readFrom(
      Class<JsonNode> type,
      Type genericType,
      Annotation[] annotations,
      MediaType mediaType,
      MultivaluedMap<String, String> headers,
      InputStream body)
      throws IOException {
    return (JsonNode) StrictJsonReader.read(type, genericType, body);
  }
}
