/* calf-application.c
 *
 * SPDX-FileCopyrightText: 2026 The Calf Check authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "calf-application"

#include "config.h"

#include <glib/gi18n.h>
#ifdef __GLIBC__
#include <malloc.h>
#endif

#include "calf-application.h"
#include "calf-cli.h"
#include "calf-page-util.h"
#include "calf-window.h"

#define CALF_HELP_URL "https://github.com/calfcheck/calf-check#readme"

struct _CalfApplication
{
  AdwApplication parent_instance;

  /* The database, loaded once in startup (calf-cli.c sets the path from
   * --database); on failure the error is shown in the window. */
  char          *database_path;
  CalfDatabase  *database;
  GError        *database_error;
};

G_DEFINE_FINAL_TYPE (CalfApplication, calf_application, ADW_TYPE_APPLICATION)

CalfApplication *
calf_application_new (const char        *application_id,
                      GApplicationFlags  flags)
{
  g_return_val_if_fail (application_id != NULL, NULL);

  /* The resource base path is fixed so that a different application id
   * (the tests use one) still finds gtk/help-overlay.ui, the icons and
   * the style sheet. */
  return g_object_new (CALF_TYPE_APPLICATION,
                       "application-id", application_id,
                       "flags", flags,
                       "resource-base-path", APPLICATION_RESOURCE_PATH,
                       NULL);
}

/* Benchmark hook: CALF_CHECK_QUIT_AFTER_FIRST_FRAME=1 quits once the main
 * window's first frame has been painted, so a script can time
 * exec-to-first-frame. */
static void
on_first_frame_painted (GdkFrameClock *frame_clock,
                        gpointer       user_data)
{
  GApplication *app = user_data;

  g_signal_handlers_disconnect_by_func (frame_clock, on_first_frame_painted, user_data);
  g_debug ("First frame painted, quitting as CALF_CHECK_QUIT_AFTER_FIRST_FRAME asks");
  g_application_quit (app);
}

static void
on_window_realize (GtkWidget *window,
                   gpointer   user_data)
{
  GdkFrameClock *frame_clock;

  g_signal_handlers_disconnect_by_func (window, on_window_realize, user_data);

  frame_clock = gdk_surface_get_frame_clock (gtk_native_get_surface (GTK_NATIVE (window)));
  g_signal_connect_object (frame_clock,
                           "after-paint",
                           G_CALLBACK (on_first_frame_painted),
                           user_data,
                           0);
}

static gboolean
quit_after_first_frame_requested (void)
{
  return g_strcmp0 (g_getenv ("CALF_CHECK_QUIT_AFTER_FIRST_FRAME"), "1") == 0;
}

static void
calf_application_activate (GApplication *app)
{
  GtkWindow *window;

  window = gtk_application_get_active_window (GTK_APPLICATION (app));

  if (window == NULL)
    {
      window = GTK_WINDOW (calf_window_new (GTK_APPLICATION (app), CALF_APPLICATION (app)->database));

      if (CALF_APPLICATION (app)->database == NULL)
        calf_window_show_error (CALF_WINDOW (window),
                                _("The condition database could not be loaded"),
                                CALF_APPLICATION (app)->database_error->message);

      if (quit_after_first_frame_requested ())
        g_signal_connect_object (window,
                                 "realize",
                                 G_CALLBACK (on_window_realize),
                                 app,
                                 0);
    }

  gtk_window_present (window);
}

static void
calf_application_quit_action (GSimpleAction *action,
                              GVariant      *parameter,
                              gpointer       user_data)
{
  GtkApplication *app = user_data;
  g_autoptr(GList) windows = NULL;

  /* Close the windows instead of stopping the main loop at once, so each
   * one saves its state; the application ends with the last window. */
  windows = g_list_copy (gtk_application_get_windows (app));
  for (const GList *iter = windows; iter != NULL; iter = iter->next)
    gtk_window_close (GTK_WINDOW (iter->data));
}

