package org.cemtracker.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.FontMetrics;
import java.awt.Paint;
import java.awt.RenderingHints;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.util.List;
import org.cemtracker.model.MaturityModel;
import org.cemtracker.results.ResultsService.TrendPoint;
import org.cemtracker.scoring.Results;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.StandardChartTheme;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.SpiderWebPlot;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.LineAndShapeRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.data.category.DefaultCategoryDataset;

/**
 * The report's charts, built with JFreeChart (or drawn with Java 2D) from released figures only;
 * hidden groups and undefined scores are left out, never drawn as zero.
 */
final class ReportCharts {

  static final Color[] PALETTE = {
    new Color(0x0e, 0x74, 0x90), new Color(0x43, 0x38, 0xca), new Color(0xea, 0x58, 0x0c),
    new Color(0x16, 0xa3, 0x4a), new Color(0xb9, 0x1c, 0x1c), new Color(0x6b, 0x72, 0x80),
    new Color(0xa1, 0x62, 0x07), new Color(0x0f, 0x76, 0x6e), new Color(0x9d, 0x17, 0x4d)
  };

  /** The stage bands from bolt-on CX to CEM orientation. */
  static final Color[] BANDS = {
    new Color(0xb9, 0x1c, 0x1c),
    new Color(0xea, 0x58, 0x0c),
    new Color(0xca, 0x8a, 0x04),
    new Color(0x16, 0xa3, 0x4a),
    new Color(0x0e, 0x74, 0x90)
  };

  private ReportCharts() {}

  /** The bolt-on-to-CEM scale with the stage bands and the index marked on it. */
  static ReportPart.Drawing scale(ReportFonts fonts, MaturityModel model, Double index) {
    return (g, area) -> {
      g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
      double top = area.getY() + 14;
      double height = 24;
      List<MaturityModel.Stage> stages = model.stages();
      g.setFont(fonts.awt(8, true));
      FontMetrics metrics = g.getFontMetrics();
      for (int i = 0; i < stages.size(); i++) {
        double from = stages.get(i).min();
        double to = i + 1 < stages.size() ? stages.get(i + 1).min() : 100;
        double x = area.getX() + area.getWidth() * from / 100;
        double w = area.getWidth() * (to - from) / 100;
        g.setPaint(BANDS[Math.min(BANDS.length - 1, i)]);
        g.fill(new Rectangle2D.Double(x, top, w, height));
        g.setPaint(Color.WHITE);
        String name = stages.get(i).name();
        int width = metrics.stringWidth(name);
        if (width < w - 4) {
          g.drawString(name, (float) (x + (w - width) / 2), (float) (top + height / 2 + 3));
        }
      }
      if (index != null) {
        double x = area.getX() + area.getWidth() * index / 100;
        g.setPaint(ReportFonts.INK);
        g.setStroke(new BasicStroke(2.5f));
        g.draw(new Line2D.Double(x, top - 6, x, top + height + 6));
        String label = BoardReport.format(index);
        g.setFont(fonts.awt(9, true));
        int width = g.getFontMetrics().stringWidth(label);
        double lx = Math.max(area.getX(), Math.min(x - width / 2.0, area.getMaxX() - width));
        g.drawString(label, (float) lx, (float) (top - 8));
      }
      g.setFont(fonts.awt(7, false));
      g.setPaint(ReportFonts.MUTED);
      g.drawString("0", (float) area.getX(), (float) (top + height + 12));
      g.drawString("100", (float) (area.getMaxX() - 12), (float) (top + height + 12));
    };
  }

  /** Dimensions as a radar: the organisation and every tier with released responses. */
  static JFreeChart radar(ReportFonts fonts, MaturityModel model, Results results) {
    DefaultCategoryDataset dataset = new DefaultCategoryDataset();
    add(dataset, "Organisation", model, results.dimensions().stream().map(d -> d.score()).toList());
    for (Results.TierResult tier : results.tiers()) {
      if (!tier.hidden() && tier.responses() != null && tier.responses() > 0) {
        add(
            dataset,
            ReportSections.tierName(tier.tier()),
            model,
            tier.dimensions().stream().map(Results.DimensionScore::score).toList());
      }
    }
    SpiderWebPlot plot = new SpiderWebPlot(dataset);
    plot.setMaxValue(100);
    plot.setLabelFont(fonts.awt(7.5f, false));
    plot.setLabelPaint(ReportFonts.INK);
    plot.setOutlineVisible(false);
    plot.setWebFilled(false);
    plot.setInteriorGap(0.22);
    JFreeChart chart = new JFreeChart(null, fonts.awt(10, true), plot, true);
    theme(fonts).apply(chart);
    for (int s = 0; s < dataset.getRowCount(); s++) {
      plot.setSeriesPaint(s, s == 0 ? ReportFonts.INK : PALETTE[s % PALETTE.length]);
      plot.setSeriesOutlineStroke(s, new BasicStroke(s == 0 ? 2.4f : 1.4f));
    }
    return chart;
  }

