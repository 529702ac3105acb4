package org.cemtracker.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.internet.MimeMessage;
import java.net.URL;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Invitations by e-mail reach a real SMTP server (GreenMail, in the test JVM), each with its own
 * link.
 */
@ExtendWith(ArquillianExtension.class)
class InvitationMailIT {

  @ArquillianResource URL base;

  @Test
  void everyInviteeGetsAMailWithTheirPersonalLink() throws Exception {
    Api api = new Api(base);
    String orgId = api.organisation("Mail org " + System.nanoTime(), 5, OrganisationApiIT.CSV);
    String campaignId = api.campaign(orgId, "cem-pulse", "Pulse");
    String suffix = System.nanoTime() + "@mail.example";
    List<String> emails = List.of("ada-" + suffix, "grace-" + suffix);

    List<String> urls =
        api.admin()
            .body(Map.of("departmentPath", "Sales", "tier", "STAFF", "emails", emails))
            .post("api/campaigns/" + campaignId + "/invitations")
            .then()
            .statusCode(201)
            .extract()
            .path("url");

    for (int i = 0; i < emails.size(); i++) {
      String email = emails.get(i);
      String url = urls.get(i);
      MimeMessage mail =
          Arrays.stream(Deployments.SMTP.getReceivedMessages())
              .filter(m -> recipient(m).equals(email))
              .findFirst()
              .orElseThrow(() -> new AssertionError("no mail to " + email));
      assertThat(mail.getSubject()).contains("Mail org");
      assertThat(mail.getFrom()[0].toString()).isEqualTo("surveys@cem.example");
      assertThat(mail.getContent().toString()).contains(url).contains("anonymous");
    }
  }

  private static String recipient(MimeMessage message) {
    try {
      return message.getAllRecipients()[0].toString();
    } catch (jakarta.mail.MessagingException e) {
      return "";
    }
  }
}
