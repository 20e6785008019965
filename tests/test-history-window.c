/* test-history-window.c
 *
 * SPDX-FileCopyrightText: 2026 The Calf Check authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The history in the window (issue 15), as a person uses it: two
 * assessments answered through the question pages and three exercise
 * sessions done in the session page (a pain score chosen at the end of
 * each) are kept; the History page lists them, its chart shows them, and
 * `calf-check --history --format json` agrees. An entry deleted and undone
 * comes back; deleted and left, it goes. With the history turned off in
 * Preferences nothing more is kept. Screenshots of the page, light and
 * dark, at 360 and 1000 px.
 */

#define G_LOG_DOMAIN "calf-test-history-window"

#include "config.h"

#include <glib/gstdio.h>
#include <unistd.h>

#include "calf-history-page.h"
#include "calf-render.h"
#include "calf-report-layout.h"
#include "calf-progress-chart.h"
#include "calf-session-page.h"
#include "calf-test-utils.h"
#include "flow-test-utils.h"

static CalfApplication *app;

/* A button with @label that a person can see. */
static GtkWidget *
find_visible_button (GtkWidget  *widget,
                     const char *label)
{
  if (!gtk_widget_get_visible (widget))
    return NULL;
  if (GTK_IS_BUTTON (widget) && g_strcmp0 (gtk_button_get_label (GTK_BUTTON (widget)), label) == 0)
    return widget;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child; child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_visible_button (child, label);

      if (found != NULL)
        return found;
    }
  return NULL;
}

static GPtrArray *
kept (CalfHistoryKind kind)
{
  g_autofree char *path = calf_history_get_default_path ();
  g_autoptr(CalfHistory) history = NULL;
  g_autoptr(GError) error = NULL;
  GPtrArray *entries;

  history = calf_history_open (path, &error);
  g_assert_no_error (error);
  entries = calf_history_list (history, kind, &error);
  g_assert_no_error (error);
  return entries;
}

typedef struct
{
  CalfHistoryKind kind;
  guint           n;
} Count;

static gboolean
has_kept (gpointer user_data)
{
  Count *count = user_data;
  g_autoptr(GPtrArray) entries = kept (count->kind);

  return entries->len == count->n;
}

static void
wait_kept (CalfHistoryKind kind,
           guint           n)
{
  Count count = { kind, n };

  calf_test_wait_for (has_kept, &count, 10000);
}

static void
assess (CalfWindow *window,
        const char *region,
        GHashTable *findings)
{
  calf_window_discard_assessment (window);
  flow_test_choose_region (window, region);
  flow_test_answer_all (window, findings, 60);
  g_assert_true (CALF_IS_RESULTS_PAGE (flow_test_top (window)));
}

static gboolean
session_over (gpointer user_data)
{
  CalfSessionPhase phase = calf_session_get_phase (calf_session_page_get_session (user_data));

  return phase == CALF_SESSION_PHASE_FINISHED;
}

/* Every repetition of every set of a counted exercise, through the
 * page's own actions (its buttons), then a pain score and Done. */
static void
do_session (CalfWindow *window,
            const char *exercise_id,
            int         pain)
{
  CalfSessionPage *page;
  CalfSession *session;
  GtkWidget *buttons;
  GtkWidget *button;

  g_assert_true (flow_test_show_exercise (window, exercise_id));
  g_assert_true (gtk_widget_activate_action (flow_test_top (window), "exercise.start-session", NULL));
  page = CALF_SESSION_PAGE (flow_test_top (window));
  session = calf_session_page_get_session (page);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "session.main", NULL));
  while (calf_session_get_phase (session) != CALF_SESSION_PHASE_FINISHED)
    {
      if (calf_session_get_phase (session) == CALF_SESSION_PHASE_REPS)
        g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "session.complete-rep", NULL));
      else
        g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "session.skip", NULL));
    }
  calf_test_wait_for (session_over, page, 5000);

  /* The score, as a click on its button; none is chosen at first. */
  g_assert_cmpint (calf_session_page_get_pain (page), ==, -1);
  buttons = GTK_WIDGET (gtk_widget_get_template_child (GTK_WIDGET (page), CALF_TYPE_SESSION_PAGE, "pain_buttons"));
  g_assert_true (gtk_widget_get_visible (gtk_widget_get_parent (buttons)));
  button = gtk_widget_get_first_child (buttons);
  for (int i = 0; i < pain; i++)
    button = gtk_widget_get_next_sibling (button);
  flow_test_activate (button);
  g_assert_cmpint (calf_session_page_get_pain (page), ==, pain);
  if (pain == 6)
    gtk_editable_set_text (GTK_EDITABLE (gtk_widget_get_template_child (GTK_WIDGET (page), CALF_TYPE_SESSION_PAGE,
                                                                        "note_entry")),
                           "  Calf tight on the stairs  ");

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "session.main", NULL));
  g_assert_true ((gpointer) flow_test_top (window) != (gpointer) page);
}

