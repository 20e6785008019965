/* calf-selftest.c
 *
 * SPDX-FileCopyrightText: 2026 The Calf Check authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "calf-selftest"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>

#include "calf-selftest.h"

/* Used only if the database has no "knee-to-wall-restricted" rule. */
#define KNEE_TO_WALL_RESTRICTED_CM 10.0

G_DEFINE_QUARK (calf-selftest-error-quark, calf_selftest_error)

const char *
calf_selftest_kind_finding_id (CalfSelftestKind kind)
{
  switch (kind)
    {
    case CALF_SELFTEST_KNEE_TO_WALL:
      return "knee-to-wall-cm";
    case CALF_SELFTEST_HEEL_RAISE:
      return "heel-raise-count";
    default:
      g_return_val_if_reached (NULL);
    }
}

gboolean
calf_selftest_kind_for_question (const CalfQuestion *question,
                                 CalfSelftestKind   *kind)
{
  g_return_val_if_fail (question != NULL, FALSE);

  if (question->kind != CALF_QUESTION_NUMBER || question->finding == NULL)
    return FALSE;

  for (CalfSelftestKind k = CALF_SELFTEST_KNEE_TO_WALL; k <= CALF_SELFTEST_HEEL_RAISE; k++)
    {
      if (g_strcmp0 (question->finding->id, calf_selftest_kind_finding_id (k)) == 0)
        {
          if (kind != NULL)
            *kind = k;
          return TRUE;
        }
    }

  return FALSE;
}

const CalfQuestion *
calf_selftest_lookup_question (CalfDatabase     *database,
                               CalfSelftestKind  kind)
{
  GPtrArray *questions;

  g_return_val_if_fail (CALF_IS_DATABASE (database), NULL);

  questions = calf_database_get_questions (database);
  for (guint i = 0; i < questions->len; i++)
    {
      const CalfQuestion *question = g_ptr_array_index (questions, i);
      CalfSelftestKind question_kind;

      if (calf_selftest_kind_for_question (question, &question_kind) && question_kind == kind)
        return question;
    }

  return NULL;
}

/* The "below" of the database's rule for a restricted knee-to-wall distance. */
static double
knee_to_wall_threshold (CalfDatabase      *database,
                        const CalfFinding *measured)
{
  const CalfFinding *restricted = calf_database_lookup_finding (database, "knee-to-wall-restricted");

  if (restricted != NULL && restricted->derived != NULL)
    {
      for (guint i = 0; i < restricted->derived->all->len; i++)
        {
          const CalfTest *test = g_ptr_array_index (restricted->derived->all, i);

          if (test->kind == CALF_TEST_FINDING && test->finding == measured && isfinite (test->below))
            return test->below;
        }
    }

  return KNEE_TO_WALL_RESTRICTED_CM;
}

static const CalfNorm *
lookup_norm (CalfDatabase      *database,
             const CalfFinding *measured)
{
  GPtrArray *norms = calf_database_get_norms (database);

  for (guint i = 0; i < norms->len; i++)
    {
      const CalfNorm *norm = g_ptr_array_index (norms, i);

      if (norm->finding == measured)
        return norm;
    }

  return NULL;
}

static double
norm_value (const CalfNorm *norm,
            double          age,
            CalfSex         sex)
{
  if (norm == NULL || age < 0 || sex == CALF_SEX_UNKNOWN)
    return NAN;

  for (guint i = 0; i < norm->rows->len; i++)
    {
      const CalfNormRow *row = &g_array_index (norm->rows, CalfNormRow, i);

      if (row->sex == sex && age >= row->age_at_least && age < row->age_below)
        return row->value;
    }

  return NAN;
}

static gboolean
check_value (const CalfFinding  *finding,
             double              value,
             gboolean            left,
             GError            **error)
{
  if (!isfinite (value) || value < finding->min || value > finding->max ||
      (finding->integer && value != floor (value)))
    {
      if (finding->integer)
        g_set_error (error, CALF_SELFTEST_ERROR, CALF_SELFTEST_ERROR_INVALID,
                     left
                       /* Translators: the two %g are the lowest and highest number allowed. */
                       ? _("Enter a whole number from %g to %g for the left leg.")
                       /* Translators: the two %g are the lowest and highest number allowed. */
                       : _("Enter a whole number from %g to %g for the right leg."),
                     finding->min, finding->max);
      else
        g_set_error (error, CALF_SELFTEST_ERROR, CALF_SELFTEST_ERROR_INVALID,
                     left
                       /* Translators: the two %g are the lowest and highest distance allowed. */
                       ? _("Enter a distance from %g to %g cm for the left leg.")
                       /* Translators: the two %g are the lowest and highest distance allowed. */
                       : _("Enter a distance from %g to %g cm for the right leg."),
                     finding->min, finding->max);
      return FALSE;
    }

  return TRUE;
}


