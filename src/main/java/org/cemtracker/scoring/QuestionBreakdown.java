package org.cemtracker.scoring;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.cemtracker.model.MaturityModel;
import org.cemtracker.model.MaturityModel.Question;

/**
 * Question by question, the figures of one published group (DESIGN §4 rules 1 and 2, issue 15): how
 * many were asked, answered and said "don't know", the mean and its 0–100 score, the distribution
 * over the scale's levels and the favourable / neutral / unfavourable split ({@link Bands}); and
 * each dimension's score in the group. All of it are sums over the group's released cells, so the
 * audit that released them covers these figures as it covers the scores.
 */
public final class QuestionBreakdown {

  private QuestionBreakdown() {}

  /**
   * One question in the group; {@code withheld} when the respondents asked it in this group — the
   * group's cells at the tiers the question is asked of — are not themselves a group that may be
   * published (fewer than k, or outside the audited span: a question asked of leaders only, in one
   * department, is that department's leaders). A withheld question carries no figure at all.
   */
  public record QuestionFigures(
      String questionId,
      String dimensionId,
      boolean withheld,
      Long asked,
      Long answered,
      Long dontKnow,
      Double mean,
      Double score,
      List<Long> distribution,
      Bands.Split bands) {}

  /**
   * A dimension's score in the group and its questions, in the model's order. When one question of
   * the dimension is withheld, all of them are, and the score with them: the dimension's score and
   * its other questions' means would give the withheld one back.
   */
  public record DimensionFigures(
      String dimensionId, Double score, List<QuestionFigures> questions) {}

  /** The group's breakdown, dimension by dimension. */
  public record Breakdown(PublishedGroups.Group group, List<DimensionFigures> dimensions) {}

  public static Breakdown of(Cells cells, Release release, PublishedGroups.Group group) {
    ScoringModel scoring = cells.model();
    MaturityModel model = scoring.model();
    Tally tally = scoring.newTally();
    group.cells().forEach(cell -> tally.addAll(cells.sums(cell).tally));
    Double[] dimensionScores = scoring.dimensionScores(tally);
    List<DimensionFigures> dimensions = new ArrayList<>();
    for (int d = 0; d < model.dimensions().size(); d++) {
      String dimensionId = model.dimensions().get(d).id();
      List<QuestionFigures> questions = new ArrayList<>();
      for (int q = 0; q < model.questions().size(); q++) {
        Question question = model.questions().get(q);
        Set<Cell> asked = askedIn(group.cells(), question);
        if (!question.dimension().equals(dimensionId) || asked.isEmpty()) {
          continue;
        }
        questions.add(
            shown(cells, release, asked)
                ? figures(question, responses(cells, asked), tally, q, scoring)
                : withheld(question));
      }
      if (questions.stream().anyMatch(QuestionFigures::withheld)) {
        // the dimension's score (shown elsewhere) and its other questions' means would give the
        // withheld one back: none of its questions is shown for this group, nor its score here
        List<QuestionFigures> none = new ArrayList<>();
        questions.forEach(f -> none.add(withheld(model.question(f.questionId()).orElseThrow())));
        dimensions.add(new DimensionFigures(dimensionId, null, none));
      } else if (!questions.isEmpty()) {
        dimensions.add(new DimensionFigures(dimensionId, dimensionScores[d], questions));
      }
    }
    return new Breakdown(group, dimensions);
  }

  /** The cells of a group whose tier the question is asked of. */
  static Set<Cell> askedIn(Set<Cell> group, Question question) {
    Set<Cell> asked = new HashSet<>();
    group.stream().filter(c -> question.tiers().contains(c.tier())).forEach(asked::add);
    return asked;
  }

  /** Whether these cells are a group that may be published: at least k, in the audited span. */
  static boolean shown(Cells cells, Release release, Set<Cell> asked) {
    return responses(cells, asked) >= release.threshold() && release.isPublishable(asked);
  }

  private static long responses(Cells cells, Set<Cell> of) {
    return of.stream().mapToLong(c -> cells.sums(c).responses()).sum();
  }

  /** A reverse-keyed question's distribution read from its best answer down. */
  private static long[] keyed(long[] distribution, boolean reversed) {
    if (!reversed) {
      return distribution;
    }
    long[] mirrored = new long[distribution.length];
    for (int l = 0; l < distribution.length; l++) {
      mirrored[distribution.length - 1 - l] = distribution[l];
    }
    return mirrored;
  }

  private static QuestionFigures withheld(Question question) {
    return new QuestionFigures(
        question.id(), question.dimension(), true, null, null, null, null, null, null, null);
  }

  private static QuestionFigures figures(
      Question question, long asked, Tally tally, int q, ScoringModel scoring) {
    Double mean = tally.mean(q);
    Double score = scoring.questionScore(tally, q);
    long[] distribution = tally.distribution(q);
    return new QuestionFigures(
        question.id(),
        question.dimension(),
        false,
        asked,
        tally.answered(q),
        asked - tally.answered(q),
        mean,
        score,
        Arrays.stream(distribution).boxed().toList(),
        new Bands(distribution.length).split(keyed(distribution, question.reversed())));
  }
}
