/* test-selftest-page.c
 *
 * SPDX-FileCopyrightText: 2026 The Calf Check authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The self-test pages, alone and inside the assessment. The shipped
 * database asks the self-test questions late, so the window test runs on a
 * copy that asks the heel-raise question first.
 */

#define G_LOG_DOMAIN "calf-test-selftest-page"

#include "config.h"

#include <string.h>

#include "calf-database-test-utils.h"
#include "calf-selftest-page.h"
#include "calf-test-utils.h"
#include "calf-window-exercises.h"
#include "flow-test-utils.h"

static CalfApplication *app;

static CalfWindow *
window (void)
{
  return flow_test_get_window (app);
}

static gpointer
child (gpointer    page,
       const char *name)
{
  GObject *object = gtk_widget_get_template_child (GTK_WIDGET (page), CALF_TYPE_SELFTEST_PAGE, name);

  g_assert_nonnull (object);
  return object;
}

static void
on_apply (CalfSelftestPage         *page,
          const CalfSelftestResult *result,
          double                   *value)
{
  *value = result->value;
}

/* Alone: values in, the flag wording out, ::apply with the painful side. */
static void
test_page (void)
{
  CalfDatabase *database = calf_window_get_database (window ());
  GtkWidget *page = calf_selftest_page_new (database, CALF_SELFTEST_KNEE_TO_WALL, CALF_SIDE_RIGHT, -1, CALF_SEX_UNKNOWN);
  const CalfSelftestResult *result;
  double applied = -1;

  g_signal_connect (page, "apply", G_CALLBACK (on_apply), &applied);
  calf_window_push_page (window (), page, "Knee-to-Wall Test");
  calf_test_wait_for_frame (page);

  /* The database's steps, then "both legs". */
  g_assert_cmpuint (gtk_widget_get_visible (child (page, "result_box")), ==, FALSE);
  g_assert_false (gtk_widget_is_sensitive (child (page, "apply_button")));

  /* Nothing measured yet, not a value at the cut-off; the painful leg is
   * the one marked. */
  g_assert_cmpfloat (gtk_spin_button_get_value (child (page, "left_spin")), ==, 0);
  g_assert_cmpfloat (gtk_spin_button_get_value (child (page, "right_spin")), ==, 0);
  g_assert_cmpstr (adw_preferences_row_get_title (child (page, "right_row")), ==, "_Right Leg (Painful)");
  g_assert_cmpstr (adw_preferences_row_get_title (child (page, "left_row")), ==, "_Left Leg");

  calf_selftest_page_set_values (CALF_SELFTEST_PAGE (page), 12, 8);
  flow_test_activate (child (page, "show_button"));
  /* The result takes the focus, so it scrolls into view and is read. */
  g_assert_true (gtk_window_get_focus (GTK_WINDOW (window ())) == child (page, "apply_button"));
  calf_test_assert_no_focusable_label (page);
  result = calf_selftest_page_get_result (CALF_SELFTEST_PAGE (page));
  g_assert_nonnull (result);
  g_assert_true (result->right_flagged);
  g_assert_true (result->side_difference);
  g_assert_cmpstr (gtk_label_get_label (child (page, "flag_label")), ==, "Something stands out");
  g_assert_nonnull (strstr (gtk_label_get_label (child (page, "summary_label")), "not a validated cut-off"));
  g_assert_true (gtk_widget_get_visible (child (page, "result_box")));

  /* Changing a value asks for a new look first. */
  calf_selftest_page_set_values (CALF_SELFTEST_PAGE (page), 12, 11.5);
  g_assert_null (calf_selftest_page_get_result (CALF_SELFTEST_PAGE (page)));
  g_assert_false (gtk_widget_is_sensitive (child (page, "apply_button")));

  /* Use These Results once the new result is shown. */
  flow_test_activate (child (page, "show_button"));
  flow_test_activate (child (page, "apply_button"));
  g_assert_cmpfloat (applied, ==, 11.5);
  g_assert_cmpstr (gtk_label_get_label (child (page, "flag_label")), ==, "Nothing stands out in this test");

  calf_window_pop_page (window ());
}

