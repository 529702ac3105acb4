package org.cemtracker.campaign;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.cemtracker.campaign.SurveyService.Checked;
import org.cemtracker.campaign.SurveyService.Receipt;
import org.cemtracker.campaign.SurveyService.SurveyAnswers;

/**
 * Group commit of submissions on this node: each request checks its submission on its own thread
 * (reading the invitation, the campaign and the model, validating the answers: a bad one, or one
 * whose link was used, is answered at once), puts it in line and waits; one committer thread takes
 * everything in line (up to {@value #MOST}) and writes it in one transaction ({@link GroupCommit}),
 * then hands each its receipt. So a burst costs one commit per group, not one per submission, and
 * no receipt is given before its submission is committed. If a group fails as a whole, each of it
 * is committed alone, so one submission's failure is only its own.
 */
@ApplicationScoped
public class SubmitGroup {

  private static final Logger LOG = Logger.getLogger(SubmitGroup.class.getName());

  static final int MOST = 100;

  @Inject GroupCommit commits;
  @Inject SurveyService survey;
  @Resource ManagedThreadFactory threads;

  private final BlockingQueue<Waiting> line = new LinkedBlockingQueue<>();
  private volatile Thread committer;

  private record Waiting(Checked submission, CompletableFuture<Receipt> outcome) {}

  Receipt submit(String token, SurveyAnswers answers) {
    Checked checked = survey.check(token, answers);
    if (checked.earlier() != null) {
      return checked.earlier();
    }
    Waiting mine = new Waiting(checked, new CompletableFuture<>());
    startCommitter();
    line.add(mine);
    try {
      return mine.outcome().join();
    } catch (CompletionException e) {
      if (e.getCause() instanceof RuntimeException runtime) {
        throw runtime;
      }
      throw e;
    }
  }

  private void startCommitter() {
    Thread running = committer;
    if (running == null || !running.isAlive()) {
      startCommitterOnce();
    }
  }

  private synchronized void startCommitterOnce() {
    if (committer == null || !committer.isAlive()) {
      committer = threads.newThread(this::commitForever);
      committer.setName("cem-submit-committer");
      committer.setDaemon(true);
      committer.start();
    }
  }

  @PreDestroy
  synchronized void stop() {
    if (committer != null) {
      committer.interrupt();
    }
  }

  private void commitForever() {
    while (!Thread.currentThread().isInterrupted()) {
      List<Waiting> group = new ArrayList<>();
      try {
        group.add(line.take());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        break;
      }
      line.drainTo(group, MOST - 1);
      try {
        commitGroup(group);
      } catch (RuntimeException | Error e) {
        LOG.log(Level.SEVERE, "A group of submissions could not be committed", e);
      } finally {
        // never leave a request waiting on an outcome that will not come
        group.forEach(
            w ->
                w.outcome()
                    .completeExceptionally(
                        new IllegalStateException("the submission could not be committed")));
      }
    }
    line.forEach(
        w -> w.outcome().completeExceptionally(new IllegalStateException("shutting down")));
  }

  private void commitGroup(List<Waiting> group) {
    try {
      complete(group, commits.commit(group.stream().map(Waiting::submission).toList()));
    } catch (RuntimeException failed) {
      if (group.size() == 1) {
        group.get(0).outcome().completeExceptionally(failed);
        return;
      }
      for (Waiting w : group) {
        try {
          complete(List.of(w), commits.commit(List.of(w.submission())));
        } catch (RuntimeException alone) {
          w.outcome().completeExceptionally(alone);
        }
      }
    }
  }

  private static void complete(List<Waiting> group, List<Receipt> receipts) {
    for (int i = 0; i < group.size(); i++) {
      group.get(i).outcome().complete(receipts.get(i));
    }
  }
}
