package org.cemtracker.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.avatar.Avatar;
import com.vaadin.flow.component.contextmenu.MenuItem;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.menubar.MenuBarVariant;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.router.RouteData;
import com.vaadin.flow.server.auth.AccessAnnotationChecker;
import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.Comparator;

/**
 * The frame of every signed-in page: brand, navigation built from the views' {@code @Menu}
 * annotations (only those the user may open; their titles are text keys), the current page's title
 * (from {@link HasDynamicTitle}) and the user menu.
 */
@Layout
@PermitAll
@Dependent
public class MainLayout extends AppLayout implements AfterNavigationObserver {

  private final H1 pageTitle = new H1();

  @Inject
  public MainLayout(UserMenu user, Instance<NavbarItem> items) {
    setPrimarySection(Section.DRAWER);
    addClassName("main-layout");
    pageTitle.addClassName("page-title");
    DrawerToggle toggle = new DrawerToggle();
    toggle.setAriaLabel(getTranslation("base.layout.menu"));
    Div spacer = new Div();
    spacer.addClassName("navbar-spacer");
    Header header = new Header(toggle, pageTitle, spacer);
    items.forEach(item -> item.item().ifPresent(header::add));
    header.add(userMenu(user));
    header.addClassName("navbar-content");
    addToNavbar(header);
    Nav drawer = new Nav(brand(), navigation(), footer());
    drawer.getElement().setAttribute("aria-label", getTranslation("base.layout.main"));
    addToDrawer(drawer);
  }

  /** The view is the page's main landmark, so that assistive technology can jump to it. */
  @Override
  public void showRouterLayoutContent(HasElement content) {
    super.showRouterLayoutContent(content);
    if (content != null) {
      content.getElement().setAttribute("role", "main");
    }
  }

  private static Component brand() {
    Image logo = new Image("icons/cem-tracker.svg", "");
    logo.addClassName("brand-logo");
    Span name = new Span("CEM Tracker");
    name.addClassName("brand-name");
    Span tagline = new Span(Tr.t("base.brand.tagline"));
    tagline.addClassName("brand-tagline");
    Div words = new Div(name, tagline);
    Div brand = new Div(logo, words);
    brand.addClassName("brand");
    return brand;
  }

  private static SideNav navigation() {
    SideNav nav = new SideNav();
    nav.addClassName("main-nav");
    AccessAnnotationChecker access = new AccessAnnotationChecker();
    RouteConfiguration.forApplicationScope().getAvailableRoutes().stream()
        .filter(route -> route.getNavigationTarget().isAnnotationPresent(Menu.class))
        .filter(route -> access.hasAccess(route.getNavigationTarget()))
        .sorted(
            Comparator.comparingDouble(
                route -> route.getNavigationTarget().getAnnotation(Menu.class).order()))
        .forEach(route -> nav.addItem(item(route)));
    return nav;
  }

  private static SideNavItem item(RouteData route) {
    Menu menu = route.getNavigationTarget().getAnnotation(Menu.class);
    SideNavItem item = new SideNavItem(Tr.t(menu.title()), "/" + route.getTemplate());
    if (menu.icon().contains(":")) {
      String[] icon = menu.icon().split(":", 2);
      item.setPrefixComponent(new Icon(icon[0], icon[1]));
    }
    return item;
  }

  private static Component footer() {
    Span version = new Span(Tr.t("base.layout.footer"));
    version.addClassName("drawer-footer");
    return version;
  }

  private static Component userMenu(UserMenu user) {
    Avatar avatar = new Avatar(user.name());
    avatar.addClassName("user-avatar");
    Span name = new Span(user.name());
    name.addClassName("user-name");
    Div trigger = new Div(avatar, name);
    trigger.addClassName("user-trigger");
    MenuBar bar = new MenuBar();
    bar.addThemeVariants(MenuBarVariant.LUMO_TERTIARY_INLINE);
    bar.setId("user-menu");
    MenuItem root = bar.addItem(trigger);
    MenuItem who = root.getSubMenu().addItem(user.email());
    who.setEnabled(false);
    root.getSubMenu()
        .addItem(
            Tr.t("base.user.account"),
            e -> e.getSource().getUI().ifPresent(ui -> ui.navigate(user.accountRoute())));
    root.getSubMenu().addItem(Tr.t("base.user.signOut"), e -> user.signOut()).setId("sign-out");
    return bar;
  }

  @Override
  public void afterNavigation(AfterNavigationEvent event) {
    pageTitle.setText(getContent() instanceof HasDynamicTitle titled ? titled.getPageTitle() : "");
  }
}
