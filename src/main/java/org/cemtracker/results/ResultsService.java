package org.cemtracker.results;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.cemtracker.base.Problem;
import org.cemtracker.campaign.Campaign;
import org.cemtracker.campaign.CampaignService;
import org.cemtracker.campaign.CampaignService.Released;
import org.cemtracker.campaign.CampaignStatus;
import org.cemtracker.model.MaturityModel;
import org.cemtracker.organisation.Access;
import org.cemtracker.organisation.Organisation;
import org.cemtracker.scoring.Cells;
import org.cemtracker.scoring.Comment;
import org.cemtracker.scoring.Comments;
import org.cemtracker.scoring.Disclosure;
import org.cemtracker.scoring.GroupComparison;
import org.cemtracker.scoring.InstrumentQuality;
import org.cemtracker.scoring.PublishedGroups;
import org.cemtracker.scoring.QuestionBreakdown;
import org.cemtracker.scoring.QuestionResults;
import org.cemtracker.scoring.Release;
import org.cemtracker.scoring.Results;
import org.cemtracker.scoring.ScoringEngine;
import org.cemtracker.scoring.ScoringModel;
import org.cemtracker.scoring.Unit;
import org.cemtracker.scoring.WaveDelta;

/**
 * The results of campaigns the caller may read, from the campaigns' own cell aggregates: every read
 * costs in proportion to the cells, and every figure passes the one disclosure control ({@link
 * Disclosure}) before it leaves. Scores exist only for closed campaigns (DESIGN §4 rule 12).
 */
@ApplicationScoped
@Transactional
public class ResultsService {

  @Inject CampaignService campaigns;
  @Inject ResultCellRepository cells;
  @Inject Access access;

  /** A campaign's results with its identity. */
  public record CampaignResults(Campaign campaign, Results results) {}

  /** One point of an organisation's trend. */
  public record TrendPoint(Campaign campaign, Results results) {}

  /** A released campaign read from its cells: the release and the figures made from it. */
  private record Read(
      Released campaign, ScoringModel model, Cells cells, Release release, ResultsScope scope) {

    /** The figures, with only the departments the caller may see listed. */
    Results results() {
      return scope.apply(new ScoringEngine(model).results(campaign.units(), cells, release));
    }

    /** The published groups the caller may see. */
    List<PublishedGroups.Group> groups() {
      return scope.groups(PublishedGroups.of(campaign.units(), release, cells));
    }

    QuestionBreakdown.Breakdown breakdown(PublishedGroups.Group group) {
      return QuestionBreakdown.of(cells, release, group);
    }
  }

  public CampaignResults results(String campaignId) {
    Read read = read(campaigns.released(campaignId));
    return new CampaignResults(read.campaign().campaign(), read.results());
  }

  /** Cronbach's alpha and item fits per dimension and tier, from released respondents only. */
  public List<InstrumentQuality.DimensionQuality> instrument(String campaignId) {
    Read read = read(campaigns.released(campaignId));
    return InstrumentQuality.of(read.cells(), read.release());
  }

  /** Per question and published group: answered, mean and the distribution over the levels. */
  public List<QuestionResults.Group> questions(String campaignId) {
    Read read = read(campaigns.released(campaignId));
    return read.scope()
        .questionGroups(QuestionResults.of(read.campaign().units(), read.cells(), read.release()));
  }

  /**
   * The published groups a view may filter to, one group's figures question by question, and the
   * group beside the organisation and beside itself in the previous wave the caller may read
   * ({@code previous} null when there is none).
   */
  public record GroupQuestions(
      List<PublishedGroups.Group> groups,
      QuestionBreakdown.Breakdown breakdown,
      MaturityModel model,
      Campaign previous,
      GroupComparison.Comparison comparison) {}

  /**
   * Question by question, one published group's figures ({@link PublishedGroups#ORGANISATION} when
   * none is named); a key that names no published group of the campaign is refused by name.
   */
  public GroupQuestions groupQuestions(String campaignId, String groupKey) {
    Read read = read(campaigns.released(campaignId));
    List<PublishedGroups.Group> groups = read.groups();
    String key = groupKey == null || groupKey.isBlank() ? PublishedGroups.ORGANISATION : groupKey;
    PublishedGroups.Group group =
        PublishedGroups.find(groups, key)
            .orElseThrow(
                () ->
                    Problem.invalid(
                        "group",
                        "is not a group whose results are shown: "
                            + "pick one of the groups this campaign lists"));
    QuestionBreakdown.Breakdown now = read.breakdown(group);
    Optional<Read> previous = previous(read.campaign().campaign());
    QuestionBreakdown.Breakdown before =
        previous
            .flatMap(
                p ->
                    p.groups().stream()
                        .filter(g -> g.acrossWaves().equals(group.acrossWaves()))
                        .findFirst()
                        .map(p::breakdown))
            .orElse(null);
    return new GroupQuestions(
        groups,
        now,
        read.model().model(),
        previous.map(p -> p.campaign().campaign()).orElse(null),
        GroupComparison.of(
            group, read.results(), now, previous.map(Read::results).orElse(null), before));
  }

