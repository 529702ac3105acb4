package org.cemtracker.campaign.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Map;
import org.cemtracker.base.rest.Public;
import org.cemtracker.campaign.SurveyService;

/** The public questionnaire: the token in the path is the credential (API.md). */
@Path("survey")
@Public
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class SurveyResource {

  @Inject SurveyService survey;

  public record Receipt(String receipt) {}

  public record Start(String departmentPath, String tier) {}

  public record Started(String token) {}

  @GET
  @Path("{token}")
  public SurveyService.Questionnaire questionnaire(
      @PathParam("token") String token, @QueryParam("language") String language) {
    return survey.questionnaire(token, language == null || language.isBlank() ? null : language);
  }

  @PUT
  @Path("{token}/draft")
  public Response saveDraft(@PathParam("token") String token, SurveyService.SurveyAnswers body) {
    survey.saveDraft(
        token, body == null ? new SurveyService.SurveyAnswers(Map.of(), Map.of()) : body);
    return Response.noContent().build();
  }

  @POST
  @Path("{token}/submit")
  public Response submit(@PathParam("token") String token, SurveyService.SurveyAnswers body) {
    SurveyService.Receipt receipt =
        survey.submit(
            token, body == null ? new SurveyService.SurveyAnswers(Map.of(), Map.of()) : body);
    return Response.status(receipt.first() ? 201 : 200).entity(new Receipt(receipt.code())).build();
  }

  @GET
  @Path("open/{token}")
  public SurveyService.OpenLinkChoice openLink(@PathParam("token") String token) {
    return survey.openLink(token);
  }

  @POST
  @Path("open/{token}/start")
  public Response start(@PathParam("token") String token, Start body) {
    String personal =
        survey.startFromOpenLink(
            token, body == null ? null : body.departmentPath(), body == null ? null : body.tier());
    return Response.status(201).entity(new Started(personal)).build();
  }
}
