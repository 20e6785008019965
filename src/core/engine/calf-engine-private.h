/* calf-engine-private.h
 *
 * SPDX-FileCopyrightText: 2026 The Calf Check authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "calf-engine.h"
#include "calf-result-private.h"

G_BEGIN_DECLS

typedef struct _CalfEngineDelta CalfEngineDelta;

/* Who reads each finding, as index ranges (CSR): finding f's readers are
 * list[start[f]] … list[start[f + 1] - 1]. */
typedef struct
{
  guint *start;
  guint *list;
} CalfEngineReaders;

typedef struct
{
  CalfEngineReaders  derived;     /* positions in engine->derived */
  CalfEngineReaders  norms;       /* norms measuring the finding */
  CalfEngineReaders  conditions;  /* causes whose evidence or escalations read it */
  CalfEngineReaders  triggers;    /* positions in engine->triggers */
  guint             *rank;        /* engine->derived position → topological rank */
  guint8            *computed;    /* finding → 1: derived or a norm's result */
} CalfEngineDeps;

/* Tests and rules are compiled once into flat arrays that refer to
 * findings by index, so that an evaluation streams through memory in a
 * time linear in the database's size, with no lookups. */
typedef struct
{
  CalfTestKind kind;
  int          finding;     /* CALF_TEST_FINDING: index */
  gboolean     unsure;      /* holds when the finding was answered "Not sure" */
  gboolean     boolean;     /* the finding is boolean */
  gboolean     value;
  double       at_least;
  double       below;
  CalfSex      sex;
  CalfSide     side;
  guint64      region_mask; /* bit i: region i (database order) */
} CompiledTest;

typedef struct
{
  CompiledTest *tests;      /* all, then any, then none */
  guint         n_all;
  guint         n_any;
  guint         n_none;
} CompiledRule;

typedef struct
{
  const CompiledRule *rule;
  CalfTriageLevel     level;
  const CalfRule     *source;     /* the rule it was compiled from */
  const char         *reason;     /* the statement's title or the escalation's reason */
} CompiledTrigger;

typedef struct
{
  double          prior;
  double         *region_weights;   /* one per region, then the default */
  CompiledTest   *evidence;
  double         *weights;
  guint           n_evidence;
  GArray         *escalations;      /* of CompiledTrigger */
  gboolean        has_likely_level;
  CalfTriageLevel likely_level;
  double          likely_min_score;
  gboolean        has_safety_net;
  CalfTriageLevel safety_net_level;
  double          safety_net_min_score;
} CompiledScoring;

typedef struct
{
  guint               index;
  const CompiledRule *rule;       /* boolean rule, or NULL */
  CompiledTest       *count;      /* derived_count tests, or NULL */
  guint               n_count;
} CompiledDerived;

struct _CalfEngine
{
  GObject          parent_instance;

  CalfDatabase    *database;
  GPtrArray       *findings;      /* borrowed from the database */
  GPtrArray       *conditions;
  GPtrArray       *regions;
  GPtrArray       *safety;
  GPtrArray       *norms;
  GHashTable      *finding_index; /* const CalfFinding * → index + 1 */
  GHashTable      *region_index;  /* const CalfRegion * → index + 1 */
  GHashTable      *rules;         /* const CalfRule * → CompiledRule * */
  GArray          *derived;       /* of CompiledDerived */
  GArray          *triggers;      /* of CompiledTrigger: safety statements with a level */
  GPtrArray       *statements;    /* of const CalfSafetyStatement *: those with a trigger */
  GPtrArray       *statement_rules; /* of const CompiledRule *: their triggers */
  GPtrArray       *general;       /* of const CalfSafetyStatement *: those without */
  CompiledScoring *scoring;       /* one per condition */
  CalfEngineDeps  *deps;          /* who reads each finding, built on first use */
};

/* Compiles a rule on first use (calf-engine.c). */
const CompiledRule *calf_engine_compiled_rule (CalfEngine     *self,
                                               const CalfRule *rule);

/* Three-valued logic for tests on answers that may be unknown. */
typedef enum
{
  CALF_TRI_FALSE,
  CALF_TRI_TRUE,
  CALF_TRI_UNKNOWN,
} CalfTri;

/* The answers flattened for fast evaluation: values[i] is finding i's value
 * (database order), NAN when unknown. Derived findings are filled in by
 * calf_engine_state_derive(). */
typedef struct
{
  const CalfRegion *region;
  int               region_index;  /* database order, -1: none */
  CalfSide          side;
  double            age;     /* NAN: unknown */
  CalfSex           sex;
  double           *values;
  guint8           *unsure;  /* 1: answered "Not sure" (then values[i] is NAN) */
  guint             n_values;
} CalfEngineState;

void             calf_engine_state_init       (CalfEngine            *self,
                                               CalfEngineState       *state,
                                               CalfAnswers           *answers);
void             calf_engine_state_copy       (CalfEngineState       *dest,
                                               const CalfEngineState *src);
