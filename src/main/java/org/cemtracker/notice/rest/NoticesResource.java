package org.cemtracker.notice.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.OffsetDateTime;
import java.util.List;
import org.cemtracker.notice.Notice;
import org.cemtracker.notice.Notices;

/**
 * The signed-in user's notifications: {@code GET /api/notifications}, {@code POST
 * /api/notifications/{id}/read}, {@code POST /api/notifications/read} (all).
 */
@Path("notifications")
@Produces(MediaType.APPLICATION_JSON)
public class NoticesResource {

  @Inject Notices notices;

  public record NoticeView(
      String id, String text, String link, OffsetDateTime createdAt, boolean read) {
    static NoticeView of(Notice n) {
      return new NoticeView(n.id(), n.text(), n.link(), n.createdAt(), n.isRead());
    }
  }

  public record NoticeList(long unread, List<NoticeView> notifications) {}

  @GET
  public NoticeList list() {
    return new NoticeList(notices.unread(), notices.mine().stream().map(NoticeView::of).toList());
  }

  @POST
  @Path("{noticeId}/read")
  public void read(@PathParam("noticeId") String noticeId) {
    notices.read(noticeId);
  }

  @POST
  @Path("read")
  public void readAll() {
    notices.readAll();
  }
}
