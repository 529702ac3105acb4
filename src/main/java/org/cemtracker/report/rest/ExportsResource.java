package org.cemtracker.report.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;
import org.cemtracker.report.ExportService;

/**
 * The released figures of a campaign as a spreadsheet ({@code GET …/export}, XLSX) or one table as
 * CSV ({@code GET …/export/departments.csv}; tables: summary, departments, tiers, questions,
 * initiatives, milestones, kpis, check-ins). Same rights as the results.
 */
@Path("campaigns/{campaignId}/export")
public class ExportsResource {

  @Inject ExportService exports;

  @GET
  @Produces("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
  public Response workbook(@PathParam("campaignId") String campaignId) {
    return file(exports.workbook(campaignId));
  }

  @GET
  @Path("{table}.csv")
  @Produces("text/csv")
  public Response csv(
      @PathParam("campaignId") String campaignId, @PathParam("table") String table) {
    return file(exports.csv(campaignId, table));
  }

  private static Response file(ExportService.Export export) {
    return Response.ok(export.bytes(), export.contentType())
        .header("Content-Disposition", "attachment; filename=\"" + export.fileName() + "\"")
        .header("Cache-Control", "no-store")
        .build();
  }
}
