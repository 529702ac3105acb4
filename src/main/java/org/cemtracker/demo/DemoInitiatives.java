package org.cemtracker.demo;

import java.util.List;
import org.cemtracker.initiative.InitiativeSeeding.Seed;
import org.cemtracker.initiative.InitiativeSeeding.SeedCheckIn;
import org.cemtracker.initiative.InitiativeSeeding.SeedKpi;
import org.cemtracker.initiative.InitiativeSeeding.SeedMilestone;
import org.cemtracker.initiative.InitiativeStatus;
import org.cemtracker.initiative.Rag;

/** The demo organisation's initiatives: a portfolio in every state, dated around today. */
final class DemoInitiatives {

  private DemoInitiatives() {}

  static final List<Seed> SEEDS =
      List.of(
          new Seed(
              "Customer stories at every board meeting",
              "Open each Executive Board meeting with one customer's story, told by the person who served them.",
              InitiativeStatus.IN_PROGRESS,
              List.of("leadership"),
              List.of("Executive Board"),
              -75,
              105,
              List.of(
                  new SeedMilestone("First story told", -60, true),
                  new SeedMilestone("Stories from every division", 20, false),
                  new SeedMilestone("Story archive shared company-wide", 90, false)),
              List.of(
                  new SeedKpi(
                      "Board meetings opening with a customer story",
                      "%",
                      0,
                      100,
                      List.of(25.0, 50.0, 75.0))),
              List.of(
                  new SeedCheckIn(
                      70,
                      Rag.GREEN,
                      "Kick-off with the board; first story from the Contact Centre."),
                  new SeedCheckIn(12, Rag.GREEN, "Three of four meetings opened with a story."))),
          new Seed(
              "Journey maps for the parcel lifecycle",
              "Map the customer's journey from booking to delivery and returns, with Warehousing and Transport in the room.",
              InitiativeStatus.APPROVED,
              List.of("journey", "interface"),
              List.of("Operations"),
              14,
              200,
              List.of(
                  new SeedMilestone("Workshop with Warehousing and Transport", 45, false),
                  new SeedMilestone("Journey map published", 120, false)),
              List.of(
                  new SeedKpi("Touchpoints with a named owner", "touchpoints", 4, 30, List.of())),
              List.of()),
          new Seed(
              "Close the loop with customers",
              "Call back every detractor within 48 hours and log the root cause.",
              InitiativeStatus.BLOCKED,
              List.of("measurement"),
              List.of("Customer Service/Contact Centre"),
              -120,
              40,
              List.of(
                  new SeedMilestone("Call-back script agreed", -90, true),
                  new SeedMilestone("CRM task queue live", -20, false)),
              List.of(
                  new SeedKpi(
                      "Detractors called back within 48 h",
                      "%",
                      12,
                      80,
                      List.of(18.0, 31.0, 36.0, 35.0))),
              List.of(
                  new SeedCheckIn(100, Rag.GREEN, "Pilot team calling back by hand."),
                  new SeedCheckIn(45, Rag.AMBER, "Volume too high without a task queue."),
                  new SeedCheckIn(
                      8,
                      Rag.RED,
                      "Waiting for the CRM integration; IT has it planned for next quarter."))),
          new Seed(
              "A service charter for the back office",
              "Finance, IT and HR each publish what their internal customers can expect of them, and measure it.",
              InitiativeStatus.PROPOSED,
              List.of("reach", "customer"),
              List.of("Finance", "IT", "HR"),
              60,
              240,
              List.of(),
              List.of(),
              List.of()),
          new Seed(
              "Name an executive owner for customer experience",
              "One member of the executive team accountable for customer experience across the organisation.",
              InitiativeStatus.DONE,
              List.of("leadership"),
              List.of(),
              -150,
              -30,
              List.of(new SeedMilestone("Owner announced", -40, true)),
              List.of(),
              List.of(new SeedCheckIn(35, Rag.GREEN, "Announced at the all-hands."))));
}