static void
summarize_knee_to_wall (CalfSelftestResult *result,
                        GString            *text)
{
  /* Translators: the start of the knee-to-wall test summary: each leg's distance from big toe
   * to wall, in cm. */
  g_string_append_printf (text, _("Left: %.1f cm. Right: %.1f cm."), result->left, result->right);
  g_string_append_c (text, ' ');

  if (result->left_flagged && result->right_flagged)
    /* Translators: %g is the cut-off distance in cm, e.g. 10: below it, an ankle counts as
     * stiff. */
    g_string_append_printf (text, _("Both sides are under %g cm."), result->threshold);
  else if (result->left_flagged || result->right_flagged)
    g_string_append_printf (text, result->left_flagged
                                    /* Translators: %g is the cut-off distance in cm, e.g. 10. */
                                    ? _("The left side is under %g cm.")
                                    /* Translators: %g is the cut-off distance in cm, e.g. 10. */
                                    : _("The right side is under %g cm."),
                            result->threshold);
  else
    /* Translators: %g is the cut-off distance in cm, e.g. 10: below it, an ankle counts as
     * stiff. */
    g_string_append_printf (text, _("Neither side is under %g cm."), result->threshold);

  g_string_append_c (text, ' ');
  if (result->left_flagged || result->right_flagged)
    g_string_append (text, _("Practitioners often call that restricted, but it is a convention, not a validated cut-off."));

  g_string_append_c (text, ' ');
  if (result->side_difference)
    g_string_append_printf (text, result->left < result->right
                            /* Translators: the first %.1f is the difference between the legs in
                             * cm, the second the usual variation, e.g. 1.5. */
                            ? _("The sides differ by %.1f cm, more than the %.1f cm that measurements of healthy legs often vary by: the left ankle bends less.")
                            /* Translators: the first %.1f is the difference between the legs in
                             * cm, the second the usual variation, e.g. 1.5. */
                            : _("The sides differ by %.1f cm, more than the %.1f cm that measurements of healthy legs often vary by: the right ankle bends less."),
                            result->difference, CALF_SELFTEST_KNEE_TO_WALL_SIDE_DIFFERENCE_CM);
  else
    g_string_append_printf (text,
                            /* Translators: the first %.1f is the difference between the legs in
                             * cm, the second the usual variation, e.g. 1.5. */
                            _("The sides differ by %.1f cm, within the %.1f cm that measurements of healthy legs often vary by."),
                            result->difference, CALF_SELFTEST_KNEE_TO_WALL_SIDE_DIFFERENCE_CM);
}

static void
summarize_heel_raise (CalfSelftestResult *result,
                      const CalfNorm     *norm,
                      GString            *text)
{
  /* Translators: the start of the heel-raise test summary: how many heel raises each leg
   * managed. */
  g_string_append_printf (text, _("Left: %.0f. Right: %.0f."), result->left, result->right);
  g_string_append_c (text, ' ');

  if (isnan (result->norm))
    {
      g_string_append (text, _("Give your age and sex to compare with typical numbers."));
    }
  else
    {
      /* Translators: %.0f is the typical number of heel raises for the person's age and sex. */
      g_string_append_printf (text, _("Typical for your age and sex: about %.0f."), result->norm);
      g_string_append_c (text, ' ');
      if (result->left_flagged && result->right_flagged)
        /* Translators: %.0f is how much the count usually varies between tries, e.g. 6. */
        g_string_append_printf (text, _("Both sides are below that, even allowing for the usual variation of about %.0f between tries."),
                                norm->margin);
      else if (result->left_flagged || result->right_flagged)
        g_string_append_printf (text, result->left_flagged
                                /* Translators: %.0f is how much the count usually varies between
                                 * tries, e.g. 6. */
                                ? _("The left side is below that, even allowing for the usual variation of about %.0f between tries.")
                                /* Translators: %.0f is how much the count usually varies between
                                 * tries, e.g. 6. */
                                : _("The right side is below that, even allowing for the usual variation of about %.0f between tries."),
                                norm->margin);
      else
        /* Translators: %.0f is how much the count usually varies between tries, e.g. 6. */
        g_string_append_printf (text, _("Neither side is below that, allowing for the usual variation of about %.0f between tries."),
                                norm->margin);
    }

  if (norm != NULL)
    {
      g_string_append_c (text, ' ');
      if (result->side_difference)
        g_string_append_printf (text, result->left < result->right
                                /* Translators: %.0f is how many heel raises fewer than the other
                                 * leg. */
                                ? _("The left side managed %.0f fewer, more than the usual variation between tries: that calf is weaker.")
                                /* Translators: %.0f is how many heel raises fewer than the other
                                 * leg. */
                                : _("The right side managed %.0f fewer, more than the usual variation between tries: that calf is weaker."),
                                result->difference);
      else
        g_string_append (text, _("The two sides are within the usual variation of each other."));
    }
}

