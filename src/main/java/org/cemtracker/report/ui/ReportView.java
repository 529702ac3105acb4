package org.cemtracker.report.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.util.Locale;
import org.cemtracker.base.Problem;
import org.cemtracker.benchmark.Benchmarks;
import org.cemtracker.report.ExportService;
import org.cemtracker.report.Paper;
import org.cemtracker.report.ReportService;

/**
 * The board report of a closed campaign: what it holds, the paper, and the PDF to download. The
 * report is made when asked for (Vaadin shows its progress bar while it is), then offered.
 */
@Route("campaigns/:campaignId/report")
@PageTitle("Board report and exports")
@PermitAll
@Dependent
public class ReportView extends VerticalLayout implements BeforeEnterObserver {

  private final ReportService reports;
  private final ExportService exports;
  private final Benchmarks benchmarks;
  private final Div download = new Div();
  private String campaignId;

  @Inject
  public ReportView(ReportService reports, ExportService exports, Benchmarks benchmarks) {
    this.reports = reports;
    this.exports = exports;
    this.benchmarks = benchmarks;
    addClassName("page");
  }

  @Override
  public void beforeEnter(BeforeEnterEvent event) {
    campaignId = event.getRouteParameters().get("campaignId").orElse("");
    removeAll();
    download.removeAll();
    String name;
    try {
      name = reports.reportable(campaignId);
    } catch (Problem problem) {
      if (problem.status() == 404) {
        event.rerouteToError(NotFoundException.class);
        return;
      }
      add(new H2("Board report"), new Paragraph(problem.getMessage() + "."));
      return;
    }
    add(new H2(name + " — board report"));
    add(new Anchor("campaigns/" + campaignId + "/results", "← Results"));
    Paragraph about =
        new Paragraph(
            "A PDF for the leadership team, made from the released figures only: cover; method and"
                + " response rates; where the organisation stands between bolt-on CX and CEM; the"
                + " spread behind the average; dimensions by tier; departments × dimensions; the"
                + " change since the previous wave; where to act and the initiatives under way;"
                + " comments; and an appendix on instrument quality and anonymity.");
    about.addClassName("page-intro");
    Select<Paper> paper = new Select<>();
    paper.setLabel("Paper");
    paper.setItems(Paper.values());
    paper.setItemLabelGenerator(p -> p == Paper.A4 ? "A4" : "US Letter");
    paper.setValue(Paper.A4);
    paper.setId("report-paper");
    Checkbox benchmark = new Checkbox("Include how it compares with my other clients");
    benchmark.setId("report-benchmark");
    benchmark.setVisible(benchmarks.offered(campaignId));
    Button prepare =
        new Button(
            "Prepare the report",
            e -> {
              prepare(paper.getValue(), benchmark.getValue());
              e.getSource().setEnabled(true);
            });
    // one report at a time: the button stays off (and Vaadin's bar runs) until it is made
    prepare.setDisableOnClick(true);
    prepare.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    prepare.setId("prepare-report");
    HorizontalLayout controls = new HorizontalLayout(paper, benchmark, prepare);
    controls.setAlignItems(Alignment.END);
    download.setId("report-download");
    Div card = new Div(about, controls, download);
    card.addClassName("card");
    add(card, new ExportPanel(exports, campaignId));
  }

  private void prepare(Paper paper, boolean benchmark) {
    download.removeAll();
    ReportService.Report report;
    try {
      report = reports.boardReport(campaignId, paper, benchmark);
    } catch (Problem problem) {
      Paragraph why = new Paragraph(problem.getMessage() + ".");
      why.setId("report-refused");
      download.add(why);
      return;
    }
    byte[] pdf = report.pdf();
    Anchor link =
        new Anchor(
            DownloadHandler.fromInputStream(
                e ->
                    new DownloadResponse(
                        new ByteArrayInputStream(pdf),
                        report.fileName(),
                        "application/pdf",
                        pdf.length)),
            "Download " + report.fileName());
    link.setId("report-link");
    UnorderedList facts = new UnorderedList(new ListItem(size(pdf.length)));
    download.add(link, facts);
  }

  private static String size(int bytes) {
    return String.format(Locale.ENGLISH, "%.0f KB, PDF", bytes / 1024.0);
  }
}
