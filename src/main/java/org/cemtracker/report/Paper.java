package org.cemtracker.report;

import com.lowagie.text.PageSize;
import com.lowagie.text.Rectangle;
import java.util.Locale;
import org.cemtracker.base.Problem;

/** The paper a report is laid out for. */
public enum Paper {
  A4(PageSize.A4),
  LETTER(PageSize.LETTER);

  private final Rectangle size;

  Paper(Rectangle size) {
    this.size = size;
  }

  Rectangle size() {
    return size;
  }

  /** A4 unless asked otherwise; "letter" (any case) for US Letter. */
  public static Paper parse(String value) {
    if (value == null || value.isBlank()) {
      return A4;
    }
    try {
      return valueOf(value.trim().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw Problem.invalid("paper", "must be A4 or LETTER");
    }
  }
}
