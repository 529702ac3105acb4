package org.cemtracker.campaign.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.server.StreamResource;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.cemtracker.base.Problem;
import org.cemtracker.base.SafeText;
import org.cemtracker.base.ui.Tr;
import org.cemtracker.campaign.Campaign;
import org.cemtracker.campaign.CampaignService;
import org.cemtracker.model.Tier;
import org.cemtracker.organisation.Department;

/**
 * Creating invitation links for a department and tier, by count or e-mail list, and the open link.
 */
class InvitationPanel extends Div {

  InvitationPanel(CampaignService campaigns, Campaign campaign) {
    addClassName("card");
    Select<String> department = new Select<>();
    department.setLabel(getTranslation("campaign.invite.department"));
    department.setItems(campaigns.departmentsOf(campaign).stream().map(Department::path).toList());
    department.setId("invite-department");
    Select<Tier> tier = new Select<>();
    tier.setLabel(getTranslation("campaign.invite.tier"));
    tier.setItems(Arrays.asList(Tier.values()));
    tier.setItemLabelGenerator(CampaignView::tierName);
    tier.setValue(Tier.LEADERSHIP);
    tier.setId("invite-tier");
    IntegerField count = new IntegerField(getTranslation("campaign.invite.count"));
    count.setMin(1);
    count.setMax(1000);
    count.setValue(5);
    count.setId("invite-count");
    TextArea emails = new TextArea(getTranslation("campaign.invite.emails"));
    emails.setWidthFull();
    Button create =
        new Button(
            getTranslation("campaign.invite.createLinks"),
            e -> {
              try {
                List<String> list =
                    emails.isEmpty()
                        ? null
                        : emails
                            .getValue()
                            .lines()
                            .map(String::trim)
                            .filter(l -> !l.isEmpty())
                            .toList();
                List<CampaignService.IssuedLink> links =
                    campaigns.invite(
                        campaign.id(),
                        department.getValue(),
                        tier.getValue() == null ? null : tier.getValue().name(),
                        list == null ? count.getValue() : null,
                        list,
                        CampaignView.requestBase());
                emails.clear();
                links(links, department.getValue(), tier.getValue()).open();
              } catch (Problem problem) {
                department.setInvalid(problem.fields().containsKey("departmentPath"));
                department.setErrorMessage(problem.fields().get("departmentPath"));
                count.setInvalid(problem.fields().containsKey("count"));
                count.setErrorMessage(problem.fields().get("count"));
                String emailErrors =
                    problem.fields().entrySet().stream()
                        .filter(f -> f.getKey().startsWith("emails"))
                        .map(f -> f.getKey() + ": " + f.getValue())
                        .reduce((a, b) -> a + "; " + b)
                        .orElse(null);
                emails.setInvalid(emailErrors != null);
                emails.setErrorMessage(emailErrors);
                if (problem.fields().isEmpty()) {
                  throw problem;
                }
              }
            });
    create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    create.setId("create-links");
    create.setEnabled(!campaign.isFinished());
    Button open =
        new Button(
            getTranslation("campaign.invite.createOpenLink"),
            e -> {
              CampaignService.IssuedLink link =
                  campaigns.openLink(campaign.id(), CampaignView.requestBase());
              Dialog dialog = new Dialog();
              dialog.setHeaderTitle(getTranslation("campaign.invite.openLink"));
              TextField url = new TextField();
              url.setValue(link.url());
              url.setReadOnly(true);
              url.setWidthFull();
              dialog.add(new Paragraph(getTranslation("campaign.invite.openLinkText")), url);
              dialog.setWidth("min(44rem, 95vw)");
              dialog
                  .getFooter()
                  .add(new Button(getTranslation("campaign.invite.done"), x -> dialog.close()));
              dialog.open();
            });
    open.setEnabled(!campaign.isFinished());
    HorizontalLayout form = new HorizontalLayout(department, tier, count, create);
    form.setAlignItems(FlexComponent.Alignment.BASELINE);
    form.setWrap(true);
    add(
        new H3(getTranslation("campaign.invite.heading")),
        new Paragraph(getTranslation("campaign.invite.intro")),
        form,
        emails,
        open);
  }

  private static Dialog links(
      List<CampaignService.IssuedLink> links, String department, Tier tier) {
    Dialog dialog = new Dialog();
    dialog.setHeaderTitle(Tr.t("campaign.invite.linksTitle", String.valueOf(links.size())));
    dialog.setWidth("min(60rem, 95vw)");
    Grid<CampaignService.IssuedLink> grid = new Grid<>();
    grid.addColumn(l -> l.email() == null ? "" : l.email())
        .setHeader(Tr.t("campaign.invite.email"))
        .setAutoWidth(true);
    grid.addColumn(CampaignService.IssuedLink::url)
        .setHeader(Tr.t("campaign.invite.link"))
        .setFlexGrow(1);
    grid.setItems(links);
    grid.setHeight("18rem");
    byte[] csv = csv(links, department, tier);
    Anchor download =
        new Anchor(
            new StreamResource("invitations.csv", () -> new ByteArrayInputStream(csv)),
            Tr.t("campaign.invite.download"));
    download.getElement().setAttribute("download", true);
    download.setId("download-links");
    dialog.add(new Paragraph(Tr.t("campaign.invite.linksText")), grid, download);
    dialog.getFooter().add(new Button(Tr.t("campaign.invite.done"), e -> dialog.close()));
    return dialog;
  }

  static byte[] csv(List<CampaignService.IssuedLink> links, String department, Tier tier) {
    StringBuilder out = new StringBuilder();
    try (CSVPrinter printer =
        new CSVPrinter(
            out,
            CSVFormat.DEFAULT.builder().setHeader("department", "tier", "email", "link").get())) {
      for (CampaignService.IssuedLink link : links) {
        printer.printRecord(
            SafeText.cell(department),
            tier,
            SafeText.cell(link.email() == null ? "" : link.email()),
            SafeText.cell(link.url()));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString().getBytes(StandardCharsets.UTF_8);
  }
}
