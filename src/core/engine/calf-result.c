/* calf-result.c
 *
 * SPDX-FileCopyrightText: 2026 The Calf Check authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "calf-result"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "calf-result-private.h"

struct _CalfResult
{
  GObject           parent_instance;

  CalfDatabase     *database;
  const CalfRegion *region;
  CalfSide          side;
  double            age;
  CalfSex           sex;

  CalfTriageLevel   level;
  GPtrArray        *because;     /* of const CalfFinding * */
  GPtrArray        *reasons;     /* of char * */
  GPtrArray        *conditions;  /* of CalfRankedCondition *, into entries */
  CalfRankedCondition *entries;
  guint             n_listed;
  GPtrArray        *exercises;   /* of const CalfExercise * */
  GPtrArray        *withheld;    /* of CalfWithheldExercise * */
  guint             n_planned;   /* the first of exercises make the plan */
  GPtrArray        *safety;      /* of const CalfSafetyStatement * */
  GPtrArray        *unsure;      /* of const CalfFinding *: answered "Not sure" */
  GArray           *changes;     /* of CalfAdviceChange */
  GPtrArray        *notes;       /* of char *: how the advice changed on the way */
};

G_DEFINE_FINAL_TYPE (CalfResult, calf_result, G_TYPE_OBJECT)

void
calf_ranked_condition_clear (CalfRankedCondition *ranked)
{
  g_clear_pointer (&ranked->supporting, g_ptr_array_unref);
  g_clear_pointer (&ranked->opposing, g_ptr_array_unref);
}

void
calf_withheld_exercise_free (CalfWithheldExercise *withheld)
{
  g_free (withheld->reason);
  g_free (withheld);
}

static void
calf_result_finalize (GObject *object)
{
  CalfResult *self = (CalfResult *)object;

  g_clear_pointer (&self->because, g_ptr_array_unref);
  g_clear_pointer (&self->reasons, g_ptr_array_unref);
  g_clear_pointer (&self->conditions, g_ptr_array_unref);
  g_clear_pointer (&self->entries, g_free);
  g_clear_pointer (&self->exercises, g_ptr_array_unref);
  g_clear_pointer (&self->withheld, g_ptr_array_unref);
  g_clear_pointer (&self->safety, g_ptr_array_unref);
  g_clear_pointer (&self->unsure, g_ptr_array_unref);
  g_clear_pointer (&self->changes, g_array_unref);
  g_clear_pointer (&self->notes, g_ptr_array_unref);
  g_clear_object (&self->database);

  G_OBJECT_CLASS (calf_result_parent_class)->finalize (object);
}

static void
calf_result_class_init (CalfResultClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = calf_result_finalize;
}

static void
calf_result_init (CalfResult *self)
{
  self->because = g_ptr_array_new ();
  self->reasons = g_ptr_array_new_with_free_func (g_free);
  self->conditions = g_ptr_array_new ();
  self->exercises = g_ptr_array_new ();
  self->withheld = g_ptr_array_new_with_free_func ((GDestroyNotify) calf_withheld_exercise_free);
  self->safety = g_ptr_array_new ();
  self->unsure = g_ptr_array_new ();
  self->changes = g_array_new (FALSE, FALSE, sizeof (CalfAdviceChange));
  self->notes = g_ptr_array_new_with_free_func (g_free);
}

CalfResult *
calf_result_new (CalfDatabase     *database,
                 const CalfRegion *region,
                 CalfSide          side,
                 double            age,
                 CalfSex           sex)
{
  CalfResult *self = g_object_new (CALF_TYPE_RESULT, NULL);

  self->database = g_object_ref (database);
  self->region = region;
  self->side = side;
  self->age = age;
  self->sex = sex;
  return self;
}

void
calf_result_set_triage (CalfResult      *self,
                        CalfTriageLevel  level,
                        GPtrArray       *because,
                        GPtrArray       *reasons)
{
  self->level = level;
  g_ptr_array_set_size (self->because, 0);
  g_ptr_array_extend (self->because, because, NULL, NULL);
  g_ptr_array_set_size (self->reasons, 0);
  for (guint i = 0; i < reasons->len; i++)
    g_ptr_array_add (self->reasons, g_strdup (g_ptr_array_index (reasons, i)));
}

