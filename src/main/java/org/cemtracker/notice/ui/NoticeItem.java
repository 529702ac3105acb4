package org.cemtracker.notice.ui;

import com.vaadin.flow.component.Component;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.util.Optional;
import org.cemtracker.account.CurrentCaller;
import org.cemtracker.base.ui.NavbarItem;
import org.cemtracker.notice.Notices;

/** The notifications in the top bar, for whoever is signed in. */
@Dependent
public class NoticeItem implements NavbarItem {

  @Inject Notices notices;
  @Inject CurrentCaller caller;

  @Override
  public Optional<Component> item() {
    return caller.identity().isEmpty() ? Optional.empty() : Optional.of(new NoticeBell(notices));
  }
}
