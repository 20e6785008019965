/* calf-report.c
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

G_DEFINE_FINAL_TYPE (CalfReport, calf_report, G_TYPE_OBJECT)

static void
cause_free (CalfReportCause *cause)
{
  g_free (cause->id);
  g_free (cause->name);
  g_free (cause->summary);
  g_free (cause->likelihood);
  g_clear_pointer (&cause->towards, g_ptr_array_unref);
  g_clear_pointer (&cause->away, g_ptr_array_unref);
  g_free (cause);
}

static void
exercise_free (CalfReportExercise *exercise)
{
  g_free (exercise->id);
  g_free (exercise->name);
  g_free (exercise->purpose);
  g_free (exercise->dose);
  g_strfreev (exercise->steps);
  g_free (exercise->stop_if);
  g_free (exercise->illustration);
  g_clear_pointer (&exercise->svg, g_bytes_unref);
  g_free (exercise);
}

static void
withheld_free (CalfReportWithheld *withheld)
{
  g_free (withheld->id);
  g_free (withheld->name);
  g_free (withheld->reason);
  g_free (withheld);
}

static void
safety_free (CalfReportSafety *safety)
{
  g_free (safety->title);
  g_free (safety->text);
  g_free (safety);
}

static void
reference_free (CalfReportReference *reference)
{
  g_free (reference->id);
  g_free (reference->authors);
  g_free (reference->title);
  g_free (reference->source);
  g_free (reference->url);
  g_free (reference);
}

void
calf_report_answer_free (CalfReportAnswer *answer)
{
  g_free (answer->id);
  g_free (answer->question);
  g_free (answer->answer);
  g_free (answer);
}

static void
calf_report_finalize (GObject *object)
{
  CalfReport *self = (CalfReport *)object;

  g_clear_object (&self->result);
  g_clear_pointer (&self->progress_summary, g_free);
  g_clear_pointer (&self->progress_items, g_ptr_array_unref);
  g_clear_pointer (&self->created, g_date_time_unref);
  g_clear_pointer (&self->date_text, g_free);
  g_clear_pointer (&self->region_name, g_free);
  g_clear_pointer (&self->leg_text, g_free);
  g_clear_pointer (&self->person_text, g_free);
  g_clear_pointer (&self->triage_title, g_free);
  g_clear_pointer (&self->triage_advice, g_free);
  g_clear_pointer (&self->triage_why, g_ptr_array_unref);
  g_clear_pointer (&self->triage_notes, g_ptr_array_unref);
  g_clear_pointer (&self->changes, g_ptr_array_unref);
  g_clear_pointer (&self->causes, g_ptr_array_unref);
  g_clear_pointer (&self->answers, g_ptr_array_unref);
  g_clear_pointer (&self->exercises, g_ptr_array_unref);
  g_clear_pointer (&self->withheld, g_ptr_array_unref);
  g_clear_pointer (&self->safety, g_ptr_array_unref);
  g_clear_pointer (&self->references, g_ptr_array_unref);

  G_OBJECT_CLASS (calf_report_parent_class)->finalize (object);
}

static void
calf_report_class_init (CalfReportClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = calf_report_finalize;
}

static void
calf_report_init (CalfReport *self)
{
  self->triage_why = g_ptr_array_new_with_free_func (g_free);
  self->triage_notes = g_ptr_array_new_with_free_func (g_free);
  self->changes = g_ptr_array_new_with_free_func (g_free);
  self->causes = g_ptr_array_new_with_free_func ((GDestroyNotify) cause_free);
  self->answers = g_ptr_array_new_with_free_func ((GDestroyNotify) calf_report_answer_free);
  self->exercises = g_ptr_array_new_with_free_func ((GDestroyNotify) exercise_free);
  self->withheld = g_ptr_array_new_with_free_func ((GDestroyNotify) withheld_free);
  self->safety = g_ptr_array_new_with_free_func ((GDestroyNotify) safety_free);
  self->references = g_ptr_array_new_with_free_func ((GDestroyNotify) reference_free);
}

static char *
person_text (CalfResult *result)
{
  double age = calf_result_get_age (result);
  CalfSex sex = calf_result_get_sex (result);
  g_autofree char *age_text = NULL;

  if (age >= 0)
    age_text = floor (age) == age ? g_strdup_printf ("%d", (int) age)
                                  : g_strdup_printf ("%.1f", age);

  if (age_text != NULL && sex == CALF_SEX_FEMALE)
    /* Translators: in a report, %s is an age in years. */
    return g_strdup_printf (_("Age %s, female"), age_text);
  if (age_text != NULL && sex == CALF_SEX_MALE)
    /* Translators: in a report, %s is an age in years. */
    return g_strdup_printf (_("Age %s, male"), age_text);
  if (age_text != NULL)
    /* Translators: in a report, %s is an age in years. */
    return g_strdup_printf (_("Age %s"), age_text);
  if (sex == CALF_SEX_FEMALE)
    /* Translators: the person's sex in a report, when their age was not given. */
    return g_strdup (_("Female"));
  if (sex == CALF_SEX_MALE)
    /* Translators: the person's sex in a report, when their age was not given. */
    return g_strdup (_("Male"));
  return NULL;
}

