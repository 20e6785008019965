/* test-database-window.c
 *
 * SPDX-FileCopyrightText: 2026 The Calf Check authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "calf-test-database-window"

#include "config.h"

#include <string.h>

#include "calf-application.h"
#include "calf-window.h"
#include "calf-test-utils.h"

/* `calf-check --database PATH` reaches the GUI: a database that fails to
 * load puts its message on the window's error page; a good one is used. */

static CalfApplication *
start_app (const char *suffix,
           const char *database_name)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "databases", database_name, NULL);
  g_autofree char *id = g_strconcat (APPLICATION_ID, ".", suffix, NULL);
  g_autoptr(GVariantDict) options = g_variant_dict_new (NULL);
  g_autoptr(GError) error = NULL;
  CalfApplication *app = calf_application_new (id, G_APPLICATION_NON_UNIQUE);
  int status = 0;

  /* What GApplication does with `--database PATH`. */
  g_variant_dict_insert_value (options, "database", g_variant_new_bytestring (path));
  g_signal_emit_by_name (app, "handle-local-options", options, &status);
  g_assert_cmpint (status, ==, -1);

  g_assert_true (g_application_register (G_APPLICATION (app), NULL, &error));
  g_assert_no_error (error);
  g_application_activate (G_APPLICATION (app));

  return app;
}

static void
broken_database_shows_error (void)
{
  g_autoptr(CalfApplication) app = start_app ("TestBrokenDatabase", "broken/unknown-key.json");
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (app));
  const GError *load_error;
  AdwStatusPage *page;
  GtkStack *stack;

  g_assert_null (calf_application_get_database (app));
  load_error = calf_application_get_database_error (app);
  g_assert_error ((GError *) load_error, CALF_DATABASE_ERROR, CALF_DATABASE_ERROR_SCHEMA);

  g_assert_true (CALF_IS_WINDOW (window));
  stack = GTK_STACK (gtk_widget_get_template_child (GTK_WIDGET (window), CALF_TYPE_WINDOW, "main_stack"));
  page = ADW_STATUS_PAGE (gtk_widget_get_template_child (GTK_WIDGET (window), CALF_TYPE_WINDOW, "error_page"));
  g_assert_cmpstr (gtk_stack_get_visible_child_name (stack), ==, "error");
  g_assert_cmpstr (adw_status_page_get_title (page), ==, "The condition database could not be loaded");
  /* The message names the file and the place (quotes are escaped for markup). */
  g_assert_nonnull (strstr (adw_status_page_get_description (page), "unknown-key.json: conditions[1]: unknown key &quot;recovry&quot;"));

  calf_test_wait_for_frame (GTK_WIDGET (window));
  g_free (calf_test_save_screenshot (GTK_WIDGET (window), "database-error"));

  gtk_window_destroy (window);
}

static void
valid_database_is_used (void)
{
  g_autoptr(CalfApplication) app = start_app ("TestValidDatabase", "valid/minimal.json");
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (app));
  CalfDatabase *db = calf_application_get_database (app);
  GtkStack *stack;

  g_assert_nonnull (db);
  g_assert_null (calf_application_get_database_error (app));
  g_assert_cmpstr (calf_database_get_version (db), ==, "test-1");

  stack = GTK_STACK (gtk_widget_get_template_child (GTK_WIDGET (window), CALF_TYPE_WINDOW, "main_stack"));
  g_assert_cmpstr (gtk_stack_get_visible_child_name (stack), !=, "error");

  gtk_window_destroy (window);
}

/* One application per process (GLib allows one application name): each
 * case runs in a subprocess of its own. */
static void
run_in_subprocess (gconstpointer data)
{
  void (*body) (void) = data;

  if (g_test_subprocess ())
    {
      body ();
      return;
    }

  g_test_trap_subprocess (NULL, 60 * G_USEC_PER_SEC, G_TEST_SUBPROCESS_INHERIT_STDERR);
  g_test_trap_assert_passed ();
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);

  g_test_add_data_func ("/database-window/broken-database-shows-error",
                        broken_database_shows_error, run_in_subprocess);
  g_test_add_data_func ("/database-window/valid-database-is-used",
                        valid_database_is_used, run_in_subprocess);

  return g_test_run ();
}
