/* test-window.c
 *
 * SPDX-FileCopyrightText: 2026 The Calf Check authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "calf-test-window"

#include "config.h"

#include <string.h>

#include "calf-application.h"
#include "calf-window.h"
#include "calf-test-utils.h"

/* One application for the whole program, as in the real app. The tests
 * run in the order they are added and share it. */
static CalfApplication *app;

static CalfWindow *
get_window (void)
{
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (app));

  g_assert_true (CALF_IS_WINDOW (window));
  return CALF_WINDOW (window);
}

static void
test_window_opens (void)
{
  CalfWindow *window = get_window ();
  g_autoptr(GdkTexture) texture = NULL;
  GtkStack *stack;

  calf_test_wait_for_frame (GTK_WIDGET (window));

  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (window)));
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (window)), ==, "Calf Check");
  g_assert_true (gtk_window_get_application (GTK_WINDOW (window)) == GTK_APPLICATION (app));

  stack = GTK_STACK (gtk_widget_get_template_child (GTK_WIDGET (window), CALF_TYPE_WINDOW, "main_stack"));
  g_assert_nonnull (stack);
  /* Started normally: not on the error page (e.g. the database loaded). */
  if (g_strcmp0 (gtk_stack_get_visible_child_name (stack), "error") == 0)
    {
      AdwStatusPage *error_page = ADW_STATUS_PAGE (gtk_widget_get_template_child (GTK_WIDGET (window),
                                                                                  CALF_TYPE_WINDOW,
                                                                                  "error_page"));
      g_error ("The window opened on its error page: %s: %s",
               adw_status_page_get_title (error_page),
               adw_status_page_get_description (error_page));
    }

  /* It draws: the rendering is not blank. */
  texture = calf_test_render_widget (GTK_WIDGET (window));
  g_assert_cmpint (gdk_texture_get_width (texture), ==, gtk_widget_get_width (GTK_WIDGET (window)));
  g_assert_cmpuint (calf_test_texture_n_pixels_differing (texture), >, 1000);

  /* Without librsvg (about 7 MB): the window icon comes from its 48 px
   * PNG, the error page's icon is loaded when it is shown, and the line
   * drawings are CalfSketch's. (Where the icon theme's own symbolic icons
   * are SVG only, as in GNOME 48's, GTK 4.18 loads librsvg for them.) */
  {
    GtkIconTheme *theme = gtk_icon_theme_get_for_display (gdk_display_get_default ());
    g_autoptr(GtkIconPaintable) app_icon = NULL;
    g_autoptr(GtkIconPaintable) menu_icon = NULL;
    g_autoptr(GFile) app_file = NULL;
    g_autoptr(GFile) menu_file = NULL;
    g_autofree char *app_uri = NULL;
    g_autofree char *menu_uri = NULL;
    g_autofree char *maps = NULL;

    app_icon = gtk_icon_theme_lookup_icon (theme, APPLICATION_ID, NULL, 48, 1, GTK_TEXT_DIR_LTR, 0);
    app_file = gtk_icon_paintable_get_file (app_icon);
    g_assert_nonnull (app_file);
    app_uri = g_file_get_uri (app_file);
    g_assert_true (g_str_has_suffix (app_uri, "/48x48/apps/" APPLICATION_ID ".png"));

    menu_icon = gtk_icon_theme_lookup_icon (theme, "open-menu-symbolic", NULL, 16, 1, GTK_TEXT_DIR_LTR, 0);
    menu_file = gtk_icon_paintable_get_file (menu_icon);
    menu_uri = menu_file != NULL ? g_file_get_uri (menu_file) : NULL;
    g_assert_true (g_file_get_contents ("/proc/self/maps", &maps, NULL, NULL));
    if (menu_uri != NULL && g_str_has_suffix (menu_uri, ".png"))
      g_assert_null (strstr (maps, "librsvg"));
    else
      g_test_message ("The icon theme's symbolic icons are SVG (%s): GTK loads librsvg for them",
                      menu_uri ? menu_uri : "none");
  }
}

