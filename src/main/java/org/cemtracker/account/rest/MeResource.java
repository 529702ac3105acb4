package org.cemtracker.account.rest;

import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.cemtracker.account.AccountService;
import org.cemtracker.account.CallerIdentity;
import org.cemtracker.account.CurrentCaller;
import org.cemtracker.account.MembershipDirectory;
import org.cemtracker.base.rest.Bodies;

/** The caller's own account: who they are, their password, their API tokens. */
@Path("me")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class MeResource {

  @Inject CurrentCaller caller;
  @Inject AccountService accounts;
  @Inject Instance<MembershipDirectory> directory;

  public record Membership(String orgId, String role, List<String> departmentPaths) {}

  public record Me(
      String id, String email, String name, List<String> roles, List<Membership> memberships) {}

  public record TokenView(String id, String name, OffsetDateTime createdAt) {}

  public record CreatedToken(String id, String name, String token) {}

  @GET
  public Me me() {
    CallerIdentity me = caller.require();
    List<Membership> memberships =
        directory.isResolvable()
            ? directory.get().of(me.userId()).stream()
                .map(e -> new Membership(e.orgId(), e.role(), e.departmentPaths()))
                .toList()
            : List.of();
    List<String> roles = new ArrayList<>();
    if (me.admin()) {
      roles.add("ADMIN");
    }
    memberships.stream().map(Membership::role).distinct().sorted().forEach(roles::add);
    return new Me(me.userId(), me.email(), me.name(), roles, memberships);
  }

  @PUT
  @Path("password")
  public Response changePassword(UserRequests.OwnPassword body) {
    Bodies.require(body);
    accounts.changeOwnPassword(body.currentPassword(), body.password());
    return Response.noContent().build();
  }

  @GET
  @Path("tokens")
  public List<TokenView> tokens() {
    return accounts.myTokens().stream()
        .map(t -> new TokenView(t.id(), t.name(), t.createdAt()))
        .toList();
  }

  @POST
  @Path("tokens")
  public Response createToken(UserRequests.NewToken body) {
    Bodies.require(body);
    AccountService.NewToken created = accounts.createToken(body.name());
    return Response.status(201)
        .entity(new CreatedToken(created.token().id(), created.token().name(), created.secret()))
        .build();
  }

  @DELETE
  @Path("tokens/{tokenId}")
  public Response revoke(@PathParam("tokenId") String tokenId) {
    accounts.revokeToken(tokenId);
    return Response.noContent().build();
  }
}
