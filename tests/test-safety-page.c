/* test-safety-page.c
 *
 * SPDX-FileCopyrightText: 2026 The Calf Check authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "calf-test-safety-page"

#include "config.h"

#include <string.h>

#include "calf-preferences-window.h"
#include "calf-safety-page.h"
#include "calf-test-utils.h"
#include "flow-test-utils.h"

static CalfApplication *app;

static CalfWindow *
window (void)
{
  return flow_test_get_window (app);
}

static CalfDatabase *
database (void)
{
  return calf_window_get_database (window ());
}

static const char *
label_text (gpointer    page,
            GType       type,
            const char *name)
{
  GObject *label = gtk_widget_get_template_child (GTK_WIDGET (page), type, name);

  g_assert_true (GTK_IS_LABEL (label));
  return gtk_label_get_label (GTK_LABEL (label));
}

static guint
count_rows (GtkWidget *list)
{
  guint n = 0;

  for (GtkWidget *row = gtk_widget_get_first_child (list); row; row = gtk_widget_get_next_sibling (row))
    n += GTK_IS_LIST_BOX_ROW (row);
  return n;
}

/* From the menu's action: every warning sign by what to do, and the
 * emergency number, following Preferences. */
static void
test_safety_page (void)
{
  g_autoptr(GSettings) settings = g_settings_new (APPLICATION_ID);
  GPtrArray *statements = calf_database_get_safety (database ());
  guint expected[CALF_N_TRIAGE_LEVELS] = { 0 };
  g_autofree char *number = NULL;
  CalfSafetyPage *page;
  GtkWidget *preferences;

  g_autoptr(GHashTable) distinct = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  /* One row for each statement with its own words: the database repeats a
   * statement for each way its warning sign is reached. */
  for (guint i = 0; i < statements->len; i++)
    {
      const CalfSafetyStatement *statement = g_ptr_array_index (statements, i);

      if (statement->has_level &&
          g_hash_table_add (distinct, g_strdup_printf ("%d %s %s", statement->level, statement->title, statement->text)))
        expected[statement->level]++;
    }
  g_assert_cmpuint (g_hash_table_size (distinct), <, statements->len);

  calf_window_pop_to_start (window ());
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window ()), "win.safety", NULL));
  page = CALF_SAFETY_PAGE (flow_test_top (window ()));
  calf_test_wait_for_frame (GTK_WIDGET (page));

  g_assert_cmpuint (expected[CALF_TRIAGE_EMERGENCY], >, 0);
  for (CalfTriageLevel level = CALF_TRIAGE_SOON; level <= CALF_TRIAGE_EMERGENCY; level++)
    g_assert_cmpuint (count_rows (calf_safety_page_get_list (page, level)), ==, expected[level]);

  /* LC_ALL=C.UTF-8 in the tests: no region, so 112. */
  g_assert_cmpstr (calf_safety_page_get_emergency_number (page), ==, "112");
  g_assert_cmpstr (label_text (page, CALF_TYPE_SAFETY_PAGE, "number_label"), ==, "112");
  g_assert_cmpstr (label_text (page, CALF_TYPE_SAFETY_PAGE, "emergency_heading"), ==, "Call 112 Now");

  /* Preferences: a custom number must be digits; the page follows. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window ()), "win.preferences", NULL));
  calf_test_iterate ();
  preferences = GTK_WIDGET (calf_test_find_toplevel (CALF_TYPE_PREFERENCES_WINDOW));
  g_assert_nonnull (preferences);
  g_assert_true (gtk_window_get_transient_for (GTK_WINDOW (preferences)) == GTK_WINDOW (window ()));
  g_assert_false (calf_preferences_window_set_custom_number (CALF_PREFERENCES_WINDOW (preferences), "help"));
  number = g_settings_get_string (settings, "emergency-number");
  g_assert_cmpstr (number, ==, "");
  g_assert_true (calf_preferences_window_set_custom_number (CALF_PREFERENCES_WINDOW (preferences), "000"));
  g_assert_cmpstr (calf_safety_page_get_emergency_number (page), ==, "112");

  /* Switching "Choose by region" off in the window uses it. */
  gtk_switch_set_active (GTK_SWITCH (gtk_widget_get_template_child (preferences, CALF_TYPE_PREFERENCES_WINDOW,
                                                                    "automatic_switch")), FALSE);
  g_assert_false (g_settings_get_boolean (settings, "emergency-number-automatic"));
  g_assert_cmpstr (calf_safety_page_get_emergency_number (page), ==, "000");
  g_assert_cmpstr (label_text (page, CALF_TYPE_SAFETY_PAGE, "emergency_heading"), ==, "Call 000 Now");
  g_assert_true (gtk_widget_get_sensitive (GTK_WIDGET (gtk_widget_get_template_child (preferences,
                                                                                      CALF_TYPE_PREFERENCES_WINDOW,
                                                                                      "number_row"))));
  gtk_window_destroy (GTK_WINDOW (preferences));

  g_settings_reset (settings, "emergency-number-automatic");
  g_settings_reset (settings, "emergency-number");
  g_assert_cmpstr (calf_safety_page_get_emergency_number (page), ==, "112");
  calf_window_pop_to_start (window ());

  /* Telephone settings for Australia: 000, said with the country's name,
   * here and in Preferences. */
  g_setenv ("LC_TELEPHONE", "en_AU.UTF-8", TRUE);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window ()), "win.safety", NULL));
  page = CALF_SAFETY_PAGE (flow_test_top (window ()));
  g_assert_cmpstr (calf_safety_page_get_emergency_number (page), ==, "000");
  g_assert_nonnull (strstr (label_text (page, CALF_TYPE_SAFETY_PAGE, "number_source_label"), "Australia"));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window ()), "win.preferences", NULL));
  calf_test_iterate ();
  preferences = GTK_WIDGET (calf_test_find_toplevel (CALF_TYPE_PREFERENCES_WINDOW));
  g_assert_cmpstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (gtk_widget_get_template_child (preferences, CALF_TYPE_PREFERENCES_WINDOW,
                                                                                              "automatic_row"))), ==,
                   "000 for Australia, from the system’s formats settings");
  calf_test_wait_for_frame (preferences);
  g_free (calf_test_save_screenshot (preferences, "preferences"));
  /* Narrow and dark, as on a phone at night. */
  adw_style_manager_set_color_scheme (adw_style_manager_get_default (), ADW_COLOR_SCHEME_FORCE_DARK);
  gtk_window_set_default_size (GTK_WINDOW (preferences), 360, 640);
  calf_test_wait_for_frame (preferences);
  g_assert_cmpint (gtk_widget_get_width (preferences), <=, 380);
  g_free (calf_test_save_screenshot (preferences, "preferences-360-dark"));
  adw_style_manager_set_color_scheme (adw_style_manager_get_default (), ADW_COLOR_SCHEME_DEFAULT);
  /* Escape closes it, as it closes any GNOME preferences window. */
  calf_test_press_shortcut (preferences, "Escape", GTK_PHASE_BUBBLE);
  g_assert_null (calf_test_find_toplevel (CALF_TYPE_PREFERENCES_WINDOW));
  g_unsetenv ("LC_TELEPHONE");
  calf_window_pop_to_start (window ());
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);

  app = flow_test_start_app ("SafetyPage");

  g_test_add_func ("/safety-page/levels-and-number", test_safety_page);

  return g_test_run ();
}
