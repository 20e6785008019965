/* calf-database-params.c
 *
 * SPDX-FileCopyrightText: 2026 The Calf Check authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "calf-database"

#include "config.h"

#include "calf-database.h"
#include "calf-database-params.h"

/* Keep in step with the "engine" section of data/README.md. */
static const CalfDatabaseParam params[] = {
  { "contraindication_min_score", 0.0, 1.0, 0.15,
    "a condition at or above this score counts as possible when exercises are checked against it" },
  { "min_listed_conditions", 1.0, 50.0, 5.0,
    "how many conditions a result lists at least (all with a non-zero score if fewer)" },
  { "list_min_score", 0.0, 1.0, 0.1,
    "a condition at or above this score is listed too, beyond min_listed_conditions" },
  { "named_cause_rank", 1.0, 50.0, 3.0,
    "a cause whose own signs set the triage advice is listed at this place or higher" },
  { "exercise_min_score", 0.0, 1.0, 0.3,
    "exercises are drawn from conditions at or above this score" },
  { "exercise_max_conditions", 1.0, 50.0, 3.0,
    "exercises are drawn from at most this many of the most likely conditions" },
  { "exercise_plan_max", 1.0, 20.0, 4.0,
    "the exercise plan of a result holds at most this many exercises; the rest are offered as more exercises" },
  { "max_age", 1.0, 150.0, 120.0,
    "the highest age in years an assessment accepts" },
  { "flow_max_questions", 1.0, 500.0, 25.0,
    "the question flow asks at most this many questions in all, the red-flag screen included" },
  { "flow_top_conditions", 1.0, 10.0, 3.0,
    "how many leading causes the flow tries to put in the right order" },
  { "flow_plausible_score", 0.0, 1.0, 0.15,
    "a cause at or above this score counts as plausible when the flow weighs what a question could change" },
  { "flow_triage_min_value", 0.0, 10.0, 0.05,
    "a question is asked for the triage when its expected, danger-weighted change of triage reaches this" },
  { "flow_rank_min_value", 0.0, 10.0, 0.1,
    "otherwise it is asked when it would move the plausible leading causes by this much on average" },
  { "flow_in_play_fraction", 0.0, 1.0, 0.6,
    "a dangerous cause is in play, and its corroborating questions asked, while its score is at least this "
    "fraction of its safety net" },
  { "flow_corroboration_weight", 0.0, 10.0, 0.5,
    "a question corroborates a dangerous cause when its answer moves that cause by at least this much (log-odds)" },
  { "flow_pivot_factor", 0.0, 10.0, 1.0,
    "how much an answer counts that a warning-sign rule needs together with other unknown answers" },
  { "flow_max_rank_questions", 0.0, 500.0, 8.0,
    "at most this many questions are asked only to order the possible causes, beyond those for the triage "
    "(one more for each core question answered \"Not sure\")" },
  { "flow_estimate_max_adaptive", 0.0, 500.0, 8.0,
    "\"about N questions left\" counts at most this many of the questions still worth asking after the "
    "screen and the core questions" },
};

const CalfDatabaseParam *
calf_database_params_get (guint *n_params)
{
  g_return_val_if_fail (n_params != NULL, NULL);

  *n_params = G_N_ELEMENTS (params);
  return params;
}

const CalfDatabaseParam *
calf_database_params_lookup (const char *name)
{
  g_return_val_if_fail (name != NULL, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (params); i++)
    {
      if (g_str_equal (params[i].name, name))
        return &params[i];
    }

  return NULL;
}

double
calf_database_get_param (CalfDatabase *database,
                         const char   *name)
{
  const CalfDatabaseParam *param;

  g_return_val_if_fail (CALF_IS_DATABASE (database), 0);
  g_return_val_if_fail (name != NULL, 0);

  param = calf_database_params_lookup (name);
  g_return_val_if_fail (param != NULL, 0);

  return calf_database_get_engine_param (database, name, param->default_value);
}
