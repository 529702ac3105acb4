package org.cemtracker.report;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Image;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfTemplate;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;

/** What every part of the report lays out with: headings, paragraphs, tables and charts. */
abstract class ReportPart {

  static final Color RULE = new Color(0xe5, 0xe7, 0xeb);
  static final Color HEADER = new Color(0xf3, 0xf4, 0xf6);

  /** Something drawn with Java 2D into an area: a JFreeChart chart, or a scale. */
  @FunctionalInterface
  interface Drawing {
    void draw(Graphics2D graphics, Rectangle2D area);
  }

  protected final ReportFonts fonts;
  protected final Document document;
  protected final PdfWriter writer;
  protected final ReportData data;

  ReportPart(ReportFonts fonts, Document document, PdfWriter writer, ReportData data) {
    this.fonts = fonts;
    this.document = document;
    this.writer = writer;
    this.data = data;
  }

  void add(Element element) {
    try {
      document.add(element);
    } catch (DocumentException e) {
      throw new IllegalStateException("the board report could not be laid out", e);
    }
  }

  Paragraph paragraph(String text, Font font, float spacingAfter) {
    Paragraph paragraph = new Paragraph(text, font);
    paragraph.setSpacingAfter(spacingAfter);
    paragraph.setLeading(font.getSize() * 1.35f);
    return paragraph;
  }

  void heading(String text) {
    Paragraph heading = paragraph(text, fonts.colored(15, ReportFonts.TEAL, true), 8);
    heading.setSpacingBefore(16);
    add(heading);
  }

  void spacer(float height) {
    Paragraph spacer = new Paragraph(" ", fonts.text(1));
    spacer.setSpacingAfter(height);
    add(spacer);
  }

  PdfPTable table(float[] widths) {
    PdfPTable table = new PdfPTable(widths);
    table.setWidthPercentage(100);
    table.setHeaderRows(0);
    table.setSpacingAfter(4);
    return table;
  }

  void header(PdfPTable table, String... names) {
    for (String name : names) {
      table.addCell(cell(name, fonts.bold(9), Element.ALIGN_LEFT, HEADER));
    }
    table.setHeaderRows(1);
  }

  void cells(PdfPTable table, String... values) {
    for (String value : values) {
      table.addCell(cell(value, fonts.text(9), Element.ALIGN_LEFT, null));
    }
  }

  PdfPCell cell(String text, Font font, int alignment, Color background) {
    PdfPCell cell = new PdfPCell(new Phrase(text, font));
    cell.setHorizontalAlignment(alignment);
    cell.setPadding(4);
    cell.setBorderColor(RULE);
    cell.setBorderWidth(0.5f);
    if (background != null) {
      cell.setBackgroundColor(background);
    }
    return cell;
  }

  /** A drawing as vectors in the PDF, {@code width} × {@code height} points. */
  Image chart(Drawing drawing, float width, float height) {
    PdfTemplate template = writer.getDirectContent().createTemplate(width, height);
    Graphics2D graphics = template.createGraphics(width, height, fonts);
    try {
      drawing.draw(graphics, new Rectangle2D.Double(0, 0, width, height));
    } finally {
      graphics.dispose();
    }
    try {
      Image image = Image.getInstance(template);
      image.setAlignment(Image.MIDDLE);
      return image;
    } catch (DocumentException e) {
      throw new IllegalStateException("a chart could not be placed in the board report", e);
    }
  }
}
