package org.cemtracker.scoring;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.cemtracker.model.MaturityModel;
import org.cemtracker.model.Tier;

/**
 * Per question and published group — the organisation, every tier and every covered department,
 * each from its released responses only — how many answered, the mean on the scale and how many
 * gave each level. All counts are additive over cells, so the audit of {@link Disclosure} covers
 * them as it covers scores: no sum or difference of them isolates a withheld cell.
 */
public final class QuestionResults {

  private QuestionResults() {}

  /** One question in one group; {@code mean} is null when nobody answered it. */
  public record QuestionStat(String questionId, long answered, Double mean, long[] distribution) {}

  /** A published group: what it is, its released responses, and its questions. */
  public record Group(String kind, String label, long responses, List<QuestionStat> questions) {}

  public static List<Group> of(List<Unit> units, Cells cells, Release release) {
    Cells released = cells.released(release);
    ScoringModel model = cells.model();
    List<Group> groups = new ArrayList<>();
    Tally all = model.newTally();
    units.forEach(u -> all.addAll(released.own(u.id())));
    if (all.responses() > 0) {
      groups.add(group("organisation", "Organisation", all, model.model()));
    }
    for (Tier tier : Tier.values()) {
      Tally t = released.tier(tier);
      if (t.responses() > 0) {
        String name = tier.name().charAt(0) + tier.name().substring(1).toLowerCase(Locale.ROOT);
        groups.add(group("tier", name, t, model.model()));
      }
    }
    for (Unit unit : units.stream().sorted(Comparator.comparing(Unit::path)).toList()) {
      Tally own = released.own(unit.id());
      if (own.responses() > 0) {
        Group department = group("department", unit.path(), own, model.model());
        groups.add(withoutUnpublishable(department, unit.id(), cells, release, model.model()));
      }
    }
    return groups;
  }

  /**
   * A department's questions without those whose respondents there — its cells at the tiers the
   * question is asked of — are not a group that may be published (a question for leaders only, in
   * one department, would show that department's leaders: see {@link QuestionBreakdown}).
   */
  private static Group withoutUnpublishable(
      Group department, String unitId, Cells cells, Release release, MaturityModel model) {
    Set<Cell> own = new HashSet<>();
    release.releasedCells().stream().filter(c -> c.unitId().equals(unitId)).forEach(own::add);
    Set<String> withheld = new HashSet<>();
    for (MaturityModel.Question question : model.questions()) {
      Set<Cell> asked = QuestionBreakdown.askedIn(own, question);
      if (!asked.isEmpty() && !QuestionBreakdown.shown(cells, release, asked)) {
        // with the dimension's score, its other questions' means would give this one back
        withheld.add(question.dimension());
      }
    }
    List<QuestionStat> shown = new ArrayList<>();
    for (QuestionStat stat : department.questions()) {
      if (!withheld.contains(model.question(stat.questionId()).orElseThrow().dimension())) {
        shown.add(stat);
      }
    }
    return new Group(department.kind(), department.label(), department.responses(), shown);
  }

  private static Group group(String kind, String label, Tally tally, MaturityModel model) {
    List<QuestionStat> stats = new ArrayList<>();
    for (int q = 0; q < model.questions().size(); q++) {
      stats.add(
          new QuestionStat(
              model.questions().get(q).id(),
              tally.answered(q),
              tally.mean(q),
              tally.distribution(q)));
    }
    return new Group(kind, label, tally.responses(), stats);
  }
}
