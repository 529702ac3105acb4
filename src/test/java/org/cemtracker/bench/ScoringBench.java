package org.cemtracker.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.cemtracker.model.MaturityModel;
import org.cemtracker.model.MaturityModel.Dimension;
import org.cemtracker.model.MaturityModel.Question;
import org.cemtracker.model.MaturityModel.ScaleLevel;
import org.cemtracker.model.MaturityModel.Stage;
import org.cemtracker.model.Tier;
import org.cemtracker.scoring.Answers;
import org.cemtracker.scoring.Cells;
import org.cemtracker.scoring.Results;
import org.cemtracker.scoring.ScoringEngine;
import org.cemtracker.scoring.ScoringModel;
import org.cemtracker.scoring.Unit;

/**
 * Benchmark, not a test: scores 50,000 responses × 40 questions over 60 departments and prints the
 * time and memory. Run with {@code mvn -Pbench verify} (see README).
 */
public final class ScoringBench {

  static final int RESPONSES = 50_000;
  static final int QUESTIONS = 40;
  static final int DEPARTMENTS = 60;
  static final int ROUNDS = 5;

  public static void main(String[] args) {
    MaturityModel model = model();
    List<Unit> units = units();
    List<Answers> answers = answers(model);
    ScoringModel scoring = new ScoringModel(model);
    MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    com.sun.management.ThreadMXBean threads =
        (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    long me = Thread.currentThread().getId();
    System.out.printf(
        "CEM Tracker scoring benchmark: %,d responses × %d questions over %d departments (k = 5)%n",
        RESPONSES, QUESTIONS, DEPARTMENTS);
    for (int round = 1; round <= ROUNDS; round++) {
      long allocatedBefore = threads.getThreadAllocatedBytes(me);
      long start = System.nanoTime();
      Cells cells = Cells.of(scoring, answers);
      long tallied = System.nanoTime();
      Results results = new ScoringEngine(scoring).results(units, cells, 5);
      long scored = System.nanoTime();
      long allocated = threads.getThreadAllocatedBytes(me) - allocatedBefore;
      System.out.printf(
          "round %d: tally answers into cells %7.1f ms | results from cells %6.2f ms | total %7.1f ms | "
              + "allocated %5.1f MiB | index %.2f, stage %d%n",
          round,
          (tallied - start) / 1e6,
          (scored - tallied) / 1e6,
          (scored - start) / 1e6,
          allocated / 1048576.0,
          results.cemIndex(),
          results.stage().number());
    }
    System.gc();
    System.out.printf(
        "heap in use with the %,d responses held in memory: %.1f MiB (max heap %.0f MiB)%n",
        RESPONSES,
        memory.getHeapMemoryUsage().getUsed() / 1048576.0,
        Runtime.getRuntime().maxMemory() / 1048576.0);
  }

  static MaturityModel model() {
    List<ScaleLevel> scale = new ArrayList<>();
    List<String> anchors = new ArrayList<>();
    for (int l = 1; l <= 5; l++) {
      scale.add(new ScaleLevel(l, "level " + l));
      anchors.add("anchor " + l);
    }
    List<Dimension> dimensions = new ArrayList<>();
    List<Question> questions = new ArrayList<>();
    for (int d = 0; d < 8; d++) {
      dimensions.add(new Dimension("d" + d, "Dimension " + d, "", 1));
      for (int q = 0; q < QUESTIONS / 8; q++) {
        questions.add(
            new Question("q" + d + "-" + q, "d" + d, "?", List.of(Tier.values()), anchors, 1));
      }
    }
    List<Stage> stages =
        List.of(
            new Stage(1, "Bolt-on CX", "", 0, null, null),
            new Stage(2, "Departmental CX", "", 20, null, null),
            new Stage(3, "Cross-functional CX", "", 40, null, null),
            new Stage(4, "Managed CEM", "", 60, 0.5, 20.0),
            new Stage(5, "CEM orientation", "", 80, 0.8, 10.0));
    return new MaturityModel(
        "bench", "1.0", "Bench", "", scale, 60, stages, dimensions, questions, List.of());
  }

  static List<Unit> units() {
    List<Unit> units = new ArrayList<>();
    for (int i = 0; i < DEPARTMENTS; i++) {
      String parent = i < 6 ? null : "u" + (i % 6);
      units.add(
          new Unit(
              "u" + i, parent, "Division " + (i % 6) + "/Department " + i, 50 + i * 7, i % 3 == 0));
    }
    return units;
  }

  static List<Answers> answers(MaturityModel model) {
    Random random = new Random(42);
    List<Answers> answers = new ArrayList<>(RESPONSES);
    for (int r = 0; r < RESPONSES; r++) {
      Map<String, Integer> levels = new HashMap<>();
      for (Question q : model.questions()) {
        if (random.nextInt(10) > 0) {
          levels.put(q.id(), 1 + random.nextInt(5));
        }
      }
      answers.add(
          new Answers("u" + random.nextInt(DEPARTMENTS), Tier.values()[random.nextInt(3)], levels));
    }
    return answers;
  }
}
