/* flow-test-utils.c
 *
 * SPDX-FileCopyrightText: 2026 The Calf Check authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "calf-test-flow"

#include "config.h"

#include <stdlib.h>

#include "calf-exercise-page.h"
#include "calf-region-list.h"
#include "calf-test-utils.h"
#include "flow-test-utils.h"

CalfApplication *
flow_test_start_app (const char *id_suffix)
{
  g_autofree char *id = g_strconcat (APPLICATION_ID ".", id_suffix, NULL);
  g_autoptr(GError) error = NULL;
  CalfApplication *app;

  app = calf_application_new (id, G_APPLICATION_NON_UNIQUE);
  g_assert_true (g_application_register (G_APPLICATION (app), NULL, &error));
  g_assert_no_error (error);
  g_application_activate (G_APPLICATION (app));

  calf_test_wait_for_frame (GTK_WIDGET (flow_test_get_window (app)));
  return app;
}

CalfWindow *
flow_test_get_window (CalfApplication *app)
{
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (app));

  g_assert_true (CALF_IS_WINDOW (window));
  return CALF_WINDOW (window);
}

GtkWidget *
flow_test_top (CalfWindow *window)
{
  return calf_window_get_visible_page (window);
}

CalfQuestionFlow *
flow_test_flow (CalfWindow *window)
{
  CalfQuestionFlow *flow = calf_window_get_flow (window);

  g_assert_nonnull (flow);
  return flow;
}

const CalfQuestion *
flow_test_question (CalfWindow *window)
{
  GtkWidget *page = flow_test_top (window);

  g_assert_true (CALF_IS_QUESTION_PAGE (page));
  return calf_question_page_get_question (CALF_QUESTION_PAGE (page));
}

static void
on_clicked (GtkButton *button,
            gpointer   user_data)
{
  *(gboolean *) user_data = TRUE;
}

static gboolean
is_true (gpointer user_data)
{
  return *(gboolean *) user_data;
}

/* What Enter or Space does. A realized GtkButton shows itself pressed
 * for a moment and emits ::clicked afterwards, so wait for that. */
void
flow_test_activate (GtkWidget *widget)
{
  gboolean clicked = FALSE;
  gulong handler = 0;

  g_assert_nonnull (widget);
  g_assert_true (gtk_widget_is_sensitive (widget));
  g_assert_true (gtk_widget_get_visible (widget));

  g_object_ref (widget);
  if (GTK_IS_BUTTON (widget))
    handler = g_signal_connect (widget, "clicked", G_CALLBACK (on_clicked), &clicked);

  g_assert_true (gtk_widget_activate (widget));

  if (handler != 0)
    {
      calf_test_wait_for (is_true, &clicked, 5000);
      g_signal_handler_disconnect (widget, handler);
    }
  g_object_unref (widget);
  calf_test_iterate ();
}

static GtkWidget *
find_descendant (GtkWidget *widget,
                 GType      type)
{
  if (G_TYPE_CHECK_INSTANCE_TYPE (widget, type))
    return widget;

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child; child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_descendant (child, type);

      if (found != NULL)
        return found;
    }

  return NULL;
}

void
flow_test_choose_region (CalfWindow *window,
                         const char *region_id)
{
  GtkWidget *start = flow_test_top (window);
  GtkWidget *list;

  g_assert_true (CALF_IS_START_PAGE (start));
  list = find_descendant (start, CALF_TYPE_REGION_LIST);
  g_assert_nonnull (list);
  flow_test_activate (calf_region_list_get_row (CALF_REGION_LIST (list), region_id));
}

void
flow_test_about_you (CalfWindow *window,
                     const char *age,
                     CalfSex     sex)
{
  GtkWidget *page = flow_test_top (window);

  g_assert_true (CALF_IS_ABOUT_YOU_PAGE (page));
  calf_about_you_page_set (CALF_ABOUT_YOU_PAGE (page), -1, sex);
  gtk_editable_set_text (GTK_EDITABLE (calf_about_you_page_get_age_entry (CALF_ABOUT_YOU_PAGE (page))),
                         age != NULL ? age : "");
  flow_test_activate (calf_about_you_page_get_continue_button (CALF_ABOUT_YOU_PAGE (page)));
}

