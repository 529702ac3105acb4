package org.cemtracker.notice;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.cemtracker.account.CurrentCaller;
import org.cemtracker.base.Problem;

/**
 * Notifications (issue 16, item 5): features tell a user something ({@link #tell}); the signed-in
 * user reads their own, and marks them read. No one reads another's.
 */
@ApplicationScoped
@Transactional
public class Notices {

  /** The most notices listed at once. */
  public static final int LIMIT = 50;

  @Inject Event<Told> told;
  @Inject NoticeRepository notices;
  @Inject CurrentCaller caller;

  /**
   * Tells a user, once the caller's work commits (at once outside a transaction); a topic told
   * already goes no further (the watches notice the same things on every run).
   */
  public void tell(Told notice) {
    if (!notices.told(notice.userId(), notice.topic())) {
      told.fire(notice);
    }
  }

  /** The caller's notices, newest first. */
  public List<Notice> mine() {
    return notices.of(me(), LIMIT);
  }

  public long unread() {
    return notices.unread(me());
  }

  /** Marks one of the caller's notices read; 404 for one that is not theirs. */
  public void read(String noticeId) {
    Notice notice = noticeId == null ? null : notices.find(noticeId);
    if (notice == null || !notice.userId().equals(me())) {
      throw Problem.notFound("Notification " + noticeId);
    }
    notice.read(OffsetDateTime.now(ZoneOffset.UTC));
  }

  public void readAll() {
    notices.readAll(me(), OffsetDateTime.now(ZoneOffset.UTC));
  }

  private String me() {
    return caller.require().userId();
  }
}
