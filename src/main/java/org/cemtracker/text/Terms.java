package org.cemtracker.text;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.de.GermanAnalyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

/**
 * The terms of one comment: stems (Lucene's analyzer of the comment's language — English, German or
 * French, told by which language's stop words it uses most), each with the word it was written as.
 */
final class Terms {

  private static final Analyzer WORDS = new StandardAnalyzer(CharArraySet.EMPTY_SET);
  private static final Map<String, Analyzer> ANALYZERS = new LinkedHashMap<>();
  private static final Map<String, CharArraySet> STOP_WORDS = new LinkedHashMap<>();

  static {
    ANALYZERS.put("en", new EnglishAnalyzer());
    ANALYZERS.put("de", new GermanAnalyzer());
    ANALYZERS.put("fr", new FrenchAnalyzer());
    STOP_WORDS.put("en", EnglishAnalyzer.ENGLISH_STOP_WORDS_SET);
    STOP_WORDS.put("de", GermanAnalyzer.getDefaultStopSet());
    STOP_WORDS.put("fr", FrenchAnalyzer.getDefaultStopSet());
  }

  private Terms() {}

  /**
   * Words too common in comments on customer experience to tell one theme from another (the
   * customer, the department, the company), per language.
   */
  private static final Map<String, Set<String>> GENERIC =
      Map.of(
          "en",
          Set.of(
              "customer",
              "customers",
              "client",
              "clients",
              "department",
              "departments",
              "company",
              "organisation",
              "organization",
              "business",
              "people",
              "staff"),
          "de",
          Set.of("kunde", "kunden", "abteilung", "abteilungen", "unternehmen", "firma"),
          "fr",
          Set.of("client", "clients", "clientèle", "service", "services", "entreprise"));

  /**
   * The comment's language: the one whose stop words it uses most; {@code fallback} (the language
   * of all the comments together) when it uses none.
   */
  static String language(String text, String fallback) {
    String language = language(text);
    return language == null ? fallback : language;
  }

  /** The language whose stop words the text uses most, or null when it uses none. */
  static String language(String text) {
    Map<String, Integer> hits = new LinkedHashMap<>();
    STOP_WORDS.keySet().forEach(l -> hits.put(l, 0));
    analyse(
        WORDS,
        text,
        (word, surface) ->
            STOP_WORDS.forEach(
                (language, stops) -> {
                  if (stops.contains(word)) {
                    hits.merge(language, 1, Integer::sum);
                  }
                }));
    String best = null;
    for (Map.Entry<String, Integer> hit : hits.entrySet()) {
      if (hit.getValue() > 0 && (best == null || hit.getValue() > hits.get(best))) {
        best = hit.getKey();
      }
    }
    return best;
  }

  /**
   * The comment's stems, each with the word (lower case) it was first written as; stems shorter
   * than three letters, numbers and the generic words are left out.
   */
  static Map<String, String> of(String text, String fallback) {
    String language = language(text, fallback);
    Set<String> generic = GENERIC.get(language);
    Map<String, String> terms = new LinkedHashMap<>();
    analyse(
        ANALYZERS.get(language),
        text,
        (stem, surface) -> {
          String word = surface.toLowerCase(Locale.ROOT);
          if (stem.length() >= 3
              && !stem.chars().allMatch(Character::isDigit)
              && !generic.contains(word)) {
            terms.putIfAbsent(language + ":" + stem, word);
          }
        });
    return terms;
  }

  private interface Token {
    void accept(String term, String surface);
  }

  private static void analyse(Analyzer analyzer, String text, Token token) {
    try (TokenStream stream = analyzer.tokenStream("comment", text)) {
      CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
      OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
      stream.reset();
      while (stream.incrementToken()) {
        token.accept(term.toString(), text.substring(offset.startOffset(), offset.endOffset()));
      }
      stream.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
