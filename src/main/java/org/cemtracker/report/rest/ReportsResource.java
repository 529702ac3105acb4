package org.cemtracker.report.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import org.cemtracker.base.Problem;
import org.cemtracker.report.Paper;
import org.cemtracker.report.ReportService;

/** The board report of a campaign whose results the caller may read, as PDF. */
@Path("campaigns/{campaignId}/report")
public class ReportsResource {

  @Inject ReportService reports;

  /**
   * The board report as {@code application/pdf}; {@code paper} is {@code A4} (default) or {@code
   * LETTER}. 409 while the campaign is open (or, for members who do not run campaigns, until it is
   * published), as for its results. {@code benchmark=true} adds the client among the caller's other
   * clients (for those who run the campaign).
   */
  @GET
  @Produces("application/pdf")
  public Response pdf(
      @PathParam("campaignId") String campaignId,
      @QueryParam("paper") String paper,
      @QueryParam("benchmark") String benchmark) {
    ReportService.Report report =
        reports.boardReport(campaignId, Paper.parse(paper), flag(benchmark));
    return Response.ok(report.pdf(), "application/pdf")
        .header("Content-Disposition", "attachment; filename=\"" + report.fileName() + "\"")
        .header("Cache-Control", "no-store")
        .build();
  }

  private static boolean flag(String value) {
    if (value == null || value.equals("false")) {
      return false;
    }
    if (value.equals("true")) {
      return true;
    }
    throw Problem.invalid("benchmark", "must be true or false");
  }
}
