package org.cemtracker.organisation.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.cemtracker.base.Problem;
import org.cemtracker.base.ui.Confirm;
import org.cemtracker.base.ui.Tr;
import org.cemtracker.organisation.Department;
import org.cemtracker.organisation.DepartmentImport;
import org.cemtracker.organisation.DepartmentImport.JsonRow;
import org.cemtracker.organisation.DepartmentRow;

/**
 * Adds, edits, moves or removes one department. The change is applied to the whole tree (a renamed
 * department takes its sub-departments along) and saved as a replacement of the tree.
 */
class DepartmentDialog extends Dialog {

  DepartmentDialog(
      Department department, Consumer<List<DepartmentRow>> save, Supplier<List<Department>> tree) {
    setHeaderTitle(
        department == null
            ? getTranslation("organisation.department.addTitle")
            : getTranslation("organisation.department.editTitle", department.path()));
    TextField path = new TextField(getTranslation("organisation.department.path"));
    path.setHelperText(getTranslation("organisation.department.pathHelp"));
    path.setWidthFull();
    IntegerField headcount = new IntegerField(getTranslation("organisation.department.headcount"));
    headcount.setMin(0);
    Checkbox facing = new Checkbox(getTranslation("organisation.department.customerFacing"));
    if (department != null) {
      path.setValue(department.path());
      headcount.setValue(department.headcount());
      facing.setValue(department.customerFacing());
    }
    add(new FormLayout(path, headcount, facing));
    Button ok =
        new Button(
            getTranslation("organisation.department.save"),
            e -> {
              String newPath = DepartmentImport.normalisePath(path.getValue());
              if (newPath == null) {
                path.setErrorMessage(getTranslation("organisation.department.pathInvalid"));
                path.setInvalid(true);
                return;
              }
              if (headcount.getValue() == null || headcount.getValue() < 0) {
                headcount.setErrorMessage(
                    getTranslation("organisation.department.headcountInvalid"));
                headcount.setInvalid(true);
                return;
              }
              List<DepartmentRow> rows = new ArrayList<>();
              for (Department d : tree.get()) {
                if (department != null && d.id().equals(department.id())) {
                  continue;
                }
                String p = d.path();
                if (department != null && p.startsWith(department.path() + "/")) {
                  p = newPath + p.substring(department.path().length());
                }
                rows.add(new DepartmentRow(p, d.headcount(), d.customerFacing()));
              }
              rows.add(new DepartmentRow(newPath, headcount.getValue(), facing.getValue()));
              apply(save, rows, path);
            });
    ok.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    getFooter().add(new Button(getTranslation("organisation.department.cancel"), e -> close()));
    if (department != null) {
      Button remove =
          new Button(
              getTranslation("organisation.department.removeWithSubs"),
              e -> {
                List<DepartmentRow> rows =
                    tree.get().stream()
                        .filter(
                            d ->
                                !d.path().equals(department.path())
                                    && !d.path().startsWith(department.path() + "/"))
                        .map(d -> new DepartmentRow(d.path(), d.headcount(), d.customerFacing()))
                        .toList();
                int removed = tree.get().size() - rows.size();
                Confirm.ask(
                    "confirm-remove-department",
                    Tr.t("organisation.department.removeHeader", department.path()),
                    removed == 1
                        ? Tr.t("organisation.department.removeOne")
                        : removed == 2
                            ? Tr.t("organisation.department.removeWithOneSub")
                            : Tr.t(
                                "organisation.department.removeWithSubsText",
                                String.valueOf(removed - 1)),
                    Tr.t("organisation.department.remove"),
                    true,
                    () -> apply(save, rows, path));
              });
      remove.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
      getFooter().add(remove);
    }
    getFooter().add(ok);
  }

  private void apply(Consumer<List<DepartmentRow>> save, List<DepartmentRow> rows, TextField path) {
    try {
      save.accept(
          DepartmentImport.fromRows(
              rows.stream()
                  .map(r -> new JsonRow(r.path(), r.headcount(), r.customerFacing()))
                  .toList()));
      close();
    } catch (Problem problem) {
      path.setErrorMessage(
          problem.fields().isEmpty()
              ? problem.getMessage()
              : String.join("; ", problem.fields().values()));
      path.setInvalid(true);
    }
  }
}
