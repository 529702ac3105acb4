package org.cemtracker.initiative.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.NumberField;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.cemtracker.base.Problem;
import org.cemtracker.base.ui.FieldErrors;
import org.cemtracker.base.ui.Tr;
import org.cemtracker.initiative.InitiativeService;
import org.cemtracker.initiative.InitiativeService.Entry;
import org.cemtracker.initiative.Kpi;
import org.cemtracker.initiative.Measurement;

/**
 * The KPIs of an initiative: each charted against its baseline and target, with a form to record a
 * value.
 */
final class KpisPanel {

  private final InitiativeService initiatives;
  private final Entry entry;
  private final String initiativeId;
  private final Runnable refresh;

  KpisPanel(InitiativeService initiatives, Entry entry, Runnable refresh) {
    this.initiatives = initiatives;
    this.entry = entry;
    this.initiativeId = entry.initiative().id();
    this.refresh = refresh;
  }

  Component build() {
    Div card = Cards.section(Tr.t("initiative.kpis.title"));
    List<Kpi> kpis = entry.initiative().kpis();
    if (kpis.isEmpty()) {
      card.add(
          Cards.note(
              Tr.t(entry.editable() ? "initiative.kpis.noneEditable" : "initiative.kpis.none")));
    }
    for (Kpi kpi : kpis) {
      Div block = new Div();
      block.addClassName("kpi");
      Span name = new Span(kpi.name());
      name.addClassName("kpi-title");
      Span range =
          new Span(
              Tr.t("initiative.kpis.range", number(kpi.baseline()), number(kpi.target()))
                  + (kpi.unit() == null ? "" : " " + kpi.unit())
                  + (kpi.progress() == null ? "" : " · " + progressInWords(kpi)));
      range.addClassName("kpi-range");
      block.add(new Div(name, range));
      if (kpi.measurements().isEmpty()) {
        block.add(Cards.note(Tr.t("initiative.kpis.noMeasurements")));
      } else {
        block.add(KpiChart.of(kpi));
      }
      if (entry.editable()) {
        block.add(measurementForm(kpi));
      }
      card.add(block);
    }
    return card;
  }

  private static String number(Double value) {
    if (value == null) {
      return "—";
    }
    return value == Math.rint(value)
        ? String.valueOf(value.longValue())
        : String.valueOf(value)
            .replace('.', DecimalFormatSymbols.getInstance(Tr.locale()).getDecimalSeparator());
  }

  /**
   * {@link Kpi#progressInWords} in the UI's language: "40 % of the way from baseline to target",
   * "target reached", "moving away from the target: 5 below the baseline".
   */
  private static String progressInWords(Kpi kpi) {
    Double progress = kpi.progress();
    if (progress == null) {
      return null;
    }
    if (progress >= 1) {
      return Tr.t("initiative.kpis.progress.reached");
    }
    if (progress < 0) {
      List<Measurement> values = kpi.measurements();
      double latest = values.get(values.size() - 1).value();
      String distance =
          new DecimalFormat("0.##", DecimalFormatSymbols.getInstance(Tr.locale()))
              .format(Math.abs(latest - kpi.baseline()));
      return Tr.t(
          latest < kpi.baseline()
              ? "initiative.kpis.progress.below"
              : "initiative.kpis.progress.above",
          distance);
    }
    return Tr.t(
        "initiative.kpis.progress.share", String.format(Locale.ENGLISH, "%.0f", progress * 100));
  }

  private Component measurementForm(Kpi kpi) {
    DatePicker date = new DatePicker();
    date.setValue(LocalDate.now());
    date.setAriaLabel(Tr.t("initiative.kpis.measuredOn"));
    NumberField value = new NumberField();
    value.setPlaceholder(Tr.t("initiative.kpis.value"));
    value.addClassName("measurement-value");
    Button record =
        new Button(
            Tr.t("initiative.kpis.record"),
            e -> {
              try {
                initiatives.measure(
                    initiativeId,
                    kpi.id(),
                    date.getValue() == null ? null : date.getValue().toString(),
                    value.getValue());
                refresh.run();
              } catch (Problem problem) {
                FieldErrors.show(problem, Map.of("date", date, "value", value));
              }
            });
    record.addClassName("record-measurement");
    HorizontalLayout form = new HorizontalLayout(date, value, record);
    form.setAlignItems(HorizontalLayout.Alignment.BASELINE);
    return form;
  }
}
