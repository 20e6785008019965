/* test-screenshots-flow.c
 *
 * SPDX-FileCopyrightText: 2026 The Calf Check authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Screenshots of the start, question, red-flag, About You and results pages, light
 * and dark, at 360×640 and 1000×700, written to $CALF_SCREENSHOT_DIR as
 * flow-<page>-<width>[-dark].png. Each page must fit its width (nothing
 * needs more room than the window gives it), cut no label short with an
 * ellipsis, and draw something. With $LANGUAGE set (tests/meson.build runs
 * it in German) the pages are in that language, 360 px wide only, and the
 * files are named flow-<page>-360[-dark]-<language>.png: long words must
 * fit the narrowest window too.
 */

#define G_LOG_DOMAIN "calf-test-screenshots-flow"

#include "config.h"

#include <glib/gi18n.h>

#include "calf-expander-row.h"
#include "calf-program-files.h"
#include "calf-test-utils.h"
#include "flow-test-utils.h"

static CalfApplication *app;
/* The interface language under test, or NULL for English. */
static const char *language;

/* Adds the text of every mapped label under @widget to @shown, and to
 * @ellipsized those that show an ellipsis for text cut short. */
static void
collect_labels (GtkWidget  *widget,
                GHashTable *shown,
                GPtrArray  *ellipsized)
{
  if (!gtk_widget_get_mapped (widget))
    return;

  if (GTK_IS_LABEL (widget))
    {
      const char *text = gtk_label_get_text (GTK_LABEL (widget));

      int layout_height;

      /* Text taller than the room it was given runs over what follows. */
      pango_layout_get_pixel_size (gtk_label_get_layout (GTK_LABEL (widget)), NULL, &layout_height);
      if (layout_height > gtk_widget_get_height (widget) + 1)
        g_error ("“%s” needs %d pixels of height, and has %d", text, layout_height, gtk_widget_get_height (widget));

      if (gtk_label_get_ellipsize (GTK_LABEL (widget)) != PANGO_ELLIPSIZE_NONE &&
          pango_layout_is_ellipsized (gtk_label_get_layout (GTK_LABEL (widget))))
        g_ptr_array_add (ellipsized, (gpointer) text);
      else
        g_hash_table_add (shown, (gpointer) text);
    }

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child; child = gtk_widget_get_next_sibling (child))
    {
      graphene_rect_t bounds;

      /* A child that reaches past the bottom of a box was measured for
       * another width: it runs over whatever follows the box. */
      if (GTK_IS_BOX (widget) && gtk_widget_get_mapped (child) &&
          gtk_widget_compute_bounds (child, widget, &bounds) &&
          bounds.origin.y + bounds.size.height > gtk_widget_get_height (widget) + 1)
        {
          g_autoptr(GString) chain = g_string_new (NULL);


          for (GtkWidget *w = widget; w != NULL; w = gtk_widget_get_parent (w))
            g_string_append_printf (chain, " < %s%s%s", G_OBJECT_TYPE_NAME (w),
                                    gtk_widget_get_name (w) ? "#" : "", gtk_widget_get_name (w) ? gtk_widget_get_name (w) : "");
          g_error ("a %s (“%s”, %.0f wide in a box %d wide) reaches to %.0f pixels, past the bottom of its box (%d) %s",
                   G_OBJECT_TYPE_NAME (child), GTK_IS_LABEL (child) ? gtk_label_get_text (GTK_LABEL (child)) : "",
                   bounds.size.width, gtk_widget_get_width (widget),
                   bounds.origin.y + bounds.size.height, gtk_widget_get_height (widget), chain->str);
        }
      collect_labels (child, shown, ellipsized);
    }
}

/* Labels cut short with an ellipsis whose words the window does not also
 * show in full (a long condition's name in the header bar is whole in the
 * page's own heading), one per line; empty when there is none. */
