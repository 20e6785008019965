/* calf-results-page-sections.c
 *
 * SPDX-FileCopyrightText: 2026 The Calf Check authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "calf-results-page"

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "calf-exercise-plan.h"
#include "calf-expander-row.h"
#include "calf-page-util.h"
#include "calf-row.h"
#include "calf-results-page-private.h"

/* The sections of the results page below the triage: the possible causes
 * with the answers for and against each, the exercises (or why there are
 * none), the self-tests still open, and the safety advice. */

/* "Answers that point towards it: a, b" as one wrapped line. */
static char *
join_labels (GPtrArray *findings)
{
  g_autoptr(GString) text = g_string_new (NULL);

  for (guint i = 0; i < findings->len; i++)
    {
      const CalfFinding *finding = g_ptr_array_index (findings, i);

      if (i > 0)
        g_string_append_c (text, '\n');
      /* Translators: an item of a bulleted list */
      g_string_append_printf (text, _("• %s"), finding->label);
    }

  return g_string_free (g_steal_pointer (&text), FALSE);
}

/* What speaks for and against a cause, and its page. */
static void
add_cause_details (CalfResultsPage           *self,
                   CalfExpanderRow           *expander,
                   const CalfRankedCondition *ranked)
{
  g_autofree char *about = NULL;
  GtkWidget *row;

  if (ranked->supporting->len > 0)
    {
      g_autofree char *labels = join_labels (ranked->supporting);

      /* Translators: a row title under a possible cause, before the answers that make it more
       * likely. */
      row = calf_page_row_new (_("Points Towards It"), labels);
      calf_expander_row_add_row (expander, row);
    }
  if (ranked->opposing->len > 0)
    {
      g_autofree char *labels = join_labels (ranked->opposing);

      /* Translators: a row title under a possible cause, before the answers that make it less
       * likely. */
      row = calf_page_row_new (_("Points Away From It"), labels);
      calf_expander_row_add_row (expander, row);
    }
  if (ranked->supporting->len == 0 && ranked->opposing->len == 0)
    {
      /* Translators: a row title under a possible cause when no answer points towards or away
       * from it; the row says "It is common at this place of the leg." */
      row = calf_page_row_new (_("Why It Is Listed"), _("It is common at this place of the leg."));
      calf_expander_row_add_row (expander, row);
    }

  /* Translators: opens the page about a possible cause */
  about = g_strdup_printf (_("About %s"), ranked->condition->name);
  row = calf_page_row_new (about, ranked->condition->summary);
  calf_row_set_opens_page (CALF_ROW (row), TRUE);
  g_object_set_data (G_OBJECT (row), "calf-id", (gpointer) ranked->condition->id);
  g_signal_connect (row, "activated", G_CALLBACK (calf_results_page_condition_row_activated), self);
  calf_expander_row_add_row (expander, row);

  g_hash_table_insert (self->condition_rows, (gpointer) ranked->condition->id, row);
}

#define RANKED_KEY "calf-ranked"

void
calf_results_page_ensure_cause_details (CalfResultsPage *self,
                                        CalfExpanderRow *expander)
{
  const CalfRankedCondition *ranked = g_object_steal_data (G_OBJECT (expander), RANKED_KEY);

  if (ranked != NULL)
    add_cause_details (self, expander, ranked);
}

/* The details are built when a cause is first opened: collapsed, they
 * would still be measured with the page (a revealer measures what it
 * hides), which made the results page slow to show. */
static void
on_cause_expanded (CalfExpanderRow *expander,
                   GParamSpec      *pspec,
                   CalfResultsPage *self)
{
  if (calf_expander_row_get_expanded (expander))
    calf_results_page_ensure_cause_details (self, expander);
}

