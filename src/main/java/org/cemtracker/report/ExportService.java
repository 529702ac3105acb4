package org.cemtracker.report;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.cemtracker.base.Problem;
import org.cemtracker.campaign.CampaignService;
import org.cemtracker.initiative.InitiativeService;
import org.cemtracker.results.ResultsService;
import org.cemtracker.results.ResultsService.CampaignResults;

/**
 * Exports of a released campaign's figures, as one XLSX workbook or one CSV file a table, for the
 * callers who may read its results. Only released figures: there is no export of responses.
 */
@ApplicationScoped
@Transactional
public class ExportService {

  static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

  @Inject ResultsService results;
  @Inject CampaignService campaigns;
  @Inject InitiativeService initiatives;

  /** A file to hand over. */
  public record Export(String fileName, String contentType, byte[] bytes) {}

  public List<Table> tables(String campaignId) {
    CampaignResults found = results.results(campaignId);
    return ExportTables.of(
        campaigns.organisationOf(found.campaign()).name(),
        found,
        results.questions(campaignId),
        initiatives.list(found.campaign().organisationId()));
  }

  public Export workbook(String campaignId) {
    List<Table> tables = tables(campaignId);
    return new Export(name(campaignId, "xlsx"), XLSX, ExportWriter.xlsx(tables));
  }

  /** The workbook first, then every table as CSV: all made from one reading of the results. */
  public List<Export> files(String campaignId) {
    List<Table> tables = tables(campaignId);
    List<Export> files = new ArrayList<>();
    files.add(new Export(name(campaignId, "xlsx"), XLSX, ExportWriter.xlsx(tables)));
    tables.forEach(t -> files.add(csvOf(campaignId, t)));
    return files;
  }

  /** One table as CSV, by its name in lower case with dashes ("departments", "check-ins"). */
  public Export csv(String campaignId, String table) {
    List<Table> tables = tables(campaignId);
    Table found =
        tables.stream()
            .filter(t -> key(t).equals(table))
            .findFirst()
            .orElseThrow(
                () ->
                    Problem.notFound(
                        "Export table "
                            + table
                            + " (there are "
                            + String.join(", ", tables.stream().map(ExportService::key).toList())
                            + ")"));
    return csvOf(campaignId, found);
  }

  private Export csvOf(String campaignId, Table table) {
    return new Export(
        name(campaignId, key(table) + ".csv"), "text/csv; charset=UTF-8", ExportWriter.csv(table));
  }

  static String key(Table table) {
    return table.name().toLowerCase(Locale.ROOT).replace(' ', '-');
  }

  private String name(String campaignId, String suffix) {
    String campaign =
        campaigns.get(campaignId).name().replaceAll("[^A-Za-z0-9]+", "-").replaceAll("(^-|-$)", "");
    return "results-" + (campaign.isEmpty() ? campaignId : campaign) + "." + suffix;
  }
}
