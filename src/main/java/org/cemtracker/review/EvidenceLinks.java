package org.cemtracker.review;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;

/** An evidence's links as the database stores them: a JSON array of {@code {label, url}}. */
final class EvidenceLinks {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final TypeReference<List<Evidence.Link>> LINKS = new TypeReference<>() {};

  private EvidenceLinks() {}

  static String write(List<Evidence.Link> links) {
    try {
      return JSON.writeValueAsString(links);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("evidence links could not be written", e);
    }
  }

  static List<Evidence.Link> read(String stored) {
    try {
      return JSON.readValue(stored, LINKS);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("stored evidence links could not be read", e);
    }
  }
}