void
calf_results_page_add_causes (CalfResultsPage *self,
                              GtkWidget       *content)
{
  GPtrArray *conditions = calf_result_get_conditions (self->result);
  guint n_listed = MIN (calf_result_get_n_listed (self->result), conditions->len);
  GtkWidget *list;

  calf_page_add_heading (content, _("Possible Causes"), "title-3");
  calf_page_add_label (content,
                       _("The most likely first. These are possibilities to talk over with a doctor or physiotherapist, not a diagnosis."),
                       NULL);

  list = calf_page_add_boxed_list (content);
  for (guint i = 0; i < n_listed; i++)
    {
      const CalfRankedCondition *ranked = g_ptr_array_index (conditions, i);
      GtkWidget *expander = calf_expander_row_new (ranked->condition->name, ranked->likelihood);

      gtk_list_box_append (GTK_LIST_BOX (list), expander);

      /* The result outlives the page's rows (the page holds it). */
      g_object_set_data (G_OBJECT (expander), RANKED_KEY, (gpointer) ranked);
      g_signal_connect (expander, "notify::expanded", G_CALLBACK (on_cause_expanded), self);
      g_hash_table_insert (self->condition_expanders, (gpointer) ranked->condition->id, expander);
    }
}

/* The dose once: the week above says the days. */
static void
add_exercise_rows (CalfResultsPage *self,
                   GtkWidget       *list,
                   GPtrArray       *exercises,
                   gboolean         activatable)
{
  for (guint i = 0; i < exercises->len; i++)
    {
      const CalfExercise *exercise = g_ptr_array_index (exercises, i);
      g_autofree char *dose = calf_exercise_plan_dose_to_string (exercise);
      GtkWidget *row = calf_page_row_new (exercise->name, dose);

      g_object_set_data (G_OBJECT (row), "calf-id", (gpointer) exercise->id);
      if (activatable)
        {
          calf_row_set_opens_page (CALF_ROW (row), TRUE);
          g_signal_connect (row, "activated", G_CALLBACK (calf_results_page_exercise_row_activated), self);
        }
      gtk_list_box_append (GTK_LIST_BOX (list), row);
      g_hash_table_insert (self->exercise_rows, (gpointer) exercise->id, row);
    }
}

void
calf_results_page_add_exercises (CalfResultsPage *self,
                                 GtkWidget       *content)
{
  GPtrArray *exercises = calf_result_get_exercises (self->result);
  GPtrArray *withheld = calf_result_get_withheld (self->result);
  /* Rows open an exercise only where someone shows it. */
  gboolean activatable = g_signal_has_handler_pending (self, g_signal_lookup ("exercise-activated",
                                                                              CALF_TYPE_RESULTS_PAGE),
                                                       0, FALSE);
  GtkWidget *list;

  if (exercises->len > 0)
    {
      guint n_planned = calf_result_get_n_planned (self->result);
      g_autoptr(GPtrArray) plan = g_ptr_array_new ();
      g_autoptr(GPtrArray) week = NULL;
      GtkWidget *section;

      for (guint i = 0; i < n_planned; i++)
        g_ptr_array_add (plan, g_ptr_array_index (exercises, i));

      calf_page_add_heading (content, _("Your Exercise Plan"), "title-3");
      calf_page_add_label (content,
                           _("Stop any exercise that makes the pain worse than about 5 out of 10, or that is still worse the next morning."),
                           NULL);

      /* One week for the whole plan: which days, which exercises. */
      section = calf_page_add_section (content, _("Your Week"), NULL);
      week = calf_exercise_plan_week (plan);
      for (guint i = 0; i < week->len; i++)
        {
          const CalfPlanGroup *group = g_ptr_array_index (week, i);
          g_autofree char *days = calf_plan_days_to_string (group->days);
          g_autoptr(GPtrArray) names = g_ptr_array_new ();

          for (guint j = 0; j < group->exercises->len; j++)
            {
              const CalfExercise *exercise = g_ptr_array_index (group->exercises, j);

              g_ptr_array_add (names, (gpointer) exercise->name);
            }
          calf_page_add_label (section, days, "caption-heading");
          calf_page_add_bullets (section, (const char * const *) names->pdata, names->len);
        }

      list = calf_page_add_boxed_list (content);
      add_exercise_rows (self, list, plan, activatable);

      if (exercises->len > n_planned)
        {
          g_autoptr(GPtrArray) more = g_ptr_array_new ();

          for (guint i = n_planned; i < exercises->len; i++)
            g_ptr_array_add (more, g_ptr_array_index (exercises, i));
          calf_page_add_heading (content, _("More Exercises"), "title-4");
          calf_page_add_label (content,
                               _("These may help too. Add one in place of an exercise of your plan, not on top of it."),
                               NULL);
          list = calf_page_add_boxed_list (content);
          add_exercise_rows (self, list, more, activatable);
        }
    }

  if (withheld->len > 0)
    {
      calf_page_add_heading (content, _("Not Advised for Now"), "title-3");
      list = calf_page_add_boxed_list (content);
      for (guint i = 0; i < withheld->len; i++)
        {
          const CalfWithheldExercise *item = g_ptr_array_index (withheld, i);

          gtk_list_box_append (GTK_LIST_BOX (list), calf_page_row_new (item->exercise->name, item->reason));
        }
    }
}

