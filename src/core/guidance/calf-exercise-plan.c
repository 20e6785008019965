/* calf-exercise-plan.c
 *
 * SPDX-FileCopyrightText: 2026 The Calf Check authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "calf-exercise-plan"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "calf-exercise-plan.h"

/*
 * The exercises of one result as one week: each exercise on the days its
 * dose asks for, spread so that exercises done on the same number of days
 * share those days (3 ⊂ 5 ⊂ 6 ⊂ 7, 2 ⊂ 4 ⊂ 5), then the days that hold
 * the same exercises told together: "Every day: …", "Monday, Wednesday
 * and Friday: …".
 */

/* Monday is bit 0. */
static const guint day_patterns[8] = {
  [0] = 0,
  [1] = 1 << 2,                                           /* Wednesday */
  [2] = (1 << 1) | (1 << 4),                              /* Tuesday, Friday */
  [3] = (1 << 0) | (1 << 2) | (1 << 4),                   /* Monday, Wednesday, Friday */
  [4] = (1 << 0) | (1 << 1) | (1 << 3) | (1 << 4),        /* Mon, Tue, Thu, Fri */
  [5] = 0x1f,                                             /* Monday to Friday */
  [6] = 0x3f,                                             /* Monday to Saturday */
  [7] = 0x7f,
};

guint
calf_exercise_plan_days (const CalfDose *dose)
{
  g_return_val_if_fail (dose != NULL, 0);

  return day_patterns[CLAMP (dose->days_per_week, 1, 7)];
}

void
calf_plan_group_free (CalfPlanGroup *group)
{
  g_clear_pointer (&group->exercises, g_ptr_array_unref);
  g_free (group);
}

GPtrArray *
calf_exercise_plan_week (GPtrArray *exercises)
{
  GPtrArray *groups = g_ptr_array_new_with_free_func ((GDestroyNotify) calf_plan_group_free);
  guint masks[7] = { 0 };

  g_return_val_if_fail (exercises != NULL, groups);
  g_return_val_if_fail (exercises->len <= 32, groups);

  /* For each day, which exercises (bit i: exercises[i]). */
  for (guint i = 0; i < exercises->len; i++)
    {
      const CalfExercise *exercise = g_ptr_array_index (exercises, i);
      guint days = calf_exercise_plan_days (&exercise->dose);

      for (guint day = 0; day < 7; day++)
        if (days & (1u << day))
          masks[day] |= 1u << i;
    }

  /* Days with the same exercises together, in the order of their first day. */
  for (guint day = 0; day < 7; day++)
    {
      CalfPlanGroup *group = NULL;

      if (masks[day] == 0)
        continue;
      for (guint g = 0; g < groups->len && group == NULL; g++)
        {
          CalfPlanGroup *candidate = g_ptr_array_index (groups, g);

          if (candidate->exercise_mask == masks[day])
            group = candidate;
        }
      if (group == NULL)
        {
          group = g_new0 (CalfPlanGroup, 1);
          group->exercise_mask = masks[day];
          group->exercises = g_ptr_array_new ();
          for (guint i = 0; i < exercises->len; i++)
            if (masks[day] & (1u << i))
              g_ptr_array_add (group->exercises, g_ptr_array_index (exercises, i));
          g_ptr_array_add (groups, group);
        }
      group->days |= 1u << day;
    }

  return groups;
}

static const char *
day_name (guint day)
{
  static const char *names[7] = {
    /* Translators: this and the other day names are put into a list of days, e.g. "Monday,
     * Wednesday and Friday", as the days of an exercise plan. */
    N_("Monday"), N_("Tuesday"), N_("Wednesday"), N_("Thursday"),
    N_("Friday"), N_("Saturday"), N_("Sunday"),
  };

  return _(names[day]);
}

char *
calf_plan_days_to_string (guint days)
{
  g_autoptr(GPtrArray) names = g_ptr_array_new ();
  g_autoptr(GString) text = g_string_new (NULL);

  days &= 0x7f;
  if (days == 0x7f)
    /* Translators: the days of a weekly exercise plan, in place of a list of days. */
    return g_strdup (_("Every day"));
  if (days == 0x1f)
    return g_strdup (_("Monday to Friday"));
  if (days == 0x3f)
    return g_strdup (_("Monday to Saturday"));

  for (guint day = 0; day < 7; day++)
    if (days & (1u << day))
      g_ptr_array_add (names, (gpointer) day_name (day));

  for (guint i = 0; i < names->len; i++)
    {
      if (i > 0 && i == names->len - 1)
        /* Translators: between the last two days of a list: "Monday, Wednesday and Friday". */
        g_string_append (text, _(" and "));
      else if (i > 0)
        /* Translators: between days of a list: "Monday, Wednesday and Friday". */
        g_string_append (text, _(", "));
      g_string_append (text, g_ptr_array_index (names, i));
    }

  /* The days start a line; some languages write their names in lower case
   * ("lunes, miércoles y viernes"). */
  if (text->len > 0)
    {
      gunichar first = g_utf8_get_char (text->str);
      char upper[6];
      int n = g_unichar_to_utf8 (g_unichar_totitle (first), upper);

      g_string_erase (text, 0, g_utf8_next_char (text->str) - text->str);
      g_string_prepend_len (text, upper, n);
    }
  return g_string_free (g_steal_pointer (&text), FALSE);
}