static void
calf_application_about_action (GSimpleAction *action,
                               GVariant      *parameter,
                               gpointer       user_data)
{
  GtkApplication *app = user_data;
  const char *developers[] = {
    /* Translators: shown as the developer in the About window. */
    _("The Calf Check authors"),
    NULL
  };
  GtkWindow *about;

  about = g_object_new (ADW_TYPE_ABOUT_WINDOW,
                        "transient-for", gtk_application_get_active_window (app),
                        "modal", TRUE,
                        "application-name", _("Calf Check"),
                        "application-icon", APPLICATION_ID,
                        "version", PACKAGE_VERSION,
                        "developer-name", _("The Calf Check authors"),
                        "developers", developers,
                        "copyright", _("© 2026 The Calf Check authors"),
                        "license-type", GTK_LICENSE_GPL_3_0,
                        "website", "https://github.com/calfcheck/calf-check",
                        "issue-url", "https://github.com/calfcheck/calf-check/issues",
                        "comments", _("Calf Check gives guidance, not a diagnosis. It cannot examine you, "
                                      "and its advice is only as good as the answers it is given: if things "
                                      "get worse or you are worried, get medical help.\n\n"
                                      "Everything stays on this computer. Your history is kept in history.db "
                                      "in Calf Check’s data folder (turn it off in Preferences)."),
                        "support-url", CALF_HELP_URL,
                        "release-notes-version", PACKAGE_VERSION,
                        /* Translators: release notes, simple HTML: <p> and <ul><li> only. */
                        "release-notes", _("<p>This version asks fewer, clearer questions and never takes "
                                           "“Not sure” as “No” on a warning sign.</p>"
                                           "<ul><li>The triage is the first thing a screen reader says on the results.</li>"
                                           "<li>Every answer can be changed from Your Answers.</li>"
                                           "<li>A plan of a few exercises on one week.</li>"
                                           "<li>The guided timer chimes and asks before it stops.</li></ul>"),
                        /* Translators: replace with your names, one per line. */
                        "translator-credits", _("translator-credits"),
                        NULL);
  /* Translators: the heading of a credits section of the About window: who drew the drawings. */
  adw_about_window_add_credit_section (ADW_ABOUT_WINDOW (about), _("Illustrations"), developers);
  /* Translators: the heading of a legal section of the About window: where the medical text
   * comes from. */
  adw_about_window_add_legal_section (ADW_ABOUT_WINDOW (about), _("Clinical Content"), NULL, GTK_LICENSE_CUSTOM,
                                      _("The conditions, questions, advice and exercises are written from "
                                        "published sources, which are cited with each condition and in every "
                                        "report. They have not yet been reviewed by a clinician. They are "
                                        "free to share under the same licence as the app."));

  calf_page_fix_mnemonic_names (GTK_WIDGET (about));
  gtk_window_present (about);
}

/* Help is the project's guide online, opened in the browser (through the
 * OpenURI portal inside Flatpak): the app itself needs no network. */
static void
calf_application_help_action (GSimpleAction *action,
                              GVariant      *parameter,
                              gpointer       user_data)
{
  GtkApplication *app = user_data;

  gtk_show_uri (gtk_application_get_active_window (app), CALF_HELP_URL, GDK_CURRENT_TIME);
}

static const GActionEntry app_actions[] = {
  { .name = "quit", .activate = calf_application_quit_action },
  { .name = "about", .activate = calf_application_about_action },
  { .name = "help", .activate = calf_application_help_action },
};

/* The database loads on a thread while GTK and libadwaita start on this
 * one: both take tens of milliseconds, and the window needs both. The
 * loader touches only the core (no GTK), and only its own data. */
typedef struct
{
  char         *path;
  CalfDatabase *database;
  GError       *error;
} DatabaseLoad;

static gpointer
load_database_thread (gpointer data)
{
  DatabaseLoad *load = data;

  load->database = calf_cli_load_database (load->path, &load->error);
  return load;
}

static GThread *
calf_application_start_loading (CalfApplication *self)
{
  DatabaseLoad *load = g_new0 (DatabaseLoad, 1);

  load->path = g_strdup (self->database_path);
  return g_thread_new ("calf-database", load_database_thread, load);
}