static char *
find_cut_labels (GtkWidget *window)
{
  g_autoptr(GHashTable) shown = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GPtrArray) ellipsized = g_ptr_array_new ();
  GString *cut = g_string_new (NULL);

  collect_labels (window, shown, ellipsized);
  for (guint i = 0; i < ellipsized->len; i++)
    if (!g_hash_table_contains (shown, g_ptr_array_index (ellipsized, i)))
      g_string_append_printf (cut, "\n  “%s”", (const char *) g_ptr_array_index (ellipsized, i));

  return g_string_free (cut, FALSE);
}

static gboolean
on_timeout (gpointer user_data)
{
  *(gboolean *) user_data = TRUE;
  return G_SOURCE_REMOVE;
}

static gboolean
is_true (gpointer user_data)
{
  return *(gboolean *) user_data;
}

static void
wait_ms (guint ms)
{
  gboolean done = FALSE;

  g_timeout_add (ms, on_timeout, &done);
  calf_test_wait_for (is_true, &done, ms + 5000);
}

static gboolean
stack_settled (gpointer user_data)
{
  GtkStack *stack = GTK_STACK (gtk_widget_get_template_child (user_data, CALF_TYPE_WINDOW, "main_stack"));

  return !gtk_stack_get_transition_running (stack);
}

static void
take (CalfWindow *window,
      const FlowTestShot *shot,
      const char *page_name)
{
  g_autofree char *name = g_strdup_printf ("flow-%s-%d%s%s%s", page_name, shot->width, shot->dark ? "-dark" : "",
                                           language != NULL ? "-" : "", language != NULL ? language : "");
  g_autofree char *cut = NULL;
  g_autofree char *path = NULL;
  g_autoptr(GdkTexture) texture = NULL;
  g_autoptr(GError) error = NULL;
  GtkWidget *page = calf_window_get_visible_page (window);
  int min_width;
  double luma;

  calf_test_wait_for (stack_settled, window, 5000);
  calf_test_wait_for_frame (GTK_WIDGET (window));
  calf_test_wait_for_frame (GTK_WIDGET (window));
  calf_test_wait_for_frame (GTK_WIDGET (window));

  /* Nothing is cut off sideways: the page fits in what it is given. */
  gtk_widget_measure (page, GTK_ORIENTATION_HORIZONTAL, -1, &min_width, NULL, NULL, NULL);
  g_assert_cmpint (min_width, <=, gtk_widget_get_width (page));
  g_assert_cmpint (gtk_widget_get_width (page), ==, shot->width);

  /* Nor is any text cut short, the header bar's titles included. */
  cut = find_cut_labels (GTK_WIDGET (window));
  if (*cut != '\0')
    g_error ("%s: labels cut short:%s", name, cut);

  path = calf_test_save_screenshot (GTK_WIDGET (window), name);
  texture = gdk_texture_new_from_filename (path, &error);
  g_assert_no_error (error);
  g_assert_cmpint (gdk_texture_get_width (texture), ==, shot->width);
  g_assert_cmpuint (calf_test_texture_n_pixels_differing (texture), >, 1000);

  luma = calf_test_texture_mean_luma (texture);
  g_test_message ("%s: mean luma %.1f", name, luma);
  if (shot->dark)
    g_assert_cmpfloat (luma, <, 128);
  else
    g_assert_cmpfloat (luma, >, 128);
}