/* What win.print and win.export write carries the Progress section the
 * History page shows: in HTML, plain text and the PDF. */
static void
check_report_progress (CalfWindow *window,
                       const char *summary)
{
  g_autoptr(CalfReport) report = calf_window_create_report (window);
  g_autoptr(GBytes) html = NULL;
  g_autoptr(GBytes) text = NULL;
  g_autoptr(GBytes) pdf = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *html_text = NULL;
  g_autofree char *path = NULL;
  g_autofree char *pdf_text = NULL;
  g_autofree char *one_line = NULL;
  g_autofree char *plain = NULL;
  g_auto(GStrv) words = NULL;
  int fd;

  g_assert_cmpstr (calf_report_get_progress_summary (report), ==, summary);
  g_assert_cmpuint (calf_report_get_progress_items (report)->len, ==, 5);

  html = calf_render_report (report, CALF_REPORT_FORMAT_HTML, &error);
  g_assert_no_error (error);
  html_text = g_strndup (g_bytes_get_data (html, NULL), g_bytes_get_size (html));
  g_assert_nonnull (strstr (html_text, "<h2 id=\"progress-title\">Progress</h2>"));
  g_assert_nonnull (strstr (html_text, "Eccentric heel drop with the knee bent"));

  text = calf_render_report (report, CALF_REPORT_FORMAT_TEXT, &error);
  g_assert_no_error (error);
  plain = g_strndup (g_bytes_get_data (text, NULL), g_bytes_get_size (text));
  words = g_strsplit_set (plain, " \n", -1);
  g_free (plain);
  plain = g_strjoinv (" ", words);
  g_assert_nonnull (strstr (plain, "Progress"));
  g_assert_nonnull (strstr (plain, "3 exercise sessions done."));

  pdf = calf_render_report (report, CALF_REPORT_FORMAT_PDF, &error);
  g_assert_no_error (error);
  fd = g_file_open_tmp ("calf-progress-XXXXXX.pdf", &path, &error);
  g_assert_no_error (error);
  close (fd);
  g_assert_true (g_file_set_contents (path, g_bytes_get_data (pdf, NULL), (gssize) g_bytes_get_size (pdf), NULL));
  {
    const char *argv[] = { "pdftotext", "-enc", "UTF-8", path, "-", NULL };
    int status;

    g_assert_true (g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL,
                                 &pdf_text, NULL, &status, &error));
    g_assert_no_error (error);
    g_assert_true (g_spawn_check_wait_status (status, NULL));
  }
  g_remove (path);
  /* The PDF wraps lines: compare with single spaces. */
  one_line = g_strdup (pdf_text);
  g_strdelimit (one_line, "\n", ' ');
  g_assert_nonnull (strstr (one_line, "Progress"));
  g_assert_nonnull (strstr (one_line, "3 exercise sessions done."));
}

static gboolean
history_page_on_top (gpointer user_data)
{
  return CALF_IS_HISTORY_PAGE (flow_test_top (user_data));
}

/* The history opens on a thread the first time: the page comes then. */
static CalfHistoryPage *
show_history (CalfWindow *window)
{
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-history", NULL));
  calf_test_wait_for (history_page_on_top, window, 10000);
  calf_test_wait_for_frame (GTK_WIDGET (window));
  return CALF_HISTORY_PAGE (flow_test_top (window));
}

static char *
history_json (void)
{
  const char *argv[] = { g_getenv ("CALF_CHECK_EXE"), "--history", "--format", "json", NULL };
  g_autofree char *out = NULL;
  g_autoptr(GError) error = NULL;
  int status;

  g_assert_true (g_spawn_sync (NULL, (char **) argv, NULL, 0, NULL, NULL, &out, NULL, &status, &error));
  g_assert_no_error (error);
  g_assert_true (g_spawn_check_wait_status (status, NULL));
  return g_steal_pointer (&out);
}