  /** The caller's readable campaign of the same organisation just before this one, read. */
  private Optional<Read> previous(Campaign campaign) {
    Released previous = null;
    for (Released released : campaigns.releasedCampaigns(campaign.organisationId())) {
      if (released.campaign().id().equals(campaign.id())) {
        return Optional.ofNullable(previous).map(this::read);
      }
      previous = released;
    }
    return Optional.empty();
  }

  /** The comments that rule 15 lets through, per dimension and group. */
  public CampaignComments comments(String campaignId) {
    Read read = read(campaigns.released(campaignId));
    List<Comment> stored = new ArrayList<>();
    cells
        .comments(campaignId)
        .forEach(
            c -> stored.add(new Comment(c.departmentId(), c.tier(), c.questionId(), c.body())));
    int c = read.campaign().commentThreshold();
    List<Comments.DimensionComments> released =
        read.scope()
            .comments(
                Comments.of(
                    read.model().model(), read.campaign().units(), read.release(), c, stored));
    return new CampaignComments(c, released, DimensionThemes.of(released));
  }

  /**
   * A campaign's comments with the comment threshold c they were shown at, and their themes per
   * dimension — made of the released comments only, so a theme says nothing rule 15 holds back.
   */
  public record CampaignComments(
      int threshold, List<Comments.DimensionComments> dimensions, List<DimensionThemes> themes) {}

  private Read read(Released released) {
    ScoringModel model = new ScoringModel(released.campaign().model());
    Cells loaded = new Cells(model);
    for (ResultCell cell : inTreeOrder(released, cells.findByCampaign(released.campaign().id()))) {
      loaded.put(cell.cell(), cell.sums(model));
    }
    Release release = Disclosure.release(loaded.counts(), released.threshold());
    ResultsScope scope = ResultsScope.of(access, released.campaign().organisationId());
    return new Read(released, model, loaded, release, scope);
  }

  /**
   * The cells by the frozen tree's order (by path) and then tier, not by id: the scores sum
   * floating-point figures, and an order that ids set would give an imported copy, whose ids are
   * new, results that differ in their last digits.
   */
  private static List<ResultCell> inTreeOrder(Released released, List<ResultCell> stored) {
    Map<String, Integer> position = new HashMap<>();
    List<Unit> units = released.units();
    for (int i = 0; i < units.size(); i++) {
      position.put(units.get(i).id(), i);
    }
    List<ResultCell> sorted = new ArrayList<>(stored);
    sorted.sort(
        Comparator.comparingInt((ResultCell c) -> position.getOrDefault(c.departmentId(), -1))
            .thenComparing(c -> c.cell().tier()));
    return sorted;
  }

  /**
   * The change from the previous campaign in an organisation's trend to this one, if there is one.
   */
  public static Optional<WaveDelta> deltaToPrevious(List<TrendPoint> trend, String campaignId) {
    TrendPoint previous = null;
    for (TrendPoint point : trend) {
      if (point.campaign().id().equals(campaignId)) {
        return previous == null
            ? Optional.empty()
            : Optional.of(WaveDelta.between(previous.results(), point.results()));
      }
      previous = point;
    }
    return Optional.empty();
  }

  /** An organisation in the consultant's portfolio. */
  public record PortfolioEntry(
      Organisation organisation, List<TrendPoint> trend, List<Campaign> openCampaigns) {

    /** The newest campaign with a CEM index, if any. */
    public Optional<TrendPoint> latest() {
      TrendPoint latest = null;
      for (TrendPoint point : trend) {
        if (point.results().cemIndex() != null) {
          latest = point;
        }
      }
      return Optional.ofNullable(latest);
    }
  }

  /** Every organisation the caller may see, with its trend and open campaigns. */
  public List<PortfolioEntry> portfolio() {
    List<PortfolioEntry> entries = new ArrayList<>();
    for (Organisation organisation : campaigns.organisations()) {
      List<Campaign> open =
          campaigns.list(organisation.id()).stream()
              .filter(c -> c.status() == CampaignStatus.OPEN)
              .toList();
      entries.add(new PortfolioEntry(organisation, trend(organisation.id()), open));
    }
    return entries;
  }

  /** The organisation's campaigns whose results the caller may read, oldest first. */
  public List<TrendPoint> trend(String organisationId) {
    List<TrendPoint> points = new ArrayList<>();
    for (Released released : campaigns.releasedCampaigns(organisationId)) {
      points.add(new TrendPoint(released.campaign(), read(released).results()));
    }
    return points;
  }
}
