/* calf-result.h
 *
 * SPDX-FileCopyrightText: 2026 The Calf Check authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "calf-database.h"

G_BEGIN_DECLS

/*
 * CalfResult: the immutable outcome of one evaluation. It keeps the
 * database alive, so every const pointer it hands out stays valid for the
 * result's lifetime.
 */

#define CALF_TYPE_RESULT (calf_result_get_type ())
G_DECLARE_FINAL_TYPE (CalfResult, calf_result, CALF, RESULT, GObject)

typedef struct
{
  const CalfCondition *condition;
  double               score;       /* in [0, 1] */
  const char          *likelihood;  /* plain band label from the database */
  GPtrArray           *supporting;  /* of const CalfFinding *: answers that point towards it */
  GPtrArray           *opposing;    /* of const CalfFinding *: answers that point away */
} CalfRankedCondition;

typedef struct
{
  const CalfExercise  *exercise;
  char                *reason;      /* "Not now: …", translated */
  const CalfCondition *condition;   /* nullable: the possible cause that rules it out */
  const CalfFinding   *finding;     /* nullable: the answer that rules it out */
} CalfWithheldExercise;

/* "What could change this advice": an answer given as "Not sure" that,
 * if it turns out to be yes, raises the triage to @level. */
typedef struct
{
  const CalfFinding *finding;
  CalfTriageLevel    level;
} CalfAdviceChange;

CalfDatabase        *calf_result_get_database        (CalfResult *self);
const char          *calf_result_get_database_version (CalfResult *self);
const CalfRegion    *calf_result_get_region          (CalfResult *self);
CalfSide             calf_result_get_side            (CalfResult *self);
/* Negative when unknown. */
double               calf_result_get_age             (CalfResult *self);
CalfSex              calf_result_get_sex             (CalfResult *self);

CalfTriageLevel      calf_result_get_triage_level    (CalfResult *self);
const CalfTriageInfo *calf_result_get_triage_info    (CalfResult *self);
/* Findings that set the triage level (of const CalfFinding *), may be empty. */
GPtrArray           *calf_result_get_triage_because  (CalfResult *self);
/* Plain-word reasons (safety titles, escalation reasons), of const char *. */
GPtrArray           *calf_result_get_triage_reasons  (CalfResult *self);

/* How the advice changed while answering, in plain words (of char *):
 * "Earlier answers called for …" when a level shown is kept. */
GPtrArray           *calf_result_get_triage_notes    (CalfResult *self);
void                 calf_result_add_triage_note     (CalfResult *self,
                                                      const char *note);
/* The answers given as "Not sure" (of const CalfFinding *). */
GPtrArray           *calf_result_get_unsure          (CalfResult *self);
gboolean             calf_result_is_unsure           (CalfResult        *self,
                                                      const CalfFinding *finding);
/* Of CalfAdviceChange, most urgent first. */
GArray              *calf_result_get_changes         (CalfResult *self);
/* A finding of calf_result_get_triage_because() in words: its label, and
 * for an answer given as "Not sure", that it was. Translated. */
char                *calf_result_describe_because    (CalfResult        *self,
                                                      const CalfFinding *finding);
/* "Foot cold or pale — if yes: Call for help now", translated. */
char                *calf_result_describe_change     (CalfResult             *self,
                                                      const CalfAdviceChange *change);

/* Every condition, most likely first (ties in database order). */
GPtrArray           *calf_result_get_conditions      (CalfResult *self);
/* How many of them a report lists. */
guint                calf_result_get_n_listed        (CalfResult *self);
const CalfRankedCondition *calf_result_lookup_condition (CalfResult *self,
                                                         const char *condition_id);

/* Of const CalfExercise *; empty at urgent and emergency triage. */
GPtrArray           *calf_result_get_exercises       (CalfResult *self);
guint                calf_result_get_n_planned       (CalfResult *self);
/* Of CalfWithheldExercise *. */
GPtrArray           *calf_result_get_withheld        (CalfResult *self);
/* Of const CalfSafetyStatement *: triggered first, then general guidance. */
GPtrArray           *calf_result_get_safety          (CalfResult *self);

/* "3 × 15 repetitions, twice a day, every day, for 12 weeks"; a timed
 * dose is worded for the exercise kind ("Walk for 5 minutes"), or as a hold
 * when kind is NULL. */
char                *calf_dose_to_string             (const CalfDose *dose,
                                                      const char     *kind);
/* The same, worded for the exercise's kind ("Walk for 5 minutes, 6 times"). */
char                *calf_exercise_dose_to_string    (const CalfExercise *exercise);
/* The dose once, without the days of the week (the plan's week says them)
 * or the database's note: "3 × 15 repetitions, …, twice a day, for 12 weeks". */
char                *calf_exercise_plan_dose_to_string (const CalfExercise *exercise);

/* The JSON printed by `calf-check --assess` (see data/README.md). */
char                *calf_result_to_json             (CalfResult *self);

G_END_DECLS