CalfSelftestResult *
calf_selftest_evaluate (CalfDatabase      *database,
                        CalfSelftestKind   kind,
                        double             left,
                        double             right,
                        CalfSide           affected,
                        double             age,
                        CalfSex            sex,
                        GError           **error)
{
  g_autoptr(CalfSelftestResult) result = NULL;
  g_autoptr(GString) text = g_string_new (NULL);
  const CalfFinding *finding;
  const CalfNorm *norm = NULL;

  g_return_val_if_fail (CALF_IS_DATABASE (database), NULL);
  g_return_val_if_fail (kind == CALF_SELFTEST_KNEE_TO_WALL || kind == CALF_SELFTEST_HEEL_RAISE, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  finding = calf_database_lookup_finding (database, calf_selftest_kind_finding_id (kind));
  if (finding == NULL || finding->type != CALF_FINDING_NUMBER)
    {
      g_set_error (error, CALF_SELFTEST_ERROR, CALF_SELFTEST_ERROR_INVALID,
                   /* Translators: %s is a finding id, e.g. "heel-raise-count". A finding is one
                    * fact about the person. */
                   _("The condition database has no number finding “%s”: use a database that has it."),
                   calf_selftest_kind_finding_id (kind));
      return NULL;
    }

  if (!check_value (finding, left, TRUE, error) || !check_value (finding, right, FALSE, error))
    return NULL;

  result = g_new0 (CalfSelftestResult, 1);
  result->kind = kind;
  result->finding = finding;
  result->left = left;
  result->right = right;
  result->difference = fabs (left - right);
  result->norm = NAN;

  /* With both legs painful, the worse one is what the assessment asks about. */
  if (affected == CALF_SIDE_BOTH)
    affected = left <= right ? CALF_SIDE_LEFT : CALF_SIDE_RIGHT;
  result->side = affected;
  result->value = affected == CALF_SIDE_LEFT ? left : right;
  result->other = affected == CALF_SIDE_LEFT ? right : left;

  if (kind == CALF_SELFTEST_KNEE_TO_WALL)
    {
      result->threshold = knee_to_wall_threshold (database, finding);
      result->left_flagged = left < result->threshold;
      result->right_flagged = right < result->threshold;
      result->side_difference = result->difference > CALF_SELFTEST_KNEE_TO_WALL_SIDE_DIFFERENCE_CM;
      summarize_knee_to_wall (result, text);
    }
  else
    {
      norm = lookup_norm (database, finding);
      result->norm = norm_value (norm, age, sex);
      result->threshold = isnan (result->norm) ? NAN : result->norm - norm->margin;
      result->left_flagged = !isnan (result->threshold) && left < result->threshold;
      result->right_flagged = !isnan (result->threshold) && right < result->threshold;
      result->side_difference = norm != NULL && result->difference > norm->margin;
      summarize_heel_raise (result, norm, text);
    }

  result->summary = g_strstrip (g_string_free (g_steal_pointer (&text), FALSE));

  return g_steal_pointer (&result);
}

gboolean
calf_selftest_result_apply (const CalfSelftestResult  *result,
                            CalfQuestionFlow          *flow,
                            GError                   **error)
{
  CalfDatabase *database;
  const CalfQuestion *question;

  g_return_val_if_fail (result != NULL, FALSE);
  g_return_val_if_fail (CALF_IS_QUESTION_FLOW (flow), FALSE);

  database = calf_engine_get_database (calf_question_flow_get_engine (flow));
  question = calf_selftest_lookup_question (database, result->kind);
  if (question == NULL)
    {
      g_set_error (error, CALF_SELFTEST_ERROR, CALF_SELFTEST_ERROR_INVALID,
                   /* Translators: %s is a finding id, e.g. "heel-raise-count". */
                   _("The condition database has no question for “%s”: use a database that has one."),
                   calf_selftest_kind_finding_id (result->kind));
      return FALSE;
    }

  return calf_question_flow_reply_number (flow, question, result->value, error);
}

void
calf_selftest_result_free (CalfSelftestResult *result)
{
  if (result == NULL)
    return;

  g_free (result->summary);
  g_free (result);
}