void             calf_engine_state_clear      (CalfEngineState       *state);
void             calf_engine_state_derive     (CalfEngine            *self,
                                               CalfEngineState       *state);
/* scores must hold one double per condition (database order). */
void             calf_engine_state_score      (CalfEngine            *self,
                                               const CalfEngineState *state,
                                               double                *scores);
double           calf_engine_state_robust_score (CalfEngine          *self,
                                                 const CalfEngineState *state,
                                                 guint                condition,
                                                 double               score);
double           calf_engine_state_level_score  (CalfEngine            *self,
                                                 const CalfEngineState *state,
                                                 guint                  condition,
                                                 double                 score);
CalfTriageLevel  calf_engine_state_likely_level (CalfEngine            *self,
                                                 const CalfEngineState *state,
                                                 guint                  condition,
                                                 double                 score,
                                                 gboolean              *through_unsure);
CalfTriageLevel  calf_engine_state_triage     (CalfEngine            *self,
                                               const CalfEngineState *state,
                                               const double          *scores);

/* The parts of calf_engine_state_derive(), _score() and _triage(), for
 * calf-engine-delta.c to re-evaluate one at a time. */
gboolean         calf_engine_same_value       (double                 a,
                                               double                 b);
double           calf_engine_norm_value       (CalfEngine            *self,
                                               const CalfEngineState *state,
                                               guint                  norm);
double           calf_engine_derived_value    (CalfEngine            *self,
                                               const CalfEngineState *state,
                                               guint                  derived);
double           calf_engine_condition_score  (CalfEngine            *self,
                                               const CalfEngineState *state,
                                               guint                  condition);
CalfTriageLevel  calf_engine_condition_level  (CalfEngine            *self,
                                               const CalfEngineState *state,
                                               guint                  condition,
                                               double                 score);
CalfTriageLevel  calf_engine_trigger_level    (CalfEngine            *self,
                                               const CalfEngineState *state,
                                               guint                  trigger);

/* calf-engine-delta.c: what-if answers on a derived state, re-evaluating
 * only what the changed findings reach. NULL when the database's derived
 * findings cannot be ordered (then derive and score the whole state). */
CalfEngineDelta *calf_engine_delta_new        (CalfEngine            *self,
                                               CalfEngineState       *state,
                                               double                *scores);
void             calf_engine_delta_free       (CalfEngineDelta       *delta);
/* calf-engine-deps.c: NULL when derived findings cannot be ordered. */
CalfEngineDeps  *calf_engine_deps_new         (CalfEngine            *self);
void             calf_engine_deps_free        (CalfEngineDeps        *deps);
/* Sets finding @index to @value, as an answer would. */
void             calf_engine_delta_set        (CalfEngineDelta       *delta,
                                               int                    index,
                                               double                 value);
/* Derives and scores what the values set reach; returns the triage. */
CalfTriageLevel  calf_engine_delta_evaluate   (CalfEngineDelta       *delta);
/* The conditions whose score was evaluated again, and whether one was. */
const guint     *calf_engine_delta_get_conditions (CalfEngineDelta   *delta,
                                                   guint             *n_conditions);
gboolean         calf_engine_delta_has_condition  (CalfEngineDelta   *delta,
                                                   guint              condition);
/* The state and scores as they were before the first set. */
void             calf_engine_delta_revert     (CalfEngineDelta       *delta);

int              calf_engine_finding_index    (CalfEngine            *self,
                                               const CalfFinding     *finding);
CalfTri          calf_engine_test             (CalfEngine            *self,
                                               const CalfEngineState *state,
                                               const CalfTest        *test);
gboolean         calf_engine_rule_holds       (CalfEngine            *self,
                                               const CalfEngineState *state,
                                               const CalfRule        *rule);
/* Whether evidence number evidence of condition number condition holds. */
gboolean         calf_engine_evidence_holds   (CalfEngine            *self,
                                               const CalfEngineState *state,
                                               guint                  condition,
                                               guint                  evidence);
/* Whether a compiled rule holds. */
gboolean         calf_engine_compiled_rule_holds (const CalfEngineState *state,
                                                  const CompiledRule    *rule);
/* TRUE when no answer to the unknown findings could make the rule hold. */
gboolean         calf_engine_rule_cannot_hold (CalfEngine            *self,
                                               const CalfEngineState *state,
                                               const CalfRule        *rule);
/* Appends the answered findings behind the tests of rule that hold,
 * looking through derived findings to the answers they come from. */
void             calf_engine_rule_explain     (CalfEngine            *self,
                                               const CalfEngineState *state,
                                               const CalfRule        *rule,
                                               GPtrArray             *findings);
void             calf_engine_test_explain     (CalfEngine            *self,
                                               const CalfEngineState *state,
                                               const CalfTest        *test,
                                               GPtrArray             *findings);

/* Builds the full result from a derived state (calf-engine-result.c). */
CalfResult      *calf_engine_build_result     (CalfEngine            *self,
                                               const CalfEngineState *state,
                                               const CalfTriageFloor *floor);

G_END_DECLS
