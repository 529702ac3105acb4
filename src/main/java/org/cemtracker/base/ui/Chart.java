package org.cemtracker.base.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.dependency.JavaScript;
import com.vaadin.flow.component.html.Div;

/**
 * An Apache ECharts chart. The library comes from its WebJar at run time, so Vaadin keeps its
 * pre-compiled front-end bundle; the options are ECharts' own JSON, built by the caller.
 */
@JavaScript("context://webjars/echarts/5.3.1/dist/echarts.min.js")
public class Chart extends Div {

  private String options = "{}";

  public Chart(String height) {
    addClassName("chart");
    setWidthFull();
    setHeight(height);
  }

  /** Sets the chart's ECharts options (a JSON object) and draws it. */
  public void setOptions(String json) {
    this.options = json;
    draw();
  }

  @Override
  protected void onAttach(AttachEvent attachEvent) {
    draw();
  }

  private void draw() {
    getElement()
        .executeJs(
            "const el = this; const draw = () => {"
                + " if (!window.echarts) { setTimeout(draw, 50); return; }"
                + " const chart = echarts.getInstanceByDom(el) || echarts.init(el);"
                + " chart.setOption(JSON.parse($0), true);"
                + " if (!el.__resizeHooked) { el.__resizeHooked = true; new ResizeObserver(() => chart.resize()).observe(el); }"
                + " el.setAttribute('data-rendered', 'true'); }; draw();",
            options);
  }
}
