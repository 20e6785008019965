/* calf-report-build.c
 *
 * SPDX-FileCopyrightText: 2026 The Calf Check authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "calf-report"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>

#include "calf-exercise-plan.h"
#include "calf-report-private.h"

/* The report's sections, in words, from the result: the triage and why,
 * the possible causes with the answers for and against each, the
 * exercises (and those held back), the safety advice and the references
 * they cite. */

static gboolean
str_array_contains (GPtrArray  *array,
                    const char *str)
{
  for (guint i = 0; i < array->len; i++)
    {
      if (g_strcmp0 (g_ptr_array_index (array, i), str) == 0)
        return TRUE;
    }
  return FALSE;
}

static GPtrArray *
finding_labels (GPtrArray *findings)
{
  GPtrArray *labels = g_ptr_array_new_with_free_func (g_free);

  for (guint i = 0; i < findings->len; i++)
    {
      const CalfFinding *finding = g_ptr_array_index (findings, i);

      if (!str_array_contains (labels, finding->label))
        g_ptr_array_add (labels, g_strdup (finding->label));
    }
  return labels;
}

static void
add_reference (CalfReport          *self,
               const CalfReference *ref)
{
  CalfReportReference *entry;

  for (guint i = 0; i < self->references->len; i++)
    {
      const CalfReportReference *known = g_ptr_array_index (self->references, i);

      if (g_str_equal (known->id, ref->id))
        return;
    }

  entry = g_new0 (CalfReportReference, 1);
  entry->id = g_strdup (ref->id);
  entry->authors = g_strdup (ref->authors);
  entry->title = g_strdup (ref->title);
  entry->source = g_strdup (ref->source);
  entry->year = ref->year;
  entry->url = g_strdup (ref->url);
  g_ptr_array_add (self->references, entry);
}

static void
add_references (CalfReport *self,
                GPtrArray  *refs)
{
  for (guint i = 0; refs != NULL && i < refs->len; i++)
    add_reference (self, g_ptr_array_index (refs, i));
}

static void
build_triage (CalfReport *self)
{
  const CalfTriageInfo *info = calf_result_get_triage_info (self->result);
  GPtrArray *because = calf_result_get_triage_because (self->result);
  GPtrArray *reasons = calf_result_get_triage_reasons (self->result);
  GPtrArray *notes = calf_result_get_triage_notes (self->result);
  GArray *changes = calf_result_get_changes (self->result);

  self->level = calf_result_get_triage_level (self->result);
  self->triage_title = g_strdup (info != NULL ? info->title : "");
  self->triage_advice = g_strdup (info != NULL ? info->advice : "");

  for (guint i = 0; i < reasons->len; i++)
    {
      const char *reason = g_ptr_array_index (reasons, i);

      if (!str_array_contains (self->triage_why, reason))
        g_ptr_array_add (self->triage_why, g_strdup (reason));
    }
  for (guint i = 0; i < because->len; i++)
    {
      g_autofree char *text = calf_result_describe_because (self->result, g_ptr_array_index (because, i));

      if (!str_array_contains (self->triage_why, text))
        g_ptr_array_add (self->triage_why, g_steal_pointer (&text));
    }

  for (guint i = 0; i < notes->len; i++)
    g_ptr_array_add (self->triage_notes, g_strdup (g_ptr_array_index (notes, i)));
  for (guint i = 0; i < changes->len; i++)
    g_ptr_array_add (self->changes, calf_result_describe_change (self->result,
                                                                 &g_array_index (changes, CalfAdviceChange, i)));
}

static void
build_causes (CalfReport *self)
{
  GPtrArray *conditions = calf_result_get_conditions (self->result);
  guint n_listed = MIN (calf_result_get_n_listed (self->result), conditions->len);

  for (guint i = 0; i < n_listed; i++)
    {
      const CalfRankedCondition *ranked = g_ptr_array_index (conditions, i);
      CalfReportCause *cause = g_new0 (CalfReportCause, 1);

      cause->id = g_strdup (ranked->condition->id);
      cause->name = g_strdup (ranked->condition->name);
      cause->summary = g_strdup (ranked->condition->summary);
      cause->likelihood = g_strdup (ranked->likelihood != NULL ? ranked->likelihood : "");
      cause->score = ranked->score;
      cause->towards = finding_labels (ranked->supporting);
      cause->away = finding_labels (ranked->opposing);
      g_ptr_array_add (self->causes, cause);

      add_references (self, ranked->condition->references);
    }
}

static void
build_exercises (CalfReport *self)
{
  GPtrArray *exercises = calf_result_get_exercises (self->result);
  GPtrArray *withheld = calf_result_get_withheld (self->result);

  /* The plan, as the window shows it: each dose once, with its days on
   * the plan's one week ("Monday, Wednesday and Friday: 3 × 15 …"). */
  for (guint i = 0; i < calf_result_get_n_planned (self->result); i++)
    {
      const CalfExercise *source = g_ptr_array_index (exercises, i);
      CalfReportExercise *exercise = g_new0 (CalfReportExercise, 1);
      g_autofree char *days = calf_plan_days_to_string (calf_exercise_plan_days (&source->dose));
      g_autofree char *dose = calf_exercise_plan_dose_to_string (source);

      exercise->id = g_strdup (source->id);
      exercise->name = g_strdup (source->name);
      /* The database's note on the dose (tips such as "hold a rail")
       * goes with the purpose, so the dose line says the dose once. */
      exercise->purpose = source->dose.note != NULL
        ? g_strdup_printf ("%s %s", source->purpose, source->dose.note)
        : g_strdup (source->purpose);
      /* Translators: an exercise's days and dose: "Every day: hold for 30 seconds, …". */
      exercise->dose = g_strdup_printf (_("%s: %s"), days, dose);
      exercise->steps = g_strdupv (source->steps);
      exercise->stop_if = g_strdup (source->stop_if);
      exercise->illustration = g_strdup (source->illustration);
      if (source->illustration != NULL)
        exercise->svg = calf_report_load_illustration (source->illustration);
      g_ptr_array_add (self->exercises, exercise);

      add_references (self, source->references);
    }

  for (guint i = 0; i < withheld->len; i++)
    {
      const CalfWithheldExercise *source = g_ptr_array_index (withheld, i);
      CalfReportWithheld *entry = g_new0 (CalfReportWithheld, 1);

      entry->id = g_strdup (source->exercise->id);
      entry->name = g_strdup (source->exercise->name);
      entry->reason = g_strdup (source->reason);
      g_ptr_array_add (self->withheld, entry);
    }
}

static void
build_safety (CalfReport *self)
{
  GPtrArray *safety = calf_result_get_safety (self->result);

  for (guint i = 0; i < safety->len; i++)
    {
      const CalfSafetyStatement *statement = g_ptr_array_index (safety, i);
      CalfReportSafety *entry = g_new0 (CalfReportSafety, 1);

      entry->title = g_strdup (statement->title);
      entry->text = g_strdup (statement->text);
      g_ptr_array_add (self->safety, entry);
    }
}

void
calf_report_build_sections (CalfReport *self)
{
  build_triage (self);
  build_causes (self);
  build_exercises (self);
  build_safety (self);
}
