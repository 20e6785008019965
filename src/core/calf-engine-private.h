/* calf-engine-private.h
 *
 * SPDX-FileCopyrightText: 2026 The Calf Check authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "calf-engine.h"
#include "calf-result.h"

G_BEGIN_DECLS

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

/* calf-result.c */
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
