package org.cemtracker.report;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * One table of an export: a name, its column headers and its rows. A cell is a {@link Number}
 * (written as a number), a text, or null (empty).
 */
public record Table(String name, List<String> headers, List<List<Object>> rows) {

  static Table of(String name, String... headers) {
    return new Table(name, List.of(headers), new ArrayList<>());
  }

  Table row(Object... cells) {
    rows.add(new ArrayList<>(Arrays.asList(cells)));
    return this;
  }
}
