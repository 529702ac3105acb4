package org.cemtracker.report;

import static org.cemtracker.report.BoardReport.format;
import static org.cemtracker.report.BoardReport.signed;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.cemtracker.initiative.Recommendations;
import org.cemtracker.model.MaturityModel;
import org.cemtracker.report.ReportData.InitiativeLine;
import org.cemtracker.scoring.Comments;
import org.cemtracker.scoring.InstrumentQuality;
import org.cemtracker.scoring.Results;
import org.cemtracker.scoring.WaveDelta;

/**
 * The report's second part: dimensions by tier, departments × dimensions, the change since the
 * previous wave, where to act, comments, and the appendix on instrument quality and anonymity.
 */
final class ReportDetails extends ReportPart {

  /** Score bands of the heatmap, lowest first: below 20, 40, 60, 80, and up to 100. */
  static final Color[] HEAT = {
    new Color(0xfe, 0xca, 0xca),
    new Color(0xfe, 0xd7, 0xaa),
    new Color(0xfd, 0xe6, 0x8a),
    new Color(0xbb, 0xf7, 0xd0),
    new Color(0xa5, 0xf3, 0xfc)
  };

  ReportDetails(ReportFonts fonts, Document document, PdfWriter writer, ReportData data) {
    super(fonts, document, writer, data);
  }

  private float width() {
    return document.right() - document.left();
  }

  void dimensions() {
    Results r = data.results();
    if (r.hidden()) {
      return;
    }
    document.newPage();
    heading("Dimensions by tier");
    add(
        paragraph(
            "Each dimension's score for the organisation and for every tier with released"
                + " responses. Where leadership sees more than staff, direction has not yet become"
                + " daily practice.",
            fonts.text(10),
            4));
    add(chart(ReportCharts.radar(fonts, data.model(), r)::draw, width(), 300));
    heading("Department scores");
    long bars = r.departments().stream().filter(d -> d.covered() && d.score() != null).count();
    add(paragraph("Teal: customer-facing departments; orange: back office.", fonts.muted(9), 2));
    add(chart(ReportCharts.departments(fonts, r)::draw, width(), Math.max(120, 40 + 16 * bars)));
  }

  void heatmap() {
    Results r = data.results();
    if (r.hidden()) {
      return;
    }
    document.newPage();
    heading("Departments × dimensions");
    List<MaturityModel.Dimension> dimensions = data.model().dimensions();
    float[] widths = new float[dimensions.size() + 1];
    widths[0] = 3.2f;
    for (int i = 1; i < widths.length; i++) {
      widths[i] = 1;
    }
    PdfPTable table = table(widths);
    table.addCell(cell("Department", fonts.bold(7), Element.ALIGN_LEFT, HEADER));
    for (MaturityModel.Dimension d : dimensions) {
      PdfPCell header = cell(d.name(), fonts.bold(7), Element.ALIGN_LEFT, HEADER);
      header.setRotation(90);
      header.setFixedHeight(92);
      header.setVerticalAlignment(Element.ALIGN_BOTTOM);
      table.addCell(header);
    }
    table.setHeaderRows(1);
    for (Results.DepartmentResult d : r.departments()) {
      if (!d.covered() && !d.hidden()) {
        continue;
      }
      table.addCell(cell(d.path(), fonts.text(7.5f), Element.ALIGN_LEFT, null));
      if (d.hidden()) {
        PdfPCell hidden = cell("hidden", fonts.muted(7.5f), Element.ALIGN_CENTER, HEADER);
        hidden.setColspan(dimensions.size());
        table.addCell(hidden);
        continue;
      }
      for (int i = 0; i < dimensions.size(); i++) {
        Double score = i < d.dimensions().size() ? d.dimensions().get(i).score() : null;
        table.addCell(
            cell(
                format(score),
                fonts.text(7.5f),
                Element.ALIGN_CENTER,
                score == null ? null : HEAT[Math.min(4, (int) (score / 20))]));
      }
    }
    add(table);
    add(
        paragraph(
            "Bands: below 20, 20–40, 40–60, 60–80, 80 and above. A hidden department has"
                + " responses, but too few to show; they count in no figure.",
            fonts.muted(8),
            0));
  }

  void change() {
    if (data.delta().isEmpty()) {
      return;
    }
    WaveDelta delta = data.delta().get();
    heading("Change since the previous wave");
    add(
        paragraph(
            "CEM index "
                + signed(delta.cemIndex())
                + " points · reach "
                + signed(delta.reach() == null ? null : delta.reach() * 100)
                + " percentage points · bolt-on gap "
                + signed(delta.boltOnGap())
                + " points.",
            fonts.text(10),
            4));
    PdfPTable table = table(new float[] {3, 1, 1, 1});
    header(table, "Dimension", "Before", "Now", "Change");
    for (WaveDelta.Change c : delta.dimensions()) {
      cells(
          table,
          data.dimensionName(c.key()),
          format(c.before()),
          format(c.after()),
          signed(c.delta()));
    }
    add(table);
    if (data.trend().size() > 1) {
      add(chart(ReportCharts.trend(fonts, data.model(), data.trend())::draw, width(), 230));
    }
  }