static void
test_shots (gconstpointer data)
{
  const FlowTestShot *shot = data;
  g_autoptr(GHashTable) none = flow_test_findings_new (NULL, NULL);
  g_autoptr(GHashTable) tendinopathy = flow_test_findings_new ("gradual-onset", "true",
                                                               "morning-stiffness", "true",
                                                               "pain-on-tiptoe", "true",
                                                               "duration-days", "120",
                                                               "age", "52",
                                                               "sex", "female",
                                                               NULL);
  CalfWindow *window = flow_test_open_window (app, shot);
  CalfDatabase *database = calf_window_get_database (window);
  GtkWidget *question_page;

  calf_window_discard_assessment (window);
  take (window, shot, "start");

  /* A self-test question: steps, a drawing and a number with its unit. */
  question_page = calf_question_page_new ();
  calf_question_page_set_question (CALF_QUESTION_PAGE (question_page),
                                   calf_database_lookup_question (database, "knee-to-wall-cm"),
                                   NULL, 6);
  calf_window_push_page_full (window, question_page, calf_database_lookup_region (database, "achilles")->name,
                              _("Left leg"));
  take (window, shot, "question");
  calf_window_pop_to_start (window);

  flow_test_choose_region (window, "upper-calf-inner");
  while (!g_str_equal (calf_question_page_get_question (CALF_QUESTION_PAGE (flow_test_top (window)))->id,
                       "breathless-or-chest-pain"))
    flow_test_answer_from (window, none);
  flow_test_answer (window, CALF_REPLY_YES, NULL);
  g_assert_true (CALF_IS_RED_FLAG_PAGE (flow_test_top (window)));
  take (window, shot, "red-flag");

  /* Back at the start, the assessment is offered for resuming. */
  calf_window_pop_to_start (window);
  g_assert_true (gtk_widget_get_visible ((GtkWidget *) gtk_widget_get_template_child (flow_test_top (window),
                                                                                      CALF_TYPE_START_PAGE,
                                                                                      "resume_box")));
  take (window, shot, "start-resume");
  calf_window_discard_assessment (window);

  flow_test_choose_region (window, "achilles");
  while (CALF_IS_QUESTION_PAGE (flow_test_top (window)))
    flow_test_answer_from (window, tendinopathy);
  g_assert_true (CALF_IS_ABOUT_YOU_PAGE (flow_test_top (window)));
  take (window, shot, "about-you");
  flow_test_answer_all (window, tendinopathy, 80);
  g_assert_true (CALF_IS_RESULTS_PAGE (flow_test_top (window)));
  take (window, shot, "results");

  /* Further down: a cause opened to show why, the exercises, the buttons. */
  {
    CalfResultsPage *results = CALF_RESULTS_PAGE (flow_test_top (window));
    CalfResult *result = calf_results_page_get_result (results);
    const CalfRankedCondition *top = g_ptr_array_index (calf_result_get_conditions (result), 0);
    GtkWidget *row = calf_results_page_get_condition_row (results, top->condition->id);
    GtkWidget *expander = gtk_widget_get_ancestor (row, CALF_TYPE_EXPANDER_ROW);
    GtkWidget *scrolled = gtk_widget_get_first_child (GTK_WIDGET (results));
    GtkAdjustment *adjustment;

    g_assert_true (GTK_IS_SCROLLED_WINDOW (scrolled));
    calf_expander_row_set_expanded (CALF_EXPANDER_ROW (expander), TRUE);
    wait_ms (600);  /* the row's reveal animation */
    calf_test_wait_for_frame (GTK_WIDGET (window));
    adjustment = gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (scrolled));
    {
      double x, y;

      /* The opened cause at the top. */
      g_assert_true (gtk_widget_translate_coordinates (expander, gtk_scrolled_window_get_child (GTK_SCROLLED_WINDOW (scrolled)),
                                                       0, 0, &x, &y));
      gtk_adjustment_set_value (adjustment, y - 12);
    }
    take (window, shot, "results-why");
    for (guint i = 0; i < 3; i++)
      {
        gtk_adjustment_set_value (adjustment, gtk_adjustment_get_upper (adjustment));
        calf_test_wait_for_frame (GTK_WIDGET (window));
      }
    take (window, shot, "results-end");

    /* The exercise plan: one week, then the exercises with their doses. */
    {
      GtkWidget *heading = calf_test_find_label (GTK_WIDGET (results), _("Your Exercise Plan"));
      double x, y;

      g_assert_nonnull (heading);
      g_assert_true (gtk_widget_translate_coordinates (heading, gtk_scrolled_window_get_child (GTK_SCROLLED_WINDOW (scrolled)),
                                                       0, 0, &x, &y));
      /* The viewport's coordinates move with the scrolling. */
      gtk_adjustment_set_value (adjustment, gtk_adjustment_get_value (adjustment) + y - 12);
      take (window, shot, "results-plan");
    }

    /* The page about the most likely cause. */
    flow_test_activate (row);
    g_assert_false (CALF_IS_RESULTS_PAGE (flow_test_top (window)));
    take (window, shot, "condition");
    calf_window_pop_page (window);

    /* Every answer given, to change any. */
    g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.answers", NULL));
    take (window, shot, "answers");
  }
  calf_window_discard_assessment (window);

  /* "Not sure" to a warning sign: the advice says what could change it. */
  flow_test_choose_region (window, "mid-calf");
  while (!g_str_equal (calf_question_page_get_question (CALF_QUESTION_PAGE (flow_test_top (window)))->id,
                       "cold-pale-foot"))
    flow_test_answer (window, CALF_REPLY_NO, NULL);
  /* A warning sign with several answers: the longest labels of the screen. */
  take (window, shot, "question-choices");
  flow_test_answer (window, CALF_REPLY_CHOICE, "not-sure");
  flow_test_answer (window, CALF_REPLY_NOT_SURE, NULL);
  for (guint i = 0; i < 60 && !CALF_IS_RESULTS_PAGE (flow_test_top (window)); i++)
    {
      if (CALF_IS_RED_FLAG_PAGE (flow_test_top (window)))
        g_signal_emit_by_name (flow_test_top (window), "show-results");
      else if (CALF_IS_ABOUT_YOU_PAGE (flow_test_top (window)))
        flow_test_about_you (window, "62", CALF_SEX_MALE);
      else
        flow_test_answer_from (window, none);
    }
  g_assert_true (CALF_IS_RESULTS_PAGE (flow_test_top (window)));
  take (window, shot, "results-unsure");
  {
    GtkWidget *results = flow_test_top (window);
    GtkWidget *heading = calf_test_find_label (results, _("What Could Change This Advice"));
    GtkWidget *scrolled = gtk_widget_get_first_child (results);
    GtkWidget *viewport = gtk_scrolled_window_get_child (GTK_SCROLLED_WINDOW (scrolled));
    double x, y;

    g_assert_nonnull (heading);
    g_assert_true (gtk_widget_translate_coordinates (heading, viewport, 0, 0, &x, &y));
    gtk_adjustment_set_value (gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (scrolled)), y - 24);
    take (window, shot, "results-could-change");
  }
  calf_window_discard_assessment (window);
}

int
main (int   argc,
      char *argv[])
{
  int status;

  calf_program_init_i18n ();
  gtk_test_init (&argc, &argv, NULL);
  /* GNOME's own window buttons (org.gnome.desktop.wm.preferences), not
   * GTK's fallback with minimize and maximize: the header bar's title has
   * the room it has on the desktop the app is made for. */
  g_object_set (gtk_settings_get_default (), "gtk-decoration-layout", "appmenu:close", NULL);
  language = g_getenv ("LANGUAGE");
  if (language != NULL && *language == '\0')
    language = NULL;

  app = flow_test_start_app ("ScreenshotsFlow");

  for (guint i = 0; i < FLOW_TEST_N_SHOTS; i++)
    {
      g_autofree char *path = g_strdup_printf ("/screenshots-flow/%d%s", flow_test_shots[i].width, flow_test_shots[i].dark ? "-dark" : "");

      if (language != NULL && flow_test_shots[i].width != 360)
        continue;

      g_test_add_data_func (path, &flow_test_shots[i], test_shots);
    }

  status = g_test_run ();

  g_clear_object (&app);

  return status;
}
