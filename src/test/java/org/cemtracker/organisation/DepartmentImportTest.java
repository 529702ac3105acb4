package org.cemtracker.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.cemtracker.base.Problem;
import org.junit.jupiter.api.Test;

class DepartmentImportTest {

  @Test
  void readsCommaSeparatedLinesAndAddsMissingParents() {
    List<DepartmentRow> rows =
        DepartmentImport.fromCsv(
            """
        path,headcount,customerFacing
        Sales,120,true
        Operations/Logistics,40,false
        """);

    assertThat(rows)
        .containsExactly(
            new DepartmentRow("Operations", 0, false),
            new DepartmentRow("Operations/Logistics", 40, false),
            new DepartmentRow("Sales", 120, true));
  }

  @Test
  void acceptsAByteOrderMarkSemicolonsQuotesAndYesNo() {
    List<DepartmentRow> rows =
        DepartmentImport.fromCsv(
            "\uFEFFpath;headcount;customerFacing\r\n\"Service; Repairs\";7;yes\r\n \"Legal \" ; 3 ; no \r\n");

    assertThat(rows)
        .containsExactly(
            new DepartmentRow("Legal", 3, false), new DepartmentRow("Service; Repairs", 7, true));
  }

  @Test
  void normalisesSpacesInPaths() {
    assertThat(DepartmentImport.normalisePath(" Operations /  North   Region "))
        .isEqualTo("Operations/North Region");
    assertThat(DepartmentImport.normalisePath("Operations//North")).isNull();
  }

  @Test
  void namesEveryBadLineWithItsNumberAndReason() {
    assertThatThrownBy(
            () ->
                DepartmentImport.fromCsv(
                    """
        path,headcount,customerFacing
        Sales,120,true
        Sales,10,false
        ,5,true
        Service,-3,maybe
        """))
        .isInstanceOfSatisfying(
            Problem.class,
            p -> {
              assertThat(p.status()).isEqualTo(400);
              assertThat(p.fields()).containsOnlyKeys("line 3", "line 4", "line 5");
              assertThat(p.fields().get("line 3")).contains("Sales appears twice");
              assertThat(p.fields().get("line 4")).contains("path must be");
              assertThat(p.fields().get("line 5"))
                  .contains("headcount must be a whole number")
                  .contains("customerFacing must be true or false");
            });
  }

  @Test
  void refusesAWrongHeader() {
    assertThatThrownBy(() -> DepartmentImport.fromCsv("name,size\nSales,3\n"))
        .isInstanceOfSatisfying(
            Problem.class,
            p -> assertThat(p.fields().get("header")).contains("path,headcount,customerFacing"));
  }

  @Test
  void refusesAFileWithoutDepartments() {
    assertThatThrownBy(() -> DepartmentImport.fromCsv("path,headcount,customerFacing\n"))
        .isInstanceOfSatisfying(Problem.class, p -> assertThat(p.fields()).containsKey("body"));
  }

  @Test
  void readsJsonRowsWithTheSameRules() {
    assertThat(DepartmentImport.fromRows(List.of(new DepartmentImport.JsonRow("Sales", 12, true))))
        .containsExactly(new DepartmentRow("Sales", 12, true));
    assertThatThrownBy(
            () ->
                DepartmentImport.fromRows(List.of(new DepartmentImport.JsonRow("Sales", -1, null))))
        .isInstanceOfSatisfying(Problem.class, p -> assertThat(p.fields()).containsKey("[0]"));
  }

  @Test
  void anUnclosedQuoteIsNamedInWordsNotByTheParsersException() {
    assertThatThrownBy(
            () -> DepartmentImport.fromCsv("path,headcount,customerFacing\n\"Sales,3,true\n"))
        .isInstanceOfSatisfying(
            Problem.class,
            p ->
                assertThat(p.fields().get("body"))
                    .isEqualTo(
                        "not readable as CSV: a quoted field is not closed (it starts on line 2)"));
  }
}