/* Inside the assessment: the question's button opens the test; its result
 * answers the question with the painful side's value. */
static void
test_in_assessment (void)
{
  const CalfFinding *count;
  CalfQuestionFlow *flow;
  GtkWidget *question_page;
  GtkWidget *button;
  GtkWidget *page;
  double value = -1;

  flow_test_choose_region (window (), "achilles");
  question_page = flow_test_top (window ());
  g_assert_true (CALF_IS_QUESTION_PAGE (question_page));
  g_assert_cmpstr (calf_question_page_get_question (CALF_QUESTION_PAGE (question_page))->id, ==, "heel-raise-count");

  button = g_object_get_data (G_OBJECT (question_page), "calf-selftest-button");
  g_assert_nonnull (button);
  flow_test_activate (button);

  page = flow_test_top (window ());
  g_assert_true (CALF_IS_SELFTEST_PAGE (page));
  g_assert_cmpint (calf_selftest_page_get_kind (CALF_SELFTEST_PAGE (page)), ==, CALF_SELFTEST_HEEL_RAISE);
  calf_test_wait_for_frame (page);

  flow = calf_window_get_flow (window ());
  calf_selftest_page_set_values (CALF_SELFTEST_PAGE (page), 15, 30);
  flow_test_activate (child (page, "show_button"));
  flow_test_activate (child (page, "apply_button"));

  g_assert_false (CALF_IS_SELFTEST_PAGE (flow_test_top (window ())));
  count = calf_database_lookup_finding (calf_window_get_database (window ()), "heel-raise-count");
  g_assert_true (calf_answers_lookup (calf_question_flow_get_answers (flow), count, &value));
  /* The start page's leg switch is on the left leg by default. */
  g_assert_cmpint (calf_answers_get_side (calf_question_flow_get_answers (flow)), ==, CALF_SIDE_LEFT);
  g_assert_cmpfloat (value, ==, 15);
  g_assert_cmpstr (calf_question_flow_get_reply (flow, 0)->question->id, ==, "heel-raise-count");

  /* Other questions have no such button. */
  question_page = flow_test_top (window ());
  if (CALF_IS_QUESTION_PAGE (question_page))
    g_assert_false (gtk_widget_get_visible (g_object_get_data (G_OBJECT (question_page), "calf-selftest-button")));

  calf_window_discard_assessment (window ());
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  g_autofree char *source = NULL;
  g_autofree char *tmp = NULL;
  g_autofree char *path = NULL;
  g_autofree char *text = NULL;
  g_autofree char *changed = NULL;
  int status;

  gtk_test_init (&argc, &argv, NULL);

  source = g_build_filename (g_getenv ("CALF_SOURCE_DIR"), "data", "database", NULL);
  tmp = g_dir_make_tmp ("calf-selftest-page-XXXXXX", &error);
  g_assert_no_error (error);
  calf_test_db_copy_folder (source, tmp);
  path = g_build_filename (tmp, "questions.json", NULL);
  g_assert_true (g_file_get_contents (path, &text, NULL, &error));
  changed = calf_test_db_apply_edit (text,
                                     "\"red_flag_screen\": false,\n      \"self_test\": true,\n      \"priority\": 420,",
                                     "\"red_flag_screen\": true,\n      \"self_test\": true,\n      \"priority\": 0,");
  g_assert_true (g_file_set_contents (path, changed, -1, &error));

  app = calf_application_new (APPLICATION_ID ".SelftestPage", G_APPLICATION_NON_UNIQUE);
  calf_application_set_database_path (app, tmp);
  g_assert_true (g_application_register (G_APPLICATION (app), NULL, &error));
  g_assert_no_error (error);
  g_application_activate (G_APPLICATION (app));
  g_assert_nonnull (calf_window_get_database (window ()));
  calf_test_wait_for_frame (GTK_WIDGET (window ()));

  g_test_add_func ("/selftest-page/alone", test_page);
  g_test_add_func ("/selftest-page/in-assessment", test_in_assessment);

  status = g_test_run ();
  calf_test_db_remove_tree (tmp);
  return status;
}