  void plan() {
    Recommendations.Plan plan = data.plan();
    if (plan.organisation().isEmpty()) {
      return;
    }
    document.newPage();
    heading("Where to act");
    add(
        paragraph(
            "The organisation's weakest dimensions, with what the model recommends at its stage.",
            fonts.text(10),
            4));
    for (Recommendations.Suggestion s : plan.organisation()) {
      add(paragraph(s.dimensionName() + " — " + format(s.score()), fonts.bold(11), 2));
      for (MaturityModel.Recommendation rec : s.recommendations()) {
        add(paragraph("• " + rec.title() + ": " + rec.description(), fonts.text(9), 1));
      }
      spacer(4);
    }
    if (!plan.departments().isEmpty()) {
      add(paragraph("Each department's weakest dimension", fonts.bold(10), 2));
      PdfPTable table = table(new float[] {3, 3, 1, 1});
      header(table, "Department", "Dimension", "Score", "Organisation");
      for (Recommendations.Suggestion s : plan.departments()) {
        cells(
            table,
            s.departmentPath(),
            s.dimensionName(),
            format(s.score()),
            format(s.organisationScore()));
      }
      add(table);
    }
    heading("Initiatives under way");
    if (data.initiatives().isEmpty()) {
      add(paragraph("No initiative is approved or in progress yet.", fonts.text(10), 0));
      return;
    }
    PdfPTable table = table(new float[] {3, 1.2f, 0.9f, 2.6f, 3.2f});
    header(table, "Initiative", "Status", "Health", "Targets", "Impact");
    for (InitiativeLine line : data.initiatives()) {
      List<String> targets = new ArrayList<>(line.dimensions());
      targets.addAll(line.departments());
      cells(
          table,
          line.title(),
          line.status(),
          line.health().toLowerCase(Locale.ROOT),
          targets.isEmpty() ? "the whole organisation" : String.join(", ", targets),
          line.impact());
    }
    add(table);
  }

  void comments() {
    List<Comments.DimensionComments> dimensions = data.comments().dimensions();
    heading("What people wrote");
    add(
        paragraph(
            "Comments of departments with at least c = "
                + data.comments().threshold()
                + " released respondents, the others pooled when they reach c together; sorted"
                + " alphabetically, so their order says nothing about who wrote them.",
            fonts.muted(9),
            4));
    if (dimensions.isEmpty()) {
      add(paragraph("No comments can be shown for this campaign.", fonts.text(10), 0));
      return;
    }
    for (Comments.DimensionComments dimension : dimensions) {
      add(paragraph(dimension.name(), fonts.bold(10), 2));
      for (Comments.Group group : dimension.groups()) {
        add(
            paragraph(
                group.label() + " (" + group.respondents() + " respondents)",
                fonts.muted(8.5f),
                1));
        for (String text : group.comments()) {
          add(paragraph("“" + text + "”", fonts.text(9), 1));
        }
      }
      spacer(4);
    }
  }

  void appendix() {
    document.newPage();
    heading("Appendix: instrument quality");
    add(
        paragraph(
            "Cronbach's alpha per dimension and tier shows whether a dimension's questions measure"
                + " one thing; below 0.7 is flagged, and so is a question whose correlation with the"
                + " others is below 0.3. Shown where at least "
                + InstrumentQuality.minimumRespondents(data.results().threshold())
                + " released respondents of a tier answered every question of the dimension.",
            fonts.text(9),
            4));
    if (data.instrument().isEmpty()) {
      add(paragraph("Not enough complete released responses.", fonts.text(9), 0));
    } else {
      PdfPTable table = table(new float[] {3, 1.3f, 1.2f, 1, 3});
      header(table, "Dimension", "Tier", "Respondents", "Alpha", "Questions that do not fit");
      for (InstrumentQuality.DimensionQuality q : data.instrument()) {
        List<String> weak = new ArrayList<>();
        q.items().stream()
            .filter(InstrumentQuality.ItemFit::weak)
            .forEach(i -> weak.add(i.questionId()));
        cells(
            table,
            data.dimensionName(q.dimensionId()),
            ReportSections.tierName(q.tier()),
            Integer.toString(q.respondents()),
            q.alpha() == null ? "—" : String.format(Locale.ENGLISH, "%.2f", q.alpha()),
            weak.isEmpty() ? "—" : String.join(", ", weak));
      }
      add(table);
    }
    heading("Appendix: anonymity");
    Results r = data.results();
    String withheld =
        r.withheldFewerThanK()
            ? "fewer than " + r.threshold()
            : r.withheld() == null ? "0" : r.withheld().toString();
    add(
        paragraph(
            "No group of fewer than k = "
                + r.threshold()
                + " people is shown, and none can be worked out by adding and subtracting the"
                + " groups that are: departments, their divisions, tiers, customer-facing and other"
                + " departments, and the organisation. Responses of a department at a tier that any"
                + " such sum could isolate are withheld and count in no figure ("
                + withheld
                + " in this campaign). A department or tier marked hidden has responses, none of"
                + " them released. Comments show only for groups of at least c = "
                + data.comments().threshold()
                + " released respondents. The thresholds and the department tree were fixed when"
                + " the campaign opened, and scores were released only after it closed.",
            fonts.text(9),
            0));
  }
}
