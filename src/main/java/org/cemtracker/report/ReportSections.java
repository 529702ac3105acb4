package org.cemtracker.report;

import static org.cemtracker.report.BoardReport.format;
import static org.cemtracker.report.BoardReport.percent;
import static org.cemtracker.report.BoardReport.withMargin;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.cemtracker.campaign.MonitorService;
import org.cemtracker.model.Tier;
import org.cemtracker.results.StageReason;
import org.cemtracker.scoring.Results;

/** The report's first part: cover, method and response rates, the headline and the figures. */
final class ReportSections extends ReportPart {

  private static final DateTimeFormatter DAY =
      DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

  ReportSections(ReportFonts fonts, Document document, PdfWriter writer, ReportData data) {
    super(fonts, document, writer, data);
  }

  void cover() {
    spacer(120);
    add(paragraph("Board report", fonts.colored(30, ReportFonts.TEAL, true), 8));
    add(paragraph(data.organisationName(), fonts.bold(20), 4));
    add(paragraph(data.campaign().name(), fonts.text(16), 28));
    Results r = data.results();
    if (!r.hidden()) {
      add(
          paragraph(
              "CEM index " + withMargin(r.cemIndex(), r.cemIndexMarginOfError()) + stageText(),
              fonts.colored(14, ReportFonts.TEAL, true),
              28));
    }
    PdfPTable facts = table(new float[] {1, 2.4f});
    fact(
        facts,
        "Model",
        data.model().title() + " (" + data.model().id() + " " + data.model().version() + ")");
    fact(facts, "Opened", day(data.campaign().openedAt(Tier.LEADERSHIP)));
    fact(facts, "Closed", day(data.campaign().closedAt()));
    fact(facts, "Published", day(data.campaign().publishedAt()));
    fact(facts, "Released responses", r.responses() == null ? "none" : r.responses().toString());
    fact(facts, "Report made", day(data.generatedAt()));
    add(facts);
    spacer(24);
    add(
        paragraph(
            "Every figure in this report comes from the responses released under the anonymity"
                + " rules (k = "
                + r.threshold()
                + "): no group of fewer than "
                + r.threshold()
                + " people can be read or worked out from it.",
            fonts.muted(9),
            0));
  }

  void method() {
    heading("Method and response rates");
    add(
        paragraph(
            "The questionnaire cascades top-down: leadership first, then management, then staff."
                + " Every question describes what the organisation does at each level, from"
                + " bolt-on CX to a CEM philosophy; \"don't know\" counts as no answer. Department"
                + " scores weigh every dimension equally unless the model says otherwise; the CEM"
                + " index weighs every department by its headcount.",
            fonts.text(10),
            8));
    MonitorService.Monitor counts = data.counts();
    PdfPTable phases = table(new float[] {2, 1, 1, 1});
    header(phases, "Phase", "Invited", "Responses", "Rate");
    for (MonitorService.PhaseCount phase : counts.phases()) {
      cells(
          phases,
          tierName(phase.tier()),
          phase.invitedHidden() ? "hidden" : count(phase.invited()),
          phase.hidden() ? "hidden" : count(phase.responses()),
          rate(phase.responses(), phase.invited()));
    }
    add(phases);
    spacer(8);
    PdfPTable departments = table(new float[] {3.4f, 1, 1, 1});
    header(departments, "Department", "Invited", "Responses", "Rate");
    for (MonitorService.DepartmentCount d : counts.departments()) {
      cells(
          departments,
          d.departmentPath(),
          d.invitedHidden() ? "hidden" : count(d.invited()),
          d.hidden() ? "hidden" : count(d.responses()),
          rate(d.responses(), d.invited()));
    }
    add(departments);
    add(paragraph(withheldLine(), fonts.muted(9), 0));
  }

