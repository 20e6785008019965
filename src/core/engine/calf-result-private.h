/* calf-result-private.h
 *
 * SPDX-FileCopyrightText: 2026 The Calf Check authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "calf-result.h"

G_BEGIN_DECLS

/* How the engine fills a result in (calf-engine-result.c). */
CalfResult      *calf_result_new              (CalfDatabase          *database,
                                               const CalfRegion      *region,
                                               CalfSide               side,
                                               double                 age,
                                               CalfSex                sex);
void             calf_result_set_triage       (CalfResult            *self,
                                               CalfTriageLevel        level,
                                               GPtrArray             *because,
                                               GPtrArray             *reasons);
/* conditions points into entries (one block, freed with the result). */
void             calf_result_take_conditions  (CalfResult            *self,
                                               GPtrArray             *conditions,
                                               CalfRankedCondition   *entries,
                                               guint                  n_listed);
void             calf_result_set_n_planned    (CalfResult            *self,
                                               guint                  n_planned);
void             calf_result_take_exercises   (CalfResult            *self,
                                               GPtrArray             *exercises,
                                               GPtrArray             *withheld);
void             calf_result_take_safety      (CalfResult            *self,
                                               GPtrArray             *safety);
void             calf_result_take_unsure      (CalfResult            *self,
                                               GPtrArray             *unsure);
void             calf_result_add_change       (CalfResult            *self,
                                               const CalfFinding     *finding,
                                               CalfTriageLevel        level);
void             calf_ranked_condition_clear  (CalfRankedCondition   *ranked);
void             calf_withheld_exercise_free  (CalfWithheldExercise  *withheld);

G_END_DECLS
