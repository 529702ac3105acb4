package org.cemtracker.report;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.cemtracker.initiative.CheckIn;
import org.cemtracker.initiative.Initiative;
import org.cemtracker.initiative.InitiativeService;
import org.cemtracker.initiative.Kpi;
import org.cemtracker.initiative.Measurement;
import org.cemtracker.initiative.Milestone;
import org.cemtracker.model.MaturityModel;
import org.cemtracker.results.ResultsService.CampaignResults;
import org.cemtracker.scoring.QuestionResults;
import org.cemtracker.scoring.Results;

/**
 * The tables of a campaign's export, from its released figures: the summary, departments ×
 * dimensions, tiers, questions per published group, and the organisation's initiatives with their
 * milestones, KPIs and check-ins. There is no table of responses: rows of anonymous answers beside
 * these aggregates would let anyone pick out the small groups the aggregates hide.
 */
final class ExportTables {

  private ExportTables() {}

  static List<Table> of(
      String organisation,
      CampaignResults found,
      List<QuestionResults.Group> questions,
      List<InitiativeService.Entry> initiatives) {
    MaturityModel model = found.campaign().model();
    Results r = found.results();
    List<Table> tables = new ArrayList<>();
    tables.add(summary(organisation, found));
    tables.add(departments(model, r));
    tables.add(tiers(model, r));
    tables.add(questions(model, questions));
    tables.addAll(initiatives(model, initiatives));
    return tables;
  }

  static Table summary(String organisation, CampaignResults found) {
    Results r = found.results();
    return Table.of("Summary", "Figure", "Value")
        .row("Organisation", organisation)
        .row("Campaign", found.campaign().name())
        .row("Model", found.campaign().modelId() + " " + found.campaign().modelVersion())
        .row("Closed", String.valueOf(found.campaign().closedAt()))
        .row("Anonymity threshold k", r.threshold())
        .row("Released responses", r.responses())
        .row(
            "Responses in groups too small to show",
            r.withheldFewerThanK() ? "fewer than " + r.threshold() : r.withheld())
        .row("CEM index", r.cemIndex())
        .row("CEM index margin of error", r.cemIndexMarginOfError())
        .row("Stage", r.stage() == null ? null : r.stage().number() + " " + r.stage().name())
        .row("Reach", r.reach())
        .row("Bolt-on gap", r.boltOnGap())
        .row("Alignment gap", r.alignmentGap())
        .row("Dispersion", r.dispersion())
        .row("Coverage", r.coverage());
  }

  static Table departments(MaturityModel model, Results r) {
    List<String> headers =
        new ArrayList<>(
            List.of(
                "Department",
                "Headcount",
                "Customer-facing",
                "Covered",
                "Hidden",
                "Responses",
                "Score",
                "Margin of error",
                "Rolled-up score"));
    model.dimensions().forEach(d -> headers.add(d.name()));
    Table table = new Table("Departments", headers, new ArrayList<>());
    for (Results.DepartmentResult d : r.departments()) {
      List<Object> row =
          new ArrayList<>(
              Arrays.asList(
                  d.path(),
                  d.headcount(),
                  d.customerFacing() ? "yes" : "no",
                  d.covered() ? "yes" : "no",
                  d.hidden() ? "yes" : "no",
                  d.responses(),
                  d.score(),
                  d.marginOfError(),
                  d.rolledUpScore()));
      for (int i = 0; i < model.dimensions().size(); i++) {
        row.add(i < d.dimensions().size() ? d.dimensions().get(i).score() : null);
      }
      table.rows().add(row);
    }
    return table;
  }

