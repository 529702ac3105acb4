package org.cemtracker.campaign;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.cemtracker.base.Problem;
import org.cemtracker.model.MaturityModel;
import org.cemtracker.model.ModelCatalogue;
import org.cemtracker.model.ModelJson;
import org.cemtracker.model.Tier;

/**
 * Campaigns' part of an organisation's export — each with its model snapshot, frozen tree and
 * anonymous responses as stored (no invitations: their tokens and addresses stay behind) — and
 * their restoring under new ids. Runs in the caller's transaction; the caller checks the rights.
 */
@ApplicationScoped
public class CampaignTransfer {

  @Inject CampaignRepository campaigns;
  @Inject FrozenTreeRepository trees;
  @Inject SubmissionWriter writer;
  @Inject ModelCatalogue catalogue;

  @PersistenceContext(unitName = "cem")
  EntityManager em;

  public record TreeData(
      String departmentKey, String parentKey, String path, int headcount, boolean customerFacing) {}

  /** One response: where, at which tier, on which day, and its answers (null: don't know). */
  public record ResponseData(
      String departmentKey, String tier, String submittedOn, Map<String, Integer> answers) {}

  public record CampaignData(
      String key,
      String name,
      String modelId,
      String modelVersion,
      String modelSnapshot,
      String status,
      String createdAt,
      String leadershipOpenedAt,
      String managementOpenedAt,
      String staffOpenedAt,
      String closedAt,
      String publishedAt,
      String rawDeletedAt,
      Integer anonymityThreshold,
      Integer commentThreshold,
      List<TreeData> tree,
      List<ResponseData> responses) {}

  public List<CampaignData> export(String organisationId) {
    List<CampaignData> result = new ArrayList<>();
    for (Campaign c : campaigns.findByOrganisation(organisationId)) {
      if (c.status() == CampaignStatus.OPEN) {
        // what is queued goes into the file as responses, and into the cells exported with them
        writer.moveAll(c);
      }
      List<TreeData> tree =
          trees.findByCampaign(c.id()).stream()
              .map(
                  d ->
                      new TreeData(
                          d.departmentId(),
                          d.unit().parentId(),
                          d.path(),
                          d.unit().headcount(),
                          d.unit().customerFacing()))
              .toList();
      result.add(
          new CampaignData(
              c.id(),
              c.name(),
              c.modelId(),
              c.modelVersion(),
              c.modelSnapshot(),
              c.status().name(),
              text(c.createdAt()),
              text(c.openedAt(Tier.LEADERSHIP)),
              text(c.openedAt(Tier.MANAGEMENT)),
              text(c.openedAt(Tier.STAFF)),
              text(c.closedAt()),
              text(c.publishedAt()),
              text(c.rawDeletedAt()),
              c.anonymityThreshold(),
              c.commentThreshold(),
              tree,
              responses(c.id())));
    }
    return result;
  }

  private List<ResponseData> responses(String campaignId) {
    Map<String, Map<String, Integer>> answers = new HashMap<>();
    em.createQuery(
            "select a.responseId, a.questionId, a.answer from ResponseAnswer a, Response r"
                + " where a.responseId = r.id and r.campaignId = :c",
            Object[].class)
        .setParameter("c", campaignId)
        .getResultList()
        .forEach(
            row ->
                answers
                    .computeIfAbsent((String) row[0], r -> new LinkedHashMap<>())
                    .put((String) row[1], (Integer) row[2]));
    List<ResponseData> result = new ArrayList<>();
    em.createQuery("select r from Response r where r.campaignId = :c", Response.class)
        .setParameter("c", campaignId)
        .getResultList()
        .forEach(
            r ->
                result.add(
                    new ResponseData(
                        r.departmentId(),
                        r.tier().name(),
                        r.submittedOn().toString(),
                        answers.getOrDefault(r.id(), Map.of()))));
    return result;
  }

  /** A restored campaign: its new id, and the model it runs. */
  public record Restored(String id, MaturityModel model) {}