void
calf_result_take_conditions (CalfResult          *self,
                             GPtrArray           *conditions,
                             CalfRankedCondition *entries,
                             guint                n_listed)
{
  /* The array's free function clears entries, so it goes before them. */
  g_clear_pointer (&self->conditions, g_ptr_array_unref);
  g_clear_pointer (&self->entries, g_free);
  self->conditions = conditions;
  self->entries = entries;
  self->n_listed = n_listed;
}

void
calf_result_take_exercises (CalfResult *self,
                            GPtrArray  *exercises,
                            GPtrArray  *withheld)
{
  g_clear_pointer (&self->exercises, g_ptr_array_unref);
  g_clear_pointer (&self->withheld, g_ptr_array_unref);
  self->exercises = exercises;
  self->withheld = withheld;
}

void
calf_result_take_safety (CalfResult *self,
                         GPtrArray  *safety)
{
  g_clear_pointer (&self->safety, g_ptr_array_unref);
  self->safety = safety;
}

CalfDatabase *
calf_result_get_database (CalfResult *self)
{
  g_return_val_if_fail (CALF_IS_RESULT (self), NULL);
  return self->database;
}

const char *
calf_result_get_database_version (CalfResult *self)
{
  g_return_val_if_fail (CALF_IS_RESULT (self), NULL);
  return calf_database_get_version (self->database);
}

const CalfRegion *
calf_result_get_region (CalfResult *self)
{
  g_return_val_if_fail (CALF_IS_RESULT (self), NULL);
  return self->region;
}

CalfSide
calf_result_get_side (CalfResult *self)
{
  g_return_val_if_fail (CALF_IS_RESULT (self), CALF_SIDE_LEFT);
  return self->side;
}

double
calf_result_get_age (CalfResult *self)
{
  g_return_val_if_fail (CALF_IS_RESULT (self), -1);
  return self->age;
}

CalfSex
calf_result_get_sex (CalfResult *self)
{
  g_return_val_if_fail (CALF_IS_RESULT (self), CALF_SEX_UNKNOWN);
  return self->sex;
}

CalfTriageLevel
calf_result_get_triage_level (CalfResult *self)
{
  g_return_val_if_fail (CALF_IS_RESULT (self), CALF_TRIAGE_EMERGENCY);
  return self->level;
}

const CalfTriageInfo *
calf_result_get_triage_info (CalfResult *self)
{
  g_return_val_if_fail (CALF_IS_RESULT (self), NULL);
  return calf_database_get_triage_info (self->database, self->level);
}

GPtrArray *
calf_result_get_triage_because (CalfResult *self)
{
  g_return_val_if_fail (CALF_IS_RESULT (self), NULL);
  return self->because;
}

GPtrArray *
calf_result_get_triage_reasons (CalfResult *self)
{
  g_return_val_if_fail (CALF_IS_RESULT (self), NULL);
  return self->reasons;
}

GPtrArray *
calf_result_get_conditions (CalfResult *self)
{
  g_return_val_if_fail (CALF_IS_RESULT (self), NULL);
  return self->conditions;
}

guint
calf_result_get_n_listed (CalfResult *self)
{
  g_return_val_if_fail (CALF_IS_RESULT (self), 0);
  return self->n_listed;
}

const CalfRankedCondition *
calf_result_lookup_condition (CalfResult *self,
                              const char *condition_id)
{
  g_return_val_if_fail (CALF_IS_RESULT (self), NULL);
  g_return_val_if_fail (condition_id != NULL, NULL);

  for (guint i = 0; i < self->conditions->len; i++)
    {
      const CalfRankedCondition *entry = g_ptr_array_index (self->conditions, i);

      if (g_str_equal (entry->condition->id, condition_id))
        return entry;
    }
  return NULL;
}

GPtrArray *
calf_result_get_exercises (CalfResult *self)
{
  g_return_val_if_fail (CALF_IS_RESULT (self), NULL);
  return self->exercises;
}

/**
 * calf_result_get_n_planned:
 * @self: a #CalfResult
 *
 * Returns: how many of calf_result_get_exercises(), from the first, make
 *   the exercise plan; the rest are more exercises that may also help
 */
guint
calf_result_get_n_planned (CalfResult *self)
{
  g_return_val_if_fail (CALF_IS_RESULT (self), 0);
  return MIN (self->n_planned, self->exercises->len);
}

void
calf_result_set_n_planned (CalfResult *self,
                           guint       n_planned)
{
  g_return_if_fail (CALF_IS_RESULT (self));
  self->n_planned = n_planned;
}

