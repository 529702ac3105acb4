package org.cemtracker.organisation.rest;

import jakarta.inject.Inject;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.OffsetDateTime;
import java.util.List;
import org.cemtracker.base.Problem;
import org.cemtracker.base.StoredText;
import org.cemtracker.base.rest.Bodies;
import org.cemtracker.organisation.Department;
import org.cemtracker.organisation.DepartmentImport;
import org.cemtracker.organisation.ErasureService;
import org.cemtracker.organisation.Organisation;
import org.cemtracker.organisation.OrganisationService;

/** Organisations, their departments and members (API.md). */
@Path("organisations")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class OrganisationsResource {

  /** The largest department file accepted. */
  static final int MAX_CSV_BYTES = 1024 * 1024;

  @Inject OrganisationService service;
  @Inject ErasureService erasure;

  public record OrganisationBody(
      String name,
      String industry,
      Integer anonymityThreshold,
      Integer commentThreshold,
      Integer retentionMonths,
      Long version) {}

  public record OrganisationView(
      String id,
      String name,
      String industry,
      int anonymityThreshold,
      int commentThreshold,
      Integer retentionMonths,
      OffsetDateTime createdAt,
      long version) {
    static OrganisationView of(Organisation o) {
      return new OrganisationView(
          o.id(),
          o.name(),
          o.industry(),
          o.anonymityThreshold(),
          o.commentThreshold(),
          o.retentionMonths(),
          o.createdAt(),
          o.version());
    }
  }

  public record DepartmentView(
      String id, String path, String parentId, int headcount, boolean customerFacing) {
    static DepartmentView of(Department d) {
      return new DepartmentView(d.id(), d.path(), d.parentId(), d.headcount(), d.customerFacing());
    }
  }

  public record MemberBody(
      String email,
      String role,
      @Size(max = 200, message = "must list at most {max} departments")
          List<@NotBlank(message = "must be a department's path") String> departmentPaths) {}

  public record MemberView(
      String id, String email, String name, String role, List<String> departmentPaths) {
    static MemberView of(OrganisationService.Member m) {
      return new MemberView(
          m.membership().id(),
          m.email(),
          m.name(),
          m.membership().role().name(),
          m.membership().departmentPaths());
    }
  }

  @GET
  public List<OrganisationView> list() {
    return service.list().stream().map(OrganisationView::of).toList();
  }

  @POST
  public Response create(OrganisationBody body) {
    Bodies.require(body);
    Organisation created =
        service.create(
            new OrganisationService.Settings(
                body.name(),
                body.industry(),
                body.anonymityThreshold(),
                body.commentThreshold(),
                body.retentionMonths(),
                null));
    return Response.status(201).entity(OrganisationView.of(created)).build();
  }

  @GET
  @Path("{orgId}")
  public OrganisationView get(@PathParam("orgId") String orgId) {
    return OrganisationView.of(service.get(orgId));
  }

  /**
   * Erases the organisation whole ({@code ?confirm=} its exact name): administrators and its
   * consultants only. 204; nothing of it remains but an instance-level audit event.
   */
  @DELETE
  @Path("{orgId}")
  public Response erase(@PathParam("orgId") String orgId, @QueryParam("confirm") String confirm) {
    erasure.erase(orgId, confirm);
    return Response.noContent().build();
  }

  @PATCH
  @Path("{orgId}")
  public OrganisationView update(@PathParam("orgId") String orgId, OrganisationBody body) {
    Bodies.require(body);
    return OrganisationView.of(
        service.update(
            orgId,
            new OrganisationService.Settings(
                body.name(),
                body.industry(),
                body.anonymityThreshold(),
                body.commentThreshold(),
                body.retentionMonths(),
                body.version())));
  }

  @GET
  @Path("{orgId}/departments")
  public List<DepartmentView> departments(@PathParam("orgId") String orgId) {
    return service.departments(orgId).stream().map(DepartmentView::of).toList();
  }

  @PUT
  @Path("{orgId}/departments")
  @Consumes({"text/csv", MediaType.TEXT_PLAIN})
  public List<DepartmentView> replaceFromCsv(@PathParam("orgId") String orgId, byte[] file) {
    service.get(orgId);
    if (file != null && file.length > MAX_CSV_BYTES) {
      return tooLarge();
    }
    String csv = file == null ? null : StoredText.utf8(file, "body");
    if (csv == null || csv.isBlank()) {
      throw Problem.invalid(
          "body",
          "the CSV is empty: send a header path,headcount,customerFacing and one line per department");
    }
    return replace(orgId, DepartmentImport.fromCsv(csv));
  }

  @PUT
  @Path("{orgId}/departments")
  public List<DepartmentView> replaceFromJson(
      @PathParam("orgId") String orgId, List<DepartmentImport.JsonRow> rows) {
    service.get(orgId);
    if (rows == null) {
      throw Problem.invalid("body", "send a JSON array of {path, headcount, customerFacing}");
    }
    return replace(orgId, DepartmentImport.fromRows(rows));
  }

  private List<DepartmentView> replace(
      String orgId, List<org.cemtracker.organisation.DepartmentRow> rows) {
    return service.replaceDepartments(orgId, rows).stream().map(DepartmentView::of).toList();
  }

  private static List<DepartmentView> tooLarge() {
    throw Problem.tooLarge("Department file too large: at most 1 MiB");
  }

  @GET
  @Path("{orgId}/members")
  public List<MemberView> members(@PathParam("orgId") String orgId) {
    return service.members(orgId).stream().map(MemberView::of).toList();
  }

  @POST
  @Path("{orgId}/members")
  public Response addMember(@PathParam("orgId") String orgId, MemberBody body) {
    Bodies.require(body);
    MemberView added =
        MemberView.of(service.addMember(orgId, body.email(), body.role(), body.departmentPaths()));
    return Response.status(201).entity(added).build();
  }

  @DELETE
  @Path("{orgId}/members/{membershipId}")
  public Response removeMember(
      @PathParam("orgId") String orgId, @PathParam("membershipId") String membershipId) {
    service.removeMember(orgId, membershipId);
    return Response.noContent().build();
  }
}