  private static void add(
      DefaultCategoryDataset dataset, String series, MaturityModel model, List<Double> scores) {
    if (scores.stream().allMatch(s -> s == null)) {
      return;
    }
    for (int d = 0; d < model.dimensions().size() && d < scores.size(); d++) {
      Double score = scores.get(d);
      dataset.addValue(score == null ? 0 : score, series, model.dimensions().get(d).name());
    }
  }

  /** Covered departments' scores as bars: teal customer-facing, orange back office. */
  static JFreeChart departments(ReportFonts fonts, Results results) {
    DefaultCategoryDataset dataset = new DefaultCategoryDataset();
    List<Results.DepartmentResult> shown =
        results.departments().stream().filter(d -> d.covered() && d.score() != null).toList();
    shown.forEach(d -> dataset.addValue(d.score(), "Score", d.path()));
    BarRenderer renderer =
        new BarRenderer() {
          @Override
          public Paint getItemPaint(int row, int column) {
            return shown.get(column).customerFacing() ? PALETTE[0] : PALETTE[2];
          }
        };
    renderer.setBarPainter(new StandardBarPainter());
    renderer.setShadowVisible(false);
    renderer.setMaximumBarWidth(0.7);
    CategoryPlot plot = new CategoryPlot(dataset, new CategoryAxis(), new NumberAxis(), renderer);
    plot.setOrientation(PlotOrientation.HORIZONTAL);
    plot.getRangeAxis().setRange(0, 100);
    JFreeChart chart = new JFreeChart(null, fonts.awt(10, true), plot, false);
    theme(fonts).apply(chart);
    plot.getDomainAxis().setTickLabelFont(fonts.awt(7.5f, false));
    return chart;
  }

  /** The CEM index (thick) and every dimension across the organisation's released campaigns. */
  static JFreeChart trend(ReportFonts fonts, MaturityModel model, List<TrendPoint> points) {
    DefaultCategoryDataset dataset = new DefaultCategoryDataset();
    for (TrendPoint point : points) {
      String wave = point.campaign().name();
      if (point.results().cemIndex() != null) {
        dataset.addValue(point.results().cemIndex(), "CEM index", wave);
      }
      for (Results.DimensionResult d : point.results().dimensions()) {
        if (d.score() != null) {
          dataset.addValue(
              d.score(),
              model.dimension(d.id()).map(MaturityModel.Dimension::name).orElse(d.id()),
              wave);
        }
      }
    }
    LineAndShapeRenderer renderer = new LineAndShapeRenderer(true, true);
    CategoryPlot plot = new CategoryPlot(dataset, new CategoryAxis(), new NumberAxis(), renderer);
    JFreeChart chart = new JFreeChart(null, fonts.awt(10, true), plot, true);
    theme(fonts).apply(chart);
    // after the theme, which would hand out its own colours
    for (int s = 0; s < dataset.getRowCount(); s++) {
      renderer.setSeriesPaint(s, s == 0 ? ReportFonts.INK : PALETTE[(s - 1) % PALETTE.length]);
      renderer.setSeriesStroke(s, new BasicStroke(s == 0 ? 3.5f : 1f));
    }
    plot.getRangeAxis().setRange(0, 100);
    plot.getDomainAxis().setCategoryLabelPositions(CategoryLabelPositions.STANDARD);
    return chart;
  }

  private static StandardChartTheme theme(ReportFonts fonts) {
    StandardChartTheme theme = new StandardChartTheme("report", false);
    theme.setExtraLargeFont(fonts.awt(12, true));
    theme.setLargeFont(fonts.awt(9, true));
    theme.setRegularFont(fonts.awt(8, false));
    theme.setSmallFont(fonts.awt(7, false));
    theme.setChartBackgroundPaint(Color.WHITE);
    theme.setPlotBackgroundPaint(Color.WHITE);
    theme.setLegendBackgroundPaint(Color.WHITE);
    theme.setDomainGridlinePaint(new Color(0xe5, 0xe7, 0xeb));
    theme.setRangeGridlinePaint(new Color(0xe5, 0xe7, 0xeb));
    theme.setAxisLabelPaint(ReportFonts.INK);
    theme.setTickLabelPaint(ReportFonts.MUTED);
    theme.setShadowVisible(false);
    theme.setBarPainter(new StandardBarPainter());
    return theme;
  }
}