GPtrArray *
calf_result_get_withheld (CalfResult *self)
{
  g_return_val_if_fail (CALF_IS_RESULT (self), NULL);
  return self->withheld;
}

GPtrArray *
calf_result_get_safety (CalfResult *self)
{
  g_return_val_if_fail (CALF_IS_RESULT (self), NULL);
  return self->safety;
}

static char *
times_per_day (int n)
{
  if (n == 1)
    /* Translators: a piece of an exercise dose, after ", ": "3 × 15 repetitions, once a day,
     * every day, …". */
    return g_strdup (_("once a day"));
  if (n == 2)
    /* Translators: a piece of an exercise dose, after ", ": "3 × 15 repetitions, twice a day,
     * every day, …". */
    return g_strdup (_("twice a day"));
  /* Translators: a piece of an exercise dose, after ", ": "…, 3 times a day, …"; %d is 3 or
   * more. */
  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%d time a day", "%d times a day", n), n);
}

/* Whole minutes from two minutes up, seconds below: "45 seconds", "5 minutes". */
static char *
duration (int seconds)
{
  if (seconds >= 120 && seconds % 60 == 0)
    /* Translators: a duration put into an exercise dose, e.g. "Walk for 5 minutes"; %d is 2 or
     * more. */
    return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%d minute", "%d minutes", seconds / 60),
                            seconds / 60);
  /* Translators: a duration put into an exercise dose, e.g. "Hold for 30 seconds". */
  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%d second", "%d seconds", seconds), seconds);
}

static void
append_dose (GString        *text,
             const CalfDose *dose,
             const char     *kind)
{
  if (dose->reps > 0)
    {
      if (dose->sets > 1)
        /* Translators: sets × repetitions, e.g. "3 × 15 repetitions". */
        g_string_append_printf (text, g_dngettext (GETTEXT_PACKAGE, "%d × %d repetition",
                                                   "%d × %d repetitions", dose->reps),
                                dose->sets, dose->reps);
      else
        /* Translators: the start of an exercise dose with one set: "15 repetitions, once a day,
         * every day, for 6 weeks". */
        g_string_append_printf (text, g_dngettext (GETTEXT_PACKAGE, "%d repetition",
                                                   "%d repetitions", dose->reps),
                                dose->reps);
      if (dose->hold_seconds > 0)
        {
          g_autofree char *hold = duration (dose->hold_seconds);

          /* Translators: %s is a duration, e.g. "3 seconds". A piece of an exercise dose, after
           * the repetitions: "3 × 15 repetitions, holding each for 3 seconds, once a day, …". */
          g_string_append_printf (text, _(", holding each for %s"), hold);
        }
    }
  else
    {
      g_autofree char *hold = duration (dose->hold_seconds);

      /* A timed spell: a hold, unless the exercise is walking or rolling. */
      if (g_strcmp0 (kind, "walking") == 0)
        /* Translators: %s is a duration, e.g. "5 minutes". */
        g_string_append_printf (text, _("Walk for %s"), hold);
      else if (g_strcmp0 (kind, "massage") == 0)
        /* Translators: %s is a duration, e.g. "60 seconds". */
        g_string_append_printf (text, _("Roll for %s"), hold);
      else
        /* Translators: %s is a duration, e.g. "30 seconds". */
        g_string_append_printf (text, _("Hold for %s"), hold);
      if (dose->sets > 1)
        /* Translators: a piece of an exercise dose, after "Hold for 30 seconds" (or "Walk for
         * …"): "Hold for 30 seconds, 3 times, …"; %d is how many sets, 2 or more. */
        g_string_append_printf (text, g_dngettext (GETTEXT_PACKAGE, ", %d time", ", %d times", dose->sets),
                                dose->sets);
    }
}

/* The dose in words. For a plan (@for_plan) the week says the days and
 * the dose is said once: no days a week and no database note. */
