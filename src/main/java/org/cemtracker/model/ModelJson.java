package org.cemtracker.model;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;

/** A model as JSON, for the snapshot a campaign keeps of the exact version it runs. */
public final class ModelJson {

  private static final ObjectMapper JSON =
      new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

  private ModelJson() {}

  public static String write(MaturityModel model) {
    try {
      return JSON.writeValueAsString(model);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a model could not be written as JSON", e);
    }
  }

  public static MaturityModel read(String json) {
    try {
      return JSON.readValue(json, MaturityModel.class);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a stored model snapshot could not be read", e);
    }
  }
}
