package org.cemtracker.report;

import static org.cemtracker.report.BoardReport.format;

import com.lowagie.text.Document;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.util.function.Function;
import org.cemtracker.benchmark.Benchmark;
import org.cemtracker.benchmark.Distribution;

/**
 * The client among the consultant's other clients on the same model, in the report when the
 * consultant asks for it: the index and each dimension against the others' quartiles, median and
 * top 10 %; no other client named, no spread of fewer than five.
 */
final class ReportBenchmark extends ReportPart {

  ReportBenchmark(ReportFonts fonts, Document document, PdfWriter writer, ReportData data) {
    super(fonts, document, writer, data);
  }

  void benchmark() {
    if (data.benchmark().isEmpty()) {
      return;
    }
    Benchmark benchmark = data.benchmark().get();
    heading("Among the consultant's other clients");
    add(
        paragraph(
            "How the organisation compares with the consultant's other clients on "
                + data.model().title()
                + ", each counted once by its latest released campaign, where its figures are"
                + " shown and measure the same questions. Half of them lie between the lower and"
                + " the upper quartile; a tenth of them at or above the top 10 % line. No client"
                + " is named, and no spread is given for fewer than "
                + Distribution.MIN_ORGANISATIONS
                + " of them.",
            fonts.text(10),
            6));
    PdfPTable table = table(new float[] {2.6f, 1, 1, 1, 1, 1, 2.4f});
    header(
        table,
        "Figure",
        "This organisation",
        "Lower quartile",
        "Median",
        "Upper quartile",
        "Top 10 % from",
        "Where it stands");
    row(table, "CEM index", benchmark.index());
    benchmark.dimensions().forEach(d -> row(table, d.dimension().name(), d.figure()));
    add(table);
  }

  private void row(PdfPTable table, String name, Benchmark.Figure figure) {
    cells(
        table,
        name,
        format(figure.own()),
        spread(figure, Distribution::lowerQuartile),
        spread(figure, Distribution::median),
        spread(figure, Distribution::upperQuartile),
        spread(figure, Distribution::top10),
        figure.others().isEmpty()
            ? "fewer than " + Distribution.MIN_ORGANISATIONS + " others to compare with"
            : figure.band() == null
                ? "not shown for this organisation"
                : figure.band() + " of " + figure.others().get().organisations());
  }

  private static String spread(Benchmark.Figure figure, Function<Distribution, Double> part) {
    return figure.others().map(d -> format(part.apply(d))).orElse("—");
  }
}
