package org.cemtracker.transfer.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.UploadHandler;
import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import org.cemtracker.base.Problem;
import org.cemtracker.transfer.TransferService;

/**
 * Imports an organisation's export file under new ids, all or nothing; a refused file says what is
 * wrong where, and nothing is stored.
 */
@Route("organisations/import")
@PageTitle("Import an organisation")
@PermitAll
@Dependent
public class ImportView extends VerticalLayout {

  private final TransferService transfers;
  private final Div outcome = new Div();

  @Inject
  public ImportView(TransferService transfers) {
    this.transfers = transfers;
    addClassName("page");
    outcome.setId("import-outcome");
    Paragraph about =
        new Paragraph(
            "Upload an organisation's export file (JSON, format version 1) to restore it here with"
                + " new ids. Members are matched to this instance's accounts by e-mail; those"
                + " without an account are listed and left out. Campaigns need their model (id and"
                + " version) loaded here.");
    about.addClassName("page-intro");
    UI ui = UI.getCurrent();
    Upload upload =
        new Upload(UploadHandler.inMemory((meta, bytes) -> ui.access(() -> load(bytes))));
    upload.setAcceptedFileTypes("application/json", ".json");
    upload.setMaxFileSize(512 * 1024 * 1024);
    upload.setId("organisation-import-upload");
    Div card = new Div(about, upload, outcome);
    card.addClassName("card");
    add(new H2("Import an organisation"), new Anchor("organisations", "← Organisations"), card);
  }

  private void load(byte[] bytes) {
    outcome.removeAll();
    try {
      TransferService.Imported imported = transfers.importFrom(bytes);
      Anchor link = new Anchor("organisations/" + imported.id(), imported.name() + " →");
      link.setId("imported-organisation");
      outcome.add(
          new Paragraph(
              "Imported: "
                  + imported.campaigns()
                  + " campaigns, "
                  + imported.responses()
                  + " responses, "
                  + imported.initiatives()
                  + " initiatives."),
          link);
      if (!imported.skippedMembers().isEmpty()) {
        outcome.add(
            new Paragraph(
                "Members without an account here, left out: "
                    + String.join(", ", imported.skippedMembers())));
      }
    } catch (Problem problem) {
      Paragraph why = new Paragraph("The file was not imported: " + problem.getMessage() + ".");
      why.setId("import-refused");
      UnorderedList fields = new UnorderedList();
      problem.fields().forEach((at, message) -> fields.add(new ListItem(at + ": " + message)));
      outcome.add(why, fields);
    }
  }
}
