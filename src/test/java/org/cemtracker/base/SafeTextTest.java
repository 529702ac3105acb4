package org.cemtracker.base;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SafeTextTest {

  @Test
  void aTextThatASpreadsheetWouldRunIsWrittenAsText() {
    for (String formula :
        new String[] {"=1+1", "+1", "-2+3", "@SUM(A1)", "\tcmd", "\rcmd", "=HYPERLINK(\"x\")"}) {
      assertThat(SafeText.cell(formula)).isEqualTo("'" + formula);
    }
  }

  @Test
  void anyOtherTextIsLeftAsItIs() {
    assertThat(SafeText.cell("Sales/Key Accounts")).isEqualTo("Sales/Key Accounts");
    assertThat(SafeText.cell("a=b")).isEqualTo("a=b");
    assertThat(SafeText.cell("")).isEmpty();
    assertThat(SafeText.cell(null)).isNull();
  }
}
