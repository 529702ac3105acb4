package org.cemtracker.account.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.cemtracker.account.AccountService;
import org.cemtracker.base.rest.Bodies;

/** User administration, for the instance's administrators. */
@Path("users")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class UsersResource {

  @Inject AccountService accounts;

  @GET
  public List<UserView> list() {
    return accounts.listUsers().stream().map(UserView::of).toList();
  }

  @GET
  @Path("{userId}")
  public UserView get(@PathParam("userId") String userId) {
    return UserView.of(accounts.user(userId));
  }

  @POST
  public Response create(UserRequests.Create body) {
    Bodies.require(body);
    UserView created =
        UserView.of(
            accounts.createUser(
                new AccountService.NewUser(
                    body.email(),
                    body.name(),
                    body.password(),
                    Boolean.TRUE.equals(body.admin()))));
    return Response.status(201).entity(created).build();
  }

  @PATCH
  @Path("{userId}")
  public UserView update(@PathParam("userId") String userId, UserRequests.Update body) {
    Bodies.require(body);
    return UserView.of(
        accounts.updateUser(
            userId,
            new AccountService.UserChanges(
                body.name(), body.admin(), body.enabled(), body.version())));
  }

  @PUT
  @Path("{userId}/password")
  public Response resetPassword(@PathParam("userId") String userId, UserRequests.Password body) {
    Bodies.require(body);
    accounts.resetPassword(userId, body.password());
    return Response.noContent().build();
  }
}