static const char *
leg_text (CalfSide side)
{
  switch (side)
    {
    case CALF_SIDE_LEFT:
      /* Translators: which leg hurts, in reports, the history and the header bar, e.g.
       * "Achilles tendon, Left leg". */
      return _("Left leg");
    case CALF_SIDE_RIGHT:
      /* Translators: which leg hurts, in reports, the history and the header bar, e.g.
       * "Achilles tendon, Right leg". */
      return _("Right leg");
    case CALF_SIDE_BOTH:
      /* Translators: which leg hurts, in reports and the history, e.g. "Achilles tendon, Both
       * legs". */
      return _("Both legs");
    default:
      g_assert_not_reached ();
    }
}

static CalfReport *
calf_report_new_common (CalfResult *result,
                        GDateTime  *created)
{
  CalfReport *self = g_object_new (CALF_TYPE_REPORT, NULL);
  const CalfRegion *region = calf_result_get_region (result);

  self->result = g_object_ref (result);
  self->created = g_date_time_ref (created);
  /* Translators: the date and time of an assessment in a report, in your
   * language's order (g_date_time_format() lists the codes). Prefer numbers
   * (%d.%m.%Y): %B takes the month's name from the system's locale, which
   * may speak another language than the interface. */
  self->date_text = g_date_time_format (created, C_("report date", "%-d %B %Y, %H:%M"));
  if (self->date_text == NULL)
    self->date_text = g_date_time_format (created, "%Y-%m-%d %H:%M");
  self->region_name = g_strdup (region != NULL ? region->name : "");
  self->leg_text = g_strdup (leg_text (calf_result_get_side (result)));
  self->person_text = person_text (result);

  calf_report_build_sections (self);

  return self;
}

CalfReport *
calf_report_new (CalfResult  *result,
                 CalfAnswers *answers,
                 GDateTime   *created)
{
  CalfReport *self;

  g_return_val_if_fail (CALF_IS_RESULT (result), NULL);
  g_return_val_if_fail (CALF_IS_ANSWERS (answers), NULL);
  g_return_val_if_fail (created != NULL, NULL);

  self = calf_report_new_common (result, created);
  calf_report_collect_answers (answers, self->answers);
  return self;
}

CalfReport *
calf_report_new_for_flow (CalfQuestionFlow *flow,
                          GDateTime        *created)
{
  g_autoptr(CalfResult) result = NULL;
  CalfReport *self;

  g_return_val_if_fail (CALF_IS_QUESTION_FLOW (flow), NULL);
  g_return_val_if_fail (created != NULL, NULL);

  result = calf_question_flow_get_result (flow);
  self = calf_report_new_common (result, created);
  calf_report_collect_replies (flow, self->answers);
  return self;
}

CalfResult *
calf_report_get_result (CalfReport *self)
{
  g_return_val_if_fail (CALF_IS_REPORT (self), NULL);
  return self->result;
}

const char *
calf_report_get_title (CalfReport *self)
{
  g_return_val_if_fail (CALF_IS_REPORT (self), NULL);
  return _("Calf pain assessment");
}

GDateTime *
calf_report_get_created (CalfReport *self)
{
  g_return_val_if_fail (CALF_IS_REPORT (self), NULL);
  return self->created;
}

const char *
calf_report_get_date_text (CalfReport *self)
{
  g_return_val_if_fail (CALF_IS_REPORT (self), NULL);
  return self->date_text;
}

const char *
calf_report_get_region_name (CalfReport *self)
{
  g_return_val_if_fail (CALF_IS_REPORT (self), NULL);
  return self->region_name;
}

const char *
calf_report_get_leg_text (CalfReport *self)
{
  g_return_val_if_fail (CALF_IS_REPORT (self), NULL);
  return self->leg_text;
}

const char *
calf_report_get_person_text (CalfReport *self)
{
  g_return_val_if_fail (CALF_IS_REPORT (self), NULL);
  return self->person_text;
}

CalfTriageLevel
calf_report_get_triage_level (CalfReport *self)
{
  g_return_val_if_fail (CALF_IS_REPORT (self), CALF_TRIAGE_EMERGENCY);
  return self->level;
}

