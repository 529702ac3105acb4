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
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import org.cemtracker.base.Problem;
import org.cemtracker.base.ui.Tr;
import org.cemtracker.benchmark.Benchmarks;
import org.cemtracker.report.ExportService;
import org.cemtracker.report.Paper;
import org.cemtracker.report.ReportService;

/**
 * The board report of a closed campaign: what it holds, the paper, and the PDF to download. The
 * report is made when asked for (Vaadin shows its progress bar while it is), then offered.
 */
@Route("campaigns/:campaignId/report")
@PermitAll
@Dependent
public class ReportView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

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
      add(new H2(getTranslation("report.view.heading")), new Paragraph(problem.getMessage() + "."));
      return;
    }
    add(new H2(getTranslation("report.view.headingNamed", name)));
    add(new Anchor("campaigns/" + campaignId + "/results", getTranslation("report.view.back")));
    Paragraph about = new Paragraph(getTranslation("report.view.about"));
    about.addClassName("page-intro");
    Select<Paper> paper = new Select<>();
    paper.setLabel(getTranslation("report.view.paper"));
    paper.setItems(Paper.values());
    paper.setItemLabelGenerator(p -> getTranslation("report.paper." + p.name()));
    paper.setValue(Paper.A4);
    paper.setId("report-paper");
    Checkbox benchmark = new Checkbox(getTranslation("report.view.benchmark"));
    benchmark.setId("report-benchmark");
    benchmark.setVisible(benchmarks.offered(campaignId));
    Button prepare =
        new Button(
            getTranslation("report.view.prepare"),
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
            getTranslation("report.view.download", report.fileName()));
    link.setId("report-link");
    UnorderedList facts = new UnorderedList(new ListItem(size(pdf.length)));
    download.add(link, facts);
  }

  @Override
  public String getPageTitle() {
    return getTranslation("report.view.title");
  }

  private static String size(int bytes) {
    return Tr.t("report.view.size", Tr.number(bytes / 1024.0, 0));
  }
}
