package org.cemtracker.demo;

import java.util.List;
import java.util.Map;
import java.util.Random;

/** What demo respondents write beside their answers, by dimension: a few themes each. */
final class DemoComments {

  private DemoComments() {}

  private static final Map<String, List<String>> BY_DIMENSION =
      Map.of(
          "leadership",
          List.of(
              "The board talks about customers, but budgets still follow the old priorities.",
              "Our CEO opens every town hall with a customer story now.",
              "Customer goals are not in my manager's targets.",
              "Strategy documents mention CX, but nobody owns it at board level."),
          "reach",
          List.of(
              "Back-office teams never hear what customers say.",
              "We in finance do not see how our work affects customers.",
              "Only the customer service team is measured on satisfaction.",
              "Warehousing only hears from customers when something has gone wrong."),
          "customer",
          List.of(
              "We survey customers once a year and nothing changes afterwards.",
              "Sales knows the key accounts well, the rest of us guess.",
              "Nobody has shown us who our customers actually are."),
          "journey",
          List.of(
              "Handovers between sales and operations lose information every time.",
              "Delivery updates to customers are still sent by hand.",
              "Nobody owns the journey from order to delivery end to end."),
          "platform",
          List.of(
              "Our systems do not share customer data between departments.",
              "The CRM is only used by sales.",
              "We need one customer record instead of five spreadsheets."),
          "measurement",
          List.of(
              "NPS is reported monthly but never discussed in our team.",
              "We measure calls handled, not problems solved.",
              "Loyalty is not measured at all outside key accounts."));

  /** Now and then a comment on one of the questions answered, in the question's dimension. */
  static Map<String, String> some(
      Map<String, Integer> answers, Map<String, String> dimensionOf, Random random) {
    if (answers.isEmpty() || random.nextInt(100) >= 30) {
      return Map.of();
    }
    List<String> questions = answers.keySet().stream().sorted().toList();
    String question = questions.get(random.nextInt(questions.size()));
    List<String> texts = BY_DIMENSION.get(dimensionOf.get(question));
    return texts == null ? Map.of() : Map.of(question, texts.get(random.nextInt(texts.size())));
  }
}
