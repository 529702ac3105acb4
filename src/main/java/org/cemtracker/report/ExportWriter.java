package org.cemtracker.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.cemtracker.base.SafeText;

/**
 * Writes export tables as an XLSX workbook (Apache POI, one sheet a table) or as CSV (Apache
 * Commons CSV, UTF-8 with a byte order mark so spreadsheets read it right). Numbers stay numbers;
 * every text passes {@link SafeText}, so no cell runs as a formula.
 */
final class ExportWriter {

  private ExportWriter() {}

  static byte[] xlsx(List<Table> tables) {
    try (XSSFWorkbook workbook = new XSSFWorkbook();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      CellStyle header = workbook.createCellStyle();
      Font bold = workbook.createFont();
      bold.setBold(true);
      header.setFont(bold);
      for (Table table : tables) {
        Sheet sheet = workbook.createSheet(table.name());
        Row head = sheet.createRow(0);
        for (int c = 0; c < table.headers().size(); c++) {
          Cell cell = head.createCell(c);
          cell.setCellValue(SafeText.cell(table.headers().get(c)));
          cell.setCellStyle(header);
        }
        sheet.createFreezePane(0, 1);
        for (int r = 0; r < table.rows().size(); r++) {
          Row row = sheet.createRow(r + 1);
          List<Object> values = table.rows().get(r);
          for (int c = 0; c < values.size(); c++) {
            Object value = values.get(c);
            if (value instanceof Number number) {
              row.createCell(c).setCellValue(number.doubleValue());
            } else if (value != null) {
              row.createCell(c).setCellValue(SafeText.cell(value.toString()));
            }
          }
        }
        sheet.setColumnWidth(0, 36 * 256);
      }
      workbook.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException("the spreadsheet could not be written", e);
    }
  }

  static byte[] csv(Table table) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
    try (CSVPrinter printer =
        new CSVPrinter(
            new OutputStreamWriter(out, StandardCharsets.UTF_8),
            CSVFormat.DEFAULT
                .builder()
                .setHeader(table.headers().stream().map(SafeText::cell).toArray(String[]::new))
                .get())) {
      for (List<Object> row : table.rows()) {
        printer.printRecord(
            row.stream()
                .map(v -> v instanceof Number || v == null ? v : SafeText.cell(v.toString()))
                .toList());
      }
    } catch (IOException e) {
      throw new UncheckedIOException("the CSV could not be written", e);
    }
    return out.toByteArray();
  }
}
