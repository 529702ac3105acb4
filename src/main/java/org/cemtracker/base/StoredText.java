package org.cemtracker.base;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Text that can be stored: no control characters but tab and line breaks (a NUL cannot be stored by
 * PostgreSQL and would block a respondent's submission for good) and no half of a surrogate pair
 * (it is not a character at all). Checked for every body of the API and every text a service
 * validates.
 */
public final class StoredText {

  private StoredText() {}

  /** Bytes read as UTF-8, refused (as {@code field}) where they are not UTF-8 — no U+FFFD. */
  public static String utf8(byte[] bytes, String field) {
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes))
          .toString();
    } catch (CharacterCodingException e) {
      throw Problem.invalid(
          field, "is not valid UTF-8 text: save the file as UTF-8 (in Excel: CSV UTF-8)");
    }
  }

  /** What is wrong with {@code text}, or null when nothing is. */
  public static String wrong(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' || c == 0x7f) {
        return "must not contain control characters such as NUL (U+"
            + String.format("%04X", (int) c)
            + " at character "
            + (i + 1)
            + ")";
      }
      if (Character.isHighSurrogate(c)
          && (i + 1 == text.length() || !Character.isLowSurrogate(text.charAt(i + 1)))) {
        return "is not valid Unicode text (half a surrogate pair at character " + (i + 1) + ")";
      }
      if (Character.isLowSurrogate(c)
          && (i == 0 || !Character.isHighSurrogate(text.charAt(i - 1)))) {
        return "is not valid Unicode text (half a surrogate pair at character " + (i + 1) + ")";
      }
    }
    return null;
  }
}