  static Table tiers(MaturityModel model, Results r) {
    List<String> headers =
        new ArrayList<>(List.of("Tier", "Hidden", "Responses", "Score", "Margin of error"));
    model.dimensions().forEach(d -> headers.add(d.name()));
    Table table = new Table("Tiers", headers, new ArrayList<>());
    for (Results.TierResult t : r.tiers()) {
      List<Object> row =
          new ArrayList<>(
              Arrays.asList(
                  ReportSections.tierName(t.tier()),
                  t.hidden() ? "yes" : "no",
                  t.responses(),
                  t.score(),
                  t.marginOfError()));
      for (int i = 0; i < model.dimensions().size(); i++) {
        row.add(i < t.dimensions().size() ? t.dimensions().get(i).score() : null);
      }
      table.rows().add(row);
    }
    return table;
  }

  static Table questions(MaturityModel model, List<QuestionResults.Group> groups) {
    List<String> headers =
        new ArrayList<>(
            List.of("Group", "Name", "Question", "Text", "Dimension", "Answered", "Mean"));
    // format 2: questions may have answer sets of their own, so the columns are levels by place
    int levels = model.format() == 2 ? model.mostLevels() : model.levels();
    if (model.format() == 2) {
      for (int l = 1; l <= levels; l++) {
        headers.add("Level " + l);
      }
    } else {
      model.scale().forEach(l -> headers.add(l.level() + " " + l.label()));
    }
    Table table = new Table("Questions", headers, new ArrayList<>());
    Map<String, MaturityModel.Question> byId = new HashMap<>();
    model.questions().forEach(q -> byId.put(q.id(), q));
    for (QuestionResults.Group group : groups) {
      for (QuestionResults.QuestionStat stat : group.questions()) {
        MaturityModel.Question q = byId.get(stat.questionId());
        List<Object> row =
            new ArrayList<>(
                Arrays.asList(
                    group.kind(),
                    group.label(),
                    stat.questionId(),
                    q.text(),
                    model.dimension(q.dimension()).map(MaturityModel.Dimension::name).orElse(""),
                    stat.answered(),
                    stat.mean()));
        for (long n : stat.distribution()) {
          row.add(n);
        }
        while (row.size() < headers.size()) {
          row.add(null);
        }
        table.rows().add(row);
      }
    }
    return table;
  }

  static List<Table> initiatives(MaturityModel model, List<InitiativeService.Entry> entries) {
    Table list =
        Table.of(
            "Initiatives",
            "Initiative",
            "Status",
            "Health",
            "Owner",
            "Sponsor",
            "Dimensions",
            "Departments",
            "Start",
            "Due");
    Table milestones = Table.of("Milestones", "Initiative", "Milestone", "Due", "Done");
    Table kpis =
        Table.of("KPIs", "Initiative", "KPI", "Unit", "Baseline", "Target", "Date", "Value");
    Table checkIns = Table.of("Check-ins", "Initiative", "Date", "Health", "Note", "Author");
    for (InitiativeService.Entry entry : entries) {
      Initiative i = entry.initiative();
      list.row(
          i.title(),
          i.status().name(),
          i.rag().name(),
          entry.ownerEmail(),
          entry.sponsorEmail(),
          String.join(
              ", ",
              i.dimensions().stream()
                  .map(d -> model.dimension(d).map(MaturityModel.Dimension::name).orElse(d))
                  .toList()),
          String.join(", ", i.departmentPaths()),
          text(i.startDate()),
          text(i.dueDate()));
      for (Milestone m : i.milestones()) {
        milestones.row(i.title(), m.title(), text(m.dueDate()), m.done() ? "yes" : "no");
      }
      for (Kpi k : i.kpis()) {
        if (k.measurements().isEmpty()) {
          kpis.row(i.title(), k.name(), k.unit(), k.baseline(), k.target(), null, null);
        }
        for (Measurement m : k.measurements()) {
          kpis.row(
              i.title(), k.name(), k.unit(), k.baseline(), k.target(), text(m.date()), m.value());
        }
      }
      for (CheckIn c : i.checkIns()) {
        checkIns.row(i.title(), text(c.date()), c.rag().name(), c.note(), c.authorEmail());
      }
    }
    return List.of(list, milestones, kpis, checkIns);
  }

  private static String text(Object value) {
    return value == null ? null : value.toString();
  }
}
