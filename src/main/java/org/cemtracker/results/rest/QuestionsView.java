package org.cemtracker.results.rest;

import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.cemtracker.model.MaturityModel;
import org.cemtracker.results.ResultsService.GroupQuestions;
import org.cemtracker.scoring.Bands;
import org.cemtracker.scoring.GroupComparison;
import org.cemtracker.scoring.PublishedGroups;
import org.cemtracker.scoring.QuestionBreakdown;

/**
 * The body of {@code GET /api/campaigns/{id}/results/questions}: one published group's figures
 * question by question, the groups that may be asked for, the scale and its bands. The cells a
 * group is made of stay inside: a client names groups by key.
 */
public record QuestionsView(
    GroupView group,
    List<GroupView> groups,
    List<MaturityModel.ScaleLevel> levels,
    BandsView bands,
    CampaignView previousCampaign,
    List<DimensionView> dimensions) {

  /** The previous wave the group is compared with. */
  public record CampaignView(String id, String name) {}

  /** A published group as a client sees it. */
  public record GroupView(String key, String kind, String label, long responses) {}

  /** The levels of each band; {@code neutral} is null on an even scale. */
  public record BandsView(List<Integer> unfavourable, Integer neutral, List<Integer> favourable) {}

  /**
   * A dimension: the group's score, the organisation's and the difference, the group's score in the
   * previous wave and the change since.
   */
  public record DimensionView(
      String id,
      String name,
      Double score,
      Double organisation,
      Double difference,
      Double previous,
      Double change,
      List<QuestionView> questions) {}

  /**
   * A withheld question ({@code withheld: true}) carries no figure, not even how many were asked.
   */
  public record QuestionView(
      String id,
      String text,
      Boolean withheld,
      Long asked,
      Long answered,
      Long dontKnow,
      Double mean,
      Double score,
      List<Long> distribution,
      Long unfavourable,
      Long neutral,
      Long favourable,
      Double previousMean,
      Double change) {}

  static QuestionsView of(GroupQuestions found) {
    MaturityModel model = found.model();
    Bands bands = new Bands(model.levels());
    return new QuestionsView(
        group(found.breakdown().group()),
        found.groups().stream().map(QuestionsView::group).toList(),
        model.scale(),
        new BandsView(
            range(1, bands.unfavourableUpTo()),
            bands.neutral() == 0 ? null : bands.neutral(),
            range(bands.favourableFrom(), model.levels())),
        found.previous() == null
            ? null
            : new CampaignView(found.previous().id(), found.previous().name()),
        found.breakdown().dimensions().stream()
            .map(
                d ->
                    dimension(
                        d,
                        found.comparison().dimensions().stream()
                            .filter(c -> c.dimensionId().equals(d.dimensionId()))
                            .findFirst()
                            .orElseThrow(),
                        found.comparison().questions(),
                        model))
            .toList());
  }

  private static GroupView group(PublishedGroups.Group g) {
    return new GroupView(g.key(), g.kind(), g.label(), g.responses());
  }

  private static DimensionView dimension(
      QuestionBreakdown.DimensionFigures d,
      GroupComparison.DimensionComparison compared,
      Map<String, GroupComparison.QuestionChange> changes,
      MaturityModel model) {
    String name =
        model.dimension(d.dimensionId()).map(MaturityModel.Dimension::name).orElse(d.dimensionId());
    return new DimensionView(
        d.dimensionId(),
        name,
        compared.score(),
        compared.organisation(),
        compared.difference(),
        compared.previous(),
        compared.change(),
        d.questions().stream().map(q -> question(q, changes.get(q.questionId()), model)).toList());
  }

  private static QuestionView question(
      QuestionBreakdown.QuestionFigures q,
      GroupComparison.QuestionChange change,
      MaturityModel model) {
    String text =
        model.question(q.questionId()).map(MaturityModel.Question::text).orElse(q.questionId());
    Bands.Split bands = q.bands();
    return new QuestionView(
        q.questionId(),
        text,
        q.withheld() ? Boolean.TRUE : null,
        q.asked(),
        q.answered(),
        q.dontKnow(),
        q.mean(),
        q.score(),
        q.distribution(),
        bands == null ? null : bands.unfavourable(),
        bands == null ? null : bands.neutral(),
        bands == null ? null : bands.favourable(),
        change.previousMean(),
        change.change());
  }

  private static List<Integer> range(int from, int to) {
    return IntStream.rangeClosed(from, to).boxed().toList();
  }
}