void
flow_test_answer (CalfWindow    *window,
                  CalfReplyKind  kind,
                  const char    *choice_id)
{
  GtkWidget *page = flow_test_top (window);

  g_assert_true (CALF_IS_QUESTION_PAGE (page));
  flow_test_activate (calf_question_page_get_answer_button (CALF_QUESTION_PAGE (page), kind, choice_id));
}

/* Whether @choice agrees with @findings, where a finding left out counts
 * as false (as a yes/no question is answered "No"). @explicit is set when
 * at least one of its findings is given. */
static gboolean
choice_matches (const CalfChoice *choice,
                GHashTable       *findings,
                gboolean         *explicit)
{
  *explicit = FALSE;
  for (guint i = 0; i < choice->sets->len; i++)
    {
      const CalfFindingValue *set = &g_array_index (choice->sets, CalfFindingValue, i);
      const char *value = g_hash_table_lookup (findings, set->finding->id);

      if (set->finding->type != CALF_FINDING_BOOLEAN)
        continue;
      if (value == NULL)
        {
          if (set->value != 0)
            return FALSE;
          continue;
        }
      if ((g_str_equal (value, "true") ? 1.0 : 0.0) != set->value)
        return FALSE;
      *explicit = TRUE;
    }

  return choice->sets->len > 0;
}

void
flow_test_answer_from (CalfWindow *window,
                       GHashTable *findings)
{
  GtkWidget *page = flow_test_top (window);
  const CalfQuestion *question;
  const char *value;

  g_assert_true (CALF_IS_QUESTION_PAGE (page));
  question = calf_question_page_get_question (CALF_QUESTION_PAGE (page));
  g_test_message ("Question %s", question->id);

  switch (question->kind)
    {
    case CALF_QUESTION_YES_NO:
      value = g_hash_table_lookup (findings, question->finding->id);
      flow_test_answer (window, g_strcmp0 (value, "true") == 0 ? CALF_REPLY_YES : CALF_REPLY_NO, NULL);
      break;

    case CALF_QUESTION_CHOICE:
      {
        const CalfChoice *chosen = NULL;
        gboolean explicit;

        /* A choice that the findings name; on the warning-sign screen also
         * "None of these" when they leave it all out, as a yes/no warning
         * sign left out is answered "No"; otherwise "Not sure". */
        for (guint i = 0; i < question->choices->len && chosen == NULL; i++)
          if (choice_matches (g_ptr_array_index (question->choices, i), findings, &explicit) && explicit)
            chosen = g_ptr_array_index (question->choices, i);
        for (guint i = 0; question->red_flag_screen && i < question->choices->len && chosen == NULL; i++)
          if (choice_matches (g_ptr_array_index (question->choices, i), findings, &explicit))
            chosen = g_ptr_array_index (question->choices, i);
        for (guint i = 0; i < question->choices->len && chosen == NULL; i++)
          if (((const CalfChoice *) g_ptr_array_index (question->choices, i))->sets->len == 0)
            chosen = g_ptr_array_index (question->choices, i);
        if (chosen == NULL)
          chosen = g_ptr_array_index (question->choices, question->choices->len - 1);
        flow_test_answer (window, CALF_REPLY_CHOICE, chosen->id);
      }
      break;

    case CALF_QUESTION_NUMBER:
      value = g_hash_table_lookup (findings, question->finding->id);
      if (value != NULL)
        {
          gtk_spin_button_set_value (calf_question_page_get_spin_button (CALF_QUESTION_PAGE (page)),
                                     g_ascii_strtod (value, NULL));
          flow_test_answer (window, CALF_REPLY_NUMBER, NULL);
        }
      else
        {
          flow_test_answer (window, CALF_REPLY_NOT_SURE, NULL);
        }
      break;

    default:
      g_assert_not_reached ();
    }
}

