package org.cemtracker.report;

import com.lowagie.text.Font;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.FontMapper;
import java.awt.Color;
import java.awt.FontFormatException;
import java.awt.GraphicsEnvironment;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The report's one typeface, Liberation Sans (SIL Open Font License, from openpdf-fonts-extra),
 * embedded in every PDF and registered with Java 2D for the charts: the report looks the same on
 * every machine, needs no system font, and writes any Latin, Greek or Cyrillic text a comment may
 * hold.
 */
final class ReportFonts implements FontMapper {

  static final Color INK = new Color(0x1f, 0x29, 0x37);
  static final Color MUTED = new Color(0x6b, 0x72, 0x80);
  static final Color TEAL = new Color(0x0e, 0x74, 0x90);

  private static final String REGULAR = "liberation/LiberationSans-Regular.ttf";
  private static final String BOLD = "liberation/LiberationSans-Bold.ttf";

  private final BaseFont regular;
  private final BaseFont bold;
  private final java.awt.Font awtRegular;
  private final java.awt.Font awtBold;

  ReportFonts() {
    byte[] regularBytes = bytes(REGULAR);
    byte[] boldBytes = bytes(BOLD);
    try {
      regular =
          BaseFont.createFont(
              "LiberationSans.ttf",
              BaseFont.IDENTITY_H,
              BaseFont.EMBEDDED,
              true,
              regularBytes,
              null);
      bold =
          BaseFont.createFont(
              "LiberationSans-Bold.ttf",
              BaseFont.IDENTITY_H,
              BaseFont.EMBEDDED,
              true,
              boldBytes,
              null);
      awtRegular = awt(regularBytes);
      awtBold = awt(boldBytes);
    } catch (IOException e) {
      throw new UncheckedIOException("the report font could not be read", e);
    } catch (FontFormatException e) {
      throw new IllegalStateException("the report font is not a TrueType font", e);
    }
    GraphicsEnvironment.getLocalGraphicsEnvironment().registerFont(awtRegular);
    GraphicsEnvironment.getLocalGraphicsEnvironment().registerFont(awtBold);
  }

  Font text(float size) {
    return new Font(regular, size, Font.NORMAL, INK);
  }

  Font muted(float size) {
    return new Font(regular, size, Font.NORMAL, MUTED);
  }

  Font bold(float size) {
    return new Font(bold, size, Font.NORMAL, INK);
  }

  Font colored(float size, Color color, boolean strong) {
    return new Font(strong ? bold : regular, size, Font.NORMAL, color);
  }

  /** The chart font at a size, for Java 2D. */
  java.awt.Font awt(float size, boolean strong) {
    return (strong ? awtBold : awtRegular).deriveFont(size);
  }

  @Override
  public BaseFont awtToPdf(java.awt.Font font) {
    return font.isBold() || font.getFontName().contains("Bold") ? bold : regular;
  }

  @Override
  public java.awt.Font pdfToAwt(BaseFont font, int size) {
    return (font == bold ? awtBold : awtRegular).deriveFont((float) size);
  }

  private static java.awt.Font awt(byte[] ttf) throws IOException, FontFormatException {
    try (InputStream in = new ByteArrayInputStream(ttf)) {
      return java.awt.Font.createFont(java.awt.Font.TRUETYPE_FONT, in);
    }
  }

  private static InputStream stream(String resource) {
    InputStream in = ReportFonts.class.getClassLoader().getResourceAsStream(resource);
    if (in == null) {
      throw new IllegalStateException("the report font " + resource + " is not on the class path");
    }
    return in;
  }

  private static byte[] bytes(String resource) {
    try (InputStream in = stream(resource)) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException("the report font could not be read", e);
    }
  }
}
