package org.cemtracker.initiative.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.NumberField;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.cemtracker.base.Problem;
import org.cemtracker.base.ui.FieldErrors;
import org.cemtracker.initiative.InitiativeService;
import org.cemtracker.initiative.InitiativeService.Entry;
import org.cemtracker.initiative.Kpi;

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
    Div card = Cards.section("KPIs");
    List<Kpi> kpis = entry.initiative().kpis();
    if (kpis.isEmpty()) {
      card.add(Cards.note("No KPIs yet." + (entry.editable() ? " Add them with Edit." : "")));
    }
    for (Kpi kpi : kpis) {
      Div block = new Div();
      block.addClassName("kpi");
      Span name = new Span(kpi.name());
      name.addClassName("kpi-title");
      Span range =
          new Span(
              "baseline "
                  + number(kpi.baseline())
                  + " → target "
                  + number(kpi.target())
                  + (kpi.unit() == null ? "" : " " + kpi.unit())
                  + (kpi.progress() == null ? "" : " · " + kpi.progressInWords()));
      range.addClassName("kpi-range");
      block.add(new Div(name, range));
      if (kpi.measurements().isEmpty()) {
        block.add(Cards.note("No measurements yet."));
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
    return value == Math.rint(value) ? String.valueOf(value.longValue()) : String.valueOf(value);
  }

  private Component measurementForm(Kpi kpi) {
    DatePicker date = new DatePicker();
    date.setValue(LocalDate.now());
    date.setAriaLabel("Measured on");
    NumberField value = new NumberField();
    value.setPlaceholder("Value");
    value.addClassName("measurement-value");
    Button record =
        new Button(
            "Record",
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