static void
test_kept_and_listed (void)
{
  g_autoptr(GHashTable) tendinopathy = flow_test_findings_new ("gradual-onset", "true",
                                                               "morning-stiffness", "true",
                                                               "pain-on-tiptoe", "true",
                                                               "duration-days", "120",
                                                               "age", "52", "sex", "female", NULL);
  g_autoptr(GHashTable) none = flow_test_findings_new ("age", "40", NULL);
  CalfWindow *window = flow_test_get_window (app);
  g_autoptr(GPtrArray) assessments = NULL;
  g_autoptr(GPtrArray) sessions = NULL;
  g_autofree char *json = NULL;
  CalfHistoryPage *page;
  GtkWidget *chart;
  GtkWidget *summary;

  assess (window, "achilles", tendinopathy);
  wait_kept (CALF_HISTORY_KIND_ASSESSMENT, 1);
  /* Shown again unchanged, the same assessment is kept once. */
  calf_window_pop_page (window);
  calf_window_show_current (window);
  g_assert_true (CALF_IS_RESULTS_PAGE (flow_test_top (window)));
  assess (window, "mid-calf", none);
  wait_kept (CALF_HISTORY_KIND_ASSESSMENT, 2);

  do_session (window, "eccentric-heel-drop-bent-knee", 4);
  do_session (window, "eccentric-heel-drop-bent-knee", 6);
  do_session (window, "eccentric-heel-drop-straight-knee", 7);
  wait_kept (CALF_HISTORY_KIND_SESSION, 3);

  assessments = kept (CALF_HISTORY_KIND_ASSESSMENT);
  g_assert_cmpstr (((CalfHistoryEntry *) g_ptr_array_index (assessments, 0))->region, ==, "mid-calf");
  g_assert_cmpstr (((CalfHistoryEntry *) g_ptr_array_index (assessments, 1))->region, ==, "achilles");
  sessions = kept (CALF_HISTORY_KIND_SESSION);
  g_assert_cmpint (((CalfHistoryEntry *) g_ptr_array_index (sessions, 0))->pain_during, ==, 7);
  g_assert_cmpstr (((CalfHistoryEntry *) g_ptr_array_index (sessions, 1))->note, ==, "Calf tight on the stairs");
  g_assert_null (((CalfHistoryEntry *) g_ptr_array_index (sessions, 0))->note);
  g_assert_cmpuint (((CalfHistoryEntry *) g_ptr_array_index (sessions, 2))->reps_done, ==, 45);
  g_assert_cmpuint (((CalfHistoryEntry *) g_ptr_array_index (sessions, 2))->sets_done, ==, 3);

  /* The page lists them, newest first, and the chart and summary show them. */
  page = show_history (window);
  g_assert_cmpuint (calf_history_page_get_n_rows (page, CALF_HISTORY_KIND_ASSESSMENT), ==, 2);
  g_assert_cmpuint (calf_history_page_get_n_rows (page, CALF_HISTORY_KIND_SESSION), ==, 3);
  g_assert_cmpuint (calf_history_page_get_n_rows (page, CALF_HISTORY_KIND_PAIN), ==, 0);
  chart = GTK_WIDGET (gtk_widget_get_template_child (GTK_WIDGET (page), CALF_TYPE_HISTORY_PAGE, "chart"));
  g_assert_cmpuint (calf_progress_chart_get_n_points (CALF_PROGRESS_CHART (chart)), ==, 3);
  summary = GTK_WIDGET (gtk_widget_get_template_child (GTK_WIDGET (page), CALF_TYPE_HISTORY_PAGE, "summary_label"));
  g_assert_nonnull (strstr (gtk_label_get_label (GTK_LABEL (summary)), "3 exercise sessions done."));
  /* 6, then 7: twice in a row above 5 out of 10. */
  g_assert_nonnull (strstr (gtk_label_get_label (GTK_LABEL (summary)), "ease the load"));
  g_assert_cmpstr (calf_progress_chart_get_summary (CALF_PROGRESS_CHART (chart)), ==,
                   gtk_label_get_label (GTK_LABEL (summary)));
  g_assert_nonnull (calf_test_find_label (GTK_WIDGET (page), "Achilles tendon, Left leg"));

  /* A past assessment opens its results again, to print or export. */
  {
    GtkWidget *list = gtk_widget_get_next_sibling (calf_test_find_label (GTK_WIDGET (page), "Assessments"));
    GtkWidget *row = gtk_widget_get_last_child (list);
    CalfResultsPage *results;
    CalfHistoryEntry *achilles = g_ptr_array_index (assessments, 1);

    g_assert_true (gtk_widget_activate (row));
    results = CALF_RESULTS_PAGE (flow_test_top (window));
    g_assert_cmpint (calf_result_get_triage_level (calf_results_page_get_result (results)), ==, achilles->triage);
    g_assert_cmpstr (calf_result_get_region (calf_results_page_get_result (results))->id, ==, "achilles");
    g_assert_nonnull (calf_results_page_get_condition_row (results, "achilles-tendinopathy"));
    g_assert_true (g_action_group_get_action_enabled (G_ACTION_GROUP (window), "export"));
    g_assert_true (g_action_group_get_action_enabled (G_ACTION_GROUP (window), "print"));
    g_assert_nonnull (find_visible_button (GTK_WIDGET (results), "_Print…"));
    g_assert_null (find_visible_button (GTK_WIDGET (results), "Your _Answers"));
    g_assert_null (find_visible_button (GTK_WIDGET (results), "_Start Over…"));
    check_report_progress (window, gtk_label_get_label (GTK_LABEL (summary)));
    calf_window_pop_page (window);
    g_assert_true (CALF_IS_HISTORY_PAGE (flow_test_top (window)));
  }

  /* The command line sees the same history. */
  json = history_json ();
  g_assert_nonnull (strstr (json, "\"region\" : \"achilles\""));
  g_assert_nonnull (strstr (json, "\"region\" : \"mid-calf\""));
  g_assert_nonnull (strstr (json, "\"pain_during\" : 6"));
  calf_window_pop_page (window);
}

