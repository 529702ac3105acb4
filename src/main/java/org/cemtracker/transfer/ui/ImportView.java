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
import com.vaadin.flow.router.HasDynamicTitle;
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
@PermitAll
@Dependent
public class ImportView extends VerticalLayout implements HasDynamicTitle {

  private final TransferService transfers;
  private final Div outcome = new Div();

  @Inject
  public ImportView(TransferService transfers) {
    this.transfers = transfers;
    addClassName("page");
    outcome.setId("import-outcome");
    Paragraph about = new Paragraph(getTranslation("transfer.import.about"));
    about.addClassName("page-intro");
    UI ui = UI.getCurrent();
    Upload upload =
        new Upload(UploadHandler.inMemory((meta, bytes) -> ui.access(() -> load(bytes))));
    upload.setAcceptedFileTypes("application/json", ".json");
    upload.setMaxFileSize(512 * 1024 * 1024);
    upload.setId("organisation-import-upload");
    Div card = new Div(about, upload, outcome);
    card.addClassName("card");
    add(
        new H2(getTranslation("transfer.import.title")),
        new Anchor("organisations", getTranslation("transfer.import.back")),
        card);
  }

  @Override
  public String getPageTitle() {
    return getTranslation("transfer.import.title");
  }

  private void load(byte[] bytes) {
    outcome.removeAll();
    try {
      TransferService.Imported imported = transfers.importFrom(bytes);
      Anchor link = new Anchor("organisations/" + imported.id(), imported.name() + " →");
      link.setId("imported-organisation");
      outcome.add(
          new Paragraph(
              getTranslation(
                  "transfer.import.done",
                  String.valueOf(imported.campaigns()),
                  String.valueOf(imported.responses()),
                  String.valueOf(imported.initiatives()))),
          link);
      if (!imported.skippedMembers().isEmpty()) {
        outcome.add(
            new Paragraph(
                getTranslation(
                    "transfer.import.skipped", String.join(", ", imported.skippedMembers()))));
      }
    } catch (Problem problem) {
      Paragraph why =
          new Paragraph(getTranslation("transfer.import.refused", problem.getMessage()));
      why.setId("import-refused");
      UnorderedList fields = new UnorderedList();
      problem.fields().forEach((at, message) -> fields.add(new ListItem(at + ": " + message)));
      outcome.add(why, fields);
    }
  }
}