static void
check_menu_actions (GMenuModel *model,
                    GPtrArray  *seen)
{
  int n = g_menu_model_get_n_items (model);

  for (int i = 0; i < n; i++)
    {
      g_autoptr(GMenuModel) section = NULL;
      g_autofree char *action = NULL;
      GActionGroup *group;
      const char *name;

      section = g_menu_model_get_item_link (model, i, G_MENU_LINK_SECTION);
      if (section != NULL)
        {
          check_menu_actions (section, seen);
          continue;
        }

      g_assert_true (g_menu_model_get_item_attribute (model, i, G_MENU_ATTRIBUTE_ACTION, "s", &action));

      if (g_str_has_prefix (action, "app."))
        group = G_ACTION_GROUP (app);
      else if (g_str_has_prefix (action, "win."))
        group = G_ACTION_GROUP (get_window ());
      else
        g_assert_not_reached ();

      name = strchr (action, '.') + 1;
      g_test_message ("Menu item action %s", action);
      g_assert_true (g_action_group_has_action (group, name));
      /* An item that only applies to an assessment hides itself until
       * then; every other item works at once. */
      {
        g_autofree char *hidden_when = NULL;

        if (!g_menu_model_get_item_attribute (model, i, "hidden-when", "s", &hidden_when) ||
            g_strcmp0 (hidden_when, "action-disabled") != 0)
          g_assert_true (g_action_group_get_action_enabled (group, name));
      }

      g_ptr_array_add (seen, g_steal_pointer (&action));
    }
}

static GtkMenuButton *
find_primary_menu_button (GtkWidget *widget)
{
  if (GTK_IS_MENU_BUTTON (widget) && gtk_menu_button_get_primary (GTK_MENU_BUTTON (widget)))
    return GTK_MENU_BUTTON (widget);

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkMenuButton *found = find_primary_menu_button (child);

      if (found != NULL)
        return found;
    }

  return NULL;
}

static void
assert_accel (const char *action,
              const char *accel)
{
  g_auto(GStrv) accels = gtk_application_get_accels_for_action (GTK_APPLICATION (app), action);

  g_assert_nonnull (accels);
  g_assert_true (g_strv_contains ((const char * const *) accels, accel));
}

static void
test_window_menu_actions (void)
{
  g_autoptr(GPtrArray) seen = g_ptr_array_new_with_free_func (g_free);
  GtkMenuButton *button;
  GMenuModel *model;

  button = find_primary_menu_button (GTK_WIDGET (get_window ()));
  g_assert_nonnull (button);

  model = gtk_menu_button_get_menu_model (button);
  g_assert_nonnull (model);

  check_menu_actions (model, seen);
  g_assert_true (g_ptr_array_find_with_equal_func (seen, "win.show-help-overlay", g_str_equal, NULL));
  g_assert_true (g_ptr_array_find_with_equal_func (seen, "app.about", g_str_equal, NULL));

  g_assert_true (g_action_group_has_action (G_ACTION_GROUP (app), "quit"));

  assert_accel ("app.quit", "<Control>q");
  assert_accel ("window.close", "<Control>w");
  assert_accel ("win.show-help-overlay", "<Control>question");
}

static gboolean
toplevel_mapped (gpointer user_data)
{
  GtkWindow *window = calf_test_find_toplevel (GPOINTER_TO_SIZE (user_data));

  return window != NULL && gtk_widget_get_mapped (GTK_WIDGET (window));
}

static gboolean
toplevel_gone (gpointer user_data)
{
  return calf_test_find_toplevel (GPOINTER_TO_SIZE (user_data)) == NULL;
}

static void
test_window_about (void)
{
  AdwAboutWindow *about;

  g_assert_null (calf_test_find_toplevel (ADW_TYPE_ABOUT_WINDOW));

  g_action_group_activate_action (G_ACTION_GROUP (app), "about", NULL);
  calf_test_wait_for (toplevel_mapped, GSIZE_TO_POINTER (ADW_TYPE_ABOUT_WINDOW), 10000);

  about = ADW_ABOUT_WINDOW (calf_test_find_toplevel (ADW_TYPE_ABOUT_WINDOW));
  g_assert_cmpstr (adw_about_window_get_application_name (about), ==, "Calf Check");
  g_assert_cmpstr (adw_about_window_get_version (about), ==, PACKAGE_VERSION);
  g_assert_cmpint (adw_about_window_get_license_type (about), ==, GTK_LICENSE_GPL_3_0);
  g_assert_cmpstr (adw_about_window_get_website (about), ==, "https://github.com/calfcheck/calf-check");
  g_assert_nonnull (strstr (adw_about_window_get_comments (about), "not a diagnosis"));
  g_assert_true (gtk_window_get_transient_for (GTK_WINDOW (about)) == GTK_WINDOW (get_window ()));

  calf_test_wait_for_frame (GTK_WIDGET (about));
  g_free (calf_test_save_screenshot (GTK_WIDGET (about), "about"));

  gtk_window_close (GTK_WINDOW (about));
  calf_test_wait_for (toplevel_gone, GSIZE_TO_POINTER (ADW_TYPE_ABOUT_WINDOW), 10000);
}

