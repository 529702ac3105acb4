package org.cemtracker.organisation.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Arrays;
import java.util.List;
import java.util.function.Predicate;
import org.cemtracker.base.Problem;
import org.cemtracker.base.ui.Confirm;
import org.cemtracker.base.ui.Tr;
import org.cemtracker.organisation.Membership;
import org.cemtracker.organisation.OrganisationService;
import org.cemtracker.organisation.Role;

/** Who has which role in the organisation; consultants and HR add and remove people. */
class MembersPanel extends Div {

  private final OrganisationService organisations;
  private final String organisationId;
  private final Grid<OrganisationService.Member> grid = new Grid<>();

  MembersPanel(OrganisationService organisations, String organisationId) {
    this.organisations = organisations;
    this.organisationId = organisationId;
    addClassName("card");
    grid.addColumn(OrganisationService.Member::name)
        .setHeader(getTranslation("organisation.members.name"))
        .setAutoWidth(true);
    grid.addColumn(OrganisationService.Member::email)
        .setHeader(getTranslation("organisation.members.email"))
        .setAutoWidth(true);
    grid.addColumn(m -> label(m.membership().role()))
        .setHeader(getTranslation("organisation.members.role"))
        .setAutoWidth(true);
    grid.addColumn(m -> String.join(", ", m.membership().departmentPaths()))
        .setHeader(getTranslation("organisation.members.departments"));
    Predicate<Membership> removable = organisations.removable(organisationId);
    grid.addComponentColumn(
            m -> {
              if (!removable.test(m.membership())) {
                // their own membership, or a role above the caller's: not theirs to take away
                return new Span();
              }
              Button remove =
                  new Button(
                      getTranslation("organisation.members.remove"),
                      e ->
                          Confirm.ask(
                              "confirm-remove-member",
                              getTranslation("organisation.members.removeHeader", m.email()),
                              getTranslation("organisation.members.removeText"),
                              getTranslation("organisation.members.remove"),
                              true,
                              () -> {
                                organisations.removeMember(organisationId, m.membership().id());
                                refresh();
                              }));
              remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
              return remove;
            })
        .setFlexGrow(0)
        .setAutoWidth(true);
    grid.setAllRowsVisible(true);
    // only the roles this user may give (HR cannot make consultants)
    List<Role> grantable = organisations.grantableRoles(organisationId);
    if (grantable.isEmpty()) {
      Paragraph note = new Paragraph(getTranslation("organisation.members.readOnly"));
      note.addClassName("members-note");
      add(grid, note);
      refresh();
      return;
    }
    EmailField email = new EmailField(getTranslation("organisation.members.newEmail"));
    Select<Role> role = new Select<>();
    role.setLabel(getTranslation("organisation.members.role"));
    role.setId("member-role");
    role.setItems(grantable);
    role.setItemLabelGenerator(MembersPanel::label);
    role.setValue(grantable.contains(Role.LEADER) ? Role.LEADER : grantable.get(0));
    TextField departments = new TextField(getTranslation("organisation.members.newDepartments"));
    departments.setPlaceholder(getTranslation("organisation.members.departmentsPlaceholder"));
    Button add =
        new Button(
            getTranslation("organisation.members.add"),
            e -> {
              try {
                List<String> paths =
                    departments.isEmpty()
                        ? List.of()
                        : Arrays.stream(departments.getValue().split(","))
                            .map(String::trim)
                            .toList();
                organisations.addMember(
                    organisationId, email.getValue(), role.getValue().name(), paths);
                email.clear();
                departments.clear();
                refresh();
              } catch (Problem problem) {
                email.setInvalid(problem.fields().containsKey("email"));
                email.setErrorMessage(problem.fields().getOrDefault("email", problem.getMessage()));
                departments.setInvalid(problem.fields().containsKey("departmentPaths"));
                departments.setErrorMessage(problem.fields().get("departmentPaths"));
                if (problem.fields().isEmpty()) {
                  throw problem;
                }
              }
            });
    add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    HorizontalLayout form = new HorizontalLayout(email, role, departments, add);
    form.setAlignItems(com.vaadin.flow.component.orderedlayout.FlexComponent.Alignment.BASELINE);
    form.setWrap(true);
    add(grid, form);
    refresh();
  }

  static String label(Role role) {
    return Tr.t("organisation.role." + role.name());
  }

  private void refresh() {
    grid.setItems(organisations.members(organisationId));
  }
}
