package org.cemtracker.report;

import static org.cemtracker.report.BoardReport.format;
import static org.cemtracker.report.BoardReport.signed;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.cemtracker.review.Evidence;
import org.cemtracker.review.Review;

/**
 * The consultant's view beside the organisation's own, in the report once the consultant has
 * published it: per dimension the own score, the rating and the gap with its evidence; the stage
 * the consultant finds beside the one the scores give.
 */
final class ReportReview extends ReportPart {

  private static final DateTimeFormatter DAY =
      DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

  ReportReview(ReportFonts fonts, Document document, PdfWriter writer, ReportData data) {
    super(fonts, document, writer, data);
  }

  void review() {
    if (data.review().isEmpty()) {
      return;
    }
    Review review = data.review().get();
    heading("The consultant's view");
    add(
        paragraph(
            "The consultant rated each dimension on the model's scale, from interviews,"
                + " observation and documents. The gap is the consultant's rating minus the"
                + " organisation's own score in points: below zero, the organisation sees itself"
                + " further along than the consultant does. Published by "
                + review.publication().by()
                + " on "
                + day(review.publication().at())
                + ".",
            fonts.text(10),
            6));
    PdfPTable table = table(new float[] {2.2f, 1, 1.8f, 0.9f, 4});
    header(table, "Dimension", "Own score", "Consultant", "Gap", "Evidence");
    for (Review.DimensionView d : review.dimensions()) {
      cells(
          table,
          d.dimension().name(),
          format(d.ownScore()),
          d.rating() == null
              ? "not rated"
              : d.rating().level()
                  + " "
                  + d.rating().label()
                  + " ("
                  + format(d.ratingPoints())
                  + ")",
          signed(d.gap()));
      table.addCell(evidence(d.rating()));
    }
    add(table);
    Review.StageView stage = review.stage();
    if (stage.claimed() != null) {
      String computed =
          stage.computed() == null
              ? "The scores give no stage."
              : "The scores give stage "
                  + stage.computed().number()
                  + ", "
                  + stage.computed().name()
                  + ".";
      add(
          paragraph(
              computed
                  + " The consultant finds stage "
                  + stage.claimed().level()
                  + ", "
                  + stage.claimed().label()
                  + ".",
              fonts.bold(10),
              2));
      PdfPTable evidence = table(new float[] {1});
      evidence.addCell(evidence(stage.claimed()));
      add(evidence);
    }
  }

  private PdfPCell evidence(Review.Rated rated) {
    Phrase phrase = new Phrase();
    if (rated != null) {
      if (rated.evidence().note() != null) {
        phrase.add(new Phrase(rated.evidence().note() + "\n", fonts.text(8.5f)));
      }
      for (Evidence.Link link : rated.evidence().links()) {
        phrase.add(
            new Phrase(
                link.label() + ": " + link.url() + "\n",
                fonts.colored(8, ReportFonts.TEAL, false)));
      }
      phrase.add(new Phrase(rated.byName() + ", " + day(rated.at()), fonts.muted(7.5f)));
    }
    PdfPCell cell = cell("", fonts.text(8.5f), Element.ALIGN_LEFT, null);
    cell.setPhrase(phrase);
    return cell;
  }

  private static String day(OffsetDateTime at) {
    return DAY.format(at.atZoneSameInstant(ZoneOffset.UTC));
  }
}
