package org.cemtracker.model;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.util.JsonParserDelegate;
import java.io.IOException;

/**
 * A parser that stops after so many tokens: aliases replay what they name, so a small file of
 * aliases of aliases ("billion laughs") could otherwise expand without end.
 */
final class BoundedParser extends JsonParserDelegate {

  /** Far more than the largest real model (the shipped one with its translations: about 9,000). */
  static final int MAX_TOKENS = 200_000;

  private int tokens;

  BoundedParser(JsonParser parser) {
    super(parser);
  }

  @Override
  public JsonToken nextToken() throws IOException {
    if (++tokens > MAX_TOKENS) {
      throw new JsonParseException(
          this, "the file expands to more than " + MAX_TOKENS + " values (aliases of aliases?)");
    }
    return super.nextToken();
  }
}
