/* calf-engine-params.c
 *
 * SPDX-FileCopyrightText: 2026 The Calf Check authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "calf-engine"

#include "config.h"

#include "calf-engine-params.h"

/* Keep in step with the "engine" section of data/README.md. */
static const CalfEngineParam params[] = {
  { "contraindication_min_score", 0.0, 1.0, 0.15,
    "a condition at or above this score counts as possible when exercises are checked against it" },
  { "min_listed_conditions", 1.0, 50.0, 5.0,
    "how many conditions a result lists at least (all with a non-zero score if fewer)" },
  { "list_min_score", 0.0, 1.0, 0.1,
    "a condition at or above this score is listed too, beyond min_listed_conditions" },
  { "exercise_min_score", 0.0, 1.0, 0.3,
    "exercises are drawn from conditions at or above this score" },
  { "exercise_max_conditions", 1.0, 50.0, 3.0,
    "exercises are drawn from at most this many of the most likely conditions" },
  { "max_age", 1.0, 150.0, 120.0,
    "the highest age in years an assessment accepts" },
  { "flow_max_questions", 1.0, 500.0, 20.0,
    "the question flow asks at most this many questions after the red-flag screen, "
    "except questions whose answer could still raise the triage" },
  { "flow_top_conditions", 1.0, 10.0, 3.0,
    "the flow stops when no answer could change the triage, the first-ranked cause or this many leading causes" },
  { "flow_plausible_score", 0.0, 1.0, 0.05,
    "conditions at or above this score count when the flow picks the most telling question" },
};

const CalfEngineParam *
calf_engine_params_get (guint *n_params)
{
  g_return_val_if_fail (n_params != NULL, NULL);

  *n_params = G_N_ELEMENTS (params);
  return params;
}

const CalfEngineParam *
calf_engine_params_lookup (const char *name)
{
  g_return_val_if_fail (name != NULL, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (params); i++)
    {
      if (g_str_equal (params[i].name, name))
        return &params[i];
    }

  return NULL;
}