static gboolean
toasts_gone (gpointer user_data)
{
  g_autoptr(GPtrArray) entries = kept (CALF_HISTORY_KIND_PAIN);

  return entries->len == GPOINTER_TO_UINT (user_data);
}

static GtkWidget *
find_button (GtkWidget  *widget,
             const char *label)
{
  if (GTK_IS_BUTTON (widget) && gtk_widget_get_visible (widget) &&
      g_strcmp0 (gtk_button_get_label (GTK_BUTTON (widget)), label) == 0)
    return widget;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child; child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_button (child, label);

      if (found != NULL)
        return found;
    }
  return NULL;
}

static gboolean
undo_shown (gpointer user_data)
{
  return find_button (user_data, "_Undo") != NULL;
}

static void
test_delete_and_undo (void)
{
  CalfWindow *window = flow_test_get_window (app);
  g_autofree char *path = calf_history_get_default_path ();
  CalfHistoryPage *page;
  GtkWidget *list;
  GtkWidget *row;

  {
    g_autoptr(CalfHistory) history = calf_history_open (path, NULL);

    for (int pain = 3; pain <= 5; pain++)
      {
        g_autoptr(CalfHistoryEntry) entry = calf_history_entry_new (CALF_HISTORY_KIND_PAIN);

        entry->pain = pain;
        g_assert_true (calf_history_add (history, entry, NULL));
      }
  }

  page = show_history (window);
  g_assert_cmpuint (calf_history_page_get_n_rows (page, CALF_HISTORY_KIND_PAIN), ==, 3);
  list = gtk_widget_get_next_sibling (calf_test_find_label (GTK_WIDGET (page), "Pain Diary"));
  g_assert_true (GTK_IS_LIST_BOX (list));
  row = gtk_widget_get_first_child (list);
  g_assert_true (ADW_IS_ACTION_ROW (row));

  /* Delete, then Undo: it is back. */
  flow_test_activate (calf_test_find_descendant (row, GTK_TYPE_BUTTON));
  g_assert_cmpuint (calf_history_page_get_n_rows (page, CALF_HISTORY_KIND_PAIN), ==, 2);
  calf_test_wait_for (undo_shown, page, 5000);
  flow_test_activate (find_button (GTK_WIDGET (page), "_Undo"));
  g_assert_cmpuint (calf_history_page_get_n_rows (page, CALF_HISTORY_KIND_PAIN), ==, 3);
  for (guint i = 0; i < 20; i++)
    calf_test_iterate ();
  {
    g_autoptr(GPtrArray) entries = kept (CALF_HISTORY_KIND_PAIN);

    g_assert_cmpuint (entries->len, ==, 3);
  }

  /* Delete and leave the page: it is gone. */
  flow_test_activate (calf_test_find_descendant (row, GTK_TYPE_BUTTON));
  g_assert_cmpuint (calf_history_page_get_n_rows (page, CALF_HISTORY_KIND_PAIN), ==, 2);
  calf_window_pop_page (window);
  calf_test_wait_for (toasts_gone, GUINT_TO_POINTER (2), 10000);
}