const char *
calf_report_get_triage_label (CalfReport *self)
{
  g_return_val_if_fail (CALF_IS_REPORT (self), NULL);

  switch (self->level)
    {
    case CALF_TRIAGE_EMERGENCY:
      /* Translators: a triage level in a report: how soon to get help. */
      return _("Emergency");
    case CALF_TRIAGE_URGENT:
      /* Translators: a triage level in a report: get seen by a doctor today. */
      return _("Urgent (today)");
    case CALF_TRIAGE_SOON:
      /* Translators: a triage level in a report: see a doctor within a few days. */
      return _("Soon (within days)");
    case CALF_TRIAGE_SELF_CARE:
      /* Translators: a triage level in a report: the person can look after the pain themselves. */
      return _("Self-care");
    default:
      g_assert_not_reached ();
    }
}

const char *
calf_report_get_triage_title (CalfReport *self)
{
  g_return_val_if_fail (CALF_IS_REPORT (self), NULL);
  return self->triage_title;
}

const char *
calf_report_get_triage_advice (CalfReport *self)
{
  g_return_val_if_fail (CALF_IS_REPORT (self), NULL);
  return self->triage_advice;
}

GPtrArray *
calf_report_get_triage_notes (CalfReport *self)
{
  g_return_val_if_fail (CALF_IS_REPORT (self), NULL);

  return self->triage_notes;
}

GPtrArray *
calf_report_get_changes (CalfReport *self)
{
  g_return_val_if_fail (CALF_IS_REPORT (self), NULL);

  return self->changes;
}

GPtrArray *
calf_report_get_triage_why (CalfReport *self)
{
  g_return_val_if_fail (CALF_IS_REPORT (self), NULL);
  return self->triage_why;
}

GPtrArray *
calf_report_get_causes (CalfReport *self)
{
  g_return_val_if_fail (CALF_IS_REPORT (self), NULL);
  return self->causes;
}

GPtrArray *
calf_report_get_answers (CalfReport *self)
{
  g_return_val_if_fail (CALF_IS_REPORT (self), NULL);
  return self->answers;
}

GPtrArray *
calf_report_get_exercises (CalfReport *self)
{
  g_return_val_if_fail (CALF_IS_REPORT (self), NULL);
  return self->exercises;
}

GPtrArray *
calf_report_get_withheld (CalfReport *self)
{
  g_return_val_if_fail (CALF_IS_REPORT (self), NULL);
  return self->withheld;
}

GPtrArray *
calf_report_get_safety (CalfReport *self)
{
  g_return_val_if_fail (CALF_IS_REPORT (self), NULL);
  return self->safety;
}

GPtrArray *
calf_report_get_references (CalfReport *self)
{
  g_return_val_if_fail (CALF_IS_REPORT (self), NULL);
  return self->references;
}

const char *
calf_report_get_statement (CalfReport *self)
{
  g_return_val_if_fail (CALF_IS_REPORT (self), NULL);
  return _("This report is guidance from answers given to an app, not a diagnosis or a "
           "substitute for a clinician’s examination. It lists possible causes ranked by how "
           "well they fit those answers; only someone who examines the leg can say which, if "
           "any, applies. Take it to your doctor or physiotherapist as a record of what was "
           "asked and answered.");
}

const char *
calf_report_get_app_version (CalfReport *self)
{
  g_return_val_if_fail (CALF_IS_REPORT (self), NULL);
  return PACKAGE_VERSION;
}

const char *
calf_report_get_database_version (CalfReport *self)
{
  g_return_val_if_fail (CALF_IS_REPORT (self), NULL);
  return calf_result_get_database_version (self->result);
}

void
calf_report_progress_item_free (CalfReportProgressItem *item)
{
  if (item == NULL)
    return;
  g_free (item->date);
  g_free (item->title);
  g_free (item->detail);
  g_free (item);
}

void
calf_report_set_progress (CalfReport *self,
                          const char *summary,
                          GPtrArray  *items)
{
  g_return_if_fail (CALF_IS_REPORT (self));
  g_return_if_fail (summary != NULL);
  g_return_if_fail (items != NULL);

  g_free (self->progress_summary);
  self->progress_summary = g_strdup (summary);
  g_clear_pointer (&self->progress_items, g_ptr_array_unref);
  self->progress_items = items;
}

const char *
calf_report_get_progress_summary (CalfReport *self)
{
  g_return_val_if_fail (CALF_IS_REPORT (self), NULL);
  return self->progress_summary;
}

GPtrArray *
calf_report_get_progress_items (CalfReport *self)
{
  g_return_val_if_fail (CALF_IS_REPORT (self), NULL);
  return self->progress_items;
}
