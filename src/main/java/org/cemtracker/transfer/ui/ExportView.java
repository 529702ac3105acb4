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
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import org.cemtracker.base.Problem;
import org.cemtracker.base.ui.Tr;
import org.cemtracker.transfer.TransferService;

/** Exports an organisation whole as one JSON file, prepared when asked for. */
@Route("organisations/:orgId/export")
@PermitAll
@Dependent
public class ExportView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

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
    add(
        new H2(getTranslation("transfer.export.title")),
        new Anchor("organisations/" + orgId, getTranslation("transfer.export.back")));
    Paragraph about = new Paragraph(getTranslation("transfer.export.about"));
    about.addClassName("page-intro");
    Button prepare =
        new Button(
            getTranslation("transfer.export.prepare"),
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
                        getTranslation(
                            "transfer.export.download",
                            exported.fileName(),
                            Tr.number(json.length / 1e6, 1)));
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

  @Override
  public String getPageTitle() {
    return getTranslation("transfer.export.title");
  }
}