static void
test_turned_off (void)
{
  g_autoptr(GSettings) settings = g_settings_new (APPLICATION_ID);
  g_autoptr(GHashTable) none = flow_test_findings_new ("age", "40", NULL);
  CalfWindow *window = flow_test_get_window (app);
  g_autoptr(GPtrArray) before = kept (CALF_HISTORY_KIND_ASSESSMENT);
  g_autoptr(GPtrArray) after = NULL;

  g_settings_set_boolean (settings, "keep-history", FALSE);
  assess (window, "heel", none);
  /* Give a write every chance to happen. */
  for (guint i = 0; i < 50; i++)
    calf_test_iterate ();
  g_usleep (200000);
  after = kept (CALF_HISTORY_KIND_ASSESSMENT);
  g_assert_cmpuint (after->len, ==, before->len);
  g_settings_set_boolean (settings, "keep-history", TRUE);
}

static GtkWidget *
find_label_containing (GtkWidget  *widget,
                       const char *part)
{
  if (GTK_IS_LABEL (widget) && strstr (gtk_label_get_label (GTK_LABEL (widget)), part) != NULL)
    return widget;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child; child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_label_containing (child, part);

      if (found != NULL)
        return found;
    }
  return NULL;
}

static gboolean
damage_reported (gpointer user_data)
{
  return find_label_containing (user_data, "Your history was damaged") != NULL;
}

/* A damaged history.db: the window starts, says so, keeps the file aside
 * and starts a new history. */
