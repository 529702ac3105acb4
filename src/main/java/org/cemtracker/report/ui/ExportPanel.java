package org.cemtracker.report.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import java.util.List;
import org.cemtracker.base.Problem;
import org.cemtracker.report.ExportService;

/**
 * The campaign's released figures as a spreadsheet and as CSV tables, prepared when asked for.
 * There is no export of responses: rows of anonymous answers beside the figures would let anyone
 * pick out the small groups the figures hide.
 */
class ExportPanel extends Div {

  private final ExportService exports;
  private final String campaignId;
  private final Div files = new Div();

  ExportPanel(ExportService exports, String campaignId) {
    this.exports = exports;
    this.campaignId = campaignId;
    addClassName("card");
    Paragraph about = new Paragraph(getTranslation("report.export.about"));
    about.addClassName("page-intro");
    Button prepare =
        new Button(
            getTranslation("report.export.prepare"),
            e -> {
              prepare();
              e.getSource().setEnabled(true);
            });
    prepare.setDisableOnClick(true);
    prepare.setId("prepare-export");
    files.setId("export-files");
    add(new H3(getTranslation("report.export.heading")), about, prepare, files);
  }

  private void prepare() {
    files.removeAll();
    List<ExportService.Export> made;
    try {
      made = exports.files(campaignId);
    } catch (Problem problem) {
      files.add(new Paragraph(problem.getMessage() + "."));
      return;
    }
    Anchor xlsx =
        link(made.get(0), getTranslation("report.export.download", made.get(0).fileName()));
    xlsx.setId("export-xlsx");
    Div csv = new Div(new Paragraph(getTranslation("report.export.csv")));
    csv.addClassName("export-csv");
    for (ExportService.Export file : made.subList(1, made.size())) {
      Anchor anchor = link(file, file.fileName());
      anchor.getStyle().set("margin-right", "1rem");
      csv.add(anchor);
    }
    files.add(xlsx, csv);
  }

  private static Anchor link(ExportService.Export export, String text) {
    byte[] bytes = export.bytes();
    return new Anchor(
        DownloadHandler.fromInputStream(
            e ->
                new DownloadResponse(
                    new ByteArrayInputStream(bytes),
                    export.fileName(),
                    export.contentType(),
                    bytes.length)),
        text);
  }
}
