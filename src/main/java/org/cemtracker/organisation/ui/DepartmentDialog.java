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
    setHeaderTitle(department == null ? "Add department" : "Edit " + department.path());
    TextField path = new TextField("Path");
    path.setHelperText("Names separated by /, e.g. Operations/Logistics");
    path.setWidthFull();
    IntegerField headcount = new IntegerField("Headcount (own, not sub-departments')");
    headcount.setMin(0);
    Checkbox facing = new Checkbox("Customer-facing");
    if (department != null) {
      path.setValue(department.path());
      headcount.setValue(department.headcount());
      facing.setValue(department.customerFacing());
    }
    add(new FormLayout(path, headcount, facing));
    Button ok =
        new Button(
            "Save",
            e -> {
              String newPath = DepartmentImport.normalisePath(path.getValue());
              if (newPath == null) {
                path.setErrorMessage("Names separated by /");
                path.setInvalid(true);
                return;
              }
              if (headcount.getValue() == null || headcount.getValue() < 0) {
                headcount.setErrorMessage("A whole number, 0 or more");
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
    getFooter().add(new Button("Cancel", e -> close()));
    if (department != null) {
      Button remove =
          new Button(
              "Remove with sub-departments",
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
                    "Remove " + department.path() + "?",
                    (removed == 1
                            ? "The department is removed"
                            : "The department and its "
                                + (removed - 1)
                                + (removed == 2 ? " sub-department are" : " sub-departments are")
                                + " removed")
                        + " from the tree. Campaigns already opened keep the tree they froze.",
                    "Remove",
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