  /** Restores the campaigns; {@code departmentIds} maps the file's department keys to new ids. */
  public Map<String, Restored> restore(
      String organisationId, List<CampaignData> data, Map<String, String> departmentIds) {
    Map<String, Restored> restored = new LinkedHashMap<>();
    for (int i = 0; i < data.size(); i++) {
      String at = "campaigns[" + i + "]";
      CampaignData d = data.get(i);
      if (d.modelId() == null
          || d.modelVersion() == null
          || catalogue.find(d.modelId(), d.modelVersion()).isEmpty()) {
        throw Problem.invalid(
            at + ".modelId",
            "model " + d.modelId() + " " + d.modelVersion() + " is not loaded on this instance");
      }
      MaturityModel model;
      try {
        model = ModelJson.read(d.modelSnapshot());
      } catch (RuntimeException e) {
        throw Problem.invalid(at + ".modelSnapshot", "is not a model snapshot");
      }
      Campaign campaign = campaigns.store(Campaign.restore(organisationId, restoreOf(at, d)));
      List<FrozenDepartment> tree = new ArrayList<>();
      for (TreeData t : d.tree() == null ? List.<TreeData>of() : d.tree()) {
        tree.add(
            new FrozenDepartment(
                campaign.id(),
                department(at + ".tree", t.departmentKey(), departmentIds),
                t.parentKey() == null
                    ? null
                    : department(at + ".tree", t.parentKey(), departmentIds),
                t.path(),
                t.headcount(),
                t.customerFacing()));
      }
      trees.store(tree);
      responses(at, campaign, model, d.responses(), departmentIds);
      restored.put(d.key(), new Restored(campaign.id(), model));
    }
    return restored;
  }

  private void responses(
      String at,
      Campaign campaign,
      MaturityModel model,
      List<ResponseData> responses,
      Map<String, String> departmentIds) {
    if (responses == null) {
      return;
    }
    for (int i = 0; i < responses.size(); i++) {
      ResponseData r = responses.get(i);
      String here = at + ".responses[" + i + "]";
      Response response =
          new Response(
              campaign.id(),
              department(here, r.departmentKey(), departmentIds),
              tier(here, r.tier()),
              day(here, r.submittedOn()));
      em.persist(response);
      for (Map.Entry<String, Integer> a :
          (r.answers() == null ? Map.<String, Integer>of() : r.answers()).entrySet()) {
        Optional<MaturityModel.Question> question = model.question(a.getKey());
        if (question.isEmpty()
            || a.getValue() != null
                && (a.getValue() < 1 || a.getValue() > model.answersOf(question.get()).size())) {
          throw Problem.invalid(
              here + ".answers." + a.getKey(),
              "is not a question and level of the campaign's model");
        }
        em.persist(new ResponseAnswer(response.id(), a.getKey(), a.getValue()));
      }
      if (i % 500 == 499) {
        em.flush();
        em.clear();
      }
    }
    em.flush();
  }

  private static Campaign.Restored restoreOf(String at, CampaignData d) {
    CampaignStatus status;
    try {
      status = CampaignStatus.valueOf(String.valueOf(d.status()).toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw Problem.invalid(at + ".status", "must be DRAFT, OPEN, CLOSED or PUBLISHED");
    }
    if (d.name() == null || d.name().isBlank()) {
      throw Problem.invalid(at + ".name", "must not be empty");
    }
    return new Campaign.Restored(
        d.name(),
        d.modelId(),
        d.modelVersion(),
        d.modelSnapshot(),
        status,
        moment(at + ".createdAt", d.createdAt()),
        moment(at + ".leadershipOpenedAt", d.leadershipOpenedAt()),
        moment(at + ".managementOpenedAt", d.managementOpenedAt()),
        moment(at + ".staffOpenedAt", d.staffOpenedAt()),
        moment(at + ".closedAt", d.closedAt()),
        moment(at + ".publishedAt", d.publishedAt()),
        moment(at + ".rawDeletedAt", d.rawDeletedAt()),
        d.anonymityThreshold(),
        d.commentThreshold());
  }

  static String department(String at, String key, Map<String, String> departmentIds) {
    String id = key == null ? null : departmentIds.get(key);
    if (id == null) {
      throw Problem.invalid(at + ".departmentKey", "names no department of the file");
    }
    return id;
  }

  static Tier tier(String at, String tier) {
    try {
      return Tier.valueOf(String.valueOf(tier).toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw Problem.invalid(at + ".tier", "must be LEADERSHIP, MANAGEMENT or STAFF");
    }
  }

  private static LocalDate day(String at, String day) {
    try {
      return LocalDate.parse(day);
    } catch (RuntimeException e) {
      throw Problem.invalid(at + ".submittedOn", "must be a date such as 2026-12-01");
    }
  }

  private static OffsetDateTime moment(String at, String value) {
    try {
      return value == null ? null : OffsetDateTime.parse(value);
    } catch (DateTimeParseException e) {
      throw Problem.invalid(at, "must be a moment such as 2026-12-01T09:30:00Z");
    }
  }

  private static String text(OffsetDateTime moment) {
    return moment == null ? null : moment.toString();
  }
}
