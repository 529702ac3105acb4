package org.cemtracker.transfer;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.cemtracker.account.CallerIdentity;
import org.cemtracker.audit.AuditLog;
import org.cemtracker.audit.AuditTransfer;
import org.cemtracker.audit.Changes;
import org.cemtracker.base.Problem;
import org.cemtracker.campaign.CampaignTransfer;
import org.cemtracker.campaign.CampaignTransfer.CampaignData;
import org.cemtracker.initiative.InitiativeTransfer;
import org.cemtracker.organisation.Access;
import org.cemtracker.organisation.Organisation;
import org.cemtracker.organisation.OrganisationTransfer;
import org.cemtracker.results.ResultsTransfer;
import org.cemtracker.transfer.OrganisationDocument.CampaignDocument;

/**
 * Exports an organisation whole as one JSON file, and imports such a file under new ids, in one
 * transaction: a file that is malformed, of a newer format, or for a model this instance does not
 * have is refused with its problem named, and nothing is stored.
 */
@ApplicationScoped
@Transactional
public class TransferService {

  @Inject Access access;
  @Inject OrganisationTransfer organisations;
  @Inject CampaignTransfer campaigns;
  @Inject ResultsTransfer results;
  @Inject InitiativeTransfer initiatives;
  @Inject AuditTransfer auditLog;
  @Inject AuditLog audit;

  /** An organisation's export file, written when asked for. */
  public record Exported(String fileName, OrganisationDocument document) {

    public void writeTo(OutputStream out) throws IOException {
      DocumentJson.write(document, out);
    }

    public byte[] json() {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      try {
        writeTo(out);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      return out.toByteArray();
    }
  }

  public record Imported(
      String id,
      String name,
      int campaigns,
      int responses,
      int initiatives,
      List<String> skippedMembers) {}

  public Exported export(String organisationId) {
    Organisation organisation = access.handOver(organisationId);
    List<CampaignDocument> documents = new ArrayList<>();
    for (CampaignData campaign : campaigns.export(organisationId)) {
      documents.add(new CampaignDocument(campaign, results.export(campaign.key())));
    }
    OrganisationDocument document =
        new OrganisationDocument(
            OrganisationDocument.FORMAT,
            OrganisationDocument.VERSION,
            OffsetDateTime.now(ZoneOffset.UTC).toString(),
            organisations.export(organisationId),
            documents,
            initiatives.export(organisationId),
            auditLog.export(organisationId));
    audit.record(
        organisationId,
        "EXPORTED",
        "organisation",
        organisationId,
        organisation.name(),
        new Changes().set("campaigns", documents.size()));
    String name = organisation.name().replaceAll("[^A-Za-z0-9]+", "-").replaceAll("(^-|-$)", "");
    return new Exported(
        "organisation-" + (name.isEmpty() ? organisationId : name) + ".json", document);
  }

  /** The JSON Schema of the export file. */
  public String schema() {
    access.caller();
    return DocumentJson.schemaText();
  }

  public Imported importFrom(byte[] json) {
    if (!access.mayCreateOrganisations()) {
      throw Problem.forbidden("Only administrators and consultants may import organisations");
    }
    OrganisationDocument document = DocumentJson.read(json);
    OrganisationTransfer.Restored restored = organisations.restore(document.organisation());
    String organisationId = restored.organisation().id();
    Map<String, String> ids = new HashMap<>(restored.departmentIds());
    if (document.organisation().key() != null) {
      ids.put(document.organisation().key(), organisationId);
    }
    List<CampaignData> data =
        document.campaigns().stream().map(CampaignDocument::campaign).toList();
    Map<String, CampaignTransfer.Restored> made =
        campaigns.restore(organisationId, data, restored.departmentIds());
    int responses = 0;
    for (int i = 0; i < document.campaigns().size(); i++) {
      CampaignDocument d = document.campaigns().get(i);
      CampaignTransfer.Restored campaign = made.get(d.campaign().key());
      List<String> units =
          d.campaign().tree().stream()
              .map(t -> restored.departmentIds().get(t.departmentKey()))
              .toList();
      results.restore(
          "campaigns[" + i + "]",
          campaign.id(),
          campaign.model(),
          d.results(),
          restored.departmentIds(),
          units);
      ids.put(d.campaign().key(), campaign.id());
      responses += d.campaign().responses().size();
    }
    List<String> initiativeIds = initiatives.restore(organisationId, document.initiatives());
    for (int i = 0; i < initiativeIds.size(); i++) {
      ids.put(document.initiatives().get(i).key(), initiativeIds.get(i));
    }
    CallerIdentity me = access.caller();
    if (!me.admin()) {
      organisations.addConsultant(organisationId, me.userId());
    }
    auditLog.restore(organisationId, document.audit(), id -> ids.getOrDefault(id, id));
    audit.record(
        organisationId,
        "IMPORTED",
        "organisation",
        organisationId,
        restored.organisation().name(),
        new Changes()
            .set("campaigns", made.size())
            .set("responses", responses)
            .set("initiatives", initiativeIds.size()));
    return new Imported(
        organisationId,
        restored.organisation().name(),
        made.size(),
        responses,
        initiativeIds.size(),
        restored.skippedMembers());
  }
}
