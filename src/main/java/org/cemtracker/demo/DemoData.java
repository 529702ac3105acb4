package org.cemtracker.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.logging.Logger;
import java.util.stream.IntStream;
import org.cemtracker.base.Settings;
import org.cemtracker.base.persistence.SchemaStartup.SchemaReady;
import org.cemtracker.campaign.CampaignSeeding;
import org.cemtracker.initiative.InitiativeSeeding;
import org.cemtracker.model.MaturityModel;
import org.cemtracker.model.ModelCatalogue;
import org.cemtracker.model.Tier;
import org.cemtracker.organisation.DepartmentRow;
import org.cemtracker.organisation.Organisation;
import org.cemtracker.organisation.Seeding;

/**
 * Seeds "Northwind Logistics (demo)" when {@code CEM_DEMO=true} and it does not exist yet: thirteen
 * departments, two published waves of the default model (in spring, and three weeks ago) with
 * initiatives started between them, and an open pulse survey, about 450 responses in all, some with
 * comments. Customer-facing departments start ahead — a bolt-on organisation — and the back office
 * catches up in the second wave. Legal's two answers are in a group too small to show.
 */
@ApplicationScoped
public class DemoData {

  public static final String NAME = "Northwind Logistics (demo)";
  private static final Logger LOG = Logger.getLogger(DemoData.class.getName());

  /** Department, headcount, customer-facing, typical answer level in wave 1 and in wave 2. */
  private record Unit(String path, int headcount, boolean facing, double first, double second) {}

  private static final List<Unit> UNITS =
      List.of(
          new Unit("Executive Board", 8, false, 3.9, 4.2),
          new Unit("Sales", 60, true, 3.5, 3.8),
          new Unit("Sales/Key Accounts", 25, true, 3.8, 4.0),
          new Unit("Customer Service", 45, true, 3.6, 3.9),
          new Unit("Customer Service/Contact Centre", 70, true, 3.1, 3.6),
          new Unit("Marketing", 20, true, 3.9, 4.1),
          new Unit("Operations", 30, false, 2.4, 3.0),
          new Unit("Operations/Warehousing", 90, false, 1.9, 2.7),
          new Unit("Operations/Transport", 65, false, 2.2, 2.9),
          new Unit("Finance", 25, false, 1.8, 2.3),
          new Unit("HR", 15, false, 2.5, 3.1),
          new Unit("IT", 35, false, 2.1, 2.8),
          new Unit("Legal", 6, false, 2.0, 2.2));

  @Inject Seeding organisations;
  @Inject CampaignSeeding campaigns;
  @Inject ModelCatalogue catalogue;
  @Inject InitiativeSeeding initiatives;

  /** The organisation that {@code CEM_BENCH_RESPONSES=N} fills, for the results benchmark. */
  public static final String BENCH_NAME = "Benchmark organisation";

  void onSchemaReady(@Observes SchemaReady ready) {
    seedBenchmark();
    seedDemo();
  }

  /** 60 departments and one campaign with N responses of the default model, for the benchmark. */
  private void seedBenchmark() {
    int responses = Integer.parseInt(Settings.fromSystem().get("cem.bench.responses").orElse("0"));
    if (responses <= 0 || organisations.findByName(BENCH_NAME).isPresent()) {
      return;
    }
    MaturityModel model = catalogue.find("cem-maturity").orElseThrow();
    List<DepartmentRow> rows = new ArrayList<>();
    for (int d = 0; d < 60; d++) {
      rows.add(
          new DepartmentRow("Division " + (d % 6) + "/Department " + d, 50 + d * 7, d % 3 == 0));
    }
    rows.addAll(
        IntStream.range(0, 6).mapToObj(i -> new DepartmentRow("Division " + i, 0, false)).toList());
    Organisation organisation =
        organisations.organisation(
            BENCH_NAME,
            "Benchmark",
            5,
            rows.stream().sorted(Comparator.comparing(DepartmentRow::path)).toList());
    String campaign = campaigns.campaign(organisation.id(), model, "Benchmark wave");
    Random random = new Random(42);
    long start = System.nanoTime();
    List<CampaignSeeding.Seed> batch = new ArrayList<>();
    for (int r = 0; r < responses; r++) {
      int d = random.nextInt(60);
      Tier tier = Tier.values()[random.nextInt(3)];
      batch.add(
          new CampaignSeeding.Seed(
              "Division " + (d % 6) + "/Department " + d,
              tier,
              answers(model, tier, 1.5 + random.nextDouble() * 3, random),
              Map.of()));
      if (batch.size() == 500 || r == responses - 1) {
        campaigns.respondAll(campaign, organisation.id(), batch);
        batch.clear();
      }
    }
    campaigns.close(campaign);
    LOG.info(
        String.format(
            "Benchmark data: %d responses in %.0f s",
            responses, (System.nanoTime() - start) / 1e9));
  }

