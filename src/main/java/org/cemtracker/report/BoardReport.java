package org.cemtracker.report;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Color;
import java.io.OutputStream;
import java.util.Locale;

/**
 * The board report of one campaign, in the order a leadership team reads it: cover; method and
 * response rates; the headline on the bolt-on-to-CEM scale; the spread figures in plain sentences;
 * dimensions by tier; the consultant's view, once published; departments × dimensions; the change
 * since the previous wave; where to act and what is under way; comments; and an appendix on
 * instrument quality and anonymity. Every number comes from {@link ReportData}, that is from the
 * released figures.
 */
final class BoardReport {

  private final ReportFonts fonts;
  private final Paper paper;

  BoardReport(ReportFonts fonts, Paper paper) {
    this.fonts = fonts;
    this.paper = paper;
  }

  void write(ReportData data, OutputStream out) {
    Document document = new Document(paper.size(), 54, 54, 56, 64);
    try {
      PdfWriter writer = PdfWriter.getInstance(document, out);
      writer.setPageEvent(new Footer(fonts, data));
      document.addTitle("Board report — " + data.campaign().name());
      document.addSubject(data.organisationName());
      document.addCreator("CEM Tracker");
      document.open();
      ReportSections sections = new ReportSections(fonts, document, writer, data);
      sections.cover();
      document.newPage();
      sections.method();
      sections.headline();
      sections.figures();
      ReportDetails details = new ReportDetails(fonts, document, writer, data);
      details.dimensions();
      new ReportReview(fonts, document, writer, data).review();
      new ReportBenchmark(fonts, document, writer, data).benchmark();
      details.heatmap();
      details.change();
      details.plan();
      details.comments();
      details.appendix();
      document.close();
    } catch (DocumentException e) {
      throw new IllegalStateException("the board report could not be laid out", e);
    }
  }

  static String format(Double value) {
    return value == null ? "—" : String.format(Locale.ENGLISH, "%.1f", value);
  }

  static String signed(Double value) {
    return value == null ? "—" : String.format(Locale.ENGLISH, "%+.1f", value).replace('-', '−');
  }

  static String percent(Double fraction) {
    return fraction == null ? "—" : String.format(Locale.ENGLISH, "%.0f %%", fraction * 100);
  }

  static String withMargin(Double score, Double margin) {
    return score == null
        ? "—"
        : format(score) + (margin == null || margin == 0 ? "" : " ± " + format(margin));
  }

  /** The organisation, the campaign and the page number at the foot of every page but the cover. */
  private static final class Footer extends PdfPageEventHelper {
    private final ReportFonts fonts;
    private final ReportData data;

    Footer(ReportFonts fonts, ReportData data) {
      this.fonts = fonts;
      this.data = data;
    }

    @Override
    public void onEndPage(PdfWriter writer, Document document) {
      if (writer.getPageNumber() == 1) {
        PdfContentByte canvas = writer.getDirectContentUnder();
        Rectangle page = document.getPageSize();
        canvas.setColorFill(ReportFonts.TEAL);
        canvas.rectangle(0, page.getHeight() - 120, page.getWidth(), 120);
        canvas.fill();
        canvas.setColorFill(ReportCharts.BANDS[0]);
        for (int band = 0; band < ReportCharts.BANDS.length; band++) {
          canvas.setColorFill(ReportCharts.BANDS[band]);
          float width = page.getWidth() / ReportCharts.BANDS.length;
          canvas.rectangle(band * width, page.getHeight() - 128, width, 8);
          canvas.fill();
        }
        ColumnText.showTextAligned(
            canvas,
            Element.ALIGN_LEFT,
            new Phrase(
                "CEM Tracker · from bolt-on CX to CEM", fonts.colored(11, Color.WHITE, true)),
            document.left(),
            page.getHeight() - 70,
            0);
        return;
      }
      ColumnText.showTextAligned(
          writer.getDirectContent(),
          Element.ALIGN_LEFT,
          new Phrase(
              data.organisationName() + " · " + data.campaign().name() + " · board report",
              fonts.muted(8)),
          document.left(),
          document.bottom() - 28,
          0);
      ColumnText.showTextAligned(
          writer.getDirectContent(),
          Element.ALIGN_RIGHT,
          new Phrase("page " + writer.getPageNumber(), fonts.muted(8)),
          document.right(),
          document.bottom() - 28,
          0);
    }
  }
}
