/* calf-engine.h
 *
 * SPDX-FileCopyrightText: 2026 The Calf Check authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "calf-answers.h"
#include "calf-database.h"
#include "calf-result.h"

G_BEGIN_DECLS

/*
 * CalfEngine turns answers into a result: a triage level with its reasons,
 * possible causes ranked by the logistic model of data/README.md with the
 * answers for and against each, exercises (and those withheld, with why) and
 * safety lines. Every number comes from the database. Red flags always win:
 * the triage is the highest level any triggered safety statement, condition
 * escalation or likely condition asks for, and nothing lowers it.
 * Evaluation is deterministic and costs time linear in the database size.
 */

#define CALF_TYPE_ENGINE (calf_engine_get_type ())
G_DECLARE_FINAL_TYPE (CalfEngine, calf_engine, CALF, ENGINE, GObject)

/* A level the advice may not drop below, for advice already shown: the
 * question flow passes one when later answers would lower it. */
typedef struct
{
  CalfTriageLevel  level;
  const char      *reason;   /* plain words, shown as "why" */
  GPtrArray       *because;  /* nullable: of const CalfFinding *, the answers behind it */
} CalfTriageFloor;

CalfEngine   *calf_engine_new          (CalfDatabase *database);
CalfDatabase *calf_engine_get_database (CalfEngine   *self);
CalfResult   *calf_engine_evaluate     (CalfEngine   *self,
                                        CalfAnswers  *answers);
/* The same, keeping the triage at least at @floor (nullable). */
CalfResult   *calf_engine_evaluate_full (CalfEngine            *self,
                                         CalfAnswers           *answers,
                                         const CalfTriageFloor *floor);

G_END_DECLS
