package org.cemtracker.campaign.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.cemtracker.campaign.CampaignService;
import org.cemtracker.model.Tier;
import org.junit.jupiter.api.Test;

/** The invitation-links CSV neutralises formula-like texts, like every CSV the app writes. */
class InvitationCsvTest {

  @Test
  void aDepartmentOrAddressThatLooksLikeAFormulaIsWrittenAsText() {
    byte[] csv =
        InvitationPanel.csv(
            List.of(
                new CampaignService.IssuedLink(
                    "t", "https://cem.example/survey/t", "=cmd|'/c calc'!A1@x.org")),
            "=HYPERLINK(\"http://evil\")",
            Tier.STAFF);
    String text = new String(csv, StandardCharsets.UTF_8);

    assertThat(text).contains("'=HYPERLINK").contains("'=cmd|").doesNotContain(",=");
  }
}