  void headline() {
    heading("Where the organisation stands");
    Results r = data.results();
    if (r.hidden()) {
      add(
          paragraph(
              "Nothing can be shown: every response is in a group too small to show.",
              fonts.text(11),
              0));
      return;
    }
    Paragraph index = new Paragraph();
    index.setLeading(38);
    index.setSpacingBefore(6);
    index.add(new Chunk(withMargin(r.cemIndex(), r.cemIndexMarginOfError()), fonts.bold(30)));
    index.add(
        new Chunk(
            "   " + stageText().replaceFirst("^ · ", ""),
            fonts.colored(14, ReportFonts.TEAL, true)));
    index.setSpacingAfter(6);
    add(index);
    add(
        chart(
            ReportCharts.scale(fonts, data.model(), r.cemIndex()),
            document.right() - document.left(),
            54));
    add(
        paragraph(
            "The CEM index (0–100) weighs every department's score by its headcount. Its stage"
                + " also requires enough reach and a small enough bolt-on gap."
                + StageReason.whyLower(data.model(), r),
            fonts.text(10),
            6));
  }

  void figures() {
    Results r = data.results();
    if (r.hidden()) {
      return;
    }
    heading("The spread behind the average");
    PdfPTable figures = table(new float[] {1.3f, 1, 4});
    header(figures, "Figure", "Value", "What it says");
    cells(
        figures,
        "Reach",
        percent(r.reach()),
        r.reach() == null
            ? "No department has a score."
            : percent(r.reach())
                + " of the people in covered departments work in a department scoring at or above"
                + " the CEM line ("
                + format(data.model().cemLine())
                + ").");
    cells(
        figures,
        "Bolt-on gap",
        points(r.boltOnGap()),
        r.boltOnGap() == null
            ? "Not measurable: customer-facing or other departments have no released score."
            : "Customer-facing departments score "
                + format(Math.abs(r.boltOnGap()))
                + " points "
                + (r.boltOnGap() >= 0 ? "above" : "below")
                + " the others: the larger, the more CX is still bolted on.");
    cells(
        figures,
        "Alignment gap",
        points(r.alignmentGap()),
        r.alignmentGap() == null
            ? "Not measurable: leadership or staff have no released responses."
            : "Leadership rates the organisation "
                + format(Math.abs(r.alignmentGap()))
                + " points "
                + (r.alignmentGap() >= 0 ? "above" : "below")
                + " staff: how far daily practice lags direction.");
    cells(
        figures,
        "Dispersion",
        points(r.dispersion()),
        "Departments' scores spread this far around the index (headcount-weighted standard"
            + " deviation).");
    cells(
        figures,
        "Coverage",
        percent(r.coverage()),
        percent(r.coverage()) + " of all people work in departments with released responses.");
    add(figures);
  }

  private String stageText() {
    Results.StageResult stage = data.results().stage();
    return stage == null ? "" : " · Stage " + stage.number() + " · " + stage.name();
  }

  private String withheldLine() {
    Results r = data.results();
    if (r.withheldFewerThanK()) {
      return "Fewer than "
          + r.threshold()
          + " responses are in groups too small to show and count in no figure.";
    }
    if (r.withheld() != null && r.withheld() > 0) {
      return r.withheld() + " responses are in groups too small to show and count in no figure.";
    }
    return "Every response is released.";
  }

  private void fact(PdfPTable table, String name, String value) {
    table.addCell(cell(name, fonts.muted(10), Element.ALIGN_LEFT, null));
    table.addCell(cell(value, fonts.text(10), Element.ALIGN_LEFT, null));
  }

  private static String day(OffsetDateTime when) {
    return when == null ? "—" : DAY.format(when);
  }

  private static String count(Integer n) {
    return n == null ? "—" : n.toString();
  }

  private static String rate(Integer responses, Integer invited) {
    return responses == null || invited == null || invited == 0
        ? "—"
        : percent(responses / (double) invited);
  }

  private static String points(Double value) {
    return value == null ? "—" : format(value) + " pts";
  }

  static String tierName(Tier tier) {
    return tier.name().charAt(0) + tier.name().substring(1).toLowerCase(Locale.ROOT);
  }
}
