package org.cemtracker.base;

/**
 * Text written into a CSV file or a spreadsheet cell, made safe against formula injection: a text
 * that a spreadsheet would run as a formula — one starting with {@code =}, {@code +}, {@code -},
 * {@code @}, a tab or a carriage return (OWASP, "CSV injection") — is prefixed with an apostrophe,
 * so it shows as the text it is. Numbers are written as numbers and never pass through here.
 */
public final class SafeText {

  private SafeText() {}

  public static String cell(String text) {
    if (text == null || text.isEmpty()) {
      return text;
    }
    char first = text.charAt(0);
    return first == '='
            || first == '+'
            || first == '-'
            || first == '@'
            || first == '\t'
            || first == '\r'
        ? "'" + text
        : text;
  }
}