static void
test_window_shortcuts (void)
{
  GtkWindow *shortcuts;

  g_assert_nonnull (gtk_application_window_get_help_overlay (GTK_APPLICATION_WINDOW (get_window ())));

  g_action_group_activate_action (G_ACTION_GROUP (get_window ()), "show-help-overlay", NULL);
  calf_test_wait_for (toplevel_mapped, GSIZE_TO_POINTER (GTK_TYPE_SHORTCUTS_WINDOW), 10000);

  shortcuts = calf_test_find_toplevel (GTK_TYPE_SHORTCUTS_WINDOW);
  calf_test_wait_for_frame (GTK_WIDGET (shortcuts));
  g_free (calf_test_save_screenshot (GTK_WIDGET (shortcuts), "shortcuts"));

  /* The help overlay is kept by its window; hiding it is how it closes. */
  gtk_widget_set_visible (GTK_WIDGET (shortcuts), FALSE);
  g_assert_false (gtk_widget_get_mapped (GTK_WIDGET (shortcuts)));
}

static void
test_window_error_page (void)
{
  CalfWindow *window = get_window ();
  g_autofree char *previous = NULL;
  AdwStatusPage *page;
  GtkStack *stack;

  page = ADW_STATUS_PAGE (gtk_widget_get_template_child (GTK_WIDGET (window), CALF_TYPE_WINDOW, "error_page"));
  stack = GTK_STACK (gtk_widget_get_template_child (GTK_WIDGET (window), CALF_TYPE_WINDOW, "main_stack"));

  previous = g_strdup (gtk_stack_get_visible_child_name (stack));
  g_assert_cmpstr (previous, !=, "error");

  /* Markup characters in the message are shown as text, not parsed. */
  calf_window_show_error (window, "Could not load", "Line 3: expected <b> & \"x\"");
  g_assert_cmpstr (gtk_stack_get_visible_child_name (stack), ==, "error");
  g_assert_cmpstr (adw_status_page_get_icon_name (page), ==, "dialog-error-symbolic");
  g_assert_cmpstr (adw_status_page_get_title (page), ==, "Could not load");
  g_assert_cmpstr (adw_status_page_get_description (page), ==,
                   "Line 3: expected &lt;b&gt; &amp; &quot;x&quot;");

  calf_test_wait_for_frame (GTK_WIDGET (window));
  g_free (calf_test_save_screenshot (GTK_WIDGET (window), "error-page"));

  gtk_stack_set_visible_child_name (stack, previous);
}

static gboolean
no_windows (gpointer user_data)
{
  return gtk_application_get_windows (GTK_APPLICATION (app)) == NULL;
}

static void
test_window_state_saved (void)
{
  g_autoptr(GSettings) settings = g_settings_new (APPLICATION_ID);
  CalfWindow *window = get_window ();
  CalfWindow *second;
  int width;
  int height;

  gtk_window_set_default_size (GTK_WINDOW (window), 777, 555);
  calf_test_wait_for_frame (GTK_WIDGET (window));

  gtk_window_close (GTK_WINDOW (window));
  calf_test_wait_for (no_windows, NULL, 10000);

  g_assert_cmpint (g_settings_get_int (settings, "window-width"), ==, 777);
  g_assert_cmpint (g_settings_get_int (settings, "window-height"), ==, 555);
  g_assert_false (g_settings_get_boolean (settings, "window-maximized"));

  /* A new window starts at the saved size. */
  second = calf_window_new (GTK_APPLICATION (app), calf_application_get_database (CALF_APPLICATION (app)));
  gtk_window_get_default_size (GTK_WINDOW (second), &width, &height);
  g_assert_cmpint (width, ==, 777);
  g_assert_cmpint (height, ==, 555);
  gtk_window_present (GTK_WINDOW (second));
  calf_test_wait_for_frame (GTK_WIDGET (second));
}

static void
test_window_quit_closes_windows (void)
{
  g_assert_nonnull (gtk_application_get_windows (GTK_APPLICATION (app)));

  g_action_group_activate_action (G_ACTION_GROUP (app), "quit", NULL);
  calf_test_wait_for (no_windows, NULL, 10000);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  int status;

  gtk_test_init (&argc, &argv, NULL);

  app = calf_application_new (APPLICATION_ID ".Test", G_APPLICATION_NON_UNIQUE);
  g_assert_true (g_application_register (G_APPLICATION (app), NULL, &error));
  g_assert_no_error (error);
  g_application_activate (G_APPLICATION (app));

  g_test_add_func ("/window/opens", test_window_opens);
  g_test_add_func ("/window/menu-actions", test_window_menu_actions);
  g_test_add_func ("/window/about", test_window_about);
  g_test_add_func ("/window/shortcuts", test_window_shortcuts);
  g_test_add_func ("/window/error-page", test_window_error_page);
  g_test_add_func ("/window/state-saved", test_window_state_saved);
  g_test_add_func ("/window/quit-closes-windows", test_window_quit_closes_windows);

  status = g_test_run ();

  g_clear_object (&app);

  return status;
}
