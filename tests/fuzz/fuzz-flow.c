/* fuzz-flow.c
 *
 * SPDX-FileCopyrightText: 2026 The Calf Check authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "calf-fuzz"

#include "config.h"

#include <stdint.h>
#include <string.h>

#include "calf-autosave.h"
#include "fuzz-engine.h"

/*
 * libFuzzer target for restoring a saved assessment (the autosave file and
 * the question flow's replies in it): any bytes give a flow that can be
 * asked its next question and saved again, or a
 * CALF_QUESTION_FLOW_ERROR_PARSE with a message; never a crash, a hang, a
 * leak or a GLib warning.
 */

int LLVMFuzzerInitialize (int *argc, char ***argv);
int LLVMFuzzerTestOneInput (const uint8_t *data, size_t size);

static CalfDatabase *database;
static CalfEngine *engine;

int
LLVMFuzzerInitialize (int    *argc,
                      char ***argv)
{
  calf_fuzz_engine_init (&database, &engine);
  return 0;
}

static void
check_flow (CalfQuestionFlow *flow)
{
  g_autoptr(GBytes) again = calf_autosave_serialize (flow);
  g_autoptr(CalfQuestionFlow) reloaded = NULL;
  g_autoptr(GError) error = NULL;

  /* What was restored saves and restores to the same replies. */
  reloaded = calf_autosave_load_bytes ("again.json", again, engine, NULL, &error);
  g_assert_no_error (error);
  g_assert (calf_question_flow_get_n_replies (reloaded) == calf_question_flow_get_n_replies (flow));
  (void) calf_question_flow_get_next (flow);
  (void) calf_question_flow_estimate_remaining (flow);
}

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autoptr(GBytes) bytes = g_bytes_new (data, size);
  g_autoptr(CalfQuestionFlow) flow = NULL;
  g_autoptr(GError) error = NULL;

  flow = calf_autosave_load_bytes ("fuzz.json", bytes, engine, NULL, &error);
  g_assert ((flow == NULL) != (error == NULL));
  if (error != NULL)
    g_assert (g_error_matches (error, CALF_QUESTION_FLOW_ERROR, CALF_QUESTION_FLOW_ERROR_PARSE));
  else
    check_flow (flow);
  g_clear_error (&error);
  g_clear_object (&flow);

  /* The bare flow, as calf_question_flow_new_from_serialized() reads it. */
  {
    g_autofree char *text = g_strndup ((const char *) data, size);

    flow = calf_question_flow_new_from_serialized (engine, text, &error);
    g_assert ((flow == NULL) != (error == NULL));
    if (flow != NULL)
      check_flow (flow);
  }

  return 0;
}