/* Measuring both calves sharpens the possible causes, but only once the
 * triage says self-care is safe: no tests while help is needed first. */
void
calf_results_page_add_selftests (CalfResultsPage *self,
                                 GtkWidget       *content)
{
  GtkWidget *list;

  if (self->selftests->len == 0 ||
      calf_result_get_triage_level (self->result) >= CALF_TRIAGE_URGENT)
    return;

  calf_page_add_heading (content, _("Measure Your Calves"), "title-3");
  calf_page_add_label (content,
                       _("Two short tests on both legs show how far your ankles bend and how strong your calves are. Your results are updated with what you measure."),
                       NULL);
  list = calf_page_add_boxed_list (content);
  for (guint i = 0; i < self->selftests->len; i++)
    {
      CalfSelftestKind kind = g_array_index (self->selftests, CalfSelftestKind, i);
      GtkWidget *row;

      if (kind == CALF_SELFTEST_KNEE_TO_WALL)
        /* Translators: the name of a self-test: how far the knee reaches past the toes towards
         * a wall. Also a header bar title: keep it short. */
        row = calf_page_row_new (_("Knee-to-Wall Test"), _("How far each ankle bends, in centimetres"));
      else
        /* Translators: the name of a self-test: rising onto the toes of one leg as many times
         * as possible. Also a header bar title: keep it short. */
        row = calf_page_row_new (_("Heel-Raise Test"), _("How many single-leg heel raises each calf can do"));

      g_object_set_data (G_OBJECT (row), "calf-kind", GINT_TO_POINTER (kind));
      calf_row_set_opens_page (CALF_ROW (row), TRUE);
      g_signal_connect (row, "activated", G_CALLBACK (calf_results_page_selftest_row_activated), self);
      gtk_list_box_append (GTK_LIST_BOX (list), row);
      g_hash_table_insert (self->selftest_rows, GINT_TO_POINTER (kind), row);
    }
}

void
calf_results_page_add_safety (CalfResultsPage *self,
                              GtkWidget       *content)
{
  GPtrArray *safety = calf_result_get_safety (self->result);

  if (safety->len == 0)
    return;

  calf_page_add_heading (content, _("Staying Safe"), "title-3");
  for (guint i = 0; i < safety->len; i++)
    {
      const CalfSafetyStatement *statement = g_ptr_array_index (safety, i);

      GtkWidget *section = calf_page_add_section (content, statement->title, NULL);

      calf_page_add_label (section, statement->text, NULL);
    }

  /* The safety page: every warning sign and the emergency number. */
  {
    GtkWidget *safety_button = calf_page_button_new (_("All _Safety Advice"));

    gtk_actionable_set_action_name (GTK_ACTIONABLE (safety_button), "win.safety");
    gtk_widget_set_halign (safety_button, GTK_ALIGN_START);
    gtk_box_append (GTK_BOX (content), safety_button);
  }
}
