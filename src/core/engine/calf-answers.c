/* calf-answers.c
 *
 * SPDX-FileCopyrightText: 2026 The Calf Check authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "calf-answers"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>

#include "calf-answers.h"
#include "calf-database.h"

struct _CalfAnswers
{
  GObject           parent_instance;

  CalfDatabase     *database;
  const CalfRegion *region;
  CalfSide          side;
  double            age;       /* < 0: unknown */
  CalfSex           sex;
  GArray           *answers;   /* of CalfAnswer, in the order given */
  GArray           *unsure;    /* of CalfAnswer (value NAN): answered "Not sure" */
};

G_DEFINE_FINAL_TYPE (CalfAnswers, calf_answers, G_TYPE_OBJECT)

enum {
  CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

G_DEFINE_QUARK (calf-answers-error-quark, calf_answers_error)

static void
calf_answers_finalize (GObject *object)
{
  CalfAnswers *self = (CalfAnswers *)object;

  g_clear_pointer (&self->answers, g_array_unref);
  g_clear_pointer (&self->unsure, g_array_unref);
  g_clear_object (&self->database);

  G_OBJECT_CLASS (calf_answers_parent_class)->finalize (object);
}

static void
calf_answers_class_init (CalfAnswersClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = calf_answers_finalize;

  /* Emitted after any change, so that views and autosave can follow. */
  signals[CHANGED] = g_signal_new ("changed",
                                   G_TYPE_FROM_CLASS (klass),
                                   G_SIGNAL_RUN_LAST,
                                   0, NULL, NULL, NULL,
                                   G_TYPE_NONE, 0);
}

static void
calf_answers_init (CalfAnswers *self)
{
  self->answers = g_array_new (FALSE, FALSE, sizeof (CalfAnswer));
  self->unsure = g_array_new (FALSE, FALSE, sizeof (CalfAnswer));
  self->age = -1;
  self->side = CALF_SIDE_LEFT;
  self->sex = CALF_SEX_UNKNOWN;
}

CalfAnswers *
calf_answers_new (CalfDatabase *database)
{
  CalfAnswers *self;

  g_return_val_if_fail (CALF_IS_DATABASE (database), NULL);

  self = g_object_new (CALF_TYPE_ANSWERS, NULL);
  self->database = g_object_ref (database);
  return self;
}

CalfAnswers *
calf_answers_copy (CalfAnswers *self)
{
  CalfAnswers *copy;

  g_return_val_if_fail (CALF_IS_ANSWERS (self), NULL);

  copy = calf_answers_new (self->database);
  copy->region = self->region;
  copy->side = self->side;
  copy->age = self->age;
  copy->sex = self->sex;
  g_array_append_vals (copy->answers, self->answers->data, self->answers->len);
  g_array_append_vals (copy->unsure, self->unsure->data, self->unsure->len);
  return copy;
}

CalfDatabase *
calf_answers_get_database (CalfAnswers *self)
{
  g_return_val_if_fail (CALF_IS_ANSWERS (self), NULL);
  return self->database;
}

static void
emit_changed (CalfAnswers *self)
{
  g_signal_emit (self, signals[CHANGED], 0);
}

const CalfRegion *
calf_answers_get_region (CalfAnswers *self)
{
  g_return_val_if_fail (CALF_IS_ANSWERS (self), NULL);
  return self->region;
}

void
calf_answers_set_region (CalfAnswers      *self,
                         const CalfRegion *region)
{
  g_return_if_fail (CALF_IS_ANSWERS (self));

  if (self->region == region)
    return;
  self->region = region;
  emit_changed (self);
}

CalfSide
calf_answers_get_side (CalfAnswers *self)
{
  g_return_val_if_fail (CALF_IS_ANSWERS (self), CALF_SIDE_LEFT);
  return self->side;
}

void
calf_answers_set_side (CalfAnswers *self,
                       CalfSide     side)
{
  g_return_if_fail (CALF_IS_ANSWERS (self));
  g_return_if_fail (side <= CALF_SIDE_BOTH);

  if (self->side == side)
    return;
  self->side = side;
  emit_changed (self);
}

double
calf_answers_get_age (CalfAnswers *self)
{
  g_return_val_if_fail (CALF_IS_ANSWERS (self), -1);
  return self->age;
}

gboolean
calf_answers_set_age (CalfAnswers  *self,
                      double        age,
                      GError      **error)
{
  double max_age;

  g_return_val_if_fail (CALF_IS_ANSWERS (self), FALSE);

  max_age = calf_database_get_param (self->database, "max_age");
  if (!isfinite (age) || age < 0 || age > max_age)
    {
      g_set_error (error, CALF_ANSWERS_ERROR, CALF_ANSWERS_ERROR_INVALID,
                   /* Translators: "age" is a JSON key: keep it in English. %g is the oldest age
                    * accepted, e.g. 120. */
                   _("age: expected a number of years from 0 to %g"), max_age);
      return FALSE;
    }

  if (self->age != age)
    {
      self->age = age;
      emit_changed (self);
    }
  return TRUE;
}

void
calf_answers_unset_age (CalfAnswers *self)
{
  g_return_if_fail (CALF_IS_ANSWERS (self));

  if (self->age < 0)
    return;
  self->age = -1;
  emit_changed (self);
}

CalfSex
calf_answers_get_sex (CalfAnswers *self)
{
  g_return_val_if_fail (CALF_IS_ANSWERS (self), CALF_SEX_UNKNOWN);
  return self->sex;
}

void
calf_answers_set_sex (CalfAnswers *self,
                      CalfSex      sex)
{
  g_return_if_fail (CALF_IS_ANSWERS (self));
  g_return_if_fail (sex <= CALF_SEX_MALE);

  if (self->sex == sex)
    return;
  self->sex = sex;
  emit_changed (self);
}

static int
find_in (GArray            *array,
         const CalfFinding *finding)
{
  for (guint i = 0; i < array->len; i++)
    {
      if (g_array_index (array, CalfAnswer, i).finding == finding)
        return (int) i;
    }
  return -1;
}

static int
find_answer (CalfAnswers       *self,
             const CalfFinding *finding)
{
  return find_in (self->answers, finding);
}

/* A value and "Not sure" exclude each other. */
static gboolean
drop_unsure (CalfAnswers       *self,
             const CalfFinding *finding)
{
  int pos = find_in (self->unsure, finding);

  if (pos < 0)
    return FALSE;
  g_array_remove_index (self->unsure, (guint) pos);
  return TRUE;
}

static void
store (CalfAnswers        *self,
       const CalfFinding  *finding,
       double              value,
       const CalfQuestion *question)
{
  CalfAnswer answer = { finding, value, question };
  int pos = find_answer (self, finding);

  if (pos >= 0)
    g_array_remove_index (self->answers, (guint) pos);
  drop_unsure (self, finding);
  g_array_append_val (self->answers, answer);
  emit_changed (self);
}

static gboolean
check_answerable (const CalfFinding  *finding,
                  CalfFindingType     type,
                  GError            **error)
{
  if (finding->category == CALF_FINDING_CATEGORY_DERIVED)
    {
      g_set_error (error, CALF_ANSWERS_ERROR, CALF_ANSWERS_ERROR_INVALID,
                   /* Translators: "findings.%s" is a place in the JSON: %s is a finding id,
                    * e.g. "smoker". Keep "findings". */
                   _("findings.%s: this finding is worked out from other answers and cannot be given"),
                   finding->id);
      return FALSE;
    }

  if (finding->type != type)
    {
      if (finding->type == CALF_FINDING_BOOLEAN)
        g_set_error (error, CALF_ANSWERS_ERROR, CALF_ANSWERS_ERROR_INVALID,
                     /* Translators: "findings.%s" is a place in the JSON: %s is a finding id;
                      * true and false are JSON values. */
                     _("findings.%s: expected true or false"), finding->id);
      else
        g_set_error (error, CALF_ANSWERS_ERROR, CALF_ANSWERS_ERROR_INVALID,
                     /* Translators: "findings.%s" is a place in the JSON with a finding id; the
                      * next %s is a unit, e.g. "days", then the lowest and highest allowed. */
                     _("findings.%s: expected a number (%s) from %g to %g"),
                     finding->id, finding->unit, finding->min, finding->max);
      return FALSE;
    }

  return TRUE;
}

gboolean
calf_answers_set_boolean (CalfAnswers        *self,
                          const CalfFinding  *finding,
                          gboolean            value,
                          const CalfQuestion *question,
                          GError            **error)
{
  g_return_val_if_fail (CALF_IS_ANSWERS (self), FALSE);
  g_return_val_if_fail (finding != NULL, FALSE);

  if (!check_answerable (finding, CALF_FINDING_BOOLEAN, error))
    return FALSE;

  store (self, finding, value ? 1.0 : 0.0, question);
  return TRUE;
}

gboolean
calf_answers_set_number (CalfAnswers        *self,
                         const CalfFinding  *finding,
                         double              value,
                         const CalfQuestion *question,
                         GError            **error)
{
  g_return_val_if_fail (CALF_IS_ANSWERS (self), FALSE);
  g_return_val_if_fail (finding != NULL, FALSE);

  if (!check_answerable (finding, CALF_FINDING_NUMBER, error))
    return FALSE;

  if (!isfinite (value) || value < finding->min || value > finding->max)
    {
      g_set_error (error, CALF_ANSWERS_ERROR, CALF_ANSWERS_ERROR_INVALID,
                   _("findings.%s: expected a number (%s) from %g to %g"),
                   finding->id, finding->unit, finding->min, finding->max);
      return FALSE;
    }

  if (finding->integer && value != floor (value))
    {
      g_set_error (error, CALF_ANSWERS_ERROR, CALF_ANSWERS_ERROR_INVALID,
                   /* Translators: "findings.%s" is a place in the JSON with a finding id; the
                    * next %s is a unit, e.g. "days", then the lowest and highest allowed. */
                   _("findings.%s: expected a whole number (%s) from %g to %g"),
                   finding->id, finding->unit, finding->min, finding->max);
      return FALSE;
    }

  store (self, finding, value, question);
  return TRUE;
}

/**
 * calf_answers_set_unsure:
 * @self: a #CalfAnswers
 * @finding: an answerable finding
 * @question: (nullable): the question answered "Not sure"
 *
 * Records that the person was asked and did not know: the value stays
 * unknown, and rules may test for exactly this ("unsure": true).
 */
void
calf_answers_set_unsure (CalfAnswers        *self,
                         const CalfFinding  *finding,
                         const CalfQuestion *question)
{
  CalfAnswer answer = { finding, NAN, question };
  int pos;

  g_return_if_fail (CALF_IS_ANSWERS (self));
  g_return_if_fail (finding != NULL);
  g_return_if_fail (finding->category != CALF_FINDING_CATEGORY_DERIVED);

  pos = find_answer (self, finding);
  if (pos >= 0)
    g_array_remove_index (self->answers, (guint) pos);
  drop_unsure (self, finding);
  g_array_append_val (self->unsure, answer);
  emit_changed (self);
}

gboolean
calf_answers_is_unsure (CalfAnswers       *self,
                        const CalfFinding *finding)
{
  g_return_val_if_fail (CALF_IS_ANSWERS (self), FALSE);
  g_return_val_if_fail (finding != NULL, FALSE);

  return find_in (self->unsure, finding) >= 0;
}

guint
calf_answers_get_n_unsure (CalfAnswers *self)
{
  g_return_val_if_fail (CALF_IS_ANSWERS (self), 0);
  return self->unsure->len;
}

const CalfAnswer *
calf_answers_get_unsure (CalfAnswers *self,
                         guint        position)
{
  g_return_val_if_fail (CALF_IS_ANSWERS (self), NULL);
  g_return_val_if_fail (position < self->unsure->len, NULL);

  return &g_array_index (self->unsure, CalfAnswer, position);
}

void
calf_answers_unset (CalfAnswers       *self,
                    const CalfFinding *finding)
{
  gboolean changed;
  int pos;

  g_return_if_fail (CALF_IS_ANSWERS (self));
  g_return_if_fail (finding != NULL);

  changed = drop_unsure (self, finding);
  pos = find_answer (self, finding);
  if (pos >= 0)
    {
      g_array_remove_index (self->answers, (guint) pos);
      changed = TRUE;
    }
  if (changed)
    emit_changed (self);
}

void
calf_answers_unset_question (CalfAnswers        *self,
                             const CalfQuestion *question)
{
  gboolean changed = FALSE;

  g_return_if_fail (CALF_IS_ANSWERS (self));
  g_return_if_fail (question != NULL);

  for (guint i = self->answers->len; i > 0; i--)
    {
      if (g_array_index (self->answers, CalfAnswer, i - 1).question == question)
        {
          g_array_remove_index (self->answers, i - 1);
          changed = TRUE;
        }
    }
  for (guint i = self->unsure->len; i > 0; i--)
    {
      if (g_array_index (self->unsure, CalfAnswer, i - 1).question == question)
        {
          g_array_remove_index (self->unsure, i - 1);
          changed = TRUE;
        }
    }

  if (changed)
    emit_changed (self);
}

void
calf_answers_clear (CalfAnswers *self)
{
  g_return_if_fail (CALF_IS_ANSWERS (self));

  if (self->answers->len == 0 && self->unsure->len == 0)
    return;
  g_array_set_size (self->answers, 0);
  g_array_set_size (self->unsure, 0);
  emit_changed (self);
}

gboolean
calf_answers_lookup (CalfAnswers       *self,
                     const CalfFinding *finding,
                     double            *value)
{
  int pos;

  g_return_val_if_fail (CALF_IS_ANSWERS (self), FALSE);
  g_return_val_if_fail (finding != NULL, FALSE);

  pos = find_answer (self, finding);
  if (pos < 0)
    return FALSE;
  if (value != NULL)
    *value = g_array_index (self->answers, CalfAnswer, pos).value;
  return TRUE;
}

guint
calf_answers_get_n_answers (CalfAnswers *self)
{
  g_return_val_if_fail (CALF_IS_ANSWERS (self), 0);
  return self->answers->len;
}

const CalfAnswer *
calf_answers_get_answer (CalfAnswers *self,
                         guint        position)
{
  g_return_val_if_fail (CALF_IS_ANSWERS (self), NULL);
  g_return_val_if_fail (position < self->answers->len, NULL);

  return &g_array_index (self->answers, CalfAnswer, position);
}
