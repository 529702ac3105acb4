package org.cemtracker.transfer.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
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
import org.cemtracker.transfer.TransferService;

/** Exports an organisation whole as one JSON file, prepared when asked for. */
@Route("organisations/:orgId/export")
@PageTitle("Export the organisation")
@PermitAll
@Dependent
public class ExportView extends VerticalLayout implements BeforeEnterObserver {

  private final TransferService transfers;
  private final Div file = new Div();

  @Inject
  public ExportView(TransferService transfers) {
    this.transfers = transfers;
    addClassName("page");
  }

  @Override
  public void beforeEnter(BeforeEnterEvent event) {
    String orgId = event.getRouteParameters().get("orgId").orElse("");
    removeAll();
    file.removeAll();
    file.setId("organisation-export-file");
    add(new H2("Export the organisation"), new Anchor("organisations/" + orgId, "← Organisation"));
    Paragraph about =
        new Paragraph(
            "One JSON file with the organisation whole — settings, department tree, members by"
                + " e-mail and role, campaigns with their model snapshots and anonymous responses"
                + " (no invitations: their links and addresses stay here), results' sums, comments,"
                + " initiatives and the audit log — to keep as a backup or to import into another"
                + " CEM Tracker, where every figure comes out the same. Keep it as safe as the"
                + " organisation's data itself.");
    about.addClassName("page-intro");
    Button prepare =
        new Button(
            "Prepare the export",
            e -> {
              file.removeAll();
              try {
                TransferService.Exported exported = transfers.export(orgId);
                byte[] json = exported.json();
                Anchor link =
                    new Anchor(
                        DownloadHandler.fromInputStream(
                            d ->
                                new DownloadResponse(
                                    new ByteArrayInputStream(json),
                                    exported.fileName(),
                                    "application/json",
                                    json.length)),
                        "Download "
                            + exported.fileName()
                            + String.format(Locale.ENGLISH, " (%.1f MB)", json.length / 1e6));
                link.setId("organisation-export-link");
                file.add(link);
              } catch (Problem problem) {
                file.add(new Paragraph(problem.getMessage() + "."));
              }
              e.getSource().setEnabled(true);
            });
    prepare.setDisableOnClick(true);
    prepare.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    prepare.setId("prepare-organisation-export");
    Div card = new Div(about, prepare, file);
    card.addClassName("card");
    add(card);
  }
}
