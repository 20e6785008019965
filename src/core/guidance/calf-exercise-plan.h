/* calf-exercise-plan.h
 *
 * SPDX-FileCopyrightText: 2026 The Calf Check authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "calf-database.h"

G_BEGIN_DECLS

/* Days of the week that do the same exercises: bit 0 is Monday. */
typedef struct
{
  guint      days;
  guint      exercise_mask;  /* bit i: the i-th exercise of the plan */
  GPtrArray *exercises;      /* of const CalfExercise *, in plan order */
} CalfPlanGroup;

/* The days an exercise's dose puts it on: bit 0 is Monday. */
guint      calf_exercise_plan_days  (const CalfDose *dose);
/* The plan's week as groups of days (of CalfPlanGroup *), in the order of
 * their first day. At most 32 exercises. */
GPtrArray *calf_exercise_plan_week  (GPtrArray      *exercises);
void       calf_plan_group_free     (CalfPlanGroup  *group);
/* "Every day", "Monday to Friday", "Monday, Wednesday and Friday": it
 * starts a line, so it starts with a capital in every language. */
char      *calf_plan_days_to_string (guint           days);

G_END_DECLS