  private void seedDemo() {
    if (!Boolean.parseBoolean(Settings.fromSystem().get("cem.demo").orElse("false"))
        || organisations.findByName(NAME).isPresent()) {
      return;
    }
    MaturityModel model =
        catalogue
            .find("cem-maturity")
            .orElseThrow(() -> new IllegalStateException("the default model is not loaded"));
    Organisation organisation =
        organisations.organisation(
            NAME,
            "Logistics",
            5,
            UNITS.stream()
                .map(u -> new DepartmentRow(u.path(), u.headcount(), u.facing()))
                .toList());
    Random random = new Random(2026);
    String first = campaigns.campaign(organisation.id(), model, "Wave 1 — spring");
    int count = respond(organisation, first, model, random, 0);
    campaigns.closeAsRun(first, 260, 239);
    String second = campaigns.campaign(organisation.id(), model, "Wave 2 — autumn");
    count += respond(organisation, second, model, random, 1);
    campaigns.closeAsRun(second, 45, 24);
    MaturityModel pulse = catalogue.find("cem-pulse").orElse(model);
    String third = campaigns.campaign(organisation.id(), pulse, "Pulse — winter");
    count += respond(organisation, third, pulse, random, 2);
    initiatives.seed(organisation.id(), DemoInitiatives.SEEDS);
    LOG.info(
        "Demo data: "
            + NAME
            + " with "
            + UNITS.size()
            + " departments and "
            + count
            + " responses in three waves");
  }

  /** Responses of one wave: 0 and 1 are the full waves, 2 the pulse (half as many people). */
  private int respond(
      Organisation organisation, String campaignId, MaturityModel model, Random random, int wave) {
    Map<String, String> dimensionOf = new HashMap<>();
    model.questions().forEach(q -> dimensionOf.put(q.id(), q.dimension()));
    List<CampaignSeeding.Seed> seeds = new ArrayList<>();
    for (Unit unit : UNITS) {
      int respondents =
          switch (unit.path()) {
            case "Legal" -> 2;
            case "Executive Board" -> 6;
            default -> Math.max(3, (int) Math.round(unit.headcount() * 0.38));
          };
      if (wave == 2) {
        respondents = (respondents + 1) / 2;
      }
      for (int i = 0; i < respondents; i++) {
        Tier tier =
            unit.path().equals("Executive Board")
                ? Tier.LEADERSHIP
                : i % 5 == 0 ? Tier.MANAGEMENT : Tier.STAFF;
        double typical =
            (wave == 0 ? unit.first() : unit.second() + (wave == 2 ? 0.1 : 0))
                + (tier == Tier.MANAGEMENT ? 0.3 : 0);
        Map<String, Integer> answers = answers(model, tier, typical, random);
        seeds.add(
            new CampaignSeeding.Seed(
                unit.path(), tier, answers, DemoComments.some(answers, dimensionOf, random)));
      }
    }
    campaigns.respondAll(campaignId, organisation.id(), seeds);
    return seeds.size();
  }

  private static Map<String, Integer> answers(
      MaturityModel model, Tier tier, double typical, Random random) {
    Map<String, Integer> answers = new HashMap<>();
    for (MaturityModel.Question question : model.questionsFor(tier)) {
      if (random.nextInt(100) < 7) {
        continue; // don't know
      }
      // typical is on the model's scale; a question with other levels gets the same share of them
      int levels = model.answersOf(question).size();
      double share = (typical - 1 + random.nextGaussian() * 0.8) / (model.levels() - 1);
      if (question.reversed()) {
        share = 1 - share;
      }
      long level = Math.round(1 + share * (levels - 1));
      answers.put(question.id(), (int) Math.max(1, Math.min(levels, level)));
    }
    return answers;
  }
}