static void
calf_application_finish_loading (CalfApplication *self,
                                 GThread         *thread)
{
  DatabaseLoad *load = g_thread_join (thread);

  g_clear_object (&self->database);
  g_clear_error (&self->database_error);
  self->database = g_steal_pointer (&load->database);
  self->database_error = g_steal_pointer (&load->error);
  if (self->database == NULL)
    g_message ("Cannot load the database: %s", self->database_error->message);

  g_free (load->path);
  g_free (load);

#ifdef __GLIBC__
  /* The loader's JSON trees were freed on its thread, in a malloc arena of
   * their own that the window never reuses: give those pages back. */
  malloc_trim (0);
#endif
}

static int
calf_application_handle_local_options (GApplication *app,
                                       GVariantDict *options)
{
  const char *database = NULL;
  int status = calf_cli_handle_local_options (app, options);

  if (status >= 0)
    return status;

  /* The window loads the database in startup. */
  if (g_variant_dict_lookup (options, "database", "^&ay", &database))
    calf_application_set_database_path (CALF_APPLICATION (app), database);
  return -1;
}

static void
calf_application_finalize (GObject *object)
{
  CalfApplication *self = CALF_APPLICATION (object);

  g_clear_pointer (&self->database_path, g_free);
  g_clear_object (&self->database);
  g_clear_error (&self->database_error);

  G_OBJECT_CLASS (calf_application_parent_class)->finalize (object);
}

static void
calf_application_startup (GApplication *app)
{
  static const char *quit_accels[] = { "<Control>q", NULL };
  static const char *close_accels[] = { "<Control>w", NULL };
  static const char *help_accels[] = { "<Control>question", NULL };
  static const char *manual_accels[] = { "F1", NULL };
  static const char *preferences_accels[] = { "<Control>comma", NULL };

  GThread *loader = calf_application_start_loading (CALF_APPLICATION (app));

  G_APPLICATION_CLASS (calf_application_parent_class)->startup (app);

  calf_application_finish_loading (CALF_APPLICATION (app), loader);

  g_set_application_name (_("Calf Check"));
  gtk_window_set_default_icon_name (APPLICATION_ID);

  g_action_map_add_action_entries (G_ACTION_MAP (app),
                                   app_actions,
                                   G_N_ELEMENTS (app_actions),
                                   app);

  gtk_application_set_accels_for_action (GTK_APPLICATION (app), "app.quit", quit_accels);
  gtk_application_set_accels_for_action (GTK_APPLICATION (app), "window.close", close_accels);
  gtk_application_set_accels_for_action (GTK_APPLICATION (app), "win.show-help-overlay", help_accels);
  gtk_application_set_accels_for_action (GTK_APPLICATION (app), "app.help", manual_accels);
  gtk_application_set_accels_for_action (GTK_APPLICATION (app), "win.preferences", preferences_accels);
}

static void
calf_application_class_init (CalfApplicationClass *klass)
{
  GApplicationClass *app_class = G_APPLICATION_CLASS (klass);
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = calf_application_finalize;
  app_class->handle_local_options = calf_application_handle_local_options;

  app_class->activate = calf_application_activate;
  app_class->startup = calf_application_startup;
}

static void
calf_application_init (CalfApplication *self)
{
  calf_cli_add_options (G_APPLICATION (self));
}

/**
 * calf_application_set_database_path:
 * @self: a #CalfApplication
 * @path: (nullable): a database file or folder (--database), or %NULL for
 *   the built-in database
 *
 * Chooses the database loaded in startup.
 */
void
calf_application_set_database_path (CalfApplication *self,
                                    const char      *path)
{
  g_return_if_fail (CALF_IS_APPLICATION (self));

  g_free (self->database_path);
  self->database_path = g_strdup (path);
}

/**
 * calf_application_get_database:
 * @self: a #CalfApplication
 *
 * Returns: (transfer none) (nullable): the database, or %NULL before
 *   startup or when it failed to load (see
 *   calf_application_get_database_error())
 */
CalfDatabase *
calf_application_get_database (CalfApplication *self)
{
  g_return_val_if_fail (CALF_IS_APPLICATION (self), NULL);

  return self->database;
}

/**
 * calf_application_get_database_error:
 * @self: a #CalfApplication
 *
 * Returns: (transfer none) (nullable): why the database failed to load
 */
const GError *
calf_application_get_database_error (CalfApplication *self)
{
  g_return_val_if_fail (CALF_IS_APPLICATION (self), NULL);

  return self->database_error;
}