static char *
dose_text (const CalfDose *dose,
           const char     *kind,
           gboolean        for_plan)
{
  g_autoptr(GString) text = g_string_new (NULL);
  g_autofree char *daily = NULL;

  append_dose (text, dose, kind);

  if (dose->rest_seconds > 0 && dose->sets > 1)
    {
      g_autofree char *rest = duration (dose->rest_seconds);

      /* Translators: %s is a duration, e.g. "60 seconds". A piece of an exercise dose, after the
       * sets: "3 × 15 repetitions, resting 60 seconds between sets, once a day, …". */
      g_string_append_printf (text, _(", resting %s between sets"), rest);
    }

  daily = times_per_day (dose->times_per_day);
  g_string_append_printf (text, ", %s", daily);

  if (!for_plan && dose->days_per_week >= 7)
    /* Translators: a piece of an exercise dose, after how often a day: "…, twice a day, every
     * day, for 6 weeks". */
    g_string_append (text, _(", every day"));
  else if (!for_plan)
    /* Translators: a piece of an exercise dose, after how often a day: "…, once a day, 3 days a
     * week, for 6 weeks". */
    g_string_append_printf (text, g_dngettext (GETTEXT_PACKAGE, ", %d day a week", ", %d days a week",
                                               dose->days_per_week),
                            dose->days_per_week);

  /* Translators: the last piece of an exercise dose: "3 × 15 repetitions, twice a day, every
   * day, for 12 weeks". */
  g_string_append_printf (text, g_dngettext (GETTEXT_PACKAGE, ", for %d week", ", for %d weeks", dose->weeks),
                          dose->weeks);

  if (dose->note != NULL && !for_plan)
    g_string_append_printf (text, ". %s", dose->note);

  return g_string_free (g_steal_pointer (&text), FALSE);
}

char *
calf_exercise_plan_dose_to_string (const CalfExercise *exercise)
{
  g_return_val_if_fail (exercise != NULL, NULL);

  return dose_text (&exercise->dose, exercise->kind, TRUE);
}

char *
calf_dose_to_string (const CalfDose *dose,
                     const char     *kind)
{
  g_return_val_if_fail (dose != NULL, NULL);

  return dose_text (dose, kind, FALSE);
}

char *
calf_exercise_dose_to_string (const CalfExercise *exercise)
{
  g_return_val_if_fail (exercise != NULL, NULL);

  return dose_text (&exercise->dose, exercise->kind, FALSE);
}

void
calf_result_take_unsure (CalfResult *self,
                         GPtrArray  *unsure)
{
  g_clear_pointer (&self->unsure, g_ptr_array_unref);
  self->unsure = unsure;
}

void
calf_result_add_change (CalfResult        *self,
                        const CalfFinding *finding,
                        CalfTriageLevel    level)
{
  CalfAdviceChange change = { finding, level };

  g_array_append_val (self->changes, change);
}

void
calf_result_add_triage_note (CalfResult *self,
                             const char *note)
{
  g_return_if_fail (CALF_IS_RESULT (self));
  g_return_if_fail (note != NULL);

  g_ptr_array_add (self->notes, g_strdup (note));
}

GPtrArray *
calf_result_get_unsure (CalfResult *self)
{
  g_return_val_if_fail (CALF_IS_RESULT (self), NULL);
  return self->unsure;
}

gboolean
calf_result_is_unsure (CalfResult        *self,
                       const CalfFinding *finding)
{
  g_return_val_if_fail (CALF_IS_RESULT (self), FALSE);
  return g_ptr_array_find (self->unsure, finding, NULL);
}

GArray *
calf_result_get_changes (CalfResult *self)
{
  g_return_val_if_fail (CALF_IS_RESULT (self), NULL);
  return self->changes;
}

char *
calf_result_describe_because (CalfResult        *self,
                              const CalfFinding *finding)
{
  g_return_val_if_fail (CALF_IS_RESULT (self), NULL);
  g_return_val_if_fail (finding != NULL, NULL);

  if (calf_result_is_unsure (self, finding))
    /* Translators: a sign the triage rests on, answered "Not sure",
     * e.g. "Cold, pale or bluish foot: you answered “Not sure”". */
    return g_strdup_printf (_("%s: you answered “Not sure”"), finding->label);
  return g_strdup (finding->label);
}

char *
calf_result_describe_change (CalfResult             *self,
                             const CalfAdviceChange *change)
{
  const CalfTriageInfo *info;

  g_return_val_if_fail (CALF_IS_RESULT (self), NULL);
  g_return_val_if_fail (change != NULL, NULL);

  info = calf_database_get_triage_info (self->database, change->level);
  /* Translators: an answer given as "Not sure", then what to do if it is
   * yes, e.g. "Foot cold or pale — if yes: Call for help now". */
  return g_strdup_printf (_("%s — if yes: %s"), change->finding->label, info != NULL ? info->title : "");
}

GPtrArray *
calf_result_get_triage_notes (CalfResult *self)
{
  g_return_val_if_fail (CALF_IS_RESULT (self), NULL);
  return self->notes;
}
