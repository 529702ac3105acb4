package org.cemtracker.organisation;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.cemtracker.base.Problem;
import org.cemtracker.base.StoredText;

/**
 * Reads a department tree from CSV ({@code path,headcount,customerFacing}; UTF-8 with or without a
 * byte-order mark; comma or semicolon; quoted fields) or from rows already parsed from JSON. All or
 * nothing: every bad line is named with its number and reason, and nothing is kept. Missing parents
 * ({@code Operations} for {@code Operations/Logistics}) are added with headcount 0.
 */
public final class DepartmentImport {

  public static final int MAX_ROWS = 5000;
  public static final int MAX_PATH = 1000;
  static final int MAX_HEADCOUNT = 10_000_000;

  private DepartmentImport() {}

  public static List<DepartmentRow> fromCsv(String text) {
    String csv = text.startsWith("\uFEFF") ? text.substring(1) : text;
    String header = csv.lines().findFirst().orElse("");
    char delimiter = header.contains(";") && !header.contains(",") ? ';' : ',';
    CSVFormat format =
        CSVFormat.DEFAULT
            .builder()
            .setDelimiter(delimiter)
            .setHeader()
            .setSkipHeaderRecord(true)
            .setIgnoreSurroundingSpaces(true)
            .setIgnoreEmptyLines(true)
            .setTrim(true)
            .get();
    Map<String, String> errors = new LinkedHashMap<>();
    List<Raw> raws = new ArrayList<>();
    try (CSVParser parser =
        CSVParser.builder().setReader(new StringReader(csv)).setFormat(format).get()) {
      Map<String, String> columns = columns(parser.getHeaderNames(), errors);
      if (!errors.isEmpty()) {
        throw Problem.invalid(errors);
      }
      for (CSVRecord record : parser) {
        long line = parser.getCurrentLineNumber();
        if (raws.size() >= MAX_ROWS) {
          throw Problem.invalid("body", "at most " + MAX_ROWS + " departments per import");
        }
        raws.add(
            new Raw(
                "line " + line,
                get(record, columns.get("path")),
                get(record, columns.get("headcount")),
                get(record, columns.get("customerfacing"))));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (IllegalStateException | IllegalArgumentException | UncheckedIOException e) {
      throw Problem.invalid("body", "not readable as CSV: " + reason(e));
    }
    return validate(raws);
  }

  /** A department as a JSON body gives it: each field of its declared JSON type. */
  public record JsonRow(String path, Integer headcount, Boolean customerFacing) {}

  /** Rows from a JSON body; {@code where} names each for errors, e.g. {@code [3]}. */
  public static List<DepartmentRow> fromRows(List<JsonRow> rows) {
    if (rows.size() > MAX_ROWS) {
      throw Problem.invalid("body", "at most " + MAX_ROWS + " departments per import");
    }
    List<Raw> raws = new ArrayList<>();
    for (int i = 0; i < rows.size(); i++) {
      JsonRow row = rows.get(i) == null ? new JsonRow(null, null, null) : rows.get(i);
      raws.add(
          new Raw("[" + i + "]", row.path(), text(row.headcount()), text(row.customerFacing())));
    }
    return validate(raws);
  }

  /** The parser's own words, without the name of its exception: "(line 2) a quote is open…". */
  private static String reason(Exception e) {
    Throwable root = e;
    while (root.getCause() != null) {
      root = root.getCause();
    }
    String message = root.getMessage() == null ? "" : root.getMessage();
    if (message.contains("EOF reached before encapsulated token finished")) {
      Matcher start = Pattern.compile("startline (\\d+)").matcher(message);
      return "a quoted field is not closed"
          + (start.find() ? " (it starts on line " + start.group(1) + ")" : "");
    }
    return message.replaceAll("[a-z]+(\\.[a-z]+)+\\.[A-Z]\\w*: ", "");
  }

  private record Raw(String where, String path, String headcount, String customerFacing) {}

  private static Map<String, String> columns(List<String> header, Map<String, String> errors) {
    Map<String, String> columns = new LinkedHashMap<>();
    for (String name : header) {
      columns.put(name.trim().toLowerCase(Locale.ROOT).replace("_", "").replace(" ", ""), name);
    }
    for (String required : List.of("path", "headcount", "customerfacing")) {
      if (!columns.containsKey(required)) {
        errors.put(
            "header",
            "the first line must name the columns path,headcount,customerFacing; found "
                + String.join(",", header));
        break;
      }
    }
    return columns;
  }

  private static String get(CSVRecord record, String column) {
    return record.isMapped(column) && record.isSet(column) ? record.get(column) : null;
  }

  private static String text(Object value) {
    return value == null ? null : value.toString();
  }

  private static List<DepartmentRow> validate(List<Raw> raws) {
    Map<String, String> errors = new LinkedHashMap<>();
    Map<String, DepartmentRow> rows = new LinkedHashMap<>();
    for (Raw raw : raws) {
      List<String> wrong = new ArrayList<>();
      String path = normalisePath(raw.path());
      if (raw.path() != null && StoredText.wrong(raw.path()) != null) {
        wrong.add("path " + StoredText.wrong(raw.path()));
      } else if (path == null) {
        wrong.add("path must be names separated by /, like Operations/Logistics");
      } else if (path.length() > MAX_PATH) {
        wrong.add("path is longer than " + MAX_PATH + " characters");
      } else if (rows.containsKey(path)) {
        wrong.add("path " + path + " appears twice");
      }
      Integer headcount = headcount(raw.headcount());
      if (headcount == null) {
        wrong.add(
            "headcount must be a whole number from 0 to "
                + MAX_HEADCOUNT
                + ", not '"
                + nullToEmpty(raw.headcount())
                + "'");
      }
      Boolean facing = flag(raw.customerFacing());
      if (facing == null) {
        wrong.add(
            "customerFacing must be true or false (or yes/no), not '"
                + nullToEmpty(raw.customerFacing())
                + "'");
      }
      if (!wrong.isEmpty()) {
        errors.put(raw.where(), String.join("; ", wrong));
      } else {
        rows.put(path, new DepartmentRow(path, headcount, facing));
      }
    }
    if (!errors.isEmpty()) {
      throw Problem.invalid(errors);
    }
    if (rows.isEmpty()) {
      throw Problem.invalid("body", "no departments: give at least one line after the header");
    }
    return withParents(rows);
  }

  private static List<DepartmentRow> withParents(Map<String, DepartmentRow> rows) {
    Map<String, DepartmentRow> all = new LinkedHashMap<>();
    for (DepartmentRow row : rows.values()) {
      for (String parent = Department.parentPath(row.path());
          parent != null;
          parent = Department.parentPath(parent)) {
        if (!rows.containsKey(parent)) {
          all.putIfAbsent(parent, new DepartmentRow(parent, 0, false));
        }
      }
      all.put(row.path(), row);
    }
    return all.values().stream()
        .sorted(java.util.Comparator.comparing(DepartmentRow::path))
        .toList();
  }

  public static String normalisePath(String path) {
    if (path == null || path.isBlank()) {
      return null;
    }
    String[] parts = path.split("/", -1);
    StringBuilder normal = new StringBuilder();
    for (String part : parts) {
      String name = part.trim().replaceAll("\\s+", " ");
      if (name.isEmpty()) {
        return null;
      }
      if (normal.length() > 0) {
        normal.append('/');
      }
      normal.append(name);
    }
    return normal.toString();
  }

  private static Integer headcount(String value) {
    try {
      int n = Integer.parseInt(nullToEmpty(value).trim());
      return n < 0 || n > MAX_HEADCOUNT ? null : n;
    } catch (NumberFormatException e) {
      return null;
    }
  }

  private static Boolean flag(String value) {
    return switch (nullToEmpty(value).trim().toLowerCase(Locale.ROOT)) {
      case "true", "yes", "y", "1" -> Boolean.TRUE;
      case "false", "no", "n", "0" -> Boolean.FALSE;
      default -> null;
    };
  }

  private static String nullToEmpty(String value) {
    return value == null ? "" : value;
  }
}