static void
test_damaged_file (void)
{
  g_autofree char *path = calf_history_get_default_path ();
  g_autofree char *folder = g_path_get_dirname (path);
  g_autofree char *wal = g_strconcat (path, "-wal", NULL);
  g_autofree char *shm = g_strconcat (path, "-shm", NULL);
  g_autoptr(GDir) dir = NULL;
  CalfWindow *window;
  CalfHistoryPage *page;
  const char *name;
  guint n_aside = 0;

  /* Closing the window closes its history. */
  gtk_window_destroy (GTK_WINDOW (flow_test_get_window (app)));
  g_assert_true (g_file_set_contents (path, "not a database at all, just words\n", -1, NULL));
  g_remove (wal);
  g_remove (shm);

  window = flow_test_open_window (app, &flow_test_shots[2]);
  page = show_history (window);
  calf_test_wait_for (damage_reported, window, 10000);
  g_assert_cmpuint (calf_history_page_get_n_rows (page, CALF_HISTORY_KIND_ASSESSMENT), ==, 0);

  dir = g_dir_open (folder, 0, NULL);
  while ((name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *aside = g_build_filename (folder, name, NULL);
      g_autofree char *contents = NULL;

      if (!g_str_has_prefix (name, "history-damaged-") || !g_str_has_suffix (name, ".db"))
        continue;
      g_assert_true (g_file_get_contents (aside, &contents, NULL, NULL));
      g_assert_cmpstr (contents, ==, "not a database at all, just words\n");
      n_aside++;
    }
  g_assert_cmpuint (n_aside, ==, 1);
  calf_window_pop_page (window);
}

static gboolean
stack_settled (gpointer user_data)
{
  GtkStack *stack = GTK_STACK (gtk_widget_get_template_child (user_data, CALF_TYPE_WINDOW, "main_stack"));

  return !gtk_stack_get_transition_running (stack);
}

/* Four weeks of an Achilles tendinopathy getting better, for the
 * screenshots: what the page is for. */
static void
seed_four_weeks (void)
{
  g_autofree char *path = calf_history_get_default_path ();
  g_autoptr(CalfHistory) history = calf_history_open (path, NULL);
  gint64 now = g_get_real_time () / G_USEC_PER_SEC;
  gint64 day = 24 * 60 * 60;
  g_autoptr(CalfHistoryEntry) assessment = NULL;
  g_autoptr(CalfHistoryEntry) selftest = NULL;

  g_assert_true (calf_history_clear (history, NULL));

  assessment = calf_history_entry_new (CALF_HISTORY_KIND_ASSESSMENT);
  assessment->time = now - 28 * day;
  assessment->region = g_strdup ("achilles");
  assessment->side = CALF_SIDE_LEFT;
  assessment->triage = CALF_TRIAGE_SOON;
  assessment->database_version = g_strdup ("2026.11.0");
  assessment->answers = g_strdup ("{\"region\": \"achilles\", \"side\": \"left\", \"findings\": {}}");
  assessment->causes = g_strdup ("[{\"id\": \"achilles-tendinopathy\", \"likelihood\": \"Likely\"},"
                                 " {\"id\": \"muscle-imbalance\", \"likelihood\": \"Possible\"}]");
  g_assert_true (calf_history_add (history, assessment, NULL));

  for (int d = 27; d >= 0; d -= 2)
    {
      g_autoptr(CalfHistoryEntry) pain = calf_history_entry_new (CALF_HISTORY_KIND_PAIN);
      g_autoptr(CalfHistoryEntry) session = calf_history_entry_new (CALF_HISTORY_KIND_SESSION);

      pain->time = now - d * day - 12 * 60 * 60;
      pain->pain = 2 + d * 4 / 27;
      g_assert_true (calf_history_add (history, pain, NULL));

      session->time = now - d * day;
      session->exercise = g_strdup (d % 4 == 1 ? "eccentric-heel-drop-bent-knee" : "eccentric-heel-drop-straight-knee");
      session->sets_done = 3;
      session->reps_done = 45;
      session->duration = 540;
      session->pain_during = 3 + d * 2 / 27;
      session->pain_next_morning = d > 0 ? pain->pain : CALF_HISTORY_NO_PAIN;
      g_assert_true (calf_history_add (history, session, NULL));
    }

  for (int week = 0; week < 4; week++)
    {
      g_clear_pointer (&selftest, calf_history_entry_free);
      selftest = calf_history_entry_new (CALF_HISTORY_KIND_SELFTEST);
      selftest->time = now - (27 - 8 * week) * day;
      selftest->test = CALF_SELFTEST_KNEE_TO_WALL;
      selftest->side = CALF_SIDE_LEFT;
      selftest->left = 7 + week;
      selftest->right = 11.5;
      selftest->threshold = 10;
      g_assert_true (calf_history_add (history, selftest, NULL));
    }
}

static void
test_screenshots (void)
{
  seed_four_weeks ();
  for (guint i = 0; i < FLOW_TEST_N_SHOTS; i++)
    {
      CalfWindow *window = flow_test_open_window (app, &flow_test_shots[i]);
      g_autofree char *name = g_strdup_printf ("history-%d%s", flow_test_shots[i].width,
                                               flow_test_shots[i].dark ? "-dark" : "");
      CalfHistoryPage *page = show_history (window);
      int min_width;

      calf_test_wait_for (stack_settled, window, 5000);
      calf_test_wait_for_frame (GTK_WIDGET (window));
      gtk_widget_measure (GTK_WIDGET (page), GTK_ORIENTATION_HORIZONTAL, -1, &min_width, NULL, NULL, NULL);
      g_assert_cmpint (min_width, <=, flow_test_shots[i].width);
      g_free (calf_test_save_screenshot (GTK_WIDGET (window), name));

      /* The self-test chart, below the fold. */
      {
        GtkWidget *title = calf_test_find_label (GTK_WIDGET (page), "Knee to wall (cm)");
        g_autofree char *chart_name = g_strdup_printf ("history-selftests-%d%s", flow_test_shots[i].width,
                                                       flow_test_shots[i].dark ? "-dark" : "");

        g_assert_nonnull (title);
        g_free (calf_test_save_screenshot (gtk_widget_get_parent (title), chart_name));
      }
    }
}

int
main (int   argc,
      char *argv[])
{
  int status;

  gtk_test_init (&argc, &argv, NULL);
  /* As calf-check-gui does: PDFs through the layout linked in. */
  calf_render_set_pdf_writer (calf_report_render_pdf_default);
  app = flow_test_start_app ("History");

  g_test_add_func ("/history-window/kept-and-listed", test_kept_and_listed);
  g_test_add_func ("/history-window/delete-and-undo", test_delete_and_undo);
  g_test_add_func ("/history-window/turned-off", test_turned_off);
  g_test_add_func ("/history-window/damaged-file", test_damaged_file);
  g_test_add_func ("/history-window/screenshots", test_screenshots);

  status = g_test_run ();
  g_clear_object (&app);
  return status;
}