guint
flow_test_answer_all (CalfWindow *window,
                      GHashTable *findings,
                      guint       max_questions)
{
  guint n = 0;

  for (;;)
    {
      GtkWidget *top = flow_test_top (window);

      if (CALF_IS_ABOUT_YOU_PAGE (top))
        {
          const char *sex = g_hash_table_lookup (findings, "sex");
          CalfSex value = CALF_SEX_UNKNOWN;

          if (sex != NULL)
            g_assert_true (calf_sex_from_string (sex, &value));
          flow_test_about_you (window, g_hash_table_lookup (findings, "age"), value);
          continue;
        }
      if (!CALF_IS_QUESTION_PAGE (top))
        break;

      g_assert_cmpuint (n, <, max_questions);
      flow_test_answer_from (window, findings);
      n++;
    }

  return n;
}

GHashTable *
flow_test_findings_new (const char *first_id,
                        ...)
{
  GHashTable *findings = g_hash_table_new (g_str_hash, g_str_equal);
  va_list args;

  va_start (args, first_id);
  for (const char *id = first_id; id != NULL; id = va_arg (args, const char *))
    g_hash_table_insert (findings, (gpointer) id, va_arg (args, char *));
  va_end (args);

  return findings;
}

/* The widths and styles every screenshot is taken in. */
const FlowTestShot flow_test_shots[FLOW_TEST_N_SHOTS] = {
  { 360, 640, FALSE },
  { 360, 640, TRUE },
  { 1000, 700, FALSE },
  { 1000, 700, TRUE },
};

static gboolean
window_has_size (gpointer user_data)
{
  const FlowTestShot *shot = user_data;
  GApplication *app = g_application_get_default ();
  GtkWindow *window = app != NULL ? gtk_application_get_active_window (GTK_APPLICATION (app)) : NULL;

  return window != NULL &&
         gtk_widget_get_width (GTK_WIDGET (window)) == shot->width &&
         gtk_widget_get_height (GTK_WIDGET (window)) == shot->height;
}

/* A new window at the shot's size and style, as the app opens at its
 * saved size; the previous window is closed. */
CalfWindow *
flow_test_open_window (CalfApplication    *app,
                       const FlowTestShot *shot)
{
  g_autoptr(GSettings) settings = g_settings_new (APPLICATION_ID);
  GtkWindow *old = gtk_application_get_active_window (GTK_APPLICATION (app));
  CalfWindow *window;

  adw_style_manager_set_color_scheme (adw_style_manager_get_default (),
                                      shot->dark ? ADW_COLOR_SCHEME_FORCE_DARK : ADW_COLOR_SCHEME_FORCE_LIGHT);

  if (old != NULL)
    gtk_window_destroy (old);
  g_settings_set_int (settings, "window-width", shot->width);
  g_settings_set_int (settings, "window-height", shot->height);
  window = calf_window_new (GTK_APPLICATION (app), calf_application_get_database (CALF_APPLICATION (app)));
  gtk_window_present (GTK_WINDOW (window));
  calf_test_wait_for_frame (GTK_WIDGET (window));

  /* Without a window manager the frame takes a few pixels of the default
   * size: ask for that much more, so the content is exactly the size. */
  if (!window_has_size ((gpointer) shot))
    gtk_window_set_default_size (GTK_WINDOW (window),
                                 2 * shot->width - gtk_widget_get_width (GTK_WIDGET (window)),
                                 2 * shot->height - gtk_widget_get_height (GTK_WIDGET (window)));
  calf_test_wait_for (window_has_size, (gpointer) shot, 10000);
  calf_test_wait_for_frame (GTK_WIDGET (window));

  return window;
}

void
flow_test_wait_saved (CalfWindow *window)
{
  CalfAutosaver *saver = calf_window_get_autosaver (window);

  g_assert_nonnull (saver);
  while (calf_autosaver_get_busy (saver))
    g_main_context_iteration (NULL, TRUE);
}

gboolean
flow_test_show_exercise (CalfWindow *window,
                         const char *exercise_id)
{
  GtkWidget *top;

  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-exercise", "s", exercise_id);
  top = calf_window_get_visible_page (window);
  return CALF_IS_EXERCISE_PAGE (top) &&
         g_str_equal (calf_exercise_page_get_exercise (CALF_EXERCISE_PAGE (top))->id, exercise_id);
}
